/* dh_drill.h — a running drill: teams, their state, the clock and the rules.
 *
 * The drill owns the per-team state and the timeline; it borrows the scenario and
 * the roster (both must outlive it). It never reads a clock: the caller moves it
 * forward with dh_drill_advance(until), either jumping from event to event
 * (headless) or by elapsed wall time × speed (console, paced runs).
 *
 * Everything that is not derived enters through dh_drill_apply (an input): a
 * team's choice, an evaluator adjustment, a facilitator action. Before applying,
 * the drill shows the input to the `gate` callback, which is where a recorder makes
 * it durable first; a gate that refuses stops the input.
 *
 * Scripted conditions and hooks are called through dh_script_iface. They may call
 * back into the drill (dh_drill_adjust, dh_drill_schedule_inject, flag access)
 * while it dispatches; those calls are safe at any time. */
#ifndef DH_DRILL_H
#define DH_DRILL_H

#include "dh_diag.h"
#include "dh_event.h"
#include "dh_feedback.h"
#include "dh_intern.h"
#include "dh_rng.h"
#include "dh_roster.h"
#include "dh_scenario.h"
#include "dh_status.h"
#include "dh_timeline.h"

#include <stddef.h>
#include <stdint.h>

typedef struct dh_drill dh_drill;

/* How the core reaches scenario scripts. `ref`s are the scenario's opaque refs. */
typedef struct dh_script_iface {
    void *ctx;
    /* Evaluates a `when` for a team: 1 deliver, 0 withhold. A failing script
     * reports through dh_drill_warn and counts as 0. */
    int (*when)(void *ctx, dh_drill *d, int ref, int team, int inject);
    /* Runs a hook. `a` and `b` are ids (inject, decision, option) or NULL. */
    void (*hook)(void *ctx, dh_drill *d, int ref, dh_hook_event ev, int team, const char *a,
                 const char *b);
} dh_script_iface;

typedef enum dh_decision_status {
    DH_DEC_CLOSED = 0,  /* not opened (yet) */
    DH_DEC_OPEN,
    DH_DEC_ANSWERED,
    DH_DEC_EXPIRED
} dh_decision_status;

typedef struct dh_decision_state {
    uint8_t status;       /* dh_decision_status */
    int32_t option;       /* chosen or applied-by-timeout option, -1 none */
    int32_t factor;       /* timeliness factor applied (milli) */
    dh_ms opened_at, answered_at, deadline;
    int64_t points;       /* total points this decision gave (milli) */
    dh_event_handle deadline_event;
} dh_decision_state;

typedef struct dh_flag {
    int name;             /* drill intern id */
    dh_value value;
} dh_flag;

typedef struct dh_adjustment {
    int team, category;
    dh_ms t;
    int64_t milli;
    char *reason;
    int by_script;
    char *by;             /* the evaluator's name, or NULL (the facilitator, a script) */
} dh_adjustment;

typedef struct dh_note {
    int team;             /* -1: about the whole drill */
    dh_ms t;
    char *text;
    char *by;             /* the evaluator's name, or NULL (the facilitator) */
} dh_note;

typedef enum dh_input_kind {
    DH_IN_CHOICE,   /* team, decision, option */
    DH_IN_ADJUST,   /* team, category, milli, text = reason */
    DH_IN_NOTE,     /* team (or -1), text */
    DH_IN_PAUSE,
    DH_IN_RESUME,
    DH_IN_SPEED,    /* speed_milli */
    DH_IN_DELIVER,  /* inject, team (or -1 = every team) */
    DH_IN_END,
    DH_IN_JUMP,     /* milli = the exercise time to move to (later than now) */
    DH_IN_RATE,     /* an evaluator's rating of an objective, replacing the computed one:
                     * team (or -1 = the drill as a whole), decision = the objective's
                     * index, milli = the rating (dh_rating), text = the reason (required);
                     * taken after the end too (drillhall rate) */
    DH_IN_PLAN,     /* the improvement plan as the agency filled it in: text = its canonical
                     * form (dh_plan.h); taken after the end too, a later one replaces
                     * the earlier */
    DH_IN_MESSAGE,  /* an inject the facilitator wrote on the spot: team (or -1 = every
                     * team), text = the title, then a newline and the body (may be
                     * empty); checked by dh_message_check */
    DH_IN_FEEDBACK, /* a team's answer to the feedback form, after the end only: team,
                     * decision = the question's index, milli = the rating (rating
                     * questions), text = the team's words (text questions) */
    DH_IN_ANSWER,   /* a team's answer to an open question (dh_question.h) */
    DH_IN_SCORE,    /* an evaluator's rubric score of an answer */
    DH_IN_SETTLE,   /* the facilitator's score where evaluators disagree */
    DH_IN_COUNT
} dh_input_kind;

