/* dh_server.c — the live drill's server on libwebsockets (TLS, one thread). */
#define _POSIX_C_SOURCE 200809L
#include "dh_server.h"
#include "dh_msg.h"
#include "dh_stream.h"
#include "dh_question.h"
#include "dh_web_lws.h"

#include <libwebsockets.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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

/* ---- small helpers ------------------------------------------------------- */

static void say(dh_server *s, const char *fmt, ...)
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
    say(s, dh_msg(N_REFUSED), c->addr, dh_prefuse_name(why), dh_buf_cstr(&esc));
    dh_buf_free(&esc);
}

static int64_t default_int(int64_t v, int64_t def) { return v > 0 ? v : def; }

static void wake(conn *c)
{
    if (c->wsi) lws_callback_on_writable(c->wsi);
}

/* Queues one message for c; drops a connection whose queue passes the limit. */
static void enqueue(dh_server *s, conn *c, const dh_pmsg *m)
{
    if (c->dropped) return;
    dh_buf *b = &s->scratch;
    dh_buf_reset(b);
    dh_proto_encode(m, b);
    if (b->failed) {
        b->failed = 0;
        return;
    }
    size_t limit = (size_t)default_int((int64_t)s->cfg.max_queue, 1 << 20);
    if (c->qbytes + b->len > limit) {
        c->dropped = 1;
        say(s, dh_msg(N_SLOW), c->addr, (long long)(c->qbytes + b->len));
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
    wake(c);
}

static void refuse(dh_server *s, conn *c, dh_prefuse_reason why, const char *message)
{
    if (c->closing) return;
    log_refusal(s, c, why, message);
    dh_pmsg m = {.type = DH_P_REFUSE};
    m.refuse.reason = why;
    m.refuse.message = message;
    enqueue(s, c, &m);
    c->closing = 1;
    /* a peer that never reads the refusal is closed anyway */
    lws_set_timeout(c->wsi, PENDING_TIMEOUT_CLOSE_SEND, 5);
    wake(c);
}

static const principal *who(const dh_server *s, const conn *c)
{
    return c->principal >= 0 ? &s->pr[c->principal] : NULL;
}

static int evaluates(const principal *p, int team)
{
    for (size_t i = 0; i < p->nteams; i++)
        if (p->teams[i] == team) return 1;
    return 0;
}

/* The view a connection reads and whether it receives event e. */
static const unsigned char *visible(const dh_server *s, const conn *c, const dh_sev *e, size_t *len)
{
    const principal *p = who(s, c);
    dh_view v = p->role == DH_ROLE_TEAM ? DH_VIEW_TEAM : p->role == DH_ROLE_EVALUATOR ? DH_VIEW_EVAL
                                                                                     : DH_VIEW_OBS;
    if (!e->enc[v]) return NULL;
    if (e->team >= 0 && v != DH_VIEW_OBS && !evaluates(p, e->team)) return NULL;
    *len = e->len[v];
    return e->enc[v];
}

/* ---- presence -------------------------------------------------------------- */

static void presence_changed(dh_server *s)
{
    for (conn *c = s->conns; c; c = c->next) {
        const principal *p = who(s, c);
        if (p && p->role != DH_ROLE_TEAM && c->ready_sent) {
            c->presence_due = 1;
            wake(c);
        }
    }
}

static void count_in(dh_server *s, conn *c, int delta)
{
    const principal *p = who(s, c);
    if (!p || p->role != DH_ROLE_TEAM || p->nteams != 1) return;
    int t = p->teams[0];
    int before = s->online[t];
    s->online[t] += delta;
    if ((before > 0) != (s->online[t] > 0)) s->since[t] = s->now_ms;
    presence_changed(s);
}

dh_presence dh_server_presence(const dh_server *s, int team)
{
    dh_presence p = {0, 0};
    if (team >= 0 && (size_t)team < dh_drill_team_count(s->drill)) {
        p.online = s->online[team];
        p.since_ms = s->since[team];
    }
    return p;
}

size_t dh_server_station_count(const dh_server *s) { return s->nstations; }

/* ---- exactly once ---------------------------------------------------------- */

/* "t:TEAM|REF" for a team's choice, "e:NAME|REF" for an evaluator's input. */
static int ref_key(const dh_drill *d, const dh_input *in, char *out, size_t n)
{
    if (!in->ref) return 0;
    if ((in->kind == DH_IN_CHOICE || in->kind == DH_IN_ANSWER) && in->team >= 0)
        snprintf(out, n, "t:%s|%s", dh_drill_roster(d)->teams[in->team].id, in->ref);
    else
        snprintf(out, n, "e:%s|%s", in->by ? in->by : "", in->ref);
    return 1;
}

static int64_t ref_find(const dh_server *s, const char *key)
{
    for (size_t i = s->nrefs; i-- > 0;)
        if (!strcmp(s->refs[i].key, key)) return s->refs[i].input;
    return 0;
}

dh_status dh_server_note_input(dh_server *s, const dh_input *in, int64_t input)
{
    char key[1200];
    if (!ref_key(s->drill, in, key, sizeof key)) return DH_OK;
    if (ref_find(s, key)) return DH_OK;
    if (s->nrefs == s->caprefs) {
        size_t cap = s->caprefs ? s->caprefs * 2 : 64;
        refkey *nr = realloc(s->refs, cap * sizeof *nr);
        if (!nr) return DH_ENOMEM;
        s->refs = nr;
        s->caprefs = cap;
    }
    s->refs[s->nrefs].key = dh_strdup(key);
    if (!s->refs[s->nrefs].key) return DH_ENOMEM;
    s->refs[s->nrefs++].input = input;
    return DH_OK;
}

/* ---- the stream: the drill's sink ------------------------------------------ */

static void on_event(void *ctx, const dh_logrec *r)
{
    dh_server *s = ctx;
    uint64_t seq = dh_drill_event_count(s->drill);
    int got = dh_stream_add(&s->stream, r, seq);
    if (got < 0) say(s, "%s", dh_msg(N_STREAM_NOMEM));
    if (r->type == DH_EV_CHOICE || r->type == DH_EV_EXPIRE || r->type == DH_EV_ADJUST ||
        r->type == DH_EV_SCORE)
        s->scores_changed = 1;
    if (got > 0)
        for (conn *c = s->conns; c; c = c->next)
            if (c->principal >= 0) wake(c);
}

/* ---- messages to a station ------------------------------------------------- */

static void send_welcome(dh_server *s, conn *c)
{
    const principal *p = who(s, c);
    const dh_scenario *sc = dh_drill_scenario(s->drill);
    const dh_roster *ro = dh_drill_roster(s->drill);
    size_t nt = p->role == DH_ROLE_OBSERVER ? ro->nteams : p->nteams;
    dh_pnamed *cats = calloc(sc->ncategories + 1, sizeof *cats);
    dh_pnamed *stages = calloc(sc->nstages + 1, sizeof *stages);
    dh_pteam *teams = calloc(nt + 1, sizeof *teams);
    dh_pfbq *form = calloc(sc->nfeedback + 1, sizeof *form);
    if (cats && stages && teams && form) {
        for (size_t i = 0; i < sc->nfeedback; i++)
            form[i] = (dh_pfbq){sc->feedback[i].id, sc->feedback[i].kind == DH_FB_TEXT,
                                dh_ptext_of(&sc->feedback[i].text)};
        for (size_t i = 0; i < sc->ncategories; i++)
            cats[i] = (dh_pnamed){sc->categories[i].id, dh_ptext_of(&sc->categories[i].name)};
        for (size_t i = 0; i < sc->nstages; i++)
            stages[i] = (dh_pnamed){sc->stages[i].id, dh_ptext_of(&sc->stages[i].name)};
        for (size_t i = 0; i < nt; i++) {
            int ti = p->role == DH_ROLE_OBSERVER ? (int)i : p->teams[i];
            const dh_team_info *t = &ro->teams[ti];
            const char *role = dh_roster_team_role(ro, (size_t)ti);
            teams[i] = (dh_pteam){t->id, t->name, t->bracket, *role ? role : NULL};
        }
        dh_pmsg m = {.type = DH_P_WELCOME};
        dh_pwelcome *w = &m.welcome;
        w->proto = DH_PROTO_VERSION;
        w->role = p->role;
        w->id = p->role == DH_ROLE_OBSERVER ? NULL : p->id;
        w->name = p->role == DH_ROLE_OBSERVER ? NULL : p->name;
        w->show_points = s->cfg.show_points || p->role != DH_ROLE_TEAM;
        w->scenario_id = sc->id;
        w->title = dh_ptext_of(&sc->title);
        w->duration = sc->duration;
        w->categories = cats;
        w->ncategories = sc->ncategories;
        w->stages = stages;
        w->nstages = sc->nstages;
        w->teams = teams;
        w->nteams = nt;
        w->feedback = form;
        w->nfeedback = sc->nfeedback;
        enqueue(s, c, &m);
    }
    free(form);
    free(cats);
    free(stages);
    free(teams);
}

static int clock_state(const dh_drill *d)
{
    if (dh_drill_ended(d)) return DH_PCLOCK_ENDED;
    if (!dh_drill_started(d)) return DH_PCLOCK_WAITING;
    return dh_drill_paused(d) ? DH_PCLOCK_PAUSED : DH_PCLOCK_RUNNING;
}

static void build_clock(dh_server *s, dh_pmsg *m)
{
    memset(m, 0, sizeof *m);
    m->type = DH_P_CLOCK;
    m->clock.now = dh_drill_now(s->drill);
    m->clock.state = (dh_pclock_state)clock_state(s->drill);
    m->clock.speed = dh_drill_speed(s->drill);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    m->clock.wall = (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
    if (s->pace_speed > 0 && m->clock.state == DH_PCLOCK_RUNNING) {
        /* the drill advances when its next event is due; between two, the pace says
         * where the clock is (never behind the drill, never past its end) */
        dh_ms at = s->pace_ex0 + (dh_ms)((double)(m->clock.wall - s->pace_wall_us) *
                                         (double)s->pace_speed / 1e6);
        dh_ms end = dh_drill_scenario(s->drill)->duration;
        if (at > end) at = end;
        if (at > m->clock.now) m->clock.now = at;
    }
}

void dh_server_set_pace(dh_server *s, int64_t wall_us, dh_ms ex0, int64_t speed)
{
    s->pace_wall_us = wall_us;
    s->pace_ex0 = ex0;
    s->pace_speed = speed;
}

/* Writes one message (already encoded) to the connection. */
static int write_text(dh_server *s, conn *c, unsigned char *payload, size_t len)
{
    int n = lws_write(c->wsi, payload, len, LWS_WRITE_TEXT);
    if (n < (int)len) return -1;
    c->last_write_ms = s->now_ms;
    return 0;
}

/* Encodes m into scratch (with LWS_PRE room) and writes it. */
static int write_msg(dh_server *s, conn *c, const dh_pmsg *m)
{
    dh_buf *b = &s->scratch;
    dh_buf_reset(b);
    for (int i = 0; i < LWS_PRE; i++) dh_buf_addc(b, 0);
    dh_proto_encode(m, b);
    if (b->failed) {
        b->failed = 0;
        return 0;
    }
    return write_text(s, c, (unsigned char *)b->data + LWS_PRE, b->len - LWS_PRE);
}

static int write_scores(dh_server *s, conn *c)
{
    const dh_roster *ro = dh_drill_roster(s->drill);
    size_t n = ro->nteams;
    dh_pscore *v = calloc(n + 1, sizeof *v);
    if (!v) return 0;
    for (size_t i = 0; i < n; i++) {
        int64_t total = dh_drill_team_total(s->drill, (int)i);
        int64_t rank = 1;
        for (size_t j = 0; j < n; j++)
            if (dh_drill_team_total(s->drill, (int)j) > total) rank++;
        v[i] = (dh_pscore){ro->teams[i].id, total, rank};
    }
    dh_pmsg m = {.type = DH_P_SCORES};
    m.scores.v = v;
    m.scores.n = n;
    int rc = write_msg(s, c, &m);
    free(v);
    return rc;
}

static int write_presence(dh_server *s, conn *c)
{
    const principal *p = who(s, c);
    const dh_roster *ro = dh_drill_roster(s->drill);
    size_t n = p->role == DH_ROLE_OBSERVER ? ro->nteams : p->nteams;
    dh_ppresence_team *v = calloc(n + 1, sizeof *v);
    if (!v) return 0;
    for (size_t i = 0; i < n; i++) {
        int t = p->role == DH_ROLE_OBSERVER ? (int)i : p->teams[i];
        v[i] = (dh_ppresence_team){ro->teams[t].id, s->online[t], s->since[t]};
    }
    dh_pmsg m = {.type = DH_P_PRESENCE};
    m.presence.v = v;
    m.presence.n = n;
    int rc = write_msg(s, c, &m);
    free(v);
    return rc;
}

/* One message per writable callback; asks again while more is due. Returns -1
 * to close the connection. */
static int on_writable(dh_server *s, conn *c)
{
    if (c->dropped) return -1;
    if (c->qhead) {
        qmsg *q = c->qhead;
        c->qhead = q->next;
        if (!c->qhead) c->qtail = NULL;
        c->qbytes -= q->len;
        int rc = write_text(s, c, q->data + LWS_PRE, q->len);
        free(q);
        if (rc) return -1;
        if (c->qhead || c->closing || c->principal >= 0) wake(c);
        return 0;
    }
    if (c->closing) {
        lws_close_reason(c->wsi, LWS_CLOSE_STATUS_POLICY_VIOLATION, NULL, 0);
        return -1;
    }
    if (c->principal < 0) return 0;
    int wrote = 0;
    while (!wrote && c->cursor < s->stream.n && (c->ready_sent || c->cursor < c->ready_index)) {
        const dh_sev *e = &s->stream.v[c->cursor++];
        size_t len;
        const unsigned char *p = visible(s, c, e, &len);
        if (!p) continue;
        if (write_text(s, c, (unsigned char *)p + s->stream.pre, len)) return -1;
        wrote = 1;
    }
    if (!wrote && !c->ready_sent && c->cursor >= c->ready_index) {
        dh_pmsg m = {.type = DH_P_READY};
        m.ready_seq = (int64_t)c->ready_seq;
        if (write_msg(s, c, &m)) return -1;
        c->ready_sent = 1;
        c->clock_due = 1;
        const principal *p = who(s, c);
        c->scores_due = p->role == DH_ROLE_OBSERVER;
        c->presence_due = p->role != DH_ROLE_TEAM;
        wrote = 1;
    }
    if (!wrote && c->ready_sent && c->clock_due) {
        dh_pmsg m;
        build_clock(s, &m);
        if (write_msg(s, c, &m)) return -1;
        c->clock_due = 0;
        wrote = 1;
    }
    if (!wrote && c->ready_sent && c->scores_due) {
        if (write_scores(s, c)) return -1;
        c->scores_due = 0;
        wrote = 1;
    }
    if (!wrote && c->ready_sent && c->presence_due) {
        if (write_presence(s, c)) return -1;
        c->presence_due = 0;
        wrote = 1;
    }
    if (wrote) wake(c);
    return 0;
}

/* ---- messages from a station ----------------------------------------------- */

static void answer_input(dh_server *s, conn *c, dh_input *in, const char *ref)
{
    char key[1200];
    dh_pmsg m = {0};
    in->ref = ref;
    int64_t done = ref_key(s->drill, in, key, sizeof key) ? ref_find(s, key) : 0;
    if (done) {
        m.type = DH_P_ACK;
        m.ack.ref = ref;
        m.ack.input = done;
        enqueue(s, c, &m);
        return;
    }
    char err[512] = "";
    dh_status st = s->cfg.inputs.fn(s->cfg.inputs.ctx, in, err, sizeof err);
    if (st == DH_OK) {
        int64_t input = s->cfg.input_count ? s->cfg.input_count(s->cfg.input_count_ctx) : 0;
        if (dh_server_note_input(s, in, input)) say(s, "%s", dh_msg(N_STREAM_NOMEM));
        m.type = DH_P_ACK;
        m.ack.ref = ref;
        m.ack.input = input;
    } else {
        m.type = DH_P_REFUSED;
        m.refused.ref = ref;
        m.refused.reason = err[0] ? err : dh_status_str(st);
    }
    enqueue(s, c, &m);
}

static void refused_input(dh_server *s, conn *c, const char *ref, const char *reason)
{
    dh_pmsg m = {.type = DH_P_REFUSED};
    m.refused.ref = ref;
    m.refused.reason = reason;
    enqueue(s, c, &m);
}

static void on_choose(dh_server *s, conn *c, const dh_pchoose *ch)
{
    const principal *p = who(s, c);
    char why[300];
    if (p->role != DH_ROLE_TEAM) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NOT_YOURS), dh_role_name(p->role), "choose");
        refused_input(s, c, ch->ref, why);
        return;
    }
    const dh_scenario *sc = dh_drill_scenario(s->drill);
    int di = dh_scenario_find_decision(sc, ch->decision);
    int oi = di >= 0 ? dh_decision_find_option(&sc->decisions[di], ch->option) : -1;
    if (di < 0 || oi < 0) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NO_SUCH_CHOICE), ch->decision, ch->option);
        refused_input(s, c, ch->ref, why);
        return;
    }
    dh_input in = {.kind = DH_IN_CHOICE, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s->drill),
                   .team = p->teams[0], .decision = di, .option = oi, .category = -1, .inject = -1};
    answer_input(s, c, &in, ch->ref);
}

