/* dh_server.h — a live drill's server: stations join over TLS WebSockets
 * (docs/protocol.md), each sees what its role may see, and their inputs reach
 * the drill through the app's input sink (the record's gate: durable first).
 *
 * The event loop's contract (STYLE.md 9): one thread. The app calls
 * dh_server_service from its loop; every callback runs inside it. The server
 * owns its connections and frees one only after lws has closed it. A slow or
 * silent peer is bounded: a connection's queue of replies (dh_server_config.
 * max_queue bytes), a hello within hello_timeout_ms, a connection that cannot be
 * written to for stall_ms is dropped; events are never queued per connection
 * (each keeps a cursor into the one stream), so a station far behind costs no
 * memory.
 *
 * The server borrows the drill and reads it only through its view; it attaches a
 * sink to it at creation, so create it before dh_drill_start (or a resume's
 * replay): every event from the first is numbered and kept. */
#ifndef DH_SERVER_H
#define DH_SERVER_H

#include "dh_codes.h"
#include "dh_drill.h"
#include "dh_proto.h"
#include "dh_status.h"

#include <stddef.h>
#include <stdint.h>

typedef struct dh_server dh_server;

/* Who may join: a team, an evaluator (with its teams) or observers. Copied. */
typedef struct dh_principal {
    dh_role role;
    const char *id;           /* team id, evaluator id, or "observer" */
    const char *name;
    const int *teams;         /* team: its own index; evaluator: the teams it evaluates */
    size_t nteams;
    int64_t generation;       /* reissues so far: the code is derived from it */
} dh_principal;

typedef struct dh_server_config {
    const char *host;         /* address to listen on; NULL or "" = every address */
    int port;                 /* 0: any free port (dh_server_port says which) */
    const char *cert_path, *key_path;
    dh_drill *drill;          /* borrowed */
    /* Where station inputs go (the app's sink: dh_drill_apply behind the
     * record's gate). Called inside dh_server_service. */
    dh_input_sink inputs;
    /* The number of inputs recorded so far: after the sink took an input, its
     * number (the ack's "input"). */
    int64_t (*input_count)(void *ctx);
    void *input_count_ctx;
    const dh_codes_secret *secret;   /* borrowed */
    const dh_principal *principals;  /* copied */
    size_t nprincipals;
    int show_points;          /* teams see options' and choices' points */
    int max_stations;         /* 0: 2000 */
    size_t max_queue;         /* bytes of replies waiting per connection; 0: 1 MiB */
    int hello_timeout_ms;     /* 0: 10 000 */
    int stall_ms;             /* 0: 60 000 */
    int wrong_codes_per_min;  /* 0: 5 */
    /* The browser station's page (dh_web.h), served on the same port; NULL:
     * none. Borrowed: it must outlive the server. */
    const struct dh_web *web;
    /* One line per refusal (once per address and reason), per dropped slow
     * reader, …; without "drillhall: " or a newline. NULL: silent. */
    void (*log)(void *ctx, const char *line);
    void *log_ctx;
} dh_server_config;

/* Listens on host:port. DH_EIO with the reason in err when it cannot (port in
 * use, no such address, a certificate that does not load). */
dh_status dh_server_create(dh_server **out, const dh_server_config *cfg, int64_t wall_ms, char *err,
                           size_t errlen);
/* Closes every connection and the listener. The drill's sink stays attached but
 * must not be called after this: destroy the drill first, or stop advancing it. */
void dh_server_destroy(dh_server *s);

/* The port it listens on. */
int dh_server_port(const dh_server *s);

/* Services the network and the timers: accepts, reads, writes; the clock, the
 * hello timeouts and the stalled writers. Waits for the network at most
 * wait_ms (below 5: not at all). wall_ms: the wall clock now (ms since the epoch). */
void dh_server_service(dh_server *s, int64_t wall_ms, int wait_ms);

/* The pace of a drill served in wall time: exercise time ex0 held at wall_us
 * (µs since the epoch) and runs at `speed` (milli) from there. Clock messages
 * then give the exercise time at the moment they are written, with that moment
 * (`wall`). Without a pace they give the drill's own now. */
void dh_server_set_pace(dh_server *s, int64_t wall_us, dh_ms ex0, int64_t speed);

/* A recorded input a station sent (in->ref set), with its number in the record:
 * a station that sends that ref again is answered with this number and nothing
 * is applied. Call it for every recorded input on resume. DH_ENOMEM. */
dh_status dh_server_note_input(dh_server *s, const dh_input *in, int64_t input);

/* Gives a principal a new code (generation + 1): its stations are sent
 * `refuse`/`revoked` and disconnected; the old code stops working at once.
 * Writes the new generation and code. DH_EINPUT when no such principal. */
dh_status dh_server_reissue(dh_server *s, dh_role role, const char *id, int64_t *generation,
                            char code[DH_CODE_LEN + 1]);

/* A team's stations: how many are connected and since when (wall ms) the team
 * has been online (≥ 1) or offline (0). */
typedef struct dh_presence {
    int online;
    int64_t since_ms;
} dh_presence;

dh_presence dh_server_presence(const dh_server *s, int team);
/* Stations connected (any role, after hello). */
size_t dh_server_station_count(const dh_server *s);

#endif
