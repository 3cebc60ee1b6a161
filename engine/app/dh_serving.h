/* dh_serving.h — a session served to stations (run --serve, serve, resume
 * --serve): the join codes synced with the record, the certificate, the server
 * wired to the drill's input sink (the record's gate: durable first).
 *
 * Open it after dh_session_open and before dh_session_start, so the server sees
 * every event from the first (on resume, the record's replay too); after a
 * resume's catch-up call dh_serving_resumed so refs already answered stay
 * answered. */
#ifndef DH_SERVING_H
#define DH_SERVING_H

#include "dh_codes.h"
#include "dh_server.h"
#include "dh_session.h"
#include "dh_tls.h"

typedef struct dh_serving_opts {
    const char *listen;       /* "[HOST:]PORT" */
    const char *cert, *key;   /* or NULL: self-signed beside the record */
    const char *evaluators;   /* or NULL: id,name,teams */
    int show_points;
} dh_serving_opts;

/* The flags every serving command shares, as dh_opt entries filling `o` (run and
 * resume take --show-points from the console's flags). */
#define DH_SERVING_NET_OPTS(o)                                                                 \
    {"--cert", DH_OPT_INPUT, &(o).cert, "FILE.pem", H_SERVE_CERT},                            \
        {"--key", DH_OPT_INPUT, &(o).key, "FILE.pem", H_SERVE_KEY},                           \
        {"--evaluators", DH_OPT_INPUT, &(o).evaluators, "FILE.csv", H_SERVE_EVALUATORS}
#define DH_SERVING_OPTS(o)                                                                     \
    DH_SERVING_NET_OPTS(o),                                                                    \
        {"--show-points", DH_OPT_FLAG, &(o).show_points, NULL, H_SERVE_SHOW_POINTS}

typedef struct dh_serving {
    dh_server *server;
    dh_session *session;      /* borrowed */
    dh_codes_secret secret;
    dh_principal *principals;
    size_t nprincipals;
    int *team_storage;
    char *name_storage;       /* evaluators' ids and names */
    char url[320];
    char fingerprint[DH_TLS_FP_LEN];
    struct dh_web *web;       /* the browser station's page; NULL when not found */
} dh_serving;

/* Checks the flags and files, syncs the codes with the record, starts
 * listening and prints where (URL, fingerprint). Returns 0, or the exit status
 * after printing why. */
int dh_serving_open(dh_serving *v, dh_session *s, const dh_serving_opts *o);
/* After a resume's catch-up: every recorded station input keeps its answer. */
int dh_serving_resumed(dh_serving *v);
/* Services the network (waits at most wait_ms). */
void dh_serving_service(dh_serving *v, int wait_ms);
void dh_serving_close(dh_serving *v);

/* Wall clock, ms since the epoch. */
int64_t dh_serving_wall_ms(void);

#endif
