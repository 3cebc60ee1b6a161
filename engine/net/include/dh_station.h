/* dh_station.h — the station client: joins a served drill over TLS (WebSocket,
 * subprotocol drillhall.v1, docs/protocol.md) and keeps a dh_mirror of what the
 * server sent, for the views to draw.
 *
 * One dh_station_net holds one libwebsockets context and any number of stations
 * (`join` has one, `swarm` hundreds). Nothing runs on its own thread: the owner
 * calls dh_station_net_service from its loop, and every callback below is made
 * from inside that call. A callback may call dh_station_choose / _adjust / _note,
 * never dh_station_net_destroy.
 *
 * The event loop's contract (STYLE.md 9): a station owns its connection; a
 * connection is closed from inside lws's callbacks only (a request to close is a
 * flag the next writeable callback acts on), and a station is freed only with
 * its net, after lws has let go of the connection. A silent server (nothing for
 * DH_STATION_SILENCE_MS) is dropped and reconnected; a frame larger than the
 * protocol's limit, or one that does not parse, drops the connection too.
 *
 * Certificate pinning: with a pin, the server's certificate must have exactly
 * that SHA-256 fingerprint (of its DER form, as `openssl x509 -fingerprint
 * -sha256` prints it); anything else is refused before the join code is sent,
 * and the station stops (DH_ST_REFUSED with the fingerprint it was shown).
 * Without a pin, any certificate is taken and its fingerprint is reported, so a
 * person can compare it with the code sheet. */
#ifndef DH_STATION_H
#define DH_STATION_H

#include "dh_mirror.h"
#include "dh_proto.h"
#include "dh_qbook.h"
#include "dh_status.h"
#include "dh_text.h"

#include <stddef.h>
#include <stdint.h>

#define DH_STATION_SILENCE_MS 15000   /* the server sends `clock` every second */
#define DH_STATION_BACKOFF_MIN_MS 500
#define DH_STATION_BACKOFF_MAX_MS 8000
#define DH_STATION_MAX_OUTBOX 256     /* messages waiting to be written */
#define DH_STATION_FP_LEN 32          /* SHA-256 */

typedef enum dh_station_state {
    DH_ST_CONNECTING,     /* first connection, not welcomed yet */
    DH_ST_CATCHING_UP,    /* welcomed, receiving the events it missed */
    DH_ST_ONLINE,         /* `ready` received: live */
    DH_ST_RECONNECTING,   /* the connection dropped: retrying with backoff */
    DH_ST_REFUSED         /* refused by the server or by the pin: stopped for good */
} dh_station_state;

typedef struct dh_station dh_station;
typedef struct dh_station_net dh_station_net;

/* What the owner hears about. Every member may be NULL. `raw` is the frame as
 * received (not NUL-terminated), `msg` its parsed form (NULL when it did not
 * parse); both borrowed for the call. */
typedef struct dh_station_hooks {
    void *ctx;
    void (*message)(void *ctx, dh_station *st, const char *raw, size_t len, const dh_pmsg *msg);
    /* a choice, adjustment or note was acknowledged (input: its number in the record) */
    void (*ack)(void *ctx, dh_station *st, const char *ref, const char *decision, const char *option,
                int64_t input);
    void (*refused)(void *ctx, dh_station *st, const char *ref, const char *reason);
    void (*state)(void *ctx, dh_station *st, dh_station_state state);
} dh_station_hooks;

typedef struct dh_station_config {
    const char *url;          /* wss://HOST[:PORT][/ws] (or HOST:PORT) */
    const char *code;         /* the join code, as typed */
    const char *lang;         /* "en", "vi", or NULL */
    const uint8_t *pin;       /* DH_STATION_FP_LEN bytes, or NULL: no pinning */
    dh_station_hooks hooks;
    void *user;               /* the owner's, for dh_station_user */
} dh_station_config;

/* What a station does with a parsed message from the server that describes the
 * drill (welcome, clock, stream events): the mirror takes it. Other messages are
 * the session's and change nothing here (DH_OK). DH_EINPUT with a message when
 * the mirror refuses it (another team's event, an unknown decision…). */
dh_status dh_station_apply(dh_mirror *m, const dh_pmsg *msg, char *err, size_t errlen);

/* Parses a fingerprint: 64 hex digits, plain or in colon-separated pairs, either
 * case. 0, or -1 when it is neither. */