/* A team's answer to the feedback form, after the end: the drill checks it
 * (dh_feedback_check) and records it like any input. */
static void on_feedback(dh_server *s, conn *c, const dh_pfeedback *f)
{
    const principal *p = who(s, c);
    char why[300];
    if (p->role != DH_ROLE_TEAM) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NOT_YOURS), dh_role_name(p->role), "feedback");
        refused_input(s, c, f->ref, why);
        return;
    }
    int q = dh_scenario_find_feedback(dh_drill_scenario(s->drill), f->question);
    if (q < 0) {
        snprintf(why, sizeof why, dh_tr(c->lang, E_RESP_FEEDBACK_Q), f->question);
        refused_input(s, c, f->ref, why);
        return;
    }
    dh_input in = {.kind = DH_IN_FEEDBACK, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s->drill),
                   .team = p->teams[0], .decision = q, .option = -1, .category = -1, .inject = -1,
                   .milli = f->rating, .text = f->text};
    answer_input(s, c, &in, f->ref);
}

static int team_of_evaluator(dh_server *s, conn *c, const char *ref, const char *team_id)
{
    const principal *p = who(s, c);
    char why[300];
    int t = team_id ? dh_roster_find(dh_drill_roster(s->drill), team_id) : -1;
    if (p->role != DH_ROLE_EVALUATOR || t < 0 || !evaluates(p, t)) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NOT_YOUR_TEAM), team_id ? team_id : "");
        refused_input(s, c, ref, why);
        return -1;
    }
    return t;
}

