/* dh_station.c — the station client: TLS WebSocket to a drill's server, the
 * session of docs/protocol.md (hello, welcome, catch-up, live), pinning,
 * reconnect with backoff, and the mirror it feeds. See dh_station.h. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include "dh_station.h"
#include "dh_station_question.h"

#include "dh_alloc.h"
#include "dh_buf.h"
#include "dh_msg.h"

#include <libwebsockets.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct pending_choice {
    char ref[DH_PROTO_MAX_REF + 1];
    char *decision, *option;
    char *text;               /* an answer to an open question (decision = its id) */
    int sent;                 /* on this connection (in hello or as choose) */
    int64_t sent_us;          /* when it was last sent (monotonic) */
} pending_choice;

typedef struct outmsg {
    unsigned char *buf;       /* LWS_PRE bytes, then the frame */
    size_t len;
} outmsg;

struct dh_station {
    dh_station_net *net;
    int64_t ack_rtt_us;       /* the choice just acknowledged: sent → ack */
    char *host, *path, *hosthdr, *code, *lang;
    int port;
    uint8_t pin[DH_STATION_FP_LEN];
    int pinned;
    dh_station_hooks hooks;
    void *user;
    dh_mirror *mirror;
    dh_qbook *qbook;          /* open questions, kept across reconnects */

    struct lws *wsi;          /* the live connection, or NULL */
    dh_station_state state;
    int connecting;           /* a connection is being made or is up */
    int established;          /* the WebSocket was up on this connection */
    int closing;              /* drop the connection at the next writeable callback */
    int64_t next_connect_us;  /* when to connect again (0: now) */
    int backoff_ms;
    int64_t last_rx_us;
    dh_buf rx;                /* the frame being received */
    int rx_bad;               /* the frame broke a rule: drop the connection */

    outmsg out[DH_STATION_MAX_OUTBOX];
    size_t nout, outhead;

    pending_choice pend[DH_PROTO_MAX_PENDING];
    size_t npend;
    char ref_prefix[24];
    uint64_t ref_seq;

    dh_station_stats stats;
    char refusal[600];
    dh_prefuse_reason refuse_reason;
    int pin_mismatch;
    uint8_t presented[DH_STATION_FP_LEN];
    int has_presented;
};

struct dh_station_net {
    struct lws_context *ctx;
    dh_station **st;
    size_t n;
    int destroying;
    int64_t last_tick_us;
    uint64_t rng;
    lws_sorted_usec_list_t wake;
};

static int64_t mono_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static uint64_t next_rand(dh_station_net *net)
{
    uint64_t x = net->rng;  /* xorshift64: jitter and refs, nothing secret */
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return net->rng = x;
}

/* ---- pins and URLs ------------------------------------------------------------------ */

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

int dh_station_parse_pin(const char *s, uint8_t out[DH_STATION_FP_LEN])
{
    if (!s) return -1;
    size_t len = strlen(s), n = 0;
    int colons = len == 3 * DH_STATION_FP_LEN - 1;
    if (!colons && len != 2 * DH_STATION_FP_LEN) return -1;
    for (size_t i = 0; i < len; n++) {
        if (n == DH_STATION_FP_LEN) return -1;
        int hi = hexval((unsigned char)s[i]), lo = i + 1 < len ? hexval((unsigned char)s[i + 1]) : -1;
        if (hi < 0 || lo < 0) return -1;
        out[n] = (uint8_t)(hi << 4 | lo);
        i += 2;
        if (colons && i < len) {
            if (s[i] != ':') return -1;
            i++;
        }
    }
    return n == DH_STATION_FP_LEN ? 0 : -1;
}

void dh_station_format_pin(const uint8_t fp[DH_STATION_FP_LEN], char out[3 * DH_STATION_FP_LEN])
{
    static const char hx[] = "0123456789ABCDEF";
    for (size_t i = 0; i < DH_STATION_FP_LEN; i++) {
        out[3 * i] = hx[fp[i] >> 4];
        out[3 * i + 1] = hx[fp[i] & 15];
        out[3 * i + 2] = i + 1 < DH_STATION_FP_LEN ? ':' : '\0';
    }
}

