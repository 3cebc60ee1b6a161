/* dh_question.h — open questions: a team answers in its own words, evaluators
 * score the answer against a rubric.
 *
 * The model half (dh_question, its rubric) belongs to the scenario and is built
 * like a decision: the loader fills it, dh_questions_finalize checks and
 * resolves it (called by dh_scenario_finalize).
 *
 * The drill half is three inputs (dh_drill.h): DH_IN_ANSWER (team, decision =
 * the question's index, text = the answer, ref), DH_IN_SCORE (team, decision,
 * milli = the rubric items met as a bit set, text = a comment or NULL, by = the
 * evaluator; NULL is the facilitator) and DH_IN_SETTLE (the same fields, from
 * the facilitator when evaluators disagree; text = the reason). A question opens
 * when its `on` inject reaches a team and expires at its deadline (or the end)
 * when nobody answered it. Points follow from the rubric items ticked, times the
 * timeliness factor at the moment of the answer (gains only):
 *   settled                 -> the settlement's items;
 *   one or more evaluators  -> the mean of their points (the same items when
 *                              they agree);
 *   nobody scored it        -> no points, and the answer stays "unscored".
 * A later score by the same evaluator replaces the earlier one. */
#ifndef DH_QUESTION_H
#define DH_QUESTION_H

#include "dh_diag.h"
#include "dh_drill.h"
#include "dh_scenario.h"

#include <stddef.h>
#include <stdint.h>

#define DH_MAX_QUESTIONS 1000
#define DH_MAX_RUBRIC 32             /* items per question: the ticks fit one uint32 */
#define DH_ANSWER_MAX_CHARS 10000    /* characters (code points) in one answer */
#define DH_ANSWER_MAX_BYTES (4 * DH_ANSWER_MAX_CHARS)
#define DH_COMMENT_MAX_CHARS 2000
#define DH_MAX_SCORERS 16            /* evaluators who may score one answer */

typedef struct dh_rubric_item {
    char *id;
    dh_text text;
    dh_score_entry *score; size_t nscore;  /* as written: points = { category = n } */
    int64_t *points;       /* dense, one per category (milli); built by finalize */
    int64_t total;
} dh_rubric_item;

typedef struct dh_question {
    char *id;
    int line;
    char *on_id;
    int on;                /* inject index */
    dh_ms within;          /* DH_MS_NEVER: open until the drill ends */
    dh_text prompt, guidance;   /* guidance: for evaluators only */
    dh_rubric_item *rubric; size_t nrubric;
    dh_speed speed;
    char **objective_ids; int *objectives; size_t nobjectives;
    char **roles; size_t nroles;
} dh_question;

/* Builders, as dh_scenario_add_decision: NULL out of memory. */
dh_question *dh_scenario_add_question(dh_scenario *sc);
dh_rubric_item *dh_question_add_item(dh_question *q);
dh_score_entry *dh_rubric_item_add_score(dh_rubric_item *it);
int dh_question_add_objective(dh_question *q, const char *id);
int dh_scenario_find_question(const dh_scenario *sc, const char *id);
int dh_question_find_item(const dh_question *q, const char *id);
/* The drill's side of questions (dh_question_run.c), reached by the drill
 * through the scenario's ext table. */
extern const struct dh_drill_ext dh_question_drill_ext;
/* Frees the scenario's questions (dh_scenario_destroy calls it). */
void dh_questions_free(dh_scenario *sc);
/* Checks ids (unique among decisions and questions too), `on`, `within`, the
 * rubric (non-empty, unique ids, known categories), objectives, roles, speed. */
void dh_questions_finalize(dh_scenario *sc, dh_diags *diags, int *oom);

/* The points (milli, ncat of them) the items in `ticks` give, at timeliness
 * factor (0..1000, gains only); the sum is returned. */
int64_t dh_rubric_points(const dh_question *q, uint32_t ticks, int factor, size_t ncat,
                         int64_t *out);
/* Every item ticked / the most points possible (the best answer). */
uint32_t dh_rubric_all(const dh_question *q);
/* "a,b,c": the ids of the ticked items; "" when none. */
void dh_rubric_format(const dh_question *q, uint32_t ticks, char *out, size_t outlen);

/* Whether the answer text is acceptable: valid UTF-8, at most
 * DH_ANSWER_MAX_CHARS characters, no control characters but newline and tab.
 * NULL when fine, else the catalog message saying why. */
const char *dh_answer_check(const char *text);
/* Copies text into out (outlen ≥ strlen(text) + 1) without its control
 * characters (newline and tab kept; CR LF becomes LF): what a station sends. */
void dh_answer_clean(const char *text, char *out, size_t outlen);

/* --- the drill's side -------------------------------------------------------- */

typedef enum dh_question_status {
    DH_Q_CLOSED = 0, DH_Q_OPEN, DH_Q_ANSWERED, DH_Q_EXPIRED
} dh_question_status;

typedef struct dh_answer_score {
    char *by;              /* the evaluator's name; NULL: the facilitator */
    uint32_t ticks;
    char *comment;         /* "" when none */
    dh_ms t;
} dh_answer_score;

typedef struct dh_question_state {
    uint8_t status;        /* dh_question_status */
    dh_ms opened_at, deadline, answered_at;
    int32_t factor;        /* timeliness at the answer (milli) */
    char *answer;          /* the team's text, NULL until answered */
    dh_answer_score *scores; size_t nscores;
    int settled;
    uint32_t settled_ticks;
    char *settle_reason, *settled_by;
    int64_t points;        /* the points the answer gives now (milli, sum) */
    int64_t *applied;      /* the same per category: what the team's totals hold */
    dh_event_handle deadline_event;
} dh_question_state;

size_t dh_drill_question_count(const dh_drill *d);
const dh_question_state *dh_drill_question(const dh_drill *d, int team, int q);
/* Whether the evaluators who scored an answer ticked the same items (1 with
 * fewer than two scores). */
int dh_question_agreed(const dh_question_state *st);

/* Called when a question opens for a team, so a bot or a responses file can
 * answer it (dh_drill_schedule_answer) and a bot score it. */
typedef void (*dh_question_responder_fn)(void *ctx, dh_drill *d, int team, int question);
void dh_drill_set_question_responder(dh_drill *d, dh_question_responder_fn fn, void *ctx);
/* Schedules an answer (text copied) at time t; DH_ENOMEM stops the drill. */
dh_status dh_drill_schedule_answer(dh_drill *d, int team, int question, const char *text,
                                   dh_ms t, dh_input_source src);
/* Schedules a rubric score (a bot's, for simulate) at time t; by is copied. */
dh_status dh_drill_schedule_score(dh_drill *d, int team, int question, uint32_t ticks,
                                  const char *by, dh_ms t, dh_input_source src);

#endif