static void on_adjust(dh_server *s, conn *c, const dh_padjust *a)
{
    int t = team_of_evaluator(s, c, a->ref, a->team);
    if (t < 0) return;
    int cat = dh_scenario_find_category(dh_drill_scenario(s->drill), a->category);
    if (cat < 0) {
        char why[300];
        snprintf(why, sizeof why, dh_tr(c->lang, N_NO_CATEGORY), a->category);
        refused_input(s, c, a->ref, why);
        return;
    }
    dh_input in = {.kind = DH_IN_ADJUST, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s->drill),
                   .team = t, .decision = -1, .option = -1, .category = cat, .inject = -1,
                   .milli = a->milli, .text = a->reason, .by = who(s, c)->name};
    answer_input(s, c, &in, a->ref);
}

static void on_note(dh_server *s, conn *c, const dh_pnote *n)
{
    int t = team_of_evaluator(s, c, n->ref, n->team);
    if (t < 0) return;
    dh_input in = {.kind = DH_IN_NOTE, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s->drill),
                   .team = t, .decision = -1, .option = -1, .category = -1, .inject = -1,
                   .text = n->text, .by = who(s, c)->name};
    answer_input(s, c, &in, n->ref);
}

/* An answer to an open question: the team's own, text held to the answer rule
 * by the drill (a refusal names why). Exactly once by its ref, like a choice. */
