/* dh_question_run.c — open questions in a running drill: opening, answers,
 * scores, settlements, expiry. The rules are in dh_question.h. */
#include "dh_drill_impl.h"
#include "dh_alloc.h"
#include "dh_msg.h"
#include "dh_question.h"
#include "dh_text.h"
#include "dh_utf8.h"
#include "dh_vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An answer or score that a bot or a responses file scheduled: the timeline
 * holds numbers only, so its text waits here until its time comes. */
typedef struct pending {
    int kind;              /* DH_IN_ANSWER or DH_IN_SCORE */
    int team, question;
    dh_input_source source;
    uint32_t ticks;
    char *text, *by;
} pending;

struct dh_qrun {
    size_t nq;
    dh_question_state *st;     /* [team*nq + q] */
    int64_t *applied;          /* [(team*nq + q)*ncat + c] */
    pending *pend; size_t npend;
    dh_question_responder_fn responder; void *responder_ctx;
};

#define QST(dr, team, qn) (&(dr)->q->st[(size_t)(team) * (dr)->q->nq + (size_t)(qn)])

static dh_status qrun_create(dh_drill *d)
{
    size_t nq = d->sc->nquestions;
    if (!nq) return DH_OK;
    struct dh_qrun *q = dh_calloc(1, sizeof *q);
    if (!q) return DH_ENOMEM;
    d->q = q;
    q->nq = nq;
    size_t nt = d->nteams ? d->nteams : 1, nc = d->ncat ? d->ncat : 1;
    q->st = dh_calloc(nt * nq, sizeof *q->st);
    q->applied = dh_calloc(nt * nq * nc, sizeof *q->applied);
    if (!q->st || !q->applied) return DH_ENOMEM;
    for (size_t i = 0; i < d->nteams * nq; i++) {
        q->st[i].deadline = DH_MS_NEVER;
        q->st[i].applied = &q->applied[i * nc];
    }
    return DH_OK;
}

static void free_state(dh_question_state *s)
{
    free(s->answer);
    for (size_t i = 0; i < s->nscores; i++) {
        free(s->scores[i].by);
        free(s->scores[i].comment);
    }
    free(s->scores);
    free(s->settle_reason);
    free(s->settled_by);
}

static void qrun_destroy(dh_drill *d)
{
    struct dh_qrun *q = d->q;
    if (!q) return;
    if (q->st)
        for (size_t i = 0; i < d->nteams * q->nq; i++) free_state(&q->st[i]);
    for (size_t i = 0; i < q->npend; i++) {
        free(q->pend[i].text);
        free(q->pend[i].by);
    }
    free(q->pend);
    free(q->st);
    free(q->applied);
    free(q);
    d->q = NULL;
}

size_t dh_drill_question_count(const dh_drill *d) { return d->q ? d->q->nq : 0; }

const dh_question_state *dh_drill_question(const dh_drill *d, int team, int q)
{
    return QST(d, team, q);
}

int dh_question_agreed(const dh_question_state *st)
{
    for (size_t i = 1; i < st->nscores; i++)
        if (st->scores[i].ticks != st->scores[0].ticks) return 0;
    return 1;
}

void dh_drill_set_question_responder(dh_drill *d, dh_question_responder_fn fn, void *ctx)
{
    if (!d->q) return;
    d->q->responder = fn;
    d->q->responder_ctx = ctx;
}

static dh_status schedule(dh_drill *d, const pending *p, dh_ms t)
{
    if (!d->q) return DH_EINPUT;
    pending *np = dh_vec_push(&d->q->pend, &d->q->npend, sizeof *np);
    if (!np) return dh_drill_stop(d, DH_ENOMEM);
    *np = *p;
    np->text = p->text ? dh_strdup(p->text) : NULL;
    np->by = p->by ? dh_strdup(p->by) : NULL;
    if ((p->text && !np->text) || (p->by && !np->by)) {
        free(np->text);
        free(np->by);
        d->q->npend--;
        return dh_drill_stop(d, DH_ENOMEM);
    }
    if (t < d->now) t = d->now;
    return dh_drill_push(d, t, EVK_ANSWER, p->team, p->question, (int)(d->q->npend - 1), 0,
                         NULL);
}