int dh_station_parse_pin(const char *s, uint8_t out[DH_STATION_FP_LEN]);
/* "AB:CD:…" (95 characters and a NUL). */
void dh_station_format_pin(const uint8_t fp[DH_STATION_FP_LEN], char out[3 * DH_STATION_FP_LEN]);

/* Checks a station URL: 0, or -1 with the reason in err. */
int dh_station_url_check(const char *url, char *err, size_t errlen);

/* NULL with a message in err when the TLS context cannot be made. */
dh_station_net *dh_station_net_create(char *err, size_t errlen);
/* Closes every connection and frees every station. */
void dh_station_net_destroy(dh_station_net *net);

/* Adds a station and starts connecting. Copies the config's strings. NULL with a
 * message in err for a bad URL or out of memory. */
dh_station *dh_station_add(dh_station_net *net, const dh_station_config *cfg, char *err,
                           size_t errlen);

/* Services the network once: waits up to wait_ms for something to happen (0:
 * not at all), handles it, reconnects stations whose backoff is over, and moves
 * each mirror's clock by the wall time that passed. */
void dh_station_net_service(dh_station_net *net, int wait_ms);

dh_station_state dh_station_get_state(const dh_station *st);
void *dh_station_user(const dh_station *st);
dh_mirror *dh_station_mirror(dh_station *st);
/* Why the station is refused (the server's message, or the pin mismatch), "" else. */
const char *dh_station_refusal(const dh_station *st);
/* The server's refuse reason (DH_PR_NONE when it was the pin, or not refused). */
dh_prefuse_reason dh_station_refuse_reason(const dh_station *st);
/* 1 when the station stopped because the certificate was not the pinned one. */
int dh_station_pin_mismatch(const dh_station *st);
/* The fingerprint the server presented last (all zero before any). */
const uint8_t *dh_station_presented(const dh_station *st);
int dh_station_has_presented(const dh_station *st);
/* Counters since the station was added. */
typedef struct dh_station_stats {
    uint64_t messages, acks, refused, reconnects;
    int64_t last_input;       /* the last acknowledged input's number, 0 none */
    size_t pending;           /* choices sent and not yet answered */
    int ready;                /* the last catch-up was completed */
} dh_station_stats;
dh_station_stats dh_station_get_stats(const dh_station *st);
/* In the ack hook: the acknowledged choice's round trip, µs from its last sending
 * to its ack (-1 for an input this station did not send as a choice). */
int64_t dh_station_ack_rtt_us(const dh_station *st);

/* Sends a team's choice (or keeps it for the next connection). The station's
 * own ref for it goes to ref_out (DH_PROTO_MAX_REF + 1 bytes) when not NULL.
 * DH_ESTATE when the station is refused or holds DH_PROTO_MAX_PENDING
 * unanswered choices already. A choice is resent with the same ref after every
 * reconnect until it is answered. */
dh_status dh_station_choose(dh_station *st, const char *decision, const char *option,
                            char *ref_out);
/* An evaluator's adjustment or note: sent now, or DH_ESTATE when not online (it
 * is not kept: the evaluator sees that it was not sent and can send it again). */
dh_status dh_station_adjust(dh_station *st, const char *team, const char *category, int64_t milli,
                            const char *reason);
dh_status dh_station_note(dh_station *st, const char *team, const char *text);
/* A team's answer to the feedback form after the end (rating 1–5, or text):
 * sent now, or DH_ESTATE when not online, as for a note. */
dh_status dh_station_feedback(dh_station *st, const char *question, int64_t rating, const char *text);
/* A team's answer to an open question: kept and sent again with the same ref
 * after every reconnect until it is acknowledged (durable) or refused, exactly
 * like a choice; the ack hook gets the question's id as `decision` and NULL as
 * option. DH_ESTATE when refused or too many are waiting. */
dh_status dh_station_answer(dh_station *st, const char *question, const char *text,
                            char *ref_out);
/* An evaluator's rubric score: items = ticked rubric ids, comma separated;
 * comment may be NULL. Sent now, or DH_ESTATE when not online (not kept). */
dh_status dh_station_score(dh_station *st, const char *team, const char *question,
                           const char *items, const char *comment);
/* The open questions this station was told about (dh_qbook.h); borrowed. */
dh_qbook *dh_station_questions(dh_station *st);

/* 1 when a choice for this decision is waiting for its answer. */
int dh_station_choice_pending(const dh_station *st, const char *decision);

#endif
