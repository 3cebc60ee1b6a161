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

/* An objective's rating (dh_rating; -1 when nothing evidenced it for the team).
 * The rule, per team, over the decisions that name the objective (or whose
 * options do) and were answered or missed, an answer meeting it when it is the
 * best option (or an option that names the objective): P when every one was
 * answered so; S when none was missed and at least half were; M when at least
 * one was answered; U when none was. Overall: the median of the teams' ratings
 * (the worse of the two middle ones). An evaluator's rating (DH_IN_RATE)
 * replaces the computed one; both are kept. */
typedef struct dh_aar_objective {
    int rating, computed;                   /* overall */
    const dh_rating_override *override;     /* overall override, or NULL */
    int count[DH_RATE_COUNT];               /* teams per final rating */
    int nevidence;                          /* decisions naming it */
} dh_aar_objective;

typedef struct dh_aar {
    const dh_drill *d;
    dh_ranking rk;
    dh_aar_team *teams;             /* [team] */
    dh_aar_decision *decisions;     /* [decision] */
    int64_t *cat_mean, *cat_min, *cat_max;  /* [category] over teams, milli */
    int64_t total_mean, total_min, total_max;
    size_t nanswered, nmissed;
    dh_aar_objective *objectives;   /* [objective] */
    int *rating, *computed;         /* [team * nobjectives + objective], -1 = not rated */
    const dh_rating_override **override;  /* [team * nobjectives + objective] or NULL */
} dh_aar;

/* The rule above for one team's figures over an objective's decisions. */
int dh_aar_rate(int best, int answered, int missed);

/* DH_OK or DH_ENOMEM. */
dh_status dh_aar_compute(dh_aar *a, const dh_drill *d);
void dh_aar_free(dh_aar *a);

/* The points per category a decision gave a team, as the engine scored them
 * (positive points scaled by the timeliness factor). out: d->ncat values. */
void dh_aar_decision_points(const dh_drill *d, int team, int dec, int64_t *out);

/* "7/420 (1.7%)": the count and its share, one decimal under 10 %. */
void dh_report_fraction(char *buf, size_t len, size_t n, size_t of);

/* The finding's one-line reason in `lang` ("62% chose a weaker option; …"). */
void dh_aar_finding_reason(const dh_aar *a, int dec, dh_lang lang, char *buf, size_t len);

#endif