dh_status dh_drill_schedule_answer(dh_drill *d, int team, int question, const char *text,
                                   dh_ms t, dh_input_source src)
{
    pending p = {.kind = DH_IN_ANSWER, .team = team, .question = question, .source = src,
                 .text = (char *)text};
    return schedule(d, &p, t);
}

dh_status dh_drill_schedule_score(dh_drill *d, int team, int question, uint32_t ticks,
                                  const char *by, dh_ms t, dh_input_source src)
{
    pending p = {.kind = DH_IN_SCORE, .team = team, .question = question, .source = src,
                 .ticks = ticks, .by = (char *)by};
    return schedule(d, &p, t);
}

/* --- opening and expiry -------------------------------------------------------- */

static dh_status qrun_deliver(dh_drill *d, int team, int inject)
{
    for (size_t i = 0; i < d->q->nq; i++) {
        const dh_question *qu = &d->sc->questions[i];
        if (qu->on != inject) continue;
        dh_question_state *st = QST(d, team, i);
        if (st->status != DH_Q_CLOSED) continue;
        if (!dh_roles_admit(qu->roles, qu->nroles,
                            dh_roster_team_role(d->roster, (size_t)team)))
            continue;
        st->status = DH_Q_OPEN;
        st->opened_at = d->now;
        st->deadline = qu->within == DH_MS_NEVER ? DH_MS_NEVER : d->now + qu->within;
        dh_logrec r = {.type = DH_EV_QUESTION, .team = team, .id = qu->id,
                       .deadline = st->deadline};
        dh_drill_emit(d, &r);
        if (st->deadline != DH_MS_NEVER &&
            dh_drill_push(d, st->deadline, EVK_QDEADLINE, team, (int)i, 0, 0,
                          &st->deadline_event))
            return DH_ENOMEM;
        if (d->q->responder) d->q->responder(d->q->responder_ctx, d, team, (int)i);
        if (d->failed) return d->failed;
    }
    return DH_OK;
}

static void expire(dh_drill *d, int team, int qi)
{
    dh_question_state *st = QST(d, team, qi);
    if (st->status != DH_Q_OPEN) return;
    st->status = DH_Q_EXPIRED;
    st->deadline_event = 0;
    /* a missed question counts its whole window, as a missed decision does */
    d->decision_time[team] += d->now - st->opened_at;
    dh_logrec r = {.type = DH_EV_UNANSWERED, .team = team, .id = d->sc->questions[qi].id,
                   .elapsed = d->now - st->opened_at};
    dh_drill_emit(d, &r);
}

static dh_status qrun_end(dh_drill *d)
{
    for (size_t t = 0; t < d->nteams; t++)
        for (size_t i = 0; i < d->q->nq; i++) expire(d, (int)t, (int)i);
    return d->failed;
}

static void qrun_dispatch(dh_drill *d, int kind, int team, int a, int b, int c)
{
    (void)c;
    if (kind == EVK_QDEADLINE) {
        expire(d, team, a);
        return;
    }
    const pending *p = &d->q->pend[b];
    dh_input in = {.kind = (dh_input_kind)p->kind, .source = p->source, .t = d->now,
                   .team = team, .decision = a, .milli = (int64_t)p->ticks, .text = p->text,
                   .by = p->by};
    const dh_question_state *st = QST(d, team, a);
    if (p->kind == DH_IN_ANSWER && st->status != DH_Q_OPEN) {
        if (p->source == DH_SRC_RESPONSES) {
            char msg[256], at[32];
            dh_time_format(d->now, at, sizeof at);
            snprintf(msg, sizeof msg, dh_msg(E_Q_RESPONSE_IGNORED), d->sc->questions[a].id,
                     d->roster->teams[team].id, at);
            dh_drill_warn(d, NULL, 0, msg);
        }
        return;
    }
    if (p->kind == DH_IN_SCORE && st->status != DH_Q_ANSWERED) return;
    char err[256];
    if (dh_drill_apply(d, &in, err, sizeof err) == DH_EIO) d->gate_failed = 1;
}