/* wss://HOST[:PORT][/PATH] or HOST:PORT → parts (host without brackets). */
static int parse_url(const char *url, char *host, size_t hostn, int *port, char *path, size_t pathn,
                     char *err, size_t errlen)
{
    const char *p = url ? url : "";
    if (!strncmp(p, "wss://", 6)) {
        p += 6;
    } else if (strstr(p, "://")) {
        snprintf(err, errlen, dh_msg(E_STATION_URL), url);
        return -1;
    }
    const char *hend;
    const char *h = p;
    if (*p == '[') {
        h = p + 1;
        hend = strchr(h, ']');
        if (!hend) goto bad;
        p = hend + 1;
    } else {
        hend = p + strcspn(p, ":/");
        p = hend;
    }
    size_t hl = (size_t)(hend - h);
    if (!hl || hl >= hostn) goto bad;
    for (size_t i = 0; i < hl; i++) {
        unsigned char c = (unsigned char)h[i];
        if (c <= ' ' || c >= 0x7f || c == '@' || c == '?' || c == '#') goto bad;
    }
    memcpy(host, h, hl);
    host[hl] = 0;
    *port = 443;
    if (*p == ':') {
        char *end;
        long v = strtol(p + 1, &end, 10);
        if (end == p + 1 || v < 1 || v > 65535) goto bad;
        *port = (int)v;
        p = end;
    }
    if (!*p) p = DH_PROTO_PATH;
    if (*p != '/' || strlen(p) >= pathn) goto bad;
    for (const char *q = p; *q; q++)
        if ((unsigned char)*q <= ' ' || (unsigned char)*q >= 0x7f) goto bad;
    snprintf(path, pathn, "%s", p);
    return 0;
bad:
    snprintf(err, errlen, dh_msg(E_STATION_URL), url ? url : "");
    return -1;
}

int dh_station_url_check(const char *url, char *err, size_t errlen)
{
    char host[256], path[256];
    int port;
    return parse_url(url, host, sizeof host, &port, path, sizeof path, err, errlen);
}

/* ---- the outbox -------------------------------------------------------------------- */

static void outbox_clear(dh_station *st)
{
    for (size_t i = 0; i < st->nout; i++) free(st->out[(st->outhead + i) % DH_STATION_MAX_OUTBOX].buf);
    st->nout = st->outhead = 0;
}

/* Queues one message for the connection; -1 when it could not be. */
static int send_msg(dh_station *st, const dh_pmsg *m)
{
    if (!st->wsi || st->closing || st->nout == DH_STATION_MAX_OUTBOX) return -1;
    dh_buf b;
    dh_buf_init(&b);
    dh_proto_encode(m, &b);
    unsigned char *buf = b.failed ? NULL : dh_malloc(LWS_PRE + b.len);
    if (!buf) {
        dh_buf_free(&b);
        return -1;
    }
    memcpy(buf + LWS_PRE, b.data, b.len);
    outmsg *o = &st->out[(st->outhead + st->nout) % DH_STATION_MAX_OUTBOX];
    o->buf = buf;
    o->len = b.len;
    st->nout++;
    dh_buf_free(&b);
    lws_callback_on_writable(st->wsi);
    return 0;
}

static void set_state(dh_station *st, dh_station_state s)
{
    if (st->state == s) return;
    st->state = s;
    if (st->hooks.state) st->hooks.state(st->hooks.ctx, st, s);
}

static void refuse_for_good(dh_station *st, dh_prefuse_reason reason, const char *message)
{
    st->refuse_reason = reason;
    snprintf(st->refusal, sizeof st->refusal, "%s", message ? message : "");
    st->closing = 1;
    if (st->wsi) lws_callback_on_writable(st->wsi);
    set_state(st, DH_ST_REFUSED);
}

/* The connection is gone: try again after the backoff (0.5 s doubling to 8 s,
 * with jitter: somewhere in the upper half of the step). */
static void connection_lost(dh_station *st)
{
    if (!st->connecting) return;   /* lws told us twice (an error, then a close) */
    st->connecting = 0;
    int had = st->established;
    st->established = 0;
    st->wsi = NULL;
    st->closing = 0;
    dh_buf_reset(&st->rx);
    st->rx_bad = 0;
    outbox_clear(st);
    for (size_t i = 0; i < st->npend; i++) st->pend[i].sent = 0;
    if (st->net->destroying || st->state == DH_ST_REFUSED) return;
    int step = st->backoff_ms;
    int delay = step / 2 + (int)(next_rand(st->net) % (uint64_t)(step / 2 + 1));
    st->next_connect_us = mono_us() + (int64_t)delay * 1000;
    st->backoff_ms = step * 2 > DH_STATION_BACKOFF_MAX_MS ? DH_STATION_BACKOFF_MAX_MS : step * 2;
    if (had) st->stats.reconnects++;
    st->stats.ready = 0;
    set_state(st, DH_ST_RECONNECTING);
}