static void on_answer(dh_server *s, conn *c, const dh_panswer *a)
{
    const principal *p = who(s, c);
    char why[300];
    if (p->role != DH_ROLE_TEAM) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NOT_YOURS), dh_role_name(p->role), "answer");
        refused_input(s, c, a->ref, why);
        return;
    }
    int qi = dh_scenario_find_question(dh_drill_scenario(s->drill), a->question);
    if (qi < 0) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NO_SUCH_QUESTION), a->question);
        refused_input(s, c, a->ref, why);
        return;
    }
    dh_input in = {.kind = DH_IN_ANSWER, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s->drill),
                   .team = p->teams[0], .decision = qi, .option = -1, .category = -1,
                   .inject = -1, .text = a->text};
    answer_input(s, c, &in, a->ref);
}

/* An evaluator's rubric score of an answer by one of its teams. */
static void on_score(dh_server *s, conn *c, const dh_pscore_in *sc_in)
{
    int t = team_of_evaluator(s, c, sc_in->ref, sc_in->team);
    if (t < 0) return;
    const dh_scenario *sc = dh_drill_scenario(s->drill);
    int qi = dh_scenario_find_question(sc, sc_in->question);
    char why[300];
    uint32_t ticks = 0;
    int bad = qi < 0;
    for (const char *p = sc_in->items; !bad && *p;) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char id[65];
        int k = -1;
        if (n && n < sizeof id) {
            memcpy(id, p, n);
            id[n] = 0;
            k = dh_question_find_item(&sc->questions[qi], id);
        }
        if (k < 0 || k >= DH_MAX_RUBRIC) bad = 1;
        else ticks |= 1u << k;
        p += n + (end ? 1 : 0);
    }
    if (bad) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NO_SUCH_QUESTION), sc_in->question);
        refused_input(s, c, sc_in->ref, why);
        return;
    }
    dh_input in = {.kind = DH_IN_SCORE, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s->drill),
                   .team = t, .decision = qi, .option = -1, .category = -1, .inject = -1,
                   .milli = (int64_t)ticks, .text = sc_in->comment, .by = who(s, c)->name};
    answer_input(s, c, &in, sc_in->ref);
}

