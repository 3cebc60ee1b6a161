/* dh_qbook.h — what a station knows of open questions (dh_question.h): the
 * questions put to its team (or its evaluator's teams), each answer, each
 * evaluator's score, and the draft a person is typing.
 *
 * Fed by engine/net from what the server sent (question, answered, scored),
 * read by the views and the headless bots. Like the mirror it survives a
 * reconnect, so a draft being typed is still there when the station is back;
 * an event repeated by a catch-up changes nothing. Everything handed in is
 * borrowed for the call and copied; counts and lengths are bounded. */
#ifndef DH_QBOOK_H
#define DH_QBOOK_H

#include "dh_status.h"
#include "dh_text.h"
#include "dh_time.h"

#include <stddef.h>
#include <stdint.h>

#define DH_QBOOK_MAX 20000        /* questions × teams kept at most */
#define DH_QBOOK_MAX_SCORES 16    /* scores kept per answer */

typedef enum dh_qbook_status { DH_QB_OPEN, DH_QB_ANSWERED, DH_QB_UNANSWERED } dh_qbook_status;

typedef struct dh_qbook_score {
    char *by, *items, *comment;   /* items: "a,b" */
} dh_qbook_score;

typedef struct dh_qbook_item {
    char *team, *id;
    dh_text prompt, guidance;
    char **rubric_ids; dh_text *rubric_text; size_t nrubric;  /* evaluators only */
    dh_ms opened, deadline;       /* deadline DH_MS_NEVER: none */
    dh_qbook_status status;
    char *answer;                 /* the team's text once answered */
    dh_qbook_score *scores; size_t nscores;
    char *draft;                  /* being typed at this station, or NULL */
} dh_qbook_item;

typedef struct dh_qbook dh_qbook;

dh_qbook *dh_qbook_create(void);
void dh_qbook_destroy(dh_qbook *b);

/* A question opened for team. texts: one per catalog language (NULL: none);
 * rubric_ids / rubric_texts: nrubric entries (texts nrubric × DH_LANG_COUNT). */
dh_status dh_qbook_open(dh_qbook *b, const char *team, const char *id, dh_ms t, dh_ms deadline,
                        const char *const *prompt, const char *const *guidance,
                        const char *const *rubric_ids, const char *const *rubric_texts,
                        size_t nrubric);
/* The team answered (text) or let it pass (text NULL). */
dh_status dh_qbook_answered(dh_qbook *b, const char *team, const char *id, const char *text);
/* An evaluator (by; NULL the facilitator) scored the answer; a later score by
 * the same evaluator replaces the earlier. */
dh_status dh_qbook_scored(dh_qbook *b, const char *team, const char *id, const char *by,
                          const char *items, const char *comment);
/* Brings the book up to date with a local drill (the console's own): every
 * question opened so far for every team, its answer and scores. A settlement
 * is kept as a score with by NULL, the console's own scores by
 * "facilitator" (as in the event log). Drafts are kept. */
struct dh_drill;
dh_status dh_qbook_sync(dh_qbook *b, const struct dh_drill *d);
/* The draft being typed for item i (text copied; NULL clears it). */
dh_status dh_qbook_set_draft(dh_qbook *b, size_t i, const char *text);

size_t dh_qbook_count(const dh_qbook *b);
const dh_qbook_item *dh_qbook_at(const dh_qbook *b, size_t i);
/* The index of (team, id), or -1. */
int dh_qbook_find(const dh_qbook *b, const char *team, const char *id);
/* 1 when evaluator `by` has scored item i. */
int dh_qbook_scored_by(const dh_qbook_item *it, const char *by);

#endif
