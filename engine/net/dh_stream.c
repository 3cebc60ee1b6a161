/* dh_stream.c — turning the drill's log records into filtered stream events. */
#include "dh_stream.h"
#include "dh_proto.h"
#include "dh_question.h"

#include <stdlib.h>
#include <string.h>

void dh_stream_init(dh_stream *s, const dh_drill *d, int show_points, size_t pre)
{
    memset(s, 0, sizeof *s);
    s->d = d;
    s->show_points = show_points;
    s->pre = pre;
}

void dh_stream_free(dh_stream *s)
{
    for (size_t i = 0; i < s->n; i++)
        for (int k = 0; k < DH_VIEW_COUNT; k++) free(s->v[i].enc[k]);
    free(s->v);
    memset(s, 0, sizeof *s);
}

size_t dh_stream_after(const dh_stream *s, uint64_t last)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->v[mid].seq <= last) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* An option's non-zero points (dense by category), into buf. */
static dh_ppoints option_points(const dh_scenario *sc, const int64_t *pts, dh_ppoint *buf)
{
    dh_ppoints p = {.has = 1, .v = buf};
    for (size_t i = 0; pts && i < sc->ncategories; i++)
        if (pts[i]) buf[p.n++] = (dh_ppoint){sc->categories[i].id, pts[i]};
    return p;
}

/* Non-zero points by category, into buf (ncat entries at most). */
static dh_ppoints points_of(const int64_t *pts, size_t n, const char *const *cats, dh_ppoint *buf)
{
    dh_ppoints p = {.has = 1, .v = buf};
    for (size_t i = 0; pts && i < n; i++)
        if (pts[i]) buf[p.n++] = (dh_ppoint){cats[i], pts[i]};
    return p;
}

static int keep(dh_stream *s, dh_sev *e, dh_view v, const dh_pmsg *m)
{
    dh_buf b;
    dh_buf_init(&b);
    dh_buf_reserve(&b, s->pre + 256);
    for (size_t i = 0; i < s->pre; i++) dh_buf_addc(&b, 0);
    dh_proto_encode(m, &b);
    if (b.failed) {
        dh_buf_free(&b);
        return -1;
    }
    e->enc[v] = (unsigned char *)b.data;   /* the buffer's memory, kept */
    e->len[v] = b.len - s->pre;
    return 0;
}

/* An open question's event (question, answer, score, unanswered) for each
 * view: the team sees its question's prompt and its own answer; evaluators (of
 * that team) also the rubric, the guidance and every score; observers nothing.
 * 0, or -1 out of memory. */
static int stream_question(dh_stream *s, dh_sev *e, const dh_logrec *r)
{
    const dh_scenario *sc = dh_drill_scenario(s->d);
    int qi = r->id ? dh_scenario_find_question(sc, r->id) : -1;
    if (qi < 0) return 0;
    const dh_question *q = &sc->questions[qi];
    size_t ncat = sc->ncategories ? sc->ncategories : 1;
    dh_poption *items = calloc(q->nrubric ? q->nrubric : 1, sizeof *items);
    dh_ppoint *pbuf = calloc((q->nrubric + 1) * ncat, sizeof *pbuf);
    int rc = -1;
    if (!items || !pbuf) goto done;
    for (int v = DH_VIEW_TEAM; v <= DH_VIEW_EVAL; v++) {
        dh_pmsg m;
        memset(&m, 0, sizeof m);
        m.ev.seq = (int64_t)e->seq;
        m.ev.t = r->t;
        m.ev.team = r->team_id;
        m.ev.deadline = DH_MS_NEVER;
        int eval = v == DH_VIEW_EVAL;
        switch (r->type) {
        case DH_EV_QUESTION:
            m.type = DH_P_EV_QUESTION;
            m.ev.deadline = r->deadline;
            m.ev.question.id = q->id;
            m.ev.question.prompt = dh_ptext_of(&q->prompt);
            if (eval) {
                m.ev.question.guidance = dh_ptext_of(&q->guidance);
                for (size_t i = 0; i < q->nrubric; i++) {
                    items[i].id = q->rubric[i].id;
                    items[i].text = dh_ptext_of(&q->rubric[i].text);
                    dh_ppoints p = {.has = 1, .v = pbuf + i * ncat};
                    for (size_t c = 0; q->rubric[i].points && c < sc->ncategories; c++)
                        if (q->rubric[i].points[c])
                            pbuf[i * ncat + p.n++] =
                                (dh_ppoint){sc->categories[c].id, q->rubric[i].points[c]};
                    items[i].points = p;
                }
                m.ev.question.rubric = items;
                m.ev.question.nrubric = q->nrubric;
            }
            break;
        case DH_EV_ANSWER:
        case DH_EV_UNANSWERED:
            m.type = DH_P_EV_ANSWERED;
            m.ev.decision_id = q->id;
            m.ev.text = r->type == DH_EV_ANSWER ? r->reason : NULL;
            m.ev.how = r->type == DH_EV_ANSWER ? DH_PCLOSE_CHOICE : DH_PCLOSE_TIMEOUT;
            break;
        case DH_EV_SCORE: {
            /* a team learns its answer was scored, and its points when they are
             * shown; the evaluators' ticks and comments are theirs */
            m.type = DH_P_EV_SCORED;
            m.ev.decision_id = q->id;
            m.ev.option = eval ? r->option : "";
            m.ev.text = eval ? r->reason : NULL;
            m.ev.by = eval ? r->by : NULL;
            if (eval || s->show_points) {
                dh_ppoints p = {.has = 1, .v = pbuf + q->nrubric * ncat};
                for (size_t c = 0; r->points && c < r->npoints; c++)
                    if (r->points[c]) pbuf[q->nrubric * ncat + p.n++] =
                                          (dh_ppoint){r->categories[c], r->points[c]};
                m.ev.points = p;
            }
            break;
        }
        default:
            rc = 0;
            goto done;
        }
        if (keep(s, e, (dh_view)v, &m)) goto done;
    }
    rc = 0;
done:
    free(items);
    free(pbuf);
    return rc;
}