/* HSEEP's ratings of how an objective was performed, best first. */
typedef enum dh_rating {
    DH_RATE_P,      /* performed without challenges */
    DH_RATE_S,      /* performed with some challenges */
    DH_RATE_M,      /* performed with major challenges */
    DH_RATE_U,      /* unable to be performed */
    DH_RATE_COUNT
} dh_rating;

/* "P", "S", "M", "U"; and back (-1 when unknown; either case). */
const char *dh_rating_letter(dh_rating r);
int dh_rating_parse(const char *s);

/* What the facilitator did to the exercise itself, in order: the control log of
 * an after-action report. */
typedef struct dh_control {
    dh_input_kind kind;   /* DH_IN_PAUSE, _RESUME, _SPEED, _DELIVER, _MESSAGE, _JUMP or _END */
    dh_ms t;
    int team;             /* deliver, message: the team, -1 = every team */
    int inject;           /* deliver */
    int64_t value;        /* speed: speed_milli; jump: the time moved to; message:
                           * its index (dh_drill_message_at) */
} dh_control;

/* An evaluator's rating of an objective (DH_IN_RATE), in the order given; a
 * later one for the same team and objective replaces the earlier. */
typedef struct dh_rating_override {
    int team;             /* -1: the drill as a whole */
    int objective;
    dh_rating rating;
    dh_ms t;
    char *reason;
    char *by;             /* the evaluator who gave it, or NULL (the console) */
} dh_rating_override;

/* A free-text inject written by the facilitator during the drill (DH_IN_MESSAGE). */
typedef struct dh_message {
    int team;             /* -1: every team */
    dh_ms t;
    char *title;          /* one line */
    char *body;           /* "" when none */
} dh_message;

/* A team's answer to a feedback question (DH_IN_FEEDBACK); a later answer to
 * the same question replaces the earlier (dh_drill_feedback_find). */
typedef struct dh_feedback {
    int team, question;
    dh_ms t;
    int rating;           /* rating questions: DH_FB_RATING_MIN..MAX; text: 0 */
    char *text;           /* text questions: the team's words; rating: NULL */
} dh_feedback;

typedef enum dh_input_source {
    DH_SRC_CONSOLE,     /* a person, through the console or a team station */
    DH_SRC_RESPONSES,   /* a responses file */
    DH_SRC_BOT          /* a bot policy */
} dh_input_source;

typedef struct dh_input {
    dh_input_kind kind;
    dh_input_source source;
    dh_ms t;            /* exercise time it applies at; must equal the drill's now */
    int team, decision, option, category, inject;
    int64_t milli;
    int64_t speed_milli;
    const char *text;   /* borrowed */
    /* A station's own id for this input (1..64 printable ASCII), so a choice sent
     * again after a reconnect or a server restart is applied once; NULL when the
     * input did not come from a station. Borrowed; recorded and chained. */
    const char *ref;
    /* Who made it when not the facilitator: an evaluator's name, carried into
     * the adjustment or note, the event log's "by" and the report. NULL: the
     * facilitator (or the source says who). Borrowed; recorded and chained. */
    const char *by;
} dh_input;

/* Where a view sends what a person did (a choice, pause, speed, an inject sent by
 * hand, an adjustment, a note, the end…), so the view never changes a drill itself.
 * The sink for a local drill applies the input through dh_drill_apply, and so
 * through the record's gate; a station's sink sends it to the server. `in` (and its
 * text) is borrowed for the call. Returns DH_OK when the input was taken, else a
 * status with a message for the person in err. */
typedef struct dh_input_sink {
    dh_status (*fn)(void *ctx, const dh_input *in, char *err, size_t errlen);
    void *ctx;
} dh_input_sink;

const char *dh_input_kind_name(dh_input_kind k);
const char *dh_input_source_name(dh_input_source s);

/* Called before every input takes effect; non-zero refuses it (e.g. not durable). */
typedef int (*dh_gate_fn)(void *ctx, const dh_drill *d, const dh_input *in);
/* Called when a decision opens for a team, so a bot or responses file can answer
 * by scheduling a choice (dh_drill_schedule_choice). */
typedef void (*dh_responder_fn)(void *ctx, dh_drill *d, int team, int decision);

typedef struct dh_drill_config {
    const dh_scenario *scenario;   /* borrowed, finalized */
    const dh_roster *roster;       /* borrowed, ≥ 1 team */
    uint64_t seed;
    dh_script_iface script;        /* may be all NULL (no scripts) */
} dh_drill_config;


/* Creates a drill at exercise time 0, not yet started. NULL out of memory. */
dh_drill *dh_drill_create(const dh_drill_config *cfg);
void dh_drill_destroy(dh_drill *d);

