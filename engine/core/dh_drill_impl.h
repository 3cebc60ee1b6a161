/* dh_drill_impl.h — the inside of a drill, for engine/core's own .c files only.
 *
 * No other layer includes this file (and no header does): other layers read a drill
 * through the view in dh_drill.h, so the same code can draw a drill held here or
 * one a server described. Tests read a drill through the same view. */
#ifndef DH_DRILL_IMPL_H
#define DH_DRILL_IMPL_H

#include "dh_drill.h"
#include "dh_plan.h"

/* Kinds of the drill's timeline events. */
enum { EVK_DELIVER_ALL = 1, EVK_DELIVER, EVK_DEADLINE, EVK_CHOICE, EVK_QDEADLINE, EVK_ANSWER };

struct dh_qrun;   /* open questions' state (dh_question_run.c) */

struct dh_drill {
    uint64_t serial;               /* unique per drill in this process, never reused */
    const dh_scenario *sc;
    const dh_roster *roster;
    uint64_t seed;
    /* the scenario's options are already in the order its team is shown them
     * (a station's mirror, built from what the server sent): kept as they are */
    int options_as_sent;
    dh_script_iface script;
    size_t nteams, ncat, ndec, ninj;

    dh_ms now;
    int started, ended, paused;
    int ended_early;               /* by DH_IN_END before the duration */
    dh_ms ended_at;                /* DH_MS_NEVER while running */
    int64_t speed_milli;           /* facilitator speed, 1000 = real time */
    dh_timeline tl;

    /* per team, dense: [team * n + i] */
    int64_t *points;               /* [team*ncat + cat] milli */
    int64_t *totals;               /* [team] milli */
    dh_ms *decision_time;          /* [team] sum of time to decide (missed = full window) */
    dh_decision_state *dec;        /* [team*ndec + d] */
    dh_ms *delivered_at;           /* [team*ninj + i], DH_MS_NEVER = not delivered */
    uint8_t *withheld;             /* [team*ninj + i] */
    uint8_t *by_hand;              /* [team*ninj + i] delivered by DH_IN_DELIVER */
    dh_flag **flags; size_t *nflags;  /* [team] */
    dh_rng *rng;                   /* [team] scenario math.random streams */
    dh_intern names;               /* flag names and string values (scenario's first) */

    dh_adjustment *adjustments; size_t nadjustments;
    dh_note *notes; size_t nnotes;
    dh_control *controls; size_t ncontrols;
    dh_rating_override *overrides; size_t noverrides;
    dh_plan plan;                  /* the last DH_IN_PLAN's (empty when none) */
    size_t plan_imports;
    dh_message *messages; size_t nmessages;
    dh_feedback *feedback; size_t nfeedback;

    struct { dh_sink_fn fn; void *ctx; } sinks[4];
    size_t nsinks;
    dh_gate_fn gate; void *gate_ctx;
    dh_responder_fn responder; void *responder_ctx;

    dh_diags warnings;             /* script failures during the drill */
    uint64_t nevents;              /* events emitted so far */
    int in_dispatch;
    int gate_failed;               /* a scheduled input was refused: the drill stopped */
    dh_status failed;              /* DH_ENOMEM once an event, flag, adjustment or note
                                      could not be stored: the drill stopped there rather
                                      than run on without it (a lost deadline or trigger) */
    const char *const *category_ids;  /* the scenario's category ids, for log records */
    int64_t *scratch;              /* ncat points, for building one log record */
    struct dh_qrun *q;             /* NULL when the scenario has no questions */
    const struct dh_drill_ext *ext;  /* its steps, or NULL */
};

/* dh_drill.c's own steps, for the other core files that run a part of a drill. */
void dh_drill_emit(dh_drill *d, dh_logrec *r);
dh_status dh_drill_push(dh_drill *d, dh_ms t, int kind, int team, int a, int b, int c,
                        dh_event_handle *out);
dh_status dh_drill_stop(dh_drill *d, dh_status st);

/* dh_drill.c's steps that dh_drill_run.c runs. Each returns d->failed (or
 * DH_ENOMEM) when what it had to keep could not be stored. */
void dh_drill_emit_simple(dh_drill *d, dh_evtype type, int team, const char *id);
void dh_drill_run_hooks(dh_drill *d, dh_hook_event ev, int team, const char *a, const char *b);
dh_status dh_drill_choose(dh_drill *d, int team, int di, int oi, dh_input_source src);
dh_status dh_drill_expire(dh_drill *d, int team, int di);
dh_status dh_drill_deliver(dh_drill *d, int team, int ii, int check_when);

/* dh_drill_store.c: storing an input, for dh_drill_run.c's dh_drill_apply. The
 * first three and set_plan stop the drill when they cannot store; store_message and
 * store_feedback fill *r with the event to emit (borrowing what was stored; num
 * holds a rating's digits) and return DH_ENOMEM with nothing stored. */
dh_status dh_drill_adjust_by(dh_drill *d, int team, int category, int64_t milli, const char *reason,
                             int by_script, const char *by);
dh_status dh_drill_add_note(dh_drill *d, int team, const char *text, const char *by);
dh_status dh_drill_add_override(dh_drill *d, const dh_input *in);
dh_status dh_drill_set_plan(dh_drill *d, const dh_input *in);
dh_status dh_drill_store_message(dh_drill *d, const dh_input *in, dh_logrec *r);
dh_status dh_drill_store_feedback(dh_drill *d, const dh_input *in, dh_logrec *r, char num[8]);

/* A part of a drill run by a module of its own (open questions:
 * dh_question_run.c), found through the scenario's ext table (dh_scenario.h).
 * Each step returns d->failed (or DH_ENOMEM) like the decision steps it sits
 * beside. */
struct dh_drill_ext {
    dh_status (*x_create)(dh_drill *d);
    void (*x_destroy)(dh_drill *d);
    dh_status (*x_deliver)(dh_drill *d, int team, int inject);
    void (*x_dispatch)(dh_drill *d, int kind, int team, int a, int b, int c);
    dh_status (*x_end)(dh_drill *d);
    dh_status (*x_check)(dh_drill *d, const dh_input *in, char *err, size_t errlen);
    dh_status (*x_apply)(dh_drill *d, const dh_input *in);
};

#endif
