/* dh_server_impl.h — the inside of a server and of one connection, and what the
 * server's own .c files call of one another; for engine/net's dh_server*.c only,
 * not a contract. The files, from the top down:
 *   dh_server_lws.c       connections: the lws callback, the server's life, timers
 *   dh_server_recv.c      messages from a station: frames, hello, inputs
 *   dh_server_send.c      messages to a station: welcome, the stream, clock, scores
 *   dh_server_presence.c  who is online, per team
 *   dh_server_refs.c      exactly once: (who, ref) → input number
 *   dh_server.c           queueing to and refusing a connection; who it is, what it sees
 * A file calls only the files below it (tests/layers.py checks there is no circle). */
#ifndef DH_SERVER_IMPL_H
#define DH_SERVER_IMPL_H

#include "dh_server.h"
#include "dh_stream.h"

#include <libwebsockets.h>

#include <stdint.h>

/* A reply waiting to be written: LWS_PRE spare bytes, then the JSON. */
typedef struct qmsg {
    struct qmsg *next;
    size_t len;
    unsigned char data[];
} qmsg;

/* One connection: lws's per-session data (zeroed by lws, freed by lws after
 * LWS_CALLBACK_CLOSED, where it leaves the server's list). */
typedef struct conn {
    struct lws *wsi;
    struct conn *next, *prev;
    int principal;            /* -1 before a good hello */
    dh_lang lang;
    char addr[64];
    int64_t connected_ms, last_write_ms;
    char *rx;                 /* a frame being received */
    size_t rxlen, rxcap;
    int rx_refused;           /* the frame was refused: ignore the rest of it */
    qmsg *qhead, *qtail;
    size_t qbytes;
    size_t cursor;            /* next stream event to consider */
    size_t ready_index;       /* `ready` goes out when the cursor reaches it */
    uint64_t ready_seq;
    int ready_sent;
    int clock_due, scores_due, presence_due;
    int closing;              /* close once the queue is written */
    int dropped;
    int counted;              /* counted in its team's presence */
} conn;

typedef struct principal {
    dh_role role;
    char *id, *name;
    int *teams;
    size_t nteams;
    int64_t generation;
    char code[DH_CODE_LEN + 1];
} principal;

typedef struct refkey {       /* exactly once: (who, ref) → input number */
    char *key;
    int64_t input;
} refkey;

typedef struct addr_rate {
    char addr[64];
    int64_t window_ms;
    int wrong;
} addr_rate;

struct dh_server {
    dh_server_config cfg;
    struct lws_context *ctx;
    struct lws_protocols protocols[3];   /* the page's HTTP (first, when served), the stations', end */
    int port;
    dh_drill *drill;
    dh_stream stream;
    principal *pr;
    size_t npr;
    conn *conns;
    size_t nconns, nstations;
    int64_t now_ms;
    int64_t pace_wall_us, pace_speed;   /* dh_server_set_pace; speed 0: none */
    dh_ms pace_ex0;
    /* presence per team */
    int *online;
    int64_t *since;
    /* exactly once */
    refkey *refs;
    size_t nrefs, caprefs;
    addr_rate *rates;
    size_t nrates;
    char **logged;            /* "addr|reason" already logged */
    size_t nlogged;
    /* the clock as last sent */
    int64_t clock_sent_ms;
    int clock_state;
    int64_t clock_speed;
    int scores_changed;
    dh_buf scratch;
    lws_sorted_usec_list_t wake_sul;   /* ends a service call's wait */
};

enum { MAX_RATES = 4096, MAX_LOGGED = 4096 };

/* dh_server.c */
void dh_server_say(dh_server *s, const char *fmt, ...);
int64_t dh_server_default_int(int64_t v, int64_t def);
void dh_server_wake(conn *c);
/* Queues one message for c; drops a connection whose queue passes the limit. */
void dh_server_enqueue(dh_server *s, conn *c, const dh_pmsg *m);
/* Queues a refusal, logs it once per (address, reason) and closes c after it. */
void dh_server_refuse(dh_server *s, conn *c, dh_prefuse_reason why, const char *message);
/* c's principal; NULL before a good hello. */
const principal *dh_server_who(const dh_server *s, const conn *c);
int dh_server_evaluates(const principal *p, int team);
/* The view a connection reads and whether it receives event e. */
const unsigned char *dh_server_visible(const dh_server *s, const conn *c, const dh_sev *e,
                                        size_t *len);

/* dh_server_refs.c */
/* "t:TEAM|REF" for a team's choice, "e:NAME|REF" for an evaluator's input; 0 without a ref. */
int dh_server_ref_key(const dh_drill *d, const dh_input *in, char *out, size_t n);
/* The input number a key was recorded as; 0 when it was not. */
int64_t dh_server_ref_find(const dh_server *s, const char *key);

/* dh_server_presence.c */
/* A team station joined (+1) or left (-1); tells the stations that show presence. */
void dh_server_count_in(dh_server *s, conn *c, int delta);

/* dh_server_send.c */
void dh_server_send_welcome(dh_server *s, conn *c);
int dh_server_clock_state(const dh_drill *d);
/* One message per writable callback; asks again while more is due. Returns -1
 * to close the connection. */
int dh_server_on_writable(dh_server *s, conn *c);

/* dh_server_recv.c */
/* Bytes of a frame from c: gathered, then parsed and answered once whole. */
void dh_server_on_receive(dh_server *s, conn *c, const void *in, size_t len);

#endif