static void connect_now(dh_station *st)
{
    struct lws_client_connect_info i;
    memset(&i, 0, sizeof i);
    i.context = st->net->ctx;
    i.address = st->host;
    i.port = st->port;
    i.path = st->path;
    i.host = st->hosthdr;
    i.origin = st->hosthdr;
    /* the certificate is checked by its pin (verify callback), not by a CA or name */
    i.ssl_connection = LCCSCF_USE_SSL | LCCSCF_ALLOW_SELFSIGNED | LCCSCF_SKIP_SERVER_CERT_HOSTNAME_CHECK |
                       LCCSCF_ALLOW_EXPIRED;
    i.protocol = DH_PROTO_SUBPROTOCOL;
    i.local_protocol_name = DH_PROTO_SUBPROTOCOL;
    i.ietf_version_or_minus_one = -1;
    i.opaque_user_data = st;
    i.pwsi = &st->wsi;
    st->next_connect_us = 0;
    st->closing = 0;
    st->connecting = 1;
    if (!lws_client_connect_via_info(&i)) connection_lost(st);
}

/* ---- choices ---------------------------------------------------------------------------- */

static void remove_pending(dh_station *st, size_t i)
{
    free(st->pend[i].decision);
    free(st->pend[i].option);
    free(st->pend[i].text);
    memmove(&st->pend[i], &st->pend[i + 1], (st->npend - i - 1) * sizeof st->pend[0]);
    st->npend--;
}

static int find_pending(const dh_station *st, const char *ref)
{
    for (size_t i = 0; ref && i < st->npend; i++)
        if (!strcmp(st->pend[i].ref, ref)) return (int)i;
    return -1;
}

static int welcomed(const dh_station *st)
{
    return st->wsi && !st->closing && (st->state == DH_ST_CATCHING_UP || st->state == DH_ST_ONLINE);
}

static void send_pending(dh_station *st)
{
    for (size_t i = 0; i < st->npend; i++) {
        if (st->pend[i].sent) continue;
        dh_pmsg m = {.type = DH_P_CHOOSE};
        m.choose = (dh_pchoose){st->pend[i].ref, st->pend[i].decision, st->pend[i].option};
        if (st->pend[i].text) { /* an answer: after the welcome, never in hello */
            m.type = DH_P_ANSWER;
            m.answer = (dh_panswer){st->pend[i].ref, st->pend[i].decision, st->pend[i].text};
        }
        if (!send_msg(st, &m)) {
            st->pend[i].sent = 1;
            st->pend[i].sent_us = mono_us();
        }
    }
}

static void next_ref(dh_station *st, char *out)
{
    snprintf(out, DH_PROTO_MAX_REF + 1, "%s-%llu", st->ref_prefix, (unsigned long long)++st->ref_seq);
}

dh_status dh_station_choose(dh_station *st, const char *decision, const char *option, char *ref_out)
{
    if (st->state == DH_ST_REFUSED || st->npend == DH_PROTO_MAX_PENDING || !decision || !option)
        return DH_ESTATE;
    pending_choice *p = &st->pend[st->npend];
    memset(p, 0, sizeof *p);
    next_ref(st, p->ref);
    p->decision = dh_strdup(decision);
    p->option = dh_strdup(option);
    if (!p->decision || !p->option) {
        free(p->decision);
        free(p->option);
        return DH_ENOMEM;
    }
    st->npend++;
    if (ref_out) snprintf(ref_out, DH_PROTO_MAX_REF + 1, "%s", p->ref);
    if (welcomed(st)) send_pending(st);
    st->stats.pending = st->npend;
    return DH_OK;
}

dh_status dh_station_answer(dh_station *st, const char *question, const char *text, char *ref_out)
{
    if (st->state == DH_ST_REFUSED || st->npend == DH_PROTO_MAX_PENDING || !question || !text)
        return DH_ESTATE;
    pending_choice *p = &st->pend[st->npend];
    memset(p, 0, sizeof *p);
    next_ref(st, p->ref);
    p->decision = dh_strdup(question);
    p->text = dh_strdup(text);
    if (!p->decision || !p->text) {
        free(p->decision);
        free(p->text);
        return DH_ENOMEM;
    }
    st->npend++;
    if (ref_out) snprintf(ref_out, DH_PROTO_MAX_REF + 1, "%s", p->ref);
    if (welcomed(st)) send_pending(st);
    st->stats.pending = st->npend;
    return DH_OK;
}

dh_status dh_station_score(dh_station *st, const char *team, const char *question,
                           const char *items, const char *comment)
{
    if (!welcomed(st)) return DH_ESTATE;
    char ref[DH_PROTO_MAX_REF + 1];
    next_ref(st, ref);
    dh_pmsg m = {.type = DH_P_SCORE};
    m.score = (dh_pscore_in){.ref = ref, .team = team, .question = question, .items = items,
                             .comment = comment};
    return send_msg(st, &m) ? DH_ESTATE : DH_OK;
}

dh_qbook *dh_station_questions(dh_station *st) { return st->qbook; }

