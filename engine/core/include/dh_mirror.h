/* dh_mirror.h — a station's copy of a drill that runs somewhere else.
 *
 * A station (engine/net) is told about a drill piece by piece: who it is and what
 * scenario is played (welcome), then the definitions of injects and decisions as
 * they reach it, and the events of the drill (deliveries, decisions opening and
 * closing, adjustments, notes, the facilitator's controls, the clock). The mirror
 * keeps all of it and answers the same read-only questions a local drill answers
 * (dh_drill.h's view, dh_snapshot.h), so the console, the team station and the
 * scoreboard draw a remote drill with the code that draws a local one.
 *
 * It never runs the drill: nothing is derived here that the server did not say,
 * except the clock between two `clock` messages (wall time × speed, which the
 * caller measures and hands to dh_mirror_tick).
 *
 * Everything handed in is borrowed for the call and copied. What a server sends is
 * not trusted: unknown teams, decisions or options, ids that break the id rule and
 * counts past the scenario limits are refused with DH_EINPUT and a message, and
 * change nothing. */
#ifndef DH_MIRROR_H
#define DH_MIRROR_H

#include "dh_drill.h"
#include "dh_snapshot.h"
#include "dh_status.h"
#include "dh_text.h"
#include "dh_time.h"

#include <stddef.h>
#include <stdint.h>

typedef enum dh_mirror_role { DH_MIRROR_TEAM, DH_MIRROR_EVALUATOR, DH_MIRROR_OBSERVER } dh_mirror_role;

/* At most this many adjustments and notes are kept (a flood from a broken server
 * stops being stored, it does not grow without end). */
#define DH_MIRROR_MAX_RECORDS 100000
/* Teams × (injects + decisions) a mirror holds at most. Each new definition
 * rebuilds the drill (O(this)), so the bound keeps a server that sends thousands
 * of definitions for thousands of teams from making a station spin; a real drill
 * (1,000 teams, 50 definitions) is far below it. */
#define DH_MIRROR_MAX_CELLS 2000000

/* A text in each catalog language; NULL where the server sent none. */
typedef struct dh_mirror_text {
    const char *s[DH_LANG_COUNT];
} dh_mirror_text;

typedef struct dh_mirror_named {
    const char *id;
    dh_mirror_text name;
} dh_mirror_named;

typedef struct dh_mirror_team {
    const char *id, *name, *bracket;   /* name and bracket may be NULL */
    const char *role;                  /* may be NULL */
} dh_mirror_team;

/* A question of the feedback form. */
typedef struct dh_mirror_question {
    const char *id;
    int text;                          /* 1: answered in words; 0: a rating */
    dh_mirror_text question;
} dh_mirror_question;

typedef struct dh_mirror_welcome {
    dh_mirror_role role;
    const char *id, *name;             /* the team's or evaluator's; NULL for an observer */
    int show_points;
    const char *scenario_id;
    dh_mirror_text title;
    dh_ms duration;                    /* > 0 */
    const dh_mirror_named *categories; size_t ncategories;
    const dh_mirror_named *stages; size_t nstages;
    const dh_mirror_team *teams; size_t nteams;   /* ≥ 1 */
    /* the feedback form a team answers after the end; none from older servers
     * (then a team station offers none) */
    const dh_mirror_question *feedback; size_t nfeedback;
} dh_mirror_welcome;

typedef struct dh_mirror_inject_def {
    const char *id;
    dh_mirror_text title, body, from, notes;
    const char *channel, *severity, *stage, *attack;  /* each may be NULL */
} dh_mirror_inject_def;

typedef struct dh_mirror_points {
    const char *category;
    int64_t milli;
} dh_mirror_points;

typedef struct dh_mirror_option {
    const char *id;
    dh_mirror_text text, notes;
    const dh_mirror_points *points; size_t npoints;  /* none when hidden */
} dh_mirror_option;

