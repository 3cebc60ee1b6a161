/* dh_aar.h — what an after-action report says about a finished (or stopped)
 * drill: ranks, per-team and per-decision figures, and the HSEEP findings.
 *
 * Everything is computed from a drill's state (read only) and its scenario
 * model; nothing here knows where the drill came from (a replayed record, a
 * headless run, a test). The analysis borrows the drill, which must outlive it. */
#ifndef DH_AAR_H
#define DH_AAR_H

#include "dh_drill.h"
#include "dh_rank.h"
#include "dh_text.h"

typedef struct dh_aar_team {
    int opened, answered, missed;   /* decisions that opened / were answered / expired */
    int best;                       /* answered with the best option */
    dh_ms median_decide;            /* median time to decide (answered), -1 when none */
} dh_aar_team;

typedef enum dh_finding { DH_FIND_NONE, DH_FIND_STRENGTH, DH_FIND_IMPROVE } dh_finding;

typedef struct dh_aar_decision {
    int opened, answered, missed, best;
    int best_option;                /* option with the highest total */
    dh_ms median_decide;            /* over teams that answered, -1 when none */
    int64_t mean_points;            /* milli, over teams where it opened */
    int64_t mean_short;             /* milli: mean points below the best option's */
    dh_finding finding;
} dh_aar_decision;

typedef struct dh_aar {
    const dh_drill *d;
    dh_ranking rk;
    dh_aar_team *teams;             /* [team] */
    dh_aar_decision *decisions;     /* [decision] */
    int64_t *cat_mean, *cat_min, *cat_max;  /* [category] over teams, milli */
    int64_t total_mean, total_min, total_max;
    size_t nanswered, nmissed;
} dh_aar;

/* DH_OK or DH_ENOMEM. */
dh_status dh_aar_compute(dh_aar *a, const dh_drill *d);
void dh_aar_free(dh_aar *a);

/* The points per category a decision gave a team, as the engine scored them
 * (positive points scaled by the timeliness factor). out: d->ncat values. */
void dh_aar_decision_points(const dh_drill *d, int team, int dec, int64_t *out);

/* The finding's one-line reason in `lang` ("62% chose a weaker option; …"). */
void dh_aar_finding_reason(const dh_aar *a, int dec, dh_lang lang, char *buf, size_t len);

#endif
