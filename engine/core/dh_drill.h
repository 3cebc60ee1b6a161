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
} dh_adjustment;

typedef struct dh_note {
    int team;             /* -1: about the whole drill */
    dh_ms t;
    char *text;
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
    DH_IN_COUNT
} dh_input_kind;

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
} dh_input;

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

struct dh_drill {
    uint64_t serial;               /* unique per drill in this process, never reused */
    const dh_scenario *sc;
    const dh_roster *roster;
    uint64_t seed;
    dh_script_iface script;
    size_t nteams, ncat, ndec, ninj;

    dh_ms now;
    int started, ended, paused;
    int64_t speed_milli;           /* facilitator speed, 1000 = real time */
    dh_timeline tl;

    /* per team, dense: [team * n + i] */
    int64_t *points;               /* [team*ncat + cat] milli */
    int64_t *totals;               /* [team] milli */
    dh_ms *decision_time;          /* [team] sum of time to decide (missed = full window) */
    dh_decision_state *dec;        /* [team*ndec + d] */
    dh_ms *delivered_at;           /* [team*ninj + i], DH_MS_NEVER = not delivered */
    uint8_t *withheld;             /* [team*ninj + i] */
    dh_flag **flags; size_t *nflags;  /* [team] */
    dh_rng *rng;                   /* [team] scenario math.random streams */
    dh_intern names;               /* flag names and string values (scenario's first) */

    dh_adjustment *adjustments; size_t nadjustments;
    dh_note *notes; size_t nnotes;

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
};

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

/* Points saturate at ±DH_POINTS_MAX (milli) instead of overflowing. */
#define DH_POINTS_MAX ((int64_t)1 << 60)
static inline int64_t dh_points_add(int64_t a, int64_t b)
{
    if (b > 0 && a > DH_POINTS_MAX - b) return DH_POINTS_MAX;
    if (b < 0 && a < -DH_POINTS_MAX - b) return -DH_POINTS_MAX;
    return a + b;
}

static inline const dh_decision_state *dh_drill_decision(const dh_drill *d, int team, int dec)
{
    return &d->dec[(size_t)team * d->ndec + (size_t)dec];
}
static inline dh_ms dh_drill_delivered_at(const dh_drill *d, int team, int inject)
{
    return d->delivered_at[(size_t)team * d->ninj + (size_t)inject];
}
static inline int64_t dh_drill_points(const dh_drill *d, int team, int cat)
{
    return d->points[(size_t)team * d->ncat + (size_t)cat];
}

#endif
