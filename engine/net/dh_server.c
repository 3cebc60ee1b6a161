/* dh_server.c — what every part of the live drill's server does with a
 * connection: queue a message to it, refuse it (logged once per address and
 * reason), say who it is and which events it may see. The inside of the server
 * and its files are dh_server_impl.h; its life and the lws callback are
 * dh_server_lws.c. */
#include "dh_server_impl.h"
#include "dh_msg.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dh_server_say(dh_server *s, const char *fmt, ...)
{
    if (!s->cfg.log) return;
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    s->cfg.log(s->cfg.log_ctx, line);
}

/* Logs a refusal once per (address, reason). */
static void log_refusal(dh_server *s, const conn *c, dh_prefuse_reason why, const char *message)
{
    char key[96];
    snprintf(key, sizeof key, "%s|%s", c->addr, dh_prefuse_name(why));
    for (size_t i = 0; i < s->nlogged; i++)
        if (!strcmp(s->logged[i], key)) return;
    if (s->nlogged < MAX_LOGGED) {
        char **nl = realloc(s->logged, (s->nlogged + 1) * sizeof *nl);
        if (nl) {
            s->logged = nl;
            s->logged[s->nlogged] = dh_strdup(key);
            if (s->logged[s->nlogged]) s->nlogged++;
        }
    }
    dh_buf esc;
    dh_buf_init(&esc);
    dh_text_escape_controls(&esc, message, strlen(message), 0);
    dh_server_say(s, dh_msg(N_REFUSED), c->addr, dh_prefuse_name(why), dh_buf_cstr(&esc));
    dh_buf_free(&esc);
}

int64_t dh_server_default_int(int64_t v, int64_t def) { return v > 0 ? v : def; }

void dh_server_wake(conn *c)
{
    if (c->wsi) lws_callback_on_writable(c->wsi);
}

/* Queues one message for c; drops a connection whose queue passes the limit. */
void dh_server_enqueue(dh_server *s, conn *c, const dh_pmsg *m)
{
    if (c->dropped) return;
    dh_buf *b = &s->scratch;
    dh_buf_reset(b);
    dh_proto_encode(m, b);
    if (b->failed) {
        b->failed = 0;
        return;
    }
    size_t limit = (size_t)dh_server_default_int((int64_t)s->cfg.max_queue, 1 << 20);
    if (c->qbytes + b->len > limit) {
        c->dropped = 1;
        dh_server_say(s, dh_msg(N_SLOW), c->addr, (long long)(c->qbytes + b->len));
        lws_set_timeout(c->wsi, PENDING_TIMEOUT_USER_OK, LWS_TO_KILL_ASYNC);
        return;
    }
    qmsg *q = malloc(sizeof *q + LWS_PRE + b->len);
    if (!q) return;
    q->next = NULL;
    q->len = b->len;
    memcpy(q->data + LWS_PRE, b->data, b->len);
    if (c->qtail) c->qtail->next = q;
    else c->qhead = q;
    c->qtail = q;
    c->qbytes += b->len;
    dh_server_wake(c);
}

void dh_server_refuse(dh_server *s, conn *c, dh_prefuse_reason why, const char *message)
{
    if (c->closing) return;
    log_refusal(s, c, why, message);
    dh_pmsg m = {.type = DH_P_REFUSE};
    m.refuse.reason = why;
    m.refuse.message = message;
    dh_server_enqueue(s, c, &m);
    c->closing = 1;
    /* a peer that never reads the refusal is closed anyway */
    lws_set_timeout(c->wsi, PENDING_TIMEOUT_CLOSE_SEND, 5);
    dh_server_wake(c);
}

const principal *dh_server_who(const dh_server *s, const conn *c)
{
    return c->principal >= 0 ? &s->pr[c->principal] : NULL;
}

int dh_server_evaluates(const principal *p, int team)
{
    for (size_t i = 0; i < p->nteams; i++)
        if (p->teams[i] == team) return 1;
    return 0;
}

/* The view a connection reads and whether it receives event e. */
const unsigned char *dh_server_visible(const dh_server *s, const conn *c, const dh_sev *e,
                                        size_t *len)
{
    const principal *p = dh_server_who(s, c);
    dh_view v = p->role == DH_ROLE_TEAM ? DH_VIEW_TEAM : p->role == DH_ROLE_EVALUATOR ? DH_VIEW_EVAL
                                                                                     : DH_VIEW_OBS;
    if (!e->enc[v]) return NULL;
    if (e->team >= 0 && v != DH_VIEW_OBS && !dh_server_evaluates(p, e->team)) return NULL;
    *len = e->len[v];
    return e->enc[v];
}