int dh_station_choice_pending(const dh_station *st, const char *decision)
{
    for (size_t i = 0; i < st->npend; i++)
        if (!strcmp(st->pend[i].decision, decision)) return 1;
    return 0;
}

dh_status dh_station_adjust(dh_station *st, const char *team, const char *category, int64_t milli,
                            const char *reason)
{
    if (!welcomed(st)) return DH_ESTATE;
    char ref[DH_PROTO_MAX_REF + 1];
    next_ref(st, ref);
    dh_pmsg m = {.type = DH_P_ADJUST};
    m.adjust = (dh_padjust){.ref = ref, .team = team, .category = category, .reason = reason, .milli = milli};
    return send_msg(st, &m) ? DH_ESTATE : DH_OK;
}

dh_status dh_station_note(dh_station *st, const char *team, const char *text)
{
    if (!welcomed(st)) return DH_ESTATE;
    char ref[DH_PROTO_MAX_REF + 1];
    next_ref(st, ref);
    dh_pmsg m = {.type = DH_P_NOTE};
    m.note = (dh_pnote){.ref = ref, .team = team, .text = text};
    return send_msg(st, &m) ? DH_ESTATE : DH_OK;
}

dh_status dh_station_feedback(dh_station *st, const char *question, int64_t rating, const char *text)
{
    if (!welcomed(st) || !question) return DH_ESTATE;
    char ref[DH_PROTO_MAX_REF + 1];
    next_ref(st, ref);
    dh_pmsg m = {.type = DH_P_FEEDBACK};
    m.feedback = (dh_pfeedback){.ref = ref, .question = question, .text = text, .rating = rating};
    return send_msg(st, &m) ? DH_ESTATE : DH_OK;
}

static void send_hello(dh_station *st)
{
    dh_pchoose pend[DH_PROTO_MAX_PENDING];
    size_t np = 0;
    for (size_t i = 0; i < st->npend; i++) {
        if (st->pend[i].text) continue;   /* answers follow the welcome (send_pending) */
        pend[np++] = (dh_pchoose){st->pend[i].ref, st->pend[i].decision, st->pend[i].option};
        st->pend[i].sent = 1;
        st->pend[i].sent_us = mono_us();
    }
    dh_pmsg m = {.type = DH_P_HELLO};
    m.hello = (dh_phello){.proto = DH_PROTO_VERSION, .code = st->code,
                          .last = (int64_t)dh_mirror_last_seq(st->mirror),
                          .client = "drillhall-station/" DH_VERSION, .lang = st->lang,
                          .pending = pend, .npending = np};
    if (send_msg(st, &m)) {
        st->closing = 1;
        lws_callback_on_writable(st->wsi);
    }
}

/* ---- what the server says ------------------------------------------------------------------ */

static dh_mirror_text mtext(const dh_ptext *t)
{
    dh_mirror_text m;
    for (int l = 0; l < DH_LANG_COUNT; l++) m.s[l] = t->s[l];
    return m;
}

static dh_mirror_points *mpoints(const dh_ppoints *p)
{
    if (!p->has || !p->n) return NULL;
    dh_mirror_points *v = dh_malloc(p->n * sizeof *v);
    for (size_t i = 0; v && i < p->n; i++) v[i] = (dh_mirror_points){p->v[i].category, p->v[i].milli};
    return v;
}

static dh_status feed_welcome(dh_mirror *mirror, const dh_pwelcome *w, char *err, size_t errlen)
{
    dh_mirror_named *cats = dh_calloc(w->ncategories + 1, sizeof *cats);
    dh_mirror_named *stages = dh_calloc(w->nstages + 1, sizeof *stages);
    dh_mirror_team *teams = dh_calloc(w->nteams + 1, sizeof *teams);
    dh_mirror_question *form = dh_calloc(w->nfeedback + 1, sizeof *form);
    dh_status s = DH_ENOMEM;
    if (cats && stages && teams && form) {
        for (size_t i = 0; i < w->nfeedback; i++)
            form[i] = (dh_mirror_question){w->feedback[i].id, w->feedback[i].text, mtext(&w->feedback[i].question)};
        for (size_t i = 0; i < w->ncategories; i++) cats[i] = (dh_mirror_named){w->categories[i].id, mtext(&w->categories[i].name)};
        for (size_t i = 0; i < w->nstages; i++) stages[i] = (dh_mirror_named){w->stages[i].id, mtext(&w->stages[i].name)};
        for (size_t i = 0; i < w->nteams; i++) teams[i] = (dh_mirror_team){w->teams[i].id, w->teams[i].name, w->teams[i].bracket,
                                                                 w->teams[i].role};
        dh_mirror_welcome mw = {
            .role = w->role == DH_ROLE_TEAM ? DH_MIRROR_TEAM
                    : w->role == DH_ROLE_EVALUATOR ? DH_MIRROR_EVALUATOR : DH_MIRROR_OBSERVER,
            .id = w->id, .name = w->name, .show_points = w->show_points, .scenario_id = w->scenario_id,
            .title = mtext(&w->title), .duration = w->duration, .categories = cats,
            .ncategories = w->ncategories, .stages = stages, .nstages = w->nstages, .teams = teams,
            .nteams = w->nteams, .feedback = form, .nfeedback = w->nfeedback};
        s = dh_mirror_welcome_set(mirror, &mw, err, errlen);
    }
    free(form);
    free(cats);
    free(stages);
    free(teams);
    return s;
}

