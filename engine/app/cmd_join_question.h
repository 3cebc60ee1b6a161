/* cmd_join_question.h — open questions at `join` and `swarm` stations: the
 * bots that answer them (a team) or score them (an evaluator), and the terminal
 * line for each question event. */
#ifndef CMD_JOIN_QUESTION_H
#define CMD_JOIN_QUESTION_H

#include "dh_autoplay.h"
#include "dh_rng.h"
#include "dh_station.h"

#include <stdio.h>

typedef struct dh_station_qbot {
    dh_bot_policy policy;
    dh_rng rng;
    uint8_t *done;            /* [qbook index]: answered or scored by this bot */
    size_t cap;
    const char *text;         /* the canned answer (borrowed) */
} dh_station_qbot;

void dh_station_qbot_init(dh_station_qbot *b, dh_bot_policy policy, uint64_t seed);
void dh_station_qbot_free(dh_station_qbot *b);
/* A team's bot answers each open question once with the canned text; an
 * evaluator's bot scores each answer of its teams once: best ticks every
 * rubric item, worst none, random a random subset, first and longest every
 * item. Returns 0, or -1 out of memory. */
int dh_station_qbot_step(dh_station_qbot *b, dh_station *st);

/* One terminal line for a question, answered or scored event; 0 when msg is
 * none of them. */
int dh_station_print_question(FILE *f, dh_station *st, const dh_pmsg *msg, dh_lang lang,
                              const char *pre);

#endif
