/* dh_drill_run.c — running a drill: start, the timeline's events dispatched up
 * to a time, the end, and inputs checked, passed through the gate and applied.
 * The timeline and the inputs are one job: a scheduled choice is applied as an
 * input, and a jump or an end input runs the timeline. */
#include "dh_drill_impl.h"
#include "dh_clock.h"
#include "dh_msg.h"
#include "dh_plan.h"
#include "dh_text.h"
#include "dh_vec.h"

#include <stdio.h>
#include <string.h>

/* --- running ------------------------------------------------------------------- */

dh_status dh_drill_start(dh_drill *d)
{
    if (d->started) return DH_ESTATE;
    d->started = 1;
    dh_drill_emit_simple(d, DH_EV_START, -1, d->sc->id);
    for (size_t i = 0; i < d->ninj; i++)
        if (d->sc->injects[i].at != DH_MS_NEVER &&
            dh_drill_push(d, d->sc->injects[i].at, EVK_DELIVER_ALL, -1, (int)i, 0, 0, NULL))
            return DH_ENOMEM;
    for (size_t t = 0; t < d->nteams && !d->failed; t++)
        dh_drill_run_hooks(d, DH_HOOK_START, (int)t, NULL, NULL);
    return d->failed;
}

/* Expires what is open and runs the end hooks. When the timeouts' effects could
 * not all be stored the drill has stopped (d->failed) without an `end`: its
 * results would be wrong. */
static dh_status end_drill(dh_drill *d)
{
    if (d->ended) return DH_OK;
    for (size_t t = 0; t < d->nteams; t++)
        for (size_t i = 0; i < d->ndec; i++)
            if (dh_drill_expire(d, (int)t, (int)i)) return d->failed;
    if (d->q && d->ext->x_end(d)) return d->failed;
    for (size_t t = 0; t < d->nteams; t++) dh_drill_run_hooks(d, DH_HOOK_END, (int)t, NULL, NULL);
    if (d->failed) return d->failed;
    dh_drill_emit_simple(d, DH_EV_END, -1, NULL);
    d->ended = 1;
    d->ended_at = d->now;
    dh_timeline_clear(&d->tl);
    return DH_OK;
}

static void dispatch(dh_drill *d, const dh_event *ev)
{
    /* a failure to store stops the drill (d->failed); the loop checks it */
    switch (ev->kind) {
    case EVK_DELIVER_ALL:
        for (size_t t = 0; t < d->nteams; t++)
            if (dh_drill_deliver(d, (int)t, ev->a, 1)) return;
        break;
    case EVK_DELIVER:
        dh_drill_deliver(d, ev->team, ev->a, 1);
        break;
    case EVK_DEADLINE:
        dh_drill_expire(d, ev->team, ev->a);
        break;
    case EVK_CHOICE: {
        const dh_decision_state *st = dh_drill_decision(d, ev->team, ev->a);
        if (st->status != DH_DEC_OPEN) {
            if (ev->c == DH_SRC_RESPONSES) {
                char msg[256], at[32];
                dh_time_format(d->now, at, sizeof at);
                snprintf(msg, sizeof msg,
                         dh_msg(E_RESPONSE_IGNORED), d->sc->decisions[ev->a].id, d->roster->teams[ev->team].id, at);
                dh_drill_warn(d, NULL, 0, msg);
            }
            break;
        }
        dh_input in = {.kind = DH_IN_CHOICE, .source = (dh_input_source)ev->c, .t = d->now,
                       .team = ev->team, .decision = ev->a, .option = ev->b};
        char err[256];
        /* a refused gate means the input could not be made durable: stop rather
         * than run on without it */
        if (dh_drill_apply(d, &in, err, sizeof err) == DH_EIO) d->gate_failed = 1;
        break;
    }
    case EVK_QDEADLINE:
    case EVK_ANSWER:
        if (d->q) d->ext->x_dispatch(d, ev->kind, ev->team, ev->a, ev->b, ev->c);
        break;
    }
}

dh_status dh_drill_advance(dh_drill *d, dh_ms until)
{
    if (!d->started) return DH_ESTATE;
    if (d->gate_failed) return DH_EIO;
    if (d->failed) return d->failed;
    if (d->ended || until <= d->now) return DH_OK;
    dh_ms limit = until < d->sc->duration ? until : d->sc->duration;
    dh_event ev;
    d->in_dispatch = 1;
    while (!d->ended && !d->gate_failed && !d->failed && dh_timeline_pop(&d->tl, limit, &ev)) {
        d->now = ev.t;
        dispatch(d, &ev);
    }
    d->in_dispatch = 0;
    if (d->gate_failed) return DH_EIO;
    if (d->failed) return d->failed;
    if (d->ended) return DH_OK;
    d->now = limit;
    if (limit >= d->sc->duration) return end_drill(d);
    return DH_OK;
}

dh_ms dh_drill_next_time(dh_drill *d)
{
    if (d->ended || d->failed) return DH_MS_NEVER;
    dh_ms t = dh_timeline_peek(&d->tl);
    return t < d->sc->duration ? t : d->sc->duration;
}

