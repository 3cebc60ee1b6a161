/* dh_server_send.c — messages to a station: the welcome, then one message per
 * writable callback — its queue, the stream events it may see, ready, the clock,
 * scores and presence. */
#define _POSIX_C_SOURCE 200809L
#include "dh_server_impl.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

void dh_server_send_welcome(dh_server *s, conn *c)
{
    const principal *p = dh_server_who(s, c);
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
        dh_server_enqueue(s, c, &m);
    }
    free(form);
    free(cats);
    free(stages);
    free(teams);
}

int dh_server_clock_state(const dh_drill *d)
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
    m->clock.state = (dh_pclock_state)dh_server_clock_state(s->drill);
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
    const principal *p = dh_server_who(s, c);
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
int dh_server_on_writable(dh_server *s, conn *c)
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
        if (c->qhead || c->closing || c->principal >= 0) dh_server_wake(c);
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
        const unsigned char *p = dh_server_visible(s, c, e, &len);
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
        const principal *p = dh_server_who(s, c);
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
    if (wrote) dh_server_wake(c);
    return 0;
}
