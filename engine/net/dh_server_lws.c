/* dh_server_lws.c — the live drill's server on libwebsockets (TLS, one thread):
 * its life (create, service, destroy, reissue), connections coming and going in
 * the lws callback, the drill's stream as its sink, and the timers. What it
 * sends is dh_server_send.c, what it receives dh_server_recv.c. */
#define _POSIX_C_SOURCE 200809L
#include "dh_server_impl.h"
#include "dh_msg.h"
#include "dh_web_lws.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the stream: the drill's sink ------------------------------------------ */

static void on_event(void *ctx, const dh_logrec *r)
{
    dh_server *s = ctx;
    uint64_t seq = dh_drill_event_count(s->drill);
    int got = dh_stream_add(&s->stream, r, seq);
    if (got < 0) dh_server_say(s, "%s", dh_msg(N_STREAM_NOMEM));
    if (r->type == DH_EV_CHOICE || r->type == DH_EV_EXPIRE || r->type == DH_EV_ADJUST ||
        r->type == DH_EV_SCORE)
        s->scores_changed = 1;
    if (got > 0)
        for (conn *c = s->conns; c; c = c->next)
            if (c->principal >= 0) dh_server_wake(c);
}

/* ---- connections ----------------------------------------------------------- */

static void conn_free(dh_server *s, conn *c)
{
    if (c->counted) {
        dh_server_count_in(s, c, -1);
        s->nstations--;
        c->counted = 0;
    }
    if (c->prev) c->prev->next = c->next;
    else if (s->conns == c) s->conns = c->next;
    if (c->next) c->next->prev = c->prev;
    c->next = c->prev = NULL;
    s->nconns--;
    while (c->qhead) {
        qmsg *q = c->qhead;
        c->qhead = q->next;
        free(q);
    }
    c->qtail = NULL;
    free(c->rx);
    c->rx = NULL;
    c->wsi = NULL;
}

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in, size_t len)
{
    struct lws_context *ctx = lws_get_context(wsi);
    dh_server *s = ctx ? lws_context_user(ctx) : NULL;
    conn *c = user;
    switch (reason) {
    case LWS_CALLBACK_FILTER_PROTOCOL_CONNECTION: {
        char uri[64] = "";
        if (lws_hdr_copy(wsi, uri, sizeof uri, WSI_TOKEN_GET_URI) < 0 || strcmp(uri, DH_PROTO_PATH))
            return -1;
        return 0;
    }
    case LWS_CALLBACK_ESTABLISHED:
        memset(c, 0, sizeof *c);
        c->wsi = wsi;
        c->principal = -1;
        c->lang = dh_msg_lang();
        c->connected_ms = c->last_write_ms = s->now_ms;
        lws_get_peer_simple(wsi, c->addr, sizeof c->addr);
        c->next = s->conns;
        if (s->conns) s->conns->prev = c;
        s->conns = c;
        s->nconns++;
        if (s->nconns > (size_t)dh_server_default_int(s->cfg.max_stations, 2000)) {
            char why[300];
            snprintf(why, sizeof why, "%s", dh_tr(c->lang, N_BUSY));
            dh_server_refuse(s, c, DH_PR_BUSY, why);
        }
        /* a backstop: the hello timeout below answers first */
        lws_set_timeout(wsi, PENDING_TIMEOUT_USER_OK, (int)(dh_server_default_int(s->cfg.hello_timeout_ms, 10000) / 1000) + 20);
        return 0;
    case LWS_CALLBACK_RECEIVE:
        if (!c || !c->wsi) return -1;
        dh_server_on_receive(s, c, in, len);
        return 0;
    case LWS_CALLBACK_SERVER_WRITEABLE:
        if (!c || !c->wsi) return -1;
        return dh_server_on_writable(s, c);
    case LWS_CALLBACK_CLOSED:
        if (c && c->wsi) conn_free(s, c);
        return 0;
    default:
        return lws_callback_http_dummy(wsi, reason, user, in, len);
    }
}

/* ---- the server ------------------------------------------------------------ */