/* Sinks receive every event; at most 4. Attach before dh_drill_start. */
int dh_drill_add_sink(dh_drill *d, dh_sink_fn fn, void *ctx);
void dh_drill_set_gate(dh_drill *d, dh_gate_fn fn, void *ctx);
void dh_drill_set_responder(dh_drill *d, dh_responder_fn fn, void *ctx);

/* Emits `start`, runs the start hooks and schedules the timed injects.
 * DH_ENOMEM (and the drill stopped) when they could not all be scheduled. */
dh_status dh_drill_start(dh_drill *d);
/* Processes every event due at or before `until` (clamped to the scenario's
 * duration) and sets now = until; at the duration the drill ends. DH_EIO when
 * the gate refused a scheduled input (a bot's or a responses file's choice):
 * the drill stops at that input, which stays unapplied, and stays stopped.
 * DH_ENOMEM when something the drill had to keep (a scheduled event, a flag, an
 * adjustment) could not be stored: the drill stops there and stays stopped, so
 * it never goes on without a deadline or trigger it owed. */
dh_status dh_drill_advance(dh_drill *d, dh_ms until);
/* Time of the next scheduled event (or the end), for jumping. */
dh_ms dh_drill_next_time(dh_drill *d);
/* Headless: advances to the end. */
dh_status dh_drill_run_to_end(dh_drill *d);

/* Applies an input now (in->t must equal d->now). DH_ESTATE with a message when it
 * does not fit (decision not open, drill ended…); DH_EIO when the gate refused;
 * DH_ENOMEM when its effects could not all be stored (the drill then stopped). */
dh_status dh_drill_apply(dh_drill *d, const dh_input *in, char *err, size_t errlen);

/* The sink that applies inputs to this drill now (dh_drill_apply); borrows d. */
dh_input_sink dh_drill_input_sink(dh_drill *d);

/* Schedules a choice input at time t (bots and responses files). DH_ENOMEM stops
 * the drill, so a responder that cannot return a status still cannot lose a
 * choice: the next advance returns DH_ENOMEM. */
dh_status dh_drill_schedule_choice(dh_drill *d, int team, int decision, int option, dh_ms t,
                                   dh_input_source src);
/* Delivers inject to team after `after` ms (triggers, team:inject). DH_ENOMEM
 * stops the drill as well as telling the caller: a script that swallows the
 * error cannot make the drill go on without the delivery. */
dh_status dh_drill_schedule_inject(dh_drill *d, int team, int inject, dh_ms after);
/* Adds points now (hooks' team:add; evaluator adjustments go through dh_drill_apply).
 * DH_ENOMEM stops the drill, as for dh_drill_schedule_inject. */
dh_status dh_drill_adjust(dh_drill *d, int team, int category, int64_t milli,
                          const char *reason, int by_script);

/* Flags. Names are interned in d->names; string values too. Setting a flag that
 * cannot be stored is DH_ENOMEM and stops the drill, as for dh_drill_schedule_inject. */
const dh_value *dh_drill_flag_get(const dh_drill *d, int team, int name);
dh_status dh_drill_flag_set(dh_drill *d, int team, int name, dh_value v);

/* Records a script failure as a warning "file:line: message". */
void dh_drill_warn(dh_drill *d, const char *file, int line, const char *msg);
/* How many warnings the drill keeps (0 = every one); see dh_diags.limit. */
void dh_drill_set_warning_limit(dh_drill *d, size_t limit);

/* Points saturate at ±DH_POINTS_MAX (milli) instead of overflowing. */
#define DH_POINTS_MAX ((int64_t)1 << 60)
static inline int64_t dh_points_add(int64_t a, int64_t b)
{
    if (b > 0 && a > DH_POINTS_MAX - b) return DH_POINTS_MAX;
    if (b < 0 && a < -DH_POINTS_MAX - b) return -DH_POINTS_MAX;
    return a + b;
}

/* ---- The read-only view ------------------------------------------------------
 *
 * Everything another layer may know about a drill. These are the questions a view
 * asks, so a network station can answer them later from what the server sent;
 * nothing here changes the drill. Pointers returned are borrowed from the drill
 * (or from the scenario and roster it borrows) and stay valid until the drill is
 * destroyed, except where a function says otherwise. Team, decision, inject and
 * category indexes must be in range. Defined in dh_drill_view.c. */

/* Unique per drill in this process, never reused: tells one drill from the next
 * at the same address. */
uint64_t dh_drill_serial(const dh_drill *d);
const dh_scenario *dh_drill_scenario(const dh_drill *d);
const dh_roster *dh_drill_roster(const dh_drill *d);
uint64_t dh_drill_seed(const dh_drill *d);
size_t dh_drill_team_count(const dh_drill *d);
size_t dh_drill_category_count(const dh_drill *d);
size_t dh_drill_decision_count(const dh_drill *d);
size_t dh_drill_inject_count(const dh_drill *d);