static dh_status feed_event(dh_mirror *m, dh_ptype type, const dh_pevent *e, char *err, size_t errlen)
{
    uint64_t seq = e->seq > 0 ? (uint64_t)e->seq : 0;
    switch (type) {
    case DH_P_EV_START: return dh_mirror_start(m, seq, e->t);
    case DH_P_EV_END: return dh_mirror_end(m, seq, e->t);
    case DH_P_EV_INJECT: {
        const dh_pinject *p = &e->inject;
        dh_mirror_inject_def in = {.id = p->id, .title = mtext(&p->title), .body = mtext(&p->body),
                                   .from = mtext(&p->from), .notes = mtext(&p->notes),
                                   .channel = p->channel, .severity = p->severity, .stage = p->stage,
                                   .attack = p->attack};
        return dh_mirror_inject(m, seq, e->t, e->team, &in, err, errlen);
    }
    case DH_P_EV_OPEN: {
        const dh_pdecision *p = &e->decision;
        dh_mirror_option *opts = dh_calloc(p->noptions + 1, sizeof *opts);
        dh_mirror_points **pts = dh_calloc(p->noptions + 1, sizeof *pts);
        dh_status s = DH_ENOMEM;
        if (opts && pts) {
            s = DH_OK;
            for (size_t i = 0; i < p->noptions; i++) {
                pts[i] = mpoints(&p->options[i].points);
                if (p->options[i].points.has && p->options[i].points.n && !pts[i]) s = DH_ENOMEM;
                opts[i] = (dh_mirror_option){.id = p->options[i].id, .text = mtext(&p->options[i].text),
                                             .points = pts[i], .npoints = pts[i] ? p->options[i].points.n : 0};
            }
            dh_mirror_decision_def d = {.id = p->id, .inject = p->inject, .prompt = mtext(&p->prompt),
                                        .notes = mtext(&p->notes), .options = opts,
                                        .noptions = p->noptions, .timeout = p->timeout};
            if (!s) s = dh_mirror_open(m, seq, e->t, e->team, e->deadline, &d, err, errlen);
        }
        for (size_t i = 0; pts && i < p->noptions; i++) free(pts[i]);
        free(pts);
        free(opts);
        return s;
    }
    case DH_P_EV_CLOSED: {
        dh_mirror_points *pts = mpoints(&e->points);
        if (e->points.has && e->points.n && !pts) return DH_ENOMEM;
        int factor = e->factor < 0 ? 0 : e->factor > 1000 ? 1000 : (int)e->factor;
        dh_status s = dh_mirror_closed(m, seq, e->t, e->team, e->decision_id, e->option,
                                       e->how == DH_PCLOSE_TIMEOUT, factor, pts, pts ? e->points.n : 0,
                                       err, errlen);
        free(pts);
        return s;
    }
    case DH_P_EV_ADJUST:
        return dh_mirror_adjust(m, seq, e->t, e->team, e->category, e->milli, e->reason, err, errlen);
    case DH_P_EV_SCORED: {
        /* the scoreboards count question points as the server does */
        dh_mirror_points *pts = mpoints(&e->points);
        if (e->points.has && e->points.n && !pts) return DH_ENOMEM;
        static const dh_mirror_points none;
        dh_status s = dh_mirror_scored(m, seq, e->t, e->team, e->decision_id,
                                       e->points.has ? (pts ? pts : &none) : NULL,
                                       pts ? e->points.n : 0, err, errlen);
        free(pts);
        return s;
    }
    case DH_P_EV_CONTROL:
        return dh_mirror_control(m, seq, e->t, e->action, e->speed, e->to, e->team, e->text, err, errlen);
    default: return DH_OK;
    }
}

static dh_run_state run_state(dh_pclock_state s)
{
    switch (s) {
    case DH_PCLOCK_RUNNING: return DH_RUN_RUNNING;
    case DH_PCLOCK_PAUSED: return DH_RUN_PAUSED;
    case DH_PCLOCK_ENDED: return DH_RUN_ENDED;
    default: return DH_RUN_WAITING;
    }
}