dh_status dh_server_create(dh_server **out, const dh_server_config *cfg, int64_t wall_ms, char *err,
                           size_t errlen)
{
    *out = NULL;
    dh_server *s = calloc(1, sizeof *s);
    if (!s) goto nomem;
    s->cfg = *cfg;
    s->drill = cfg->drill;
    s->now_ms = wall_ms;
    s->clock_state = -1;
    dh_buf_init(&s->scratch);
    dh_stream_init(&s->stream, cfg->drill, cfg->show_points, LWS_PRE);
    size_t nt = dh_drill_team_count(cfg->drill);
    s->online = calloc(nt + 1, sizeof *s->online);
    s->since = calloc(nt + 1, sizeof *s->since);
    s->pr = calloc(cfg->nprincipals + 1, sizeof *s->pr);
    if (!s->online || !s->since || !s->pr) goto nomem;
    for (size_t i = 0; i < nt; i++) s->since[i] = wall_ms;
    for (size_t i = 0; i < cfg->nprincipals; i++) {
        const dh_principal *p = &cfg->principals[i];
        principal *q = &s->pr[s->npr++];
        q->role = p->role;
        q->generation = p->generation;
        q->id = dh_strdup(p->id);
        q->name = dh_strdup(p->name ? p->name : p->id);
        q->teams = calloc(p->nteams + 1, sizeof *q->teams);
        if (!q->id || !q->name || !q->teams) goto nomem;
        for (size_t k = 0; k < p->nteams; k++) q->teams[k] = p->teams[k];
        q->nteams = p->nteams;
        dh_codes_derive(cfg->secret, dh_role_name(p->role), p->id, p->generation, q->code);
    }
    if (dh_drill_add_sink(cfg->drill, on_event, s)) goto nomem;
    size_t np = 0;
    if (cfg->web)   /* lws answers plain HTTP with the first protocol */
        s->protocols[np++] = (struct lws_protocols)DH_WEB_LWS_PROTOCOL((void *)cfg->web);
    s->protocols[np] = (struct lws_protocols){DH_PROTO_SUBPROTOCOL, callback, sizeof(conn), 4096, 0, NULL, 0};
    struct lws_context_creation_info info;
    memset(&info, 0, sizeof info);
    info.port = cfg->port;
    info.iface = cfg->host && cfg->host[0] ? cfg->host : NULL;
    info.protocols = s->protocols;
    info.options = LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT | LWS_SERVER_OPTION_DISABLE_IPV6;
    info.ssl_cert_filepath = cfg->cert_path;
    info.ssl_private_key_filepath = cfg->key_path;
    /* HTTP/1.1 only: with libwebsockets 4.1.6, HTTP/2 stalls the page's
     * parallel requests until the idle timeout (docs/browser-station.md);
     * the page's files and its websocket take the native stations' path */
    info.alpn = "http/1.1";
    info.gid = -1;
    info.uid = -1;
    info.user = s;
    info.timeout_secs = 10;
    lws_set_log_level(0, NULL);
    s->ctx = lws_create_context(&info);
    if (!s->ctx) {
        snprintf(err, errlen, dh_msg(E_NET_LISTEN), info.iface ? info.iface : "0.0.0.0", cfg->port);
        dh_server_destroy(s);
        return DH_EIO;
    }
    struct lws_vhost *vh = lws_get_vhost_by_name(s->ctx, "default");
    s->port = vh ? lws_get_vhost_listen_port(vh) : cfg->port;
    *out = s;
    return DH_OK;
nomem:
    snprintf(err, errlen, "%s", dh_msg(E_NOMEM));
    dh_server_destroy(s);
    return DH_ENOMEM;
}

void dh_server_destroy(dh_server *s)
{
    if (!s) return;
    if (s->ctx) lws_context_destroy(s->ctx);   /* closes every connection (CLOSED frees) */
    while (s->conns) conn_free(s, s->conns);
    dh_stream_free(&s->stream);
    for (size_t i = 0; i < s->npr; i++) {
        free(s->pr[i].id);
        free(s->pr[i].name);
        free(s->pr[i].teams);
    }
    free(s->pr);
    for (size_t i = 0; i < s->nrefs; i++) free(s->refs[i].key);
    free(s->refs);
    for (size_t i = 0; i < s->nlogged; i++) free(s->logged[i]);
    free(s->logged);
    free(s->rates);
    free(s->online);
    free(s->since);
    dh_buf_free(&s->scratch);
    free(s);
}

