/* dh_simulate.h — Monte Carlo play of a scenario: many bot playthroughs, their
 * score distribution and what they reached.
 *
 * A playthrough is one team's path through one drill. Drills are played in
 * batches of teams (the roster), each drill with its own seed derived from the
 * simulation seed and the drill's number, so the numbers a run produces depend
 * only on (scenario, seed, teams per drill, number of drills, policy) — never on
 * how the drills were shared out between threads.
 *
 * The core holds no threads: a caller that wants several cores gives each thread
 * its own script state (Lua is not thread-safe), its own dh_sim_stats and a
 * share of the drill numbers, then merges the stats. */
#ifndef DH_SIMULATE_H
#define DH_SIMULATE_H

#include "dh_autoplay.h"
#include "dh_drill.h"

#include <stddef.h>
#include <stdint.h>

typedef struct dh_sim_stats {
    size_t ncat, ninj, ndec, noptions;
    uint64_t playthroughs;
    int64_t *totals; size_t ntotals, cap;   /* one total (milli) per playthrough */
    int64_t *cat_min, *cat_max;             /* [ncat] milli, over playthroughs */
    int64_t *cat_sum;                       /* [ncat] milli */
    uint64_t *delivered, *withheld;         /* [ninj] playthroughs */
    uint64_t *opened, *expired;             /* [ndec] playthroughs */
    uint64_t *chosen;                       /* [option_base[d] + o]: chosen or applied */
    int64_t *chosen_total;                  /* [option_base[d] + o]: sum of the final totals
                                               (milli) of the playthroughs counted in chosen */
    size_t *option_base;                    /* [ndec] */
    /* Set by the caller before anything is recorded, to keep each playthrough's
     * points by category (a histogram per category): cat_values[i*ncat + c],
     * one row per playthrough in the order recorded (dh_sim_summarize sorts
     * totals, never these). 8 bytes × ncat per playthrough. */
    int keep_categories;
    int64_t *cat_values;
} dh_sim_stats;

dh_status dh_sim_stats_init(dh_sim_stats *st, const dh_scenario *sc);
void dh_sim_stats_free(dh_sim_stats *st);
/* Adds everything `from` counted to `into` (both from the same scenario). */
dh_status dh_sim_stats_merge(dh_sim_stats *into, const dh_sim_stats *from);
/* Counts every team of a drill that has ended. */
dh_status dh_sim_record(dh_sim_stats *st, const dh_drill *d);

typedef struct dh_sim_config {
    const dh_scenario *sc;        /* borrowed, finalized */
    dh_script_iface script;       /* this thread's script state */
    const dh_roster *roster;      /* the teams of each drill (e.g. dh_roster_generate) */
    dh_bot_policy policy;
    uint64_t seed;
    /* Called after each drill with the number of playthroughs it added; may be NULL. */
    void (*progress)(void *ctx, size_t playthroughs);
    void *progress_ctx;
    dh_lang lang;                 /* whose texts `longest` measures */
} dh_sim_config;

/* Gives the teams of r the roles sc names (on injects and decisions), in turn,
 * in the order sc first names them, so generated teams reach every role's
 * injects and decisions. Nothing changes when sc names no role. DH_OK or
 * DH_ENOMEM. */
dh_status dh_sim_assign_roles(dh_roster *r, const dh_scenario *sc);

/* The seed of drill number `index` of a simulation seeded with `seed`. */
uint64_t dh_sim_drill_seed(uint64_t seed, uint64_t index);

/* Plays drills number first, first + step, first + 2·step, … below `count`, and
 * records them into st. Script failures during play are added to warnings (the
 * first one at each file:line: a failing script fails for every team alike),
 * which may be NULL. */
dh_status dh_sim_run(const dh_sim_config *cfg, size_t first, size_t step, size_t count,
                     dh_sim_stats *st, dh_diags *warnings);

/* Adds the warnings of `in` whose file:line `out` does not hold yet. */
void dh_sim_keep_warnings(dh_diags *out, const dh_diags *in);

typedef struct dh_sim_summary {
    int64_t min, q1, median, q3, max;   /* milli */
    int64_t mean;                       /* milli, rounded toward zero */
} dh_sim_summary;

/* Sorts st->totals and summarises them (nearest-rank quartiles). DH_ESTATE when
 * nothing was played. */
dh_status dh_sim_summarize(dh_sim_stats *st, dh_sim_summary *out);

/* Counts the (sorted or not) totals into nbins equal bins from min to max;
 * *lo and *width (milli) describe the bins. width is at least 1. */
void dh_sim_histogram(const dh_sim_stats *st, size_t nbins, uint64_t *counts, int64_t *lo,
                      int64_t *width);
/* The same for n values v[0], v[stride], v[2·stride], … (a category's column
 * of cat_values: v = cat_values + c, stride = ncat). */
void dh_sim_histogram_of(const int64_t *v, size_t n, size_t stride, size_t nbins,
                         uint64_t *counts, int64_t *lo, int64_t *width);

/* Balance: what each decision does to the final score, and the habits that
 * give answers away. Filled by dh_sim_balance from a scenario and the stats of
 * a run (the random policy shows best what each option is worth). */
typedef struct dh_sim_decision_balance {
    int64_t spread;       /* milli: the highest minus the lowest mean final total of
                             the teams that took each option (options taken at least
                             once); 0 when fewer than two were taken */
    int best_mean;        /* the option whose takers end highest, -1 when none */
    int worst_mean;
    int splits;           /* the widest spread, at least 40 % of the range of all
                             totals and twice any other decision's: this decision
                             alone separates the humps of the histogram */
    int timeout_best;     /* the timeout option scores at least as well as the best:
                             doing nothing costs nothing */
} dh_sim_decision_balance;

typedef struct dh_sim_balance {
    dh_sim_decision_balance *dec;   /* [sc->ndecisions], owned */
    size_t scored;                  /* decisions whose options do not all score the same */
    size_t best_first;              /* of those, whose unique best option is written first */
    size_t longest_best;            /* of those, whose unique best option has the longest text */
    int biggest;                    /* the decision with the widest spread, -1 when none */
} dh_sim_balance;

/* Computes the balance of sc from st (both of one run). DH_ENOMEM or DH_OK. */
dh_status dh_sim_balance_compute(const dh_scenario *sc, const dh_sim_stats *st,
                                 dh_sim_balance *out);
void dh_sim_balance_free(dh_sim_balance *b);
/* The mean final total (milli) of the playthroughs that took option o of
 * decision d; 0 when none did. */
int64_t dh_sim_option_mean(const dh_sim_stats *st, size_t d, size_t o);

/* A branch is an inject some teams may never get: gated by `when`, or with no
 * `at` (delivered only by a trigger or a script). */
int dh_sim_is_branch(const dh_inject *in);

/* What a run reached: injects delivered, options chosen, branches taken, each
 * as (reached, of). */
typedef struct dh_sim_coverage {
    size_t injects, ninjects, options, noptions, branches, nbranches;
} dh_sim_coverage;
void dh_sim_coverage_of(const dh_scenario *sc, const dh_sim_stats *st, dh_sim_coverage *out);

/* The decisions in the order the balance lists them: the widest spread first,
 * then in written order. order holds sc->ndecisions entries. */
void dh_sim_balance_order(const dh_sim_balance *b, size_t ndecisions, int *order);

#endif