dh_status dh_station_apply(dh_mirror *m, const dh_pmsg *msg, char *err, size_t errlen)
{
    switch (msg->type) {
    case DH_P_WELCOME: return feed_welcome(m, &msg->welcome, err, errlen);
    case DH_P_CLOCK:
        dh_mirror_clock(m, msg->clock.now, run_state(msg->clock.state), msg->clock.speed);
        return DH_OK;
    default: return dh_ptype_is_event(msg->type) ? feed_event(m, msg->type, &msg->ev, err, errlen) : DH_OK;
    }
}

static void drop(dh_station *st)
{
    st->closing = 1;
    if (st->wsi) lws_callback_on_writable(st->wsi);
}

static void handle_frame(dh_station *st, const char *data, size_t len)
{
    dh_pmsg msg;
    dh_prefuse_reason reason = DH_PR_NONE;
    char err[512] = "";
    dh_lang lang = dh_msg_lang();
    if (dh_proto_parse(data, len, DH_PDIR_TO_STATION, lang, &msg, &reason, err, sizeof err)) {
        /* a server that speaks nonsense is dropped; the backoff keeps it from spinning */
        if (st->hooks.message) st->hooks.message(st->hooks.ctx, st, data, len, NULL);
        drop(st);
        return;
    }
    st->stats.messages++;
    if (st->hooks.message) st->hooks.message(st->hooks.ctx, st, data, len, &msg);
    switch (msg.type) {
    case DH_P_WELCOME:
        if (dh_station_apply(st->mirror, &msg, err, sizeof err)) {
            refuse_for_good(st, DH_PR_BAD_MESSAGE, err);
            break;
        }
        st->backoff_ms = DH_STATION_BACKOFF_MIN_MS;
        set_state(st, DH_ST_CATCHING_UP);
        send_pending(st);
        break;
    case DH_P_REFUSE:
        if (msg.refuse.reason == DH_PR_BUSY) {
            drop(st);
        } else {
            char m[sizeof st->refusal];
            snprintf(m, sizeof m, "%s", msg.refuse.message ? msg.refuse.message : dh_prefuse_name(msg.refuse.reason));
            refuse_for_good(st, msg.refuse.reason, m);
        }
        break;
    case DH_P_READY:
        st->stats.ready = 1;
        set_state(st, DH_ST_ONLINE);
        break;
    case DH_P_CLOCK:
        dh_station_apply(st->mirror, &msg, err, sizeof err);
        break;
    case DH_P_ACK: {
        int i = find_pending(st, msg.ack.ref);
        st->stats.acks++;
        st->stats.last_input = msg.ack.input;
        st->ack_rtt_us = i >= 0 && st->pend[i].sent_us ? mono_us() - st->pend[i].sent_us : -1;
        if (st->hooks.ack)
            st->hooks.ack(st->hooks.ctx, st, msg.ack.ref, i >= 0 ? st->pend[i].decision : NULL,
                          i >= 0 ? st->pend[i].option : NULL, msg.ack.input);
        if (i >= 0) remove_pending(st, (size_t)i);
        break;
    }
    case DH_P_REFUSED: {
        int i = find_pending(st, msg.refused.ref);
        st->stats.refused++;
        if (st->hooks.refused) st->hooks.refused(st->hooks.ctx, st, msg.refused.ref, msg.refused.reason);
        if (i >= 0) remove_pending(st, (size_t)i);
        break;
    }
    default:
        /* an event the mirror refuses (another team's, an unknown decision)
         * changes nothing; the stream goes on */
        dh_station_apply(st->mirror, &msg, err, sizeof err);
        dh_station_feed_questions(st->qbook, &msg);
        break;
    }
    st->stats.pending = st->npend;
    dh_pmsg_free(&msg);
}

/* ---- libwebsockets ------------------------------------------------------------------------ */