static addr_rate *rate_of(dh_server *s, const char *addr)
{
    for (size_t i = 0; i < s->nrates; i++)
        if (!strcmp(s->rates[i].addr, addr)) return &s->rates[i];
    if (!s->rates) s->rates = calloc(MAX_RATES, sizeof *s->rates);
    if (!s->rates) return NULL;
    size_t i = s->nrates < MAX_RATES ? s->nrates++ : 0;
    /* full: reuse the oldest window */
    if (i == 0 && s->nrates == MAX_RATES)
        for (size_t k = 1; k < MAX_RATES; k++)
            if (s->rates[k].window_ms < s->rates[i].window_ms) i = k;
    memset(&s->rates[i], 0, sizeof s->rates[i]);
    snprintf(s->rates[i].addr, sizeof s->rates[i].addr, "%s", addr);
    s->rates[i].window_ms = s->now_ms;
    return &s->rates[i];
}

static void on_hello(dh_server *s, conn *c, const dh_phello *h)
{
    if (h->lang && dh_lang_parse(h->lang) >= 0) c->lang = (dh_lang)dh_lang_parse(h->lang);
    char why[300];
    addr_rate *r = rate_of(s, c->addr);
    int limit = (int)default_int(s->cfg.wrong_codes_per_min, 5);
    if (r && s->now_ms - r->window_ms >= 60000) {
        r->window_ms = s->now_ms;
        r->wrong = 0;
    }
    if (r && r->wrong >= limit) {
        snprintf(why, sizeof why, "%s", dh_tr(c->lang, N_RATE));
        refuse(s, c, DH_PR_RATE, why);
        return;
    }
    char code[40];
    int found = -1;
    if (dh_proto_code_normalise(h->code, code, sizeof code) == DH_CODE_LEN)
        for (size_t i = 0; i < s->npr; i++)
            if (!memcmp(s->pr[i].code, code, DH_CODE_LEN)) found = (int)i;
    if (found < 0) {
        if (r) r->wrong++;
        snprintf(why, sizeof why, "%s", dh_tr(c->lang, N_BAD_CODE));
        refuse(s, c, DH_PR_CODE, why);
        return;
    }
    c->principal = found;
    /* the backstop set at connection was for the hello: a joined station stays */
    lws_set_timeout(c->wsi, NO_PENDING_TIMEOUT, 0);
    s->nstations++;
    c->counted = 1;
    count_in(s, c, +1);
    send_welcome(s, c);
    c->cursor = dh_stream_after(&s->stream, (uint64_t)h->last);
    c->ready_index = s->stream.n;
    c->ready_seq = dh_drill_event_count(s->drill);
    for (size_t i = 0; i < h->npending; i++) on_choose(s, c, &h->pending[i]);
    wake(c);
}