dh_status dh_drill_run_to_end(dh_drill *d) { return dh_drill_advance(d, d->sc->duration); }

/* --- inputs ------------------------------------------------------------------- */

static dh_status refuse(char *err, size_t errlen, const char *msg)
{
    snprintf(err, errlen, "%s", msg);
    return DH_ESTATE;
}

/* A plan must parse and name only the scenario's decisions. */
static dh_status check_plan(const dh_drill *d, const dh_input *in, char *err, size_t errlen)
{
    dh_plan p;
    char why[160];
    dh_status st = dh_plan_parse(&p, in->text ? in->text : "", why, sizeof why);
    if (st == DH_ENOMEM) {
        snprintf(err, errlen, "%s", dh_msg(E_DRILL_NOMEM));
        return DH_ENOMEM;
    }
    if (st) {
        snprintf(err, errlen, dh_msg(E_PLAN_INPUT), why);
        return DH_ESTATE;
    }
    for (size_t i = 0; i < p.nrows && !st; i++) {
        size_t k = 0;
        while (k < d->ndec && strcmp(d->sc->decisions[k].id, p.rows[i].decision)) k++;
        if (k == d->ndec) {
            snprintf(err, errlen, dh_msg(E_PLAN_UNKNOWN_DECISION), p.rows[i].decision);
            st = DH_ESTATE;
        }
    }
    dh_plan_free(&p);
    return st;
}

