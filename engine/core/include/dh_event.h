/* dh_event.h — what happened in a drill: the records of the event log.
 *
 * The drill emits one dh_logrec per event to every attached sink, in the order the
 * events happen. Pointers in a record are borrowed for the duration of the call.
 * The JSON Lines form of these records is a public interface (docs/event-log.md). */
#ifndef DH_EVENT_H
#define DH_EVENT_H

#include "dh_time.h"

#include <stddef.h>
#include <stdint.h>

typedef enum dh_evtype {
    DH_EV_START,     /* the drill began */
    DH_EV_INJECT,    /* an inject was delivered to a team */
    DH_EV_WITHHELD,  /* an inject's `when` said no for a team */
    DH_EV_OPEN,      /* a decision opened for a team */
    DH_EV_CHOICE,    /* a team chose an option */
    DH_EV_EXPIRE,    /* a decision's deadline passed unanswered (or the drill ended) */
    DH_EV_ADJUST,    /* points added or removed by an evaluator or a hook */
    DH_EV_CONTROL,   /* a facilitator action: pause, resume, speed, deliver, note, end */
    DH_EV_END,       /* the drill ended */
    DH_EV_QUESTION,  /* an open question opened for a team (dh_question.h) */
    DH_EV_ANSWER,    /* a team answered it: reason = the text */
    DH_EV_SCORE,     /* an evaluator scored (or the facilitator settled) an answer */
    DH_EV_UNANSWERED,/* its deadline passed unanswered (or the drill ended) */
    DH_EV_COUNT
} dh_evtype;

const char *dh_evtype_name(dh_evtype t);

typedef struct dh_logrec {
    dh_evtype type;
    dh_ms t;
    int team;                 /* team index, -1 when the event is not a team's */
    const char *team_id;      /* NULL when team < 0 */
    const char *id;           /* inject or decision id, or NULL */
    const char *option;       /* option id, or NULL; control rate: the rating letter */
    const int64_t *points;    /* per category (milli), choice/expire; NULL otherwise */
    size_t npoints;
    const char *const *categories;  /* category ids, npoints of them */
    int factor;               /* timeliness factor (milli), choice/expire */
    dh_ms elapsed;            /* ms since the decision opened (choice/expire) */
    dh_ms deadline;           /* open: deadline time, DH_MS_NEVER when none */
    const char *category;     /* adjust */
    int64_t amount;           /* adjust: milli */
    const char *reason;       /* adjust: reason; control note: the text */
    const char *by;           /* adjust: "evaluator" or "script"; choice: input source */
    const char *action;       /* control: pause, resume, speed, jump, deliver, note, end, rate */
    int64_t speed_milli;      /* control speed */
    dh_ms to;                 /* control jump: the exercise time jumped to */
} dh_logrec;

typedef void (*dh_sink_fn)(void *ctx, const dh_logrec *rec);

#endif
