/* dh_explore.h — playing a scenario down every branch to find the scripts that
 * fail on only some of them.
 *
 * A static check reads what a script names; a `when` or hook that indexes a
 * flag only one branch sets, or divides by a score only a missed deadline
 * leaves at zero, fails only on the path that reaches it. The explorer plays
 * bot teams whose paths are chosen so that every option of every decision is
 * taken, and every deadline missed, on at least one path (for every role the
 * scenario names), the other decisions answered or missed at random from a
 * seeded stream. Each script failure is kept once per file:line, with the path
 * of the first team that met it ("after triage=forward, contain: missed").
 *
 * Drills are played with the caller's script state; each runs its scripts
 * under the sandbox's own budgets, so a path cannot hang. */
#ifndef DH_EXPLORE_H
#define DH_EXPLORE_H

#include "dh_drill.h"

#include <stddef.h>
#include <stdint.h>

typedef struct dh_explore_config {
    const dh_scenario *sc;        /* borrowed, finalized */
    dh_script_iface script;       /* the script state the drills call */
    uint64_t seed;
    /* How many paths to play: rounds of one path per (role, decision, outcome)
     * until this many; at least one round, whatever the bound. */
    size_t paths;
} dh_explore_config;

typedef struct dh_explore_result {
    size_t paths;                 /* playthroughs played */
    size_t outcomes;              /* options, plus deadlines that can be missed */
    size_t reached;               /* of those, taken on some path */
    size_t failures;              /* distinct file:lines that failed */
} dh_explore_result;

/* Plays the paths and adds each script failure once to `found`, as an error at
 * its file:line naming the path that reached it. DH_OK (failures or not) or
 * DH_ENOMEM. A scenario without decisions has one path per role. */
dh_status dh_explore_run(const dh_explore_config *cfg, dh_explore_result *out, dh_diags *found);

/* The outcomes a decision can have: each option, and a miss when it has a
 * deadline. */
size_t dh_explore_outcomes(const dh_decision *dec);

#endif