static void on_frame(dh_server *s, conn *c, const char *data, size_t len)
{
    dh_pmsg m;
    dh_prefuse_reason why;
    char err[300];
    if (dh_proto_parse(data, len, DH_PDIR_TO_SERVER, c->lang, &m, &why, err, sizeof err)) {
        refuse(s, c, why, err);
        return;
    }
    if (c->principal < 0 && m.type != DH_P_HELLO) {
        snprintf(err, sizeof err, "%s", dh_tr(c->lang, N_HELLO_FIRST));
        refuse(s, c, DH_PR_BAD_MESSAGE, err);
    } else if (c->principal >= 0 && m.type == DH_P_HELLO) {
        snprintf(err, sizeof err, "%s", dh_tr(c->lang, N_HELLO_TWICE));
        refuse(s, c, DH_PR_BAD_MESSAGE, err);
    } else if (m.type == DH_P_HELLO) {
        on_hello(s, c, &m.hello);
    } else if (m.type == DH_P_CHOOSE) {
        on_choose(s, c, &m.choose);
    } else if (m.type == DH_P_ADJUST) {
        on_adjust(s, c, &m.adjust);
    } else if (m.type == DH_P_NOTE) {
        on_note(s, c, &m.note);
    } else if (m.type == DH_P_FEEDBACK) {
        on_feedback(s, c, &m.feedback);
    } else if (m.type == DH_P_ANSWER) {
        on_answer(s, c, &m.answer);
    } else if (m.type == DH_P_SCORE) {
        on_score(s, c, &m.score);
    }
    dh_pmsg_free(&m);
}