int dh_stream_add(dh_stream *s, const dh_logrec *r, uint64_t seq)
{
    const dh_scenario *sc = dh_drill_scenario(s->d);
    dh_sev e = {.seq = seq, .team = r->team};
    dh_pmsg m[DH_VIEW_COUNT];
    int to[DH_VIEW_COUNT] = {0};
    memset(m, 0, sizeof m);
    size_t ncat = sc->ncategories;
    dh_ppoint *pbuf = calloc(ncat ? ncat : 1, sizeof *pbuf);
    dh_poption *opts = NULL;
    dh_ppoint *optbuf = NULL;
    int rc = 0;
    if (!pbuf) goto nomem;
    for (int v = 0; v < DH_VIEW_COUNT; v++) {
        m[v].ev.seq = (int64_t)seq;
        m[v].ev.t = r->t;
        m[v].ev.team = r->team_id;
        m[v].ev.deadline = DH_MS_NEVER;
    }
    switch (r->type) {
    case DH_EV_START:
    case DH_EV_END:
        for (int v = 0; v < DH_VIEW_COUNT; v++) {
            m[v].type = r->type == DH_EV_START ? DH_P_EV_START : DH_P_EV_END;
            to[v] = 1;
        }
        break;
    case DH_EV_INJECT: {
        int ii = dh_scenario_find_inject(sc, r->id);
        if (ii < 0) break;
        const dh_inject *in = &sc->injects[ii];
        for (int v = 0; v < DH_VIEW_COUNT; v++) {
            m[v].type = DH_P_EV_INJECT;
            dh_pinject *p = &m[v].ev.inject;
            p->id = in->id;
            p->title = dh_ptext_of(&in->title);
            to[v] = 1;
            if (v == DH_VIEW_OBS) continue;        /* observers: titles only */
            p->body = dh_ptext_of(&in->body);
            p->from = dh_ptext_of(&in->from);
            p->channel = in->channel;
            p->severity = dh_severity_name(in->severity);
            p->stage = in->stage >= 0 ? sc->stages[in->stage].id : NULL;
            p->attack = in->attack;
            if (v == DH_VIEW_EVAL) p->notes = dh_ptext_of(&in->notes);
        }
        break;
    }
    case DH_EV_OPEN: {
        int di = dh_scenario_find_decision(sc, r->id);
        if (di < 0) break;
        const dh_decision *dec = &sc->decisions[di];
        size_t no = dec->noptions;
        opts = calloc(no ? no : 1, sizeof *opts);
        optbuf = calloc((no ? no : 1) * (ncat ? ncat : 1), sizeof *optbuf);
        if (!opts || !optbuf) goto nomem;
        for (int v = 0; v < DH_VIEW_COUNT; v++) {
            m[v].type = DH_P_EV_OPEN;
            m[v].ev.deadline = r->deadline;
            dh_pdecision *p = &m[v].ev.decision;
            p->id = dec->id;
            p->inject = dec->on >= 0 ? sc->injects[dec->on].id : NULL;
            to[v] = 1;
            if (v == DH_VIEW_OBS) continue;        /* observers: ids only */
            p->prompt = dh_ptext_of(&dec->prompt);
            p->timeout = dec->timeout >= 0 ? dec->options[dec->timeout].id : NULL;
            if (v == DH_VIEW_EVAL) p->notes = dh_ptext_of(&dec->notes);
        }
        /* the options: a team's in its own order (the one its station shows, as
         * sent) and without points unless they are shown; the evaluator's in
         * written order, with them. Encoded one view at a time, so one array
         * serves. */
        int order[DH_MAX_OPTIONS];
        for (int v = 0; v < DH_VIEW_OBS; v++) {
            int pts = v == DH_VIEW_EVAL || s->show_points;
            for (size_t o = 0; o < no; o++) order[o] = (int)o;
            if (v == DH_VIEW_TEAM && r->team >= 0)
                dh_drill_option_order(s->d, r->team, di, order);
            for (size_t p = 0; p < no; p++) {
                size_t o = (size_t)order[p];
                opts[p].id = dec->options[o].id;
                opts[p].text = dh_ptext_of(&dec->options[o].text);
                opts[p].points = pts ? option_points(sc, dec->options[o].points,
                                                     optbuf + p * (ncat ? ncat : 1))
                                     : (dh_ppoints){0};
            }
            m[v].ev.decision.options = opts;
            m[v].ev.decision.noptions = no;
            if (keep(s, &e, (dh_view)v, &m[v])) goto nomem;
        }
        to[DH_VIEW_TEAM] = to[DH_VIEW_EVAL] = 0;   /* already kept */
        break;
    }
    case DH_EV_CHOICE:
    case DH_EV_EXPIRE: {
        dh_ppoints pts = points_of(r->points, r->npoints, r->categories, pbuf);
        for (int v = 0; v < DH_VIEW_COUNT; v++) {
            m[v].type = DH_P_EV_CLOSED;
            m[v].ev.decision_id = r->id;
            m[v].ev.option = r->option;
            m[v].ev.how = r->type == DH_EV_CHOICE ? DH_PCLOSE_CHOICE : DH_PCLOSE_TIMEOUT;
            m[v].ev.factor = r->factor;
            if (v != DH_VIEW_TEAM || s->show_points) m[v].ev.points = pts;
            to[v] = 1;
        }
        break;
    }
    case DH_EV_ADJUST:
        for (int v = 0; v < DH_VIEW_COUNT; v++) {
            m[v].type = DH_P_EV_ADJUST;
            m[v].ev.category = r->category;
            m[v].ev.milli = r->amount;
            if (v != DH_VIEW_OBS) {
                m[v].ev.reason = r->reason;
                m[v].ev.by = r->by;
            }
        }
        to[DH_VIEW_TEAM] = s->show_points;
        to[DH_VIEW_EVAL] = to[DH_VIEW_OBS] = 1;
        break;
    case DH_EV_CONTROL: {
        const char *a = r->action ? r->action : "";
        int everyone = !strcmp(a, "pause") || !strcmp(a, "resume") || !strcmp(a, "speed") ||
                       !strcmp(a, "jump") || !strcmp(a, "end");
        for (int v = 0; v < DH_VIEW_COUNT; v++) {
            m[v].type = DH_P_EV_CONTROL;
            m[v].ev.action = a;
            m[v].ev.speed = r->speed_milli;
            m[v].ev.to = r->to;
        }
        if (everyone) {
            to[DH_VIEW_TEAM] = to[DH_VIEW_EVAL] = to[DH_VIEW_OBS] = 1;
        } else if (!strcmp(a, "message")) {
            /* an inject the facilitator wrote reaches its team (every team when
             * r->team < 0) like any inject, and its evaluators */
            m[DH_VIEW_TEAM].ev.text = m[DH_VIEW_EVAL].ev.text = r->reason;
            to[DH_VIEW_TEAM] = to[DH_VIEW_EVAL] = 1;
        } else {
            /* a hand-sent inject's id and a facilitator's or evaluator's note:
             * evaluators only (the inject itself reaches a team as `inject`) */
            m[DH_VIEW_EVAL].ev.inject_id = !strcmp(a, "deliver") ? r->id : NULL;
            m[DH_VIEW_EVAL].ev.text = !strcmp(a, "note") ? r->reason : NULL;
            m[DH_VIEW_EVAL].ev.by = r->by;
            to[DH_VIEW_EVAL] = 1;
        }
        break;
    }
    case DH_EV_QUESTION:
    case DH_EV_ANSWER:
    case DH_EV_SCORE:
    case DH_EV_UNANSWERED:
        if (stream_question(s, &e, r)) goto nomem;
        break;
    default:   /* withheld: nobody is told what they did not get */
        break;
    }
    for (int v = 0; v < DH_VIEW_COUNT; v++)
        if (to[v] && keep(s, &e, (dh_view)v, &m[v])) goto nomem;
    int any = 0;
    for (int v = 0; v < DH_VIEW_COUNT; v++) any |= e.enc[v] != NULL;
    if (any) {
        if (s->n == s->cap) {
            size_t cap = s->cap ? s->cap * 2 : 256;
            dh_sev *nv = realloc(s->v, cap * sizeof *nv);
            if (!nv) goto nomem;
            s->v = nv;
            s->cap = cap;
        }
        s->v[s->n++] = e;
        rc = 1;
    }
    free(pbuf);
    free(opts);
    free(optbuf);
    return rc;
nomem:
    for (int v = 0; v < DH_VIEW_COUNT; v++) free(e.enc[v]);
    free(pbuf);
    free(opts);
    free(optbuf);
    s->failed = 1;
    return -1;
}
