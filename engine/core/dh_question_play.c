/* dh_question_play.c — answering open questions without people: the responses
 * file's answers and the bots' canned answers and rubric scores. */
#include "dh_autoplay.h"
#include "dh_drill_impl.h"
#include "dh_msg.h"
#include "dh_question.h"

#include <stdio.h>

static void respond(void *ctx, dh_drill *d, int team, int qi)
{
    dh_autoplay *ap = ctx;
    const dh_question *q = &d->sc->questions[qi];
    for (size_t i = 0; ap->responses && i < ap->responses->nanswers; i++) {
        const dh_response_answer *a = &ap->responses->answers[i];
        if (a->team != team || a->question != qi) continue;
        if (a->at >= d->now) {
            dh_drill_schedule_answer(d, team, qi, a->text, a->at, DH_SRC_RESPONSES);
        } else {
            char msg[300], at[32];
            dh_time_format(d->now, at, sizeof at);
            snprintf(msg, sizeof msg, dh_msg(E_Q_RESPONSE_IGNORED), q->id,
                     d->roster->teams[team].id, at);
            dh_drill_warn(d, ap->responses->file, a->line, msg);
        }
        return; /* an answer in the file is scored by people, not by bots */
    }
    if (ap->policy == DH_BOT_NONE) return;
    dh_ms window = q->within == DH_MS_NEVER ? 30 * DH_MS_MINUTE : q->within;
    dh_ms delay = window / 2 < DH_MS_MINUTE ? window / 2 : DH_MS_MINUTE;
    uint32_t ticks = dh_rubric_all(q);
    if (ap->policy == DH_BOT_WORST) {
        ticks = 0;
        delay = window > DH_MS_SECOND ? window - DH_MS_SECOND : 0;
    } else if (ap->policy == DH_BOT_RANDOM) {
        ticks = (uint32_t)dh_rng_next(&ap->rng[team]) & dh_rubric_all(q);
        delay = dh_rng_range(&ap->rng[team], 1,
                             window > DH_MS_SECOND ? window / DH_MS_SECOND - 1 : 1) *
                DH_MS_SECOND;
        if (delay >= window) delay = window / 2;
    }
    if (dh_drill_schedule_answer(d, team, qi, dh_msg(S_Q_BOT_ANSWER), d->now + delay,
                                 DH_SRC_BOT))
        return;
    dh_drill_schedule_score(d, team, qi, ticks, "bot", d->now + delay, DH_SRC_BOT);
}

dh_status dh_question_autoplay_attach(dh_autoplay *ap, dh_drill *d)
{
    const dh_responses *r = ap->responses;
    for (size_t i = 0; r && i < r->nanswers; i++)
        if (r->answers[i].team < 0 || (size_t)r->answers[i].team >= d->nteams ||
            r->answers[i].question < 0 ||
            (size_t)r->answers[i].question >= d->sc->nquestions || !r->answers[i].text)
            return DH_EINPUT;
    dh_drill_set_question_responder(d, respond, ap);
    return DH_OK;
}