/* Exercise time now, and the run state. */
dh_ms dh_drill_now(const dh_drill *d);
int dh_drill_started(const dh_drill *d);
int dh_drill_ended(const dh_drill *d);
/* When the drill ended (DH_MS_NEVER while it runs), and non-zero when the
 * facilitator ended it (DH_IN_END) before the scenario's duration. */
dh_ms dh_drill_end_time(const dh_drill *d);
int dh_drill_ended_early(const dh_drill *d);
int dh_drill_paused(const dh_drill *d);
/* Facilitator speed, 1000 = real time. */
int64_t dh_drill_speed(const dh_drill *d);
/* Non-zero once the gate refused a scheduled input: the drill stopped there. */
int dh_drill_stopped(const dh_drill *d);
/* Events emitted so far: a view that saw this count has seen everything. */
uint64_t dh_drill_event_count(const dh_drill *d);

/* Per team (milli points). */
int64_t dh_drill_team_total(const dh_drill *d, int team);
int64_t dh_drill_points(const dh_drill *d, int team, int cat);
/* The team's points by category: dh_drill_category_count entries. */
const int64_t *dh_drill_team_points(const dh_drill *d, int team);
/* Sum of the team's time to decide (a missed decision counts its whole window). */
dh_ms dh_drill_decision_time(const dh_drill *d, int team);
const dh_decision_state *dh_drill_decision(const dh_drill *d, int team, int dec);
/* The order in which the team is shown the decision's options (order[p] is
 * the option at place p; as many entries as the decision has options): its
 * own shuffle (dh_decision_option_order), or the order the server sent. */
void dh_drill_option_order(const dh_drill *d, int team, int dec, int *order);
/* DH_MS_NEVER when not delivered. */
dh_ms dh_drill_delivered_at(const dh_drill *d, int team, int inject);
/* Non-zero when the team got the inject from the facilitator's hand
 * (DH_IN_DELIVER), not from the scenario's schedule or a trigger. */
int dh_drill_delivered_by_hand(const dh_drill *d, int team, int inject);
/* Non-zero when the inject's `when` withheld it from the team. */
int dh_drill_withheld(const dh_drill *d, int team, int inject);
size_t dh_drill_flag_count(const dh_drill *d, int team);
/* The team's i-th flag, in the order they were first set. */
const dh_flag *dh_drill_flag_at(const dh_drill *d, int team, size_t i);
/* Flag names and string values (dh_intern_str on a flag's name or value). */
const dh_intern *dh_drill_names(const dh_drill *d);

/* Adjustments and notes, in the order they were made. */
size_t dh_drill_adjustment_count(const dh_drill *d);
const dh_adjustment *dh_drill_adjustment_at(const dh_drill *d, size_t i);
size_t dh_drill_note_count(const dh_drill *d);
const dh_note *dh_drill_note_at(const dh_drill *d, size_t i);

/* The control log: pauses, resumes, speed changes, hand deliveries, jumps and
 * the early end, in the order they were applied. */
size_t dh_drill_control_count(const dh_drill *d);
const dh_control *dh_drill_control_at(const dh_drill *d, size_t i);
/* Evaluators' ratings of objectives, in the order given. */
size_t dh_drill_override_count(const dh_drill *d);
const dh_rating_override *dh_drill_override_at(const dh_drill *d, size_t i);
/* The improvement plan as last filled in (DH_IN_PLAN), or NULL when none was;
 * and how many were recorded (each later one replaced the one before). */
const struct dh_plan *dh_drill_plan(const dh_drill *d);
size_t dh_drill_plan_imports(const dh_drill *d);

/* Free-text injects, in the order they were written. */
size_t dh_drill_message_count(const dh_drill *d);
const dh_message *dh_drill_message_at(const dh_drill *d, size_t i);
/* Feedback answers, in the order given; and the one that stands for (team,
 * question): the last given, or NULL. */
size_t dh_drill_feedback_count(const dh_drill *d);
const dh_feedback *dh_drill_feedback_at(const dh_drill *d, size_t i);
const dh_feedback *dh_drill_feedback_find(const dh_drill *d, int team, int question);

/* Script failures recorded during the drill ("file:line: message"). */
const dh_diags *dh_drill_warnings(const dh_drill *d);

/* ---- Writes for the script layer ----------------------------------------------
 * A scenario's own state, changed only from its hooks and conditions. */

/* The team's math.random stream; borrowed, lives as long as the drill. */
dh_rng *dh_drill_team_rng(dh_drill *d, int team);
/* Interns a flag name or string value; its id, or -1 out of memory. */
int dh_drill_intern(dh_drill *d, const char *s);

#endif