typedef struct dh_mirror_decision_def {
    const char *id;
    const char *inject;                /* the inject it opened on, or NULL */
    dh_mirror_text prompt, notes;
    const dh_mirror_option *options; size_t noptions;  /* 0: only its id is known */
    const char *timeout;               /* option id or NULL */
} dh_mirror_decision_def;

typedef struct dh_mirror dh_mirror;

dh_mirror *dh_mirror_create(void);
void dh_mirror_destroy(dh_mirror *m);

/* The drill to draw, or NULL before the first welcome. Borrowed; it is replaced
 * (a new pointer, a new dh_drill_serial) whenever a new definition arrives, so a
 * caller asks again after every call that changes the mirror. */
const dh_drill *dh_mirror_drill(const dh_mirror *m);

/* Who the station is and what is played. A welcome for the same scenario, role,
 * id and teams (a reconnect) keeps everything received so far; any other one
 * starts the mirror afresh. */
dh_status dh_mirror_welcome_set(dh_mirror *m, const dh_mirror_welcome *w, char *err, size_t errlen);
dh_mirror_role dh_mirror_role_of(const dh_mirror *m);
int dh_mirror_show_points(const dh_mirror *m);
/* The welcome's team (role team) as a drill team index, else -1. */
int dh_mirror_own_team(const dh_mirror *m);

/* The highest stream seq applied (hello's `last`). Every event call takes its
 * seq: one at or below it was seen already and is ignored (DH_OK), so a catch-up
 * that repeats events changes nothing. seq 0 is never ignored. */
uint64_t dh_mirror_last_seq(const dh_mirror *m);

/* Stream events; t is the event's exercise time, which the clock does not fall
 * behind. team ids are those of the welcome. */
dh_status dh_mirror_start(dh_mirror *m, uint64_t seq, dh_ms t);
dh_status dh_mirror_inject(dh_mirror *m, uint64_t seq, dh_ms t, const char *team,
                           const dh_mirror_inject_def *in, char *err, size_t errlen);
/* deadline: DH_MS_NEVER for a decision open until the end. */
dh_status dh_mirror_open(dh_mirror *m, uint64_t seq, dh_ms t, const char *team, dh_ms deadline,
                         const dh_mirror_decision_def *dec, char *err, size_t errlen);
/* option: NULL when a decision expired with no timeout option; timeout: 1 when it
 * expired; points: what it gave per category (none when hidden). */
dh_status dh_mirror_closed(dh_mirror *m, uint64_t seq, dh_ms t, const char *team,
                           const char *decision, const char *option, int timeout, int factor,
                           const dh_mirror_points *points, size_t npoints, char *err,
                           size_t errlen);
dh_status dh_mirror_adjust(dh_mirror *m, uint64_t seq, dh_ms t, const char *team,
                           const char *category, int64_t milli, const char *reason, char *err,
                           size_t errlen);
/* An answer to an open question scored: `points` (npoints of them) are what
 * the answer gives now, by category, and the team's totals move by the
 * difference from what it gave before (so a repeat changes nothing). points
 * NULL: the station is not shown points, the totals stay. */
dh_status dh_mirror_scored(dh_mirror *m, uint64_t seq, dh_ms t, const char *team,
                          const char *question, const dh_mirror_points *points, size_t npoints,
                          char *err, size_t errlen);
/* A facilitator action: "pause", "resume", "speed" (speed_milli), "jump" (to),
 * "deliver", "note" (team or NULL, text). Unknown actions are ignored. */
dh_status dh_mirror_control(dh_mirror *m, uint64_t seq, dh_ms t, const char *action,
                            int64_t speed_milli, dh_ms to, const char *team, const char *text,
                            char *err, size_t errlen);
dh_status dh_mirror_end(dh_mirror *m, uint64_t seq, dh_ms t);

/* The server's clock: where it is, its state and speed. */
void dh_mirror_clock(dh_mirror *m, dh_ms now, dh_run_state state, int64_t speed_milli);
/* Moves the clock by wall_us of wall time × speed while running, never past the
 * duration; returns the exercise time now. */
dh_ms dh_mirror_tick(dh_mirror *m, int64_t wall_us);

#endif
