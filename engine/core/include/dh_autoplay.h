/* dh_autoplay.h — answering decisions without people: bot policies and
 * responses files.
 *
 * A responses file (`team,decision,option,at`) lists answers given at exercise
 * times; each becomes a choice scheduled at its time. A team with no response for
 * a decision falls to the bot policy, if there is one, else to the decision's
 * timeout. Bots draw from their own per-team random stream, seeded from
 * (drill seed, team id), so they never disturb the scenario's math.random. */
#ifndef DH_AUTOPLAY_H
#define DH_AUTOPLAY_H

#include "dh_drill.h"

typedef enum dh_bot_policy {
    DH_BOT_NONE,    /* nobody answers: decisions expire */
    DH_BOT_BEST,    /* highest-scoring option, answered within a minute */
    DH_BOT_WORST,   /* lowest-scoring option, answered just before the deadline */
    DH_BOT_RANDOM,  /* any option, at any time inside the window */
    DH_BOT_FIRST,   /* the first option, after a minute */
    DH_BOT_LONGEST  /* the option with the longest text in the drill's language (the
                       first of the longest), after a minute: a team that games the
                       scoring by always taking the fullest-sounding answer */
} dh_bot_policy;

int dh_bot_policy_parse(const char *s);   /* -1 when unknown */
const char *dh_bot_policy_name(dh_bot_policy p);

/* Chooses an option and how long after opening to answer; lang is the language
 * whose texts `longest` measures (in characters). */
void dh_bot_pick(dh_bot_policy p, const dh_decision *dec, dh_lang lang, dh_rng *rng,
                 int *option, dh_ms *delay);
/* The option whose text in lang has the most characters; on a tie the first. */
int dh_decision_longest_option(const dh_decision *dec, dh_lang lang);

typedef struct dh_response {
    int team, decision, option;
    dh_ms at;
    int line;
} dh_response;

/* A team's answer to a feedback question, given after the end (a row
 * `team,feedback:QUESTION,ANSWER,` of the responses file). */
typedef struct dh_response_feedback {
    int team, question;
    int rating;                  /* rating questions; 0 for text */
    char *text;                  /* text questions (owned); NULL for a rating */
    int line;
} dh_response_feedback;

/* An answer to an open question (`team,question,text,at`): dh_question.h. */
typedef struct dh_response_answer {
    int team, question;
    char *text;                  /* owned */
    dh_ms at;
    int line;
} dh_response_answer;

typedef struct dh_responses {
    char *file;                  /* for file:line in warnings */
    dh_response *items; size_t count;
    /* feedback rows: not in a record's header (each answer is a recorded input) */
    dh_response_feedback *feedback; size_t nfeedback;
    dh_response_answer *answers; size_t nanswers;
} dh_responses;

void dh_responses_free(dh_responses *r);

typedef struct dh_autoplay {
    dh_bot_policy policy;
    dh_rng *rng;                 /* [team] */
    int32_t *response;           /* [team*ndec + d]: index into responses, -1 none */
    const dh_responses *responses;
    size_t nteams, ndec;
    dh_lang lang;                /* the drill's language (for `longest`); English
                                    after attach until the caller sets it */
} dh_autoplay;

/* Attaches bots (and responses, may be NULL) to a drill. When a decision opens
 * for a team, its response (if any) is scheduled at its time — so a response at
 * the very minute a triggered decision opens still counts — and a response
 * whose time has passed is ignored with a warning at its file:line; teams
 * without a response fall to the bots. The autoplay must outlive the run.
 * DH_EINPUT (nothing attached) when a response names a team, decision or
 * option the drill does not have, as a damaged record's may; DH_ENOMEM. */
dh_status dh_autoplay_attach(dh_autoplay *ap, dh_drill *d, dh_bot_policy policy,
                             const dh_responses *responses);
void dh_autoplay_free(dh_autoplay *ap);
/* After the drill: warns (file:line) for every response whose decision never
 * opened for its team. */
void dh_autoplay_report_unused(const dh_autoplay *ap, dh_drill *d);
/* After the end: gives the responses file's feedback answers, in file order, as
 * DH_IN_FEEDBACK inputs (source: responses) through dh_drill_apply, so a record
 * keeps each. An answer the drill already holds for that team and question (a
 * resumed drill) is not given again. DH_OK, or the status of the first input
 * refused, with why in err. */
dh_status dh_autoplay_give_feedback(const dh_autoplay *ap, dh_drill *d, char *err, size_t errlen);

/* Open questions (dh_question_play.c): a question's answer from the responses
 * file is scheduled at its time when the question opens; without one, a bot
 * answers with a canned text and scores it by its policy: best ticks every
 * rubric item, worst none, random a random subset, first and longest every
 * item. DH_EINPUT when an answer names a team or question the drill lacks. */
dh_status dh_question_autoplay_attach(dh_autoplay *ap, dh_drill *d);

#endif