int dh_server_port(const dh_server *s) { return s->port; }

static void timers(dh_server *s)
{
    int64_t hello_ms = dh_server_default_int(s->cfg.hello_timeout_ms, 10000);
    int64_t stall_ms = dh_server_default_int(s->cfg.stall_ms, 60000);
    int state = dh_server_clock_state(s->drill);
    int64_t speed = dh_drill_speed(s->drill);
    int clock = state != s->clock_state || speed != s->clock_speed || s->now_ms - s->clock_sent_ms >= 1000;
    if (clock) {
        s->clock_state = state;
        s->clock_speed = speed;
        s->clock_sent_ms = s->now_ms;
    }
    int scores = s->scores_changed;
    s->scores_changed = 0;
    for (conn *c = s->conns; c; c = c->next) {
        if (c->principal < 0 && !c->closing && s->now_ms - c->connected_ms >= hello_ms) {
            char why[300];
            snprintf(why, sizeof why, dh_tr(c->lang, N_HELLO_TIMEOUT), (int)(hello_ms / 1000));
            dh_server_refuse(s, c, DH_PR_TIMEOUT, why);
            continue;
        }
        /* something to write and nothing written for stall_ms: a reader that
         * does not read (its socket is full) */
        int pending = c->qhead || (c->principal >= 0 && c->cursor < s->stream.n);
        if (pending && !c->dropped && s->now_ms - c->last_write_ms >= stall_ms &&
            lws_send_pipe_choked(c->wsi)) {
            c->dropped = 1;
            dh_server_say(s, dh_msg(N_STALLED), c->addr, (int)(stall_ms / 1000));
            lws_set_timeout(c->wsi, PENDING_TIMEOUT_USER_OK, LWS_TO_KILL_ASYNC);
            continue;
        }
        if (!c->ready_sent) continue;
        if (clock) c->clock_due = 1;
        if (scores && dh_server_who(s, c)->role == DH_ROLE_OBSERVER) c->scores_due = 1;
        if (clock || scores) dh_server_wake(c);
    }
}

static void wake_up(lws_sorted_usec_list_t *sul) { (void)sul; }

void dh_server_service(dh_server *s, int64_t wall_ms, int wait_ms)
{
    s->now_ms = wall_ms;
    timers(s);
    /* lws 4.x ignores lws_service's timeout and sleeps until its own next
     * scheduled event: a timer of ours bounds the wait; -1 never waits. A timer
     * already due when lws looks no longer bounds the wait (lws then sleeps
     * until its own next timer, up to half a minute), so a wait too short to be
     * sure of is not waited at all: the caller comes back at once. */
    if (wait_ms >= 5) {
        lws_sul_schedule(s->ctx, 0, &s->wake_sul, wake_up, (lws_usec_t)wait_ms * 1000);
        lws_service(s->ctx, 0);
        lws_sul_cancel(&s->wake_sul);
    } else {
        lws_service(s->ctx, -1);
    }
}

dh_status dh_server_reissue(dh_server *s, dh_role role, const char *id, int64_t *generation,
                            char code[DH_CODE_LEN + 1])
{
    for (size_t i = 0; i < s->npr; i++) {
        principal *p = &s->pr[i];
        if (p->role != role || strcmp(p->id, id)) continue;
        p->generation++;
        dh_codes_derive(s->cfg.secret, dh_role_name(role), p->id, p->generation, p->code);
        *generation = p->generation;
        memcpy(code, p->code, DH_CODE_LEN + 1);
        for (conn *c = s->conns; c; c = c->next)
            if (c->principal == (int)i) {
                char why[300];
                snprintf(why, sizeof why, "%s", dh_tr(c->lang, N_REVOKED));
                dh_server_refuse(s, c, DH_PR_REVOKED, why);
            }
        return DH_OK;
    }
    return DH_EINPUT;
}
