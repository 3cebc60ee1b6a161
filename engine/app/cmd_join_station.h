/* cmd_join_station.h — what `join` and `swarm` share: bots that answer a station's open
 * decisions, one terminal line per message received, the status line, and the
 * input sink that turns what a person does at a station into messages. */
#ifndef DH_CMD_JOIN_STATION_H
#define DH_CMD_JOIN_STATION_H

#include "dh_autoplay.h"
#include "dh_rng.h"
#include "dh_station.h"

#include <stdio.h>

/* A station's bot: which of its team's open decisions it has answered, and when
 * it will answer the others (exercise time). */
typedef struct dh_station_bot {
    dh_bot_policy policy;
    dh_rng rng;
    uint64_t seed;
    uint64_t serial;          /* the mirror drill the plan below is for */
    dh_ms *due;               /* [decision]: when to answer; DH_MS_NEVER: not planned */
    int *option;              /* [decision] */
    uint8_t *done;            /* [decision] */
    size_t cap;
    int refused_points;       /* best/worst with points hidden: said once, stopped */
} dh_station_bot;

void dh_station_bot_init(dh_station_bot *b, dh_bot_policy policy, uint64_t seed);
void dh_station_bot_free(dh_station_bot *b);
/* Answers what is due. Returns 0, or -1 when the policy needs points the server
 * hides from this team (best, worst): the bot then does nothing more. */
int dh_station_bot_step(dh_station_bot *b, dh_station *st);

/* Prints one line for a received message (events, welcome, ready, acks,
 * refusals; not the clock), in lang, escaped for the terminal. `label` (or NULL)
 * goes first, for swarm's many stations. */
void dh_station_print(FILE *f, dh_station *st, const dh_pmsg *msg, dh_lang lang, const char *label);

/* The status line: connection, the last acknowledged input, what waits, the
 * last refusal. */
void dh_station_status(dh_station *st, const char *last_refusal, dh_lang lang, char *out, size_t n);

/* The sink a station's window sends inputs to: a team's choice becomes
 * `choose`, an evaluator's adjustment and note become `adjust` and `note`;
 * anything else is the facilitator's and is refused with a message. ctx is the
 * dh_station. */
dh_input_sink dh_station_input_sink(dh_station *st);

#endif