static void on_receive(dh_server *s, conn *c, const void *in, size_t len)
{
    if (c->closing || c->dropped) return;
    if (lws_is_first_fragment(c->wsi)) {
        c->rxlen = 0;
        c->rx_refused = 0;
    }
    if (c->rx_refused) return;
    char err[300];
    if (lws_frame_is_binary(c->wsi)) {
        c->rx_refused = 1;
        snprintf(err, sizeof err, "%s", dh_tr(c->lang, N_BINARY));
        refuse(s, c, DH_PR_BAD_MESSAGE, err);
        return;
    }
    if (c->rxlen + len > DH_PROTO_MAX_MSG) {
        c->rx_refused = 1;
        snprintf(err, sizeof err, dh_tr(c->lang, E_NET_TOO_LARGE), c->rxlen + len, DH_PROTO_MAX_MSG);
        refuse(s, c, DH_PR_TOO_LARGE, err);
        return;
    }
    /* grown as frames need it: a thousand quiet stations hold little */
    if (c->rxlen + len > c->rxcap) {
        size_t cap = c->rxcap ? c->rxcap : 1024;
        while (cap < c->rxlen + len) cap *= 2;
        char *nb = realloc(c->rx, cap);
        if (!nb) return;
        c->rx = nb;
        c->rxcap = cap;
    }
    memcpy(c->rx + c->rxlen, in, len);
    c->rxlen += len;
    if (lws_is_final_fragment(c->wsi) && !lws_remaining_packet_payload(c->wsi)) {
        size_t n = c->rxlen;
        c->rxlen = 0;
        on_frame(s, c, c->rx, n);
    }
}

