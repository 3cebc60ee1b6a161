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
    const char *max_stations; /* or NULL: 2000 */
} dh_serving_opts;

/* The flags every serving command shares, as dh_opt entries filling `o` (run and
 * resume take --show-points from the console's flags). */
#define DH_SERVING_NET_OPTS(o)                                                                 \
    {"--cert", DH_OPT_INPUT, &(o).cert, "FILE.pem", H_SERVE_CERT},                            \
        {"--max-stations", DH_OPT_STRING, &(o).max_stations, "N", H_SERVE_MAX_STATIONS},      \
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
/* When serving a new drill could not start (a bad --evaluators sheet, a port in
 * use…): the record just made, and what was made beside it, are removed, so
 * nothing half-made is left to resume. */
void dh_serving_abandon(dh_session *s);
/* After a resume's catch-up: every recorded station input keeps its answer. */
int dh_serving_resumed(dh_serving *v);
/* Reissues the code of a team, evaluator or the observers (by id): its stations
 * are disconnected, the record keeps the new hash, the new code is printed.
 * Returns 0, or the exit status after printing why (2: no such id). */
int dh_serving_reissue(dh_serving *v, const char *id, char shown[16]);
/* Services the network (waits at most wait_ms). */
void dh_serving_service(dh_serving *v, int wait_ms);
void dh_serving_close(dh_serving *v);

/* Wall clock, ms since the epoch. */
int64_t dh_serving_wall_ms(void);

#endif
