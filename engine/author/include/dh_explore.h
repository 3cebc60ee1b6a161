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
 * under the sandbox's own budgets, so a path cannot hang. The whole run is
 * bounded too: past max_work instructions (as `work` counts them) no script
 * runs, the round under way is dropped and the result says how many paths
 * were played, so scripts that each run to their budget cost seconds, not
 * minutes. */
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
    /* The scripts' instructions so far (dh_script_instructions through the
     * app), and the bound on them; NULL work: no bound. */
    uint64_t (*work)(void *ctx);
    void *work_ctx;
    uint64_t max_work;
} dh_explore_config;

/* The bound `check` plays under: about 2 s of scripts that do nothing but
 * spend their budget. */
#define DH_EXPLORE_MAX_WORK 400000000ull

typedef struct dh_explore_result {
    size_t paths;                 /* playthroughs played */
    size_t outcomes;              /* options, plus deadlines that can be missed */
    size_t reached;               /* of those, taken on some path */
    size_t failures;              /* distinct file:lines that failed */
    size_t planned;               /* paths the bound on paths allowed */
    int capped;                   /* max_work stopped it after `paths` */
} dh_explore_result;

/* Plays the paths and adds each script failure once to `found`, as an error at
 * its file:line naming the path that reached it. DH_OK (failures or not) or
 * DH_ENOMEM. A scenario without decisions has one path per role. */
dh_status dh_explore_run(const dh_explore_config *cfg, dh_explore_result *out, dh_diags *found);

/* The outcomes a decision can have: each option, and a miss when it has a
 * deadline. */
size_t dh_explore_outcomes(const dh_decision *dec);

#endif