static int pin_check(dh_station *st, X509_STORE_CTX *x)
{
    if (X509_STORE_CTX_get_error_depth(x) != 0) {
        X509_STORE_CTX_set_error(x, X509_V_OK);   /* only the server's own certificate is pinned */
        return 0;
    }
    X509 *cert = X509_STORE_CTX_get_current_cert(x);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (!cert || !X509_digest(cert, EVP_sha256(), md, &n) || n != DH_STATION_FP_LEN) return 1;
    memcpy(st->presented, md, DH_STATION_FP_LEN);
    st->has_presented = 1;
    if (st->pinned && memcmp(md, st->pin, DH_STATION_FP_LEN)) {
        char want[3 * DH_STATION_FP_LEN], got[3 * DH_STATION_FP_LEN], m[sizeof st->refusal];
        dh_station_format_pin(st->pin, want);
        dh_station_format_pin(md, got);
        snprintf(m, sizeof m, dh_msg(E_STATION_PIN), want, got);
        st->pin_mismatch = 1;
        refuse_for_good(st, DH_PR_NONE, m);
        return 1;
    }
    X509_STORE_CTX_set_error(x, X509_V_OK);
    return 0;
}

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in, size_t len)
{
    dh_station *st = wsi ? lws_get_opaque_user_data(wsi) : NULL;
    switch (reason) {
    case LWS_CALLBACK_OPENSSL_PERFORM_SERVER_CERT_VERIFICATION:
        return st ? pin_check(st, user) : 1;
    case LWS_CALLBACK_CLIENT_ESTABLISHED:
        if (!st) return -1;
        if (st->state == DH_ST_REFUSED) return -1;
        st->wsi = wsi;
        st->established = 1;
        st->last_rx_us = mono_us();
        send_hello(st);
        return 0;
    case LWS_CALLBACK_CLIENT_RECEIVE:
        if (!st || st->closing) return 0;
        st->last_rx_us = mono_us();
        if (lws_frame_is_binary(wsi) || st->rx.len + len > DH_PROTO_MAX_MSG) st->rx_bad = 1;
        if (!st->rx_bad) dh_buf_add(&st->rx, in, len);
        if (st->rx.failed) st->rx_bad = 1;
        if (lws_is_final_fragment(wsi) && !lws_remaining_packet_payload(wsi)) {
            if (st->rx_bad) {
                drop(st);
            } else {
                handle_frame(st, st->rx.data ? st->rx.data : "", st->rx.len);
            }
            dh_buf_reset(&st->rx);
        }
        return 0;
    case LWS_CALLBACK_CLIENT_WRITEABLE:
        if (!st || st->closing) return -1;
        if (st->nout) {
            outmsg *o = &st->out[st->outhead];
            int w = lws_write(wsi, o->buf + LWS_PRE, o->len, LWS_WRITE_TEXT);
            free(o->buf);
            st->outhead = (st->outhead + 1) % DH_STATION_MAX_OUTBOX;
            st->nout--;
            if (w < (int)o->len) return -1;
            if (st->nout) lws_callback_on_writable(wsi);
        }
        return 0;
    case LWS_CALLBACK_CLIENT_CONNECTION_ERROR:
    case LWS_CALLBACK_CLIENT_CLOSED:
        if (st) connection_lost(st);
        return 0;
    default:
        return 0;
    }
}

/* lws's receive buffer is per connection: 4 KiB pieces (its default), joined
 * into st->rx up to DH_PROTO_MAX_MSG, keep a swarm of a thousand stations from
 * holding 64 MiB of buffers. */
static const struct lws_protocols protocols[] = {
    {DH_PROTO_SUBPROTOCOL, callback, 0, 4096, 0, NULL, 0},
    {NULL, NULL, 0, 0, 0, NULL, 0}};

static void wake(lws_sorted_usec_list_t *sul) { (void)sul; }

/* ---- the net ------------------------------------------------------------------------------- */

dh_station_net *dh_station_net_create(char *err, size_t errlen)
{
    dh_station_net *net = dh_calloc(1, sizeof *net);
    if (!net) {
        snprintf(err, errlen, "%s", dh_msg(E_NOMEM));
        return NULL;
    }
    lws_set_log_level(0, NULL);
    struct lws_context_creation_info info;
    memset(&info, 0, sizeof info);
    info.port = CONTEXT_PORT_NO_LISTEN;
    info.protocols = protocols;
    info.options = LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT;
    info.gid = -1;
    info.uid = -1;
    net->ctx = lws_create_context(&info);
    if (!net->ctx) {
        snprintf(err, errlen, "%s", dh_msg(E_STATION_CONTEXT));
        free(net);
        return NULL;
    }
    uint64_t seed = (uint64_t)mono_us() ^ ((uint64_t)time(NULL) << 20) ^ (uint64_t)(uintptr_t)net;
    FILE *f = fopen("/dev/urandom", "rb");
    if (f) {
        uint64_t r;
        if (fread(&r, sizeof r, 1, f) == 1) seed ^= r;
        fclose(f);
    }
    net->rng = seed ? seed : 0x9e3779b97f4a7c15ull;
    net->last_tick_us = mono_us();
    return net;
}

static void station_free(dh_station *st)
{
    outbox_clear(st);
    while (st->npend) remove_pending(st, st->npend - 1);
    dh_buf_free(&st->rx);
    dh_mirror_destroy(st->mirror);
    dh_qbook_destroy(st->qbook);
    free(st->host);
    free(st->path);
    free(st->hosthdr);
    free(st->code);
    free(st->lang);
    free(st);
}