/* --- inputs ------------------------------------------------------------------- */

static dh_status refuse(char *err, size_t errlen, const char *msg)
{
    snprintf(err, errlen, "%s", msg);
    return DH_ESTATE;
}

static int comment_ok(const char *s)
{
    if (!s) return 1;
    size_t n = strlen(s);
    return n <= 4 * DH_COMMENT_MAX_CHARS && !dh_utf8_invalid(s, n) &&
           dh_utf8_len(s) <= DH_COMMENT_MAX_CHARS &&
           !dh_text_has_controls(s, n, DH_ESC_KEEP_NL | DH_ESC_KEEP_TAB);
}

static dh_status qrun_check(dh_drill *d, const dh_input *in, char *err, size_t errlen)
{
    if (!d->q || in->team < 0 || (size_t)in->team >= d->nteams || in->decision < 0 ||
        (size_t)in->decision >= d->q->nq)
        return refuse(err, errlen, dh_msg(E_Q_UNKNOWN_IN));
    const dh_question *qu = &d->sc->questions[in->decision];
    const dh_question_state *st = QST(d, in->team, in->decision);
    if (in->kind == DH_IN_ANSWER) {
        if (st->status != DH_Q_OPEN) {
            snprintf(err, errlen, dh_msg(E_Q_NOT_OPEN), qu->id, d->roster->teams[in->team].id);
            return DH_ESTATE;
        }
        const char *why = dh_answer_check(in->text);
        return why ? refuse(err, errlen, why) : DH_OK;
    }
    if (st->status != DH_Q_ANSWERED) {
        snprintf(err, errlen, dh_msg(E_Q_NOT_ANSWERED), qu->id, d->roster->teams[in->team].id);
        return DH_ESTATE;
    }
    if (in->milli < 0 || (uint64_t)in->milli & ~(uint64_t)dh_rubric_all(qu))
        return refuse(err, errlen, dh_msg(E_Q_UNKNOWN_ITEM));
    if (!comment_ok(in->text) || (in->by && !comment_ok(in->by)))
        return refuse(err, errlen, dh_msg(E_Q_COMMENT));
    if (in->kind == DH_IN_SETTLE && (!in->text || !in->text[0]))
        return refuse(err, errlen, dh_msg(E_Q_SETTLE_REASON));
    if (in->kind == DH_IN_SCORE && st->nscores >= DH_MAX_SCORERS) {
        int known = 0;
        for (size_t i = 0; i < st->nscores; i++) {
            const char *a = st->scores[i].by, *b = in->by;
            known |= (!a && !b) || (a && b && !strcmp(a, b));
        }
        if (!known) return refuse(err, errlen, dh_msg(E_Q_TOO_MANY_SCORERS));
    }
    return DH_OK;
}

/* Moves the team's totals from what the answer gave before to what it gives now. */
static void rescore(dh_drill *d, int team, int qi, int64_t *pts)
{
    const dh_question *qu = &d->sc->questions[qi];
    dh_question_state *st = QST(d, team, qi);
    size_t nc = d->ncat;
    for (size_t c = 0; c < nc; c++) pts[c] = 0;
    if (st->settled) {
        dh_rubric_points(qu, st->settled_ticks, st->factor, nc, pts);
    } else if (st->nscores) {
        int64_t *one = d->scratch;
        for (size_t i = 0; i < st->nscores; i++) {
            dh_rubric_points(qu, st->scores[i].ticks, st->factor, nc, one);
            for (size_t c = 0; c < nc; c++) pts[c] += one[c];
        }
        for (size_t c = 0; c < nc; c++) pts[c] /= (int64_t)st->nscores;
    }
    int64_t sum = 0;
    for (size_t c = 0; c < nc; c++) {
        int64_t delta = pts[c] - st->applied[c];
        int64_t *p = &d->points[(size_t)team * nc + c];
        *p = dh_points_add(*p, delta);
        d->totals[team] = dh_points_add(d->totals[team], delta);
        st->applied[c] = pts[c];
        sum += pts[c];
    }
    st->points = sum;
}