dh_status dh_drill_apply(dh_drill *d, const dh_input *in, char *err, size_t errlen)
{
    /* feedback is the hot wash: after the end, and only then; the improvement plan
     * is filled in after the drill too, and an evaluator may rate an objective
     * after it (drillhall rate) */
    if (in->kind == DH_IN_FEEDBACK && d->started && !d->ended)
        return refuse(err, errlen, dh_msg(E_FEEDBACK_AFTER_END));
    if (!d->started || (d->ended && in->kind != DH_IN_PLAN && in->kind != DH_IN_FEEDBACK &&
                        in->kind != DH_IN_RATE))
        return refuse(err, errlen, dh_msg(E_DRILL_NOT_RUNNING));
    if (d->failed) {
        snprintf(err, errlen, "%s", dh_msg(E_DRILL_NOMEM));
        return d->failed;
    }
    if (in->t != d->now) return refuse(err, errlen, dh_msg(E_INPUT_TIME));
    int team_ok = in->team >= 0 && (size_t)in->team < d->nteams;
    switch (in->kind) {
    case DH_IN_CHOICE: {
        if (!team_ok || in->decision < 0 || (size_t)in->decision >= d->ndec)
            return refuse(err, errlen, dh_msg(E_UNKNOWN_TEAM_DECISION));
        const dh_decision *dec = &d->sc->decisions[in->decision];
        if (in->option < 0 || (size_t)in->option >= dec->noptions)
            return refuse(err, errlen, dh_msg(E_UNKNOWN_OPTION_IN));
        const dh_decision_state *st = dh_drill_decision(d, in->team, in->decision);
        if (st->status != DH_DEC_OPEN) {
            snprintf(err, errlen, dh_msg(E_DECISION_NOT_OPEN), dec->id,
                     d->roster->teams[in->team].id);
            return DH_ESTATE;
        }
        break;
    }
    case DH_IN_ADJUST:
        if (!team_ok || in->category < 0 || (size_t)in->category >= d->ncat)
            return refuse(err, errlen, dh_msg(E_UNKNOWN_TEAM_CATEGORY));
        break;
    case DH_IN_NOTE:
        if (in->team >= 0 && !team_ok) return refuse(err, errlen, dh_msg(E_UNKNOWN_TEAM_IN));
        break;
    case DH_IN_SPEED:
        if (in->speed_milli < DH_SPEED_INPUT_MIN || in->speed_milli > DH_SPEED_INPUT_MAX)
            return refuse(err, errlen, dh_msg(E_SPEED_RANGE));
        break;
    case DH_IN_DELIVER:
        if (in->inject < 0 || (size_t)in->inject >= d->ninj || (in->team >= 0 && !team_ok))
            return refuse(err, errlen, dh_msg(E_UNKNOWN_INJECT_TEAM));
        break;
    case DH_IN_JUMP:
        if (d->in_dispatch) return refuse(err, errlen, dh_msg(E_JUMP_IN_EVENT));
        if (in->milli <= d->now || in->milli > d->sc->duration)
            return refuse(err, errlen, dh_msg(E_JUMP_FORWARD));
        break;
    case DH_IN_RATE:
        if (in->team >= 0 && !team_ok) return refuse(err, errlen, dh_msg(E_UNKNOWN_TEAM_IN));
        if (in->decision < 0 || (size_t)in->decision >= d->sc->nobjectives)
            return refuse(err, errlen, dh_msg(E_UNKNOWN_OBJECTIVE_IN));
        if (in->milli < 0 || in->milli >= DH_RATE_COUNT)
            return refuse(err, errlen, dh_msg(E_UNKNOWN_RATING_IN));
        if (!in->text || !in->text[0]) return refuse(err, errlen, dh_msg(E_RATING_NEEDS_REASON));
        break;
    case DH_IN_PLAN: {
        dh_status st = check_plan(d, in, err, errlen);
        if (st) return st;
        break;
    }
    case DH_IN_MESSAGE:
        if (in->team >= 0 && !team_ok) return refuse(err, errlen, dh_msg(E_UNKNOWN_TEAM_IN));
        if (dh_message_check(in->text, err, errlen)) return DH_ESTATE;
        break;
    case DH_IN_FEEDBACK:
        if (!team_ok) return refuse(err, errlen, dh_msg(E_UNKNOWN_TEAM_IN));
        if (dh_feedback_check(d->sc, in->decision, in->milli, in->text, err, errlen))
            return DH_ESTATE;
        break;
    case DH_IN_ANSWER:
    case DH_IN_SCORE:
    case DH_IN_SETTLE: {
        if (!d->q) return refuse(err, errlen, dh_msg(E_Q_UNKNOWN_IN));
        dh_status qs = d->ext->x_check(d, in, err, errlen);
        if (qs) return qs;
        break;
    }
    case DH_IN_PAUSE:
    case DH_IN_RESUME:
    case DH_IN_END:
        break;
    default:
        return refuse(err, errlen, dh_msg(E_UNKNOWN_INPUT));
    }
    if (d->gate && d->gate(d->gate_ctx, d, in)) {
        snprintf(err, errlen, "%s", dh_msg(E_INPUT_NOT_RECORDED));
        return DH_EIO;
    }
    if (in->kind != DH_IN_CHOICE && in->kind != DH_IN_ADJUST && in->kind != DH_IN_NOTE &&
        in->kind != DH_IN_RATE && in->kind != DH_IN_PLAN && in->kind != DH_IN_FEEDBACK &&
        in->kind != DH_IN_ANSWER && in->kind != DH_IN_SCORE && in->kind != DH_IN_SETTLE) {
        dh_control *c = dh_vec_push(&d->controls, &d->ncontrols, sizeof *c);
        if (!c) return dh_drill_stop(d, DH_ENOMEM);
        *c = (dh_control){.kind = in->kind, .t = d->now, .team = in->team, .inject = in->inject,
                          .value = in->kind == DH_IN_SPEED     ? in->speed_milli
                                   : in->kind == DH_IN_MESSAGE ? (int64_t)d->nmessages
                                                               : in->milli};
    }
    dh_logrec r = {.type = DH_EV_CONTROL, .team = -1};
    switch (in->kind) {
    case DH_IN_RATE:
        return dh_drill_add_override(d, in);
    case DH_IN_PLAN:
        return dh_drill_set_plan(d, in);
    case DH_IN_MESSAGE:
    case DH_IN_FEEDBACK: {
        char num[8];
        dh_status st = in->kind == DH_IN_MESSAGE ? dh_drill_store_message(d, in, &r)
                                                 : dh_drill_store_feedback(d, in, &r, num);
        if (st) return dh_drill_stop(d, st);
        dh_drill_emit(d, &r);
        return DH_OK;
    }
    case DH_IN_ANSWER:
    case DH_IN_SCORE:
    case DH_IN_SETTLE:
        return d->ext->x_apply(d, in);
    case DH_IN_CHOICE:
        return dh_drill_choose(d, in->team, in->decision, in->option, in->source);
    case DH_IN_ADJUST:
        return dh_drill_adjust_by(d, in->team, in->category, in->milli, in->text, 0, in->by);
    case DH_IN_NOTE:
        return dh_drill_add_note(d, in->team, in->text, in->by);
    case DH_IN_PAUSE:
    case DH_IN_RESUME:
        d->paused = in->kind == DH_IN_PAUSE;
        r.action = d->paused ? "pause" : "resume";
        dh_drill_emit(d, &r);
        return DH_OK;
    case DH_IN_SPEED:
        d->speed_milli = in->speed_milli;
        r.action = "speed";
        r.speed_milli = in->speed_milli;
        dh_drill_emit(d, &r);
        return DH_OK;
    case DH_IN_DELIVER:
        r.action = "deliver";
        r.team = in->team;
        r.id = d->sc->injects[in->inject].id;
        dh_drill_emit(d, &r);
        for (size_t t = 0; t < d->nteams; t++) {
            if (in->team >= 0 && (int)t != in->team) continue;
            size_t k = t * d->ninj + (size_t)in->inject;
            /* marked first: hooks run inside the delivery may read it */
            if (d->delivered_at[k] == DH_MS_NEVER) d->by_hand[k] = 1;
            dh_status st = dh_drill_deliver(d, (int)t, in->inject, 0);
            if (st) return st;
        }
        return DH_OK;
    case DH_IN_END:
        d->ended_early = d->now < d->sc->duration;
        r.action = "end";
        dh_drill_emit(d, &r);
        return end_drill(d);
    case DH_IN_JUMP:
        /* everything due on the way happens, at its own time */
        r.action = "jump";
        r.to = in->milli;
        dh_drill_emit(d, &r);
        return dh_drill_advance(d, in->milli);
    default:
        return DH_OK;
    }
}