void dh_station_net_destroy(dh_station_net *net)
{
    if (!net) return;
    net->destroying = 1;
    lws_sul_cancel(&net->wake);
    lws_context_destroy(net->ctx);   /* closes every connection (callbacks see `destroying`) */
    for (size_t i = 0; i < net->n; i++) station_free(net->st[i]);
    free(net->st);
    free(net);
}

dh_station *dh_station_add(dh_station_net *net, const dh_station_config *cfg, char *err, size_t errlen)
{
    char host[256], path[256];
    int port;
    if (parse_url(cfg->url, host, sizeof host, &port, path, sizeof path, err, errlen)) return NULL;
    dh_station **grown = dh_realloc(net->st, (net->n + 1) * sizeof *grown);
    if (!grown) goto oom;
    net->st = grown;
    dh_station *st = dh_calloc(1, sizeof *st);
    if (!st) goto oom;
    char hosthdr[300];
    snprintf(hosthdr, sizeof hosthdr, strchr(host, ':') ? "[%s]:%d" : "%s:%d", host, port);
    st->net = net;
    st->host = dh_strdup(host);
    st->path = dh_strdup(path);
    st->hosthdr = dh_strdup(hosthdr);
    st->code = dh_strdup(cfg->code ? cfg->code : "");
    st->lang = cfg->lang ? dh_strdup(cfg->lang) : NULL;
    st->mirror = dh_mirror_create();
    st->qbook = dh_qbook_create();
    dh_buf_init(&st->rx);
    if (!st->host || !st->path || !st->hosthdr || !st->code || (cfg->lang && !st->lang) || !st->mirror ||
        !st->qbook) {
        station_free(st);
        goto oom;
    }
    if (cfg->pin) {
        memcpy(st->pin, cfg->pin, DH_STATION_FP_LEN);
        st->pinned = 1;
    }
    st->port = port;
    st->hooks = cfg->hooks;
    st->user = cfg->user;
    st->backoff_ms = DH_STATION_BACKOFF_MIN_MS;
    st->state = DH_ST_CONNECTING;
    snprintf(st->ref_prefix, sizeof st->ref_prefix, "%08llx",
             (unsigned long long)(next_rand(net) & 0xffffffffull));
    net->st[net->n++] = st;
    connect_now(st);
    return st;
oom:
    snprintf(err, errlen, "%s", dh_msg(E_NOMEM));
    return NULL;
}

void dh_station_net_service(dh_station_net *net, int wait_ms)
{
    int64_t now = mono_us(), soonest = wait_ms > 0 ? now + (int64_t)wait_ms * 1000 : now;
    for (size_t i = 0; i < net->n; i++) {
        dh_station *st = net->st[i];
        if (st->state == DH_ST_REFUSED) continue;
        if (!st->connecting && st->next_connect_us) {
            if (st->next_connect_us <= now)
                connect_now(st);
            else if (st->next_connect_us < soonest)
                soonest = st->next_connect_us;
        }
        if (st->established && st->wsi && !st->closing && now - st->last_rx_us > (int64_t)DH_STATION_SILENCE_MS * 1000)
            drop(st);
    }
    if (wait_ms > 0) {
        /* lws waits in poll() until its next timer; a timer already due when
         * lws looks is run at once and no longer bounds the wait (which then
         * lasts until lws's own next timer, up to half a minute). So the wake-up
         * is set from the time now, at least a few ms ahead. */
        int64_t us = soonest - mono_us();
        lws_sul_schedule(net->ctx, 0, &net->wake, wake, us > 5000 ? us : 5000);
        lws_service(net->ctx, 0);
    } else {
        lws_service(net->ctx, -1);
    }
    int64_t after = mono_us();
    for (size_t i = 0; i < net->n; i++) dh_mirror_tick(net->st[i]->mirror, after - net->last_tick_us);
    net->last_tick_us = after;
}

dh_station_state dh_station_get_state(const dh_station *st) { return st->state; }
void *dh_station_user(const dh_station *st) { return st->user; }
dh_mirror *dh_station_mirror(dh_station *st) { return st->mirror; }
const char *dh_station_refusal(const dh_station *st) { return st->refusal; }
dh_prefuse_reason dh_station_refuse_reason(const dh_station *st) { return st->refuse_reason; }
int dh_station_pin_mismatch(const dh_station *st) { return st->pin_mismatch; }
const uint8_t *dh_station_presented(const dh_station *st) { return st->presented; }
int dh_station_has_presented(const dh_station *st) { return st->has_presented; }

dh_station_stats dh_station_get_stats(const dh_station *st)
{
    dh_station_stats s = st->stats;
    s.pending = st->npend;
    return s;
}

int64_t dh_station_ack_rtt_us(const dh_station *st) { return st->ack_rtt_us; }