static char *dup_or_null(const char *s, int *oom)
{
    if (!s) return NULL;
    char *c = dh_strdup(s);
    if (!c) *oom = 1;
    return c;
}

static dh_status qrun_apply(dh_drill *d, const dh_input *in)
{
    const dh_question *qu = &d->sc->questions[in->decision];
    dh_question_state *st = QST(d, in->team, in->decision);
    int oom = 0;
    if (in->kind == DH_IN_ANSWER) {
        st->answer = dup_or_null(in->text, &oom);
        if (oom) return dh_drill_stop(d, DH_ENOMEM);
        st->status = DH_Q_ANSWERED;
        st->answered_at = d->now;
        st->factor = dh_speed_factor(&qu->speed, d->now - st->opened_at);
        d->decision_time[in->team] += d->now - st->opened_at;
        dh_timeline_cancel(&d->tl, st->deadline_event);
        st->deadline_event = 0;
        dh_logrec r = {.type = DH_EV_ANSWER, .team = in->team, .id = qu->id,
                       .reason = st->answer, .factor = st->factor,
                       .elapsed = d->now - st->opened_at,
                       .by = dh_input_source_name(in->source)};
        dh_drill_emit(d, &r);
        return DH_OK;
    }
    uint32_t ticks = (uint32_t)in->milli;
    if (in->kind == DH_IN_SETTLE) {
        char *reason = dup_or_null(in->text, &oom), *by = dup_or_null(in->by, &oom);
        if (oom) {
            free(reason);
            free(by);
            return dh_drill_stop(d, DH_ENOMEM);
        }
        free(st->settle_reason);
        free(st->settled_by);
        st->settle_reason = reason;
        st->settled_by = by;
        st->settled = 1;
        st->settled_ticks = ticks;
    } else {
        dh_answer_score *s = NULL;
        for (size_t i = 0; i < st->nscores && !s; i++) {
            const char *a = st->scores[i].by;
            if ((!a && !in->by) || (a && in->by && !strcmp(a, in->by))) s = &st->scores[i];
        }
        char *comment = dup_or_null(in->text ? in->text : "", &oom);
        char *by = dup_or_null(in->by, &oom);
        if (!oom && !s) {
            s = dh_vec_push(&st->scores, &st->nscores, sizeof *s);
            if (s) memset(s, 0, sizeof *s);
            else oom = 1;
        }
        if (oom) {
            free(comment);
            free(by);
            return dh_drill_stop(d, DH_ENOMEM);
        }
        free(s->by);
        free(s->comment);
        s->by = by;
        s->comment = comment;
        s->ticks = ticks;
        s->t = d->now;
    }
    int64_t *pts = dh_malloc((d->ncat ? d->ncat : 1) * sizeof *pts);
    if (!pts) return dh_drill_stop(d, DH_ENOMEM);
    rescore(d, in->team, in->decision, pts);
    char items[1024];
    dh_rubric_format(qu, ticks, items, sizeof items);
    dh_logrec r = {.type = DH_EV_SCORE, .team = in->team, .id = qu->id, .option = items,
                   .points = pts, .npoints = d->ncat, .factor = st->factor,
                   .reason = in->text ? in->text : "",
                   .by = in->by ? in->by : "facilitator",
                   .action = in->kind == DH_IN_SETTLE ? "settle" : NULL};
    dh_drill_emit(d, &r);
    free(pts);
    return DH_OK;
}

const struct dh_drill_ext dh_question_drill_ext = {
    qrun_create, qrun_destroy, qrun_deliver, qrun_dispatch,
    qrun_end, qrun_check, qrun_apply,
};