/* ---- connections ----------------------------------------------------------- */

static void conn_free(dh_server *s, conn *c)
{
    if (c->counted) {
        count_in(s, c, -1);
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
        if (s->nconns > (size_t)default_int(s->cfg.max_stations, 2000)) {
            char why[300];
            snprintf(why, sizeof why, "%s", dh_tr(c->lang, N_BUSY));
            refuse(s, c, DH_PR_BUSY, why);
        }
        /* a backstop: the hello timeout below answers first */
        lws_set_timeout(wsi, PENDING_TIMEOUT_USER_OK, (int)(default_int(s->cfg.hello_timeout_ms, 10000) / 1000) + 20);
        return 0;
    case LWS_CALLBACK_RECEIVE:
        if (!c || !c->wsi) return -1;
        on_receive(s, c, in, len);
        return 0;
    case LWS_CALLBACK_SERVER_WRITEABLE:
        if (!c || !c->wsi) return -1;
        return on_writable(s, c);
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
    int64_t hello_ms = default_int(s->cfg.hello_timeout_ms, 10000);
    int64_t stall_ms = default_int(s->cfg.stall_ms, 60000);
    int state = clock_state(s->drill);
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
            refuse(s, c, DH_PR_TIMEOUT, why);
            continue;
        }
        /* something to write and nothing written for stall_ms: a reader that
         * does not read (its socket is full) */
        int pending = c->qhead || (c->principal >= 0 && c->cursor < s->stream.n);
        if (pending && !c->dropped && s->now_ms - c->last_write_ms >= stall_ms &&
            lws_send_pipe_choked(c->wsi)) {
            c->dropped = 1;
            say(s, dh_msg(N_STALLED), c->addr, (int)(stall_ms / 1000));
            lws_set_timeout(c->wsi, PENDING_TIMEOUT_USER_OK, LWS_TO_KILL_ASYNC);
            continue;
        }
        if (!c->ready_sent) continue;
        if (clock) c->clock_due = 1;
        if (scores && who(s, c)->role == DH_ROLE_OBSERVER) c->scores_due = 1;
        if (clock || scores) wake(c);
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
                refuse(s, c, DH_PR_REVOKED, why);
            }
        return DH_OK;
    }
    return DH_EINPUT;
}
