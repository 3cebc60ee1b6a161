/* dh_autoplay.c — bots and responses (read by engine/author/dh_responses.c). */
#include "dh_autoplay.h"
#include "dh_drill_impl.h"
#include "dh_alloc.h"
#include "dh_msg.h"
#include "dh_question.h"
#include "dh_utf8.h"
#include "dh_vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const policy_names[] = {"none", "best", "worst", "random", "first",
                                           "longest"};

int dh_bot_policy_parse(const char *s)
{
    for (int i = 0; i < (int)(sizeof policy_names / sizeof *policy_names); i++)
        if (!strcmp(s, policy_names[i])) return i;
    return -1;
}

const char *dh_bot_policy_name(dh_bot_policy p) { return policy_names[p]; }

int dh_decision_longest_option(const dh_decision *dec, dh_lang lang)
{
    int best = 0;
    size_t most = 0;
    for (size_t o = 0; o < dec->noptions; o++) {
        size_t n = dh_utf8_len(dh_text_get(&dec->options[o].text, lang));
        if (n > most) most = n, best = (int)o;
    }
    return best;
}

void dh_bot_pick(dh_bot_policy p, const dh_decision *dec, dh_lang lang, dh_rng *rng,
                 int *option, dh_ms *delay)
{
    dh_ms window = dec->within == DH_MS_NEVER ? 30 * DH_MS_MINUTE : dec->within;
    switch (p) {
    case DH_BOT_BEST:
        *option = dh_decision_best_option(dec);
        *delay = window / 2 < DH_MS_MINUTE ? window / 2 : DH_MS_MINUTE;
        break;
    case DH_BOT_WORST:
        *option = dh_decision_worst_option(dec);
        *delay = window > DH_MS_SECOND ? window - DH_MS_SECOND : 0;
        break;
    case DH_BOT_RANDOM:
        *option = (int)dh_rng_range(rng, 0, (int64_t)dec->noptions - 1);
        /* whole seconds, so logs read naturally; always inside the window */
        *delay = dh_rng_range(rng, 1, window > DH_MS_SECOND ? window / DH_MS_SECOND - 1 : 1) *
                 DH_MS_SECOND;
        if (*delay >= window) *delay = window / 2;
        break;
    case DH_BOT_LONGEST:
        *option = dh_decision_longest_option(dec, lang);
        *delay = window / 2 < DH_MS_MINUTE ? window / 2 : DH_MS_MINUTE;
        break;
    case DH_BOT_FIRST:
    default:
        *option = 0;
        *delay = window / 2 < DH_MS_MINUTE ? window / 2 : DH_MS_MINUTE;
        break;
    }
}

/* --- responses files --------------------------------------------------------- */

void dh_responses_free(dh_responses *r)
{
    free(r->file);
    free(r->items);
    for (size_t i = 0; i < r->nfeedback; i++) free(r->feedback[i].text);
    free(r->feedback);
    for (size_t i = 0; i < r->nanswers; i++) free(r->answers[i].text);
    free(r->answers);
    memset(r, 0, sizeof *r);
}

/* --- attaching --------------------------------------------------------------- */

static void respond(void *ctx, dh_drill *d, int team, int decision)
{
    dh_autoplay *ap = ctx;
    int32_t r = ap->response[(size_t)team * ap->ndec + (size_t)decision];
    if (r >= 0) {
        const dh_response *resp = &ap->responses->items[r];
        if (resp->at >= d->now) {
            dh_drill_schedule_choice(d, team, decision, resp->option, resp->at, DH_SRC_RESPONSES);
        } else {
            char msg[300], at[32], opened[32];
            dh_time_format(resp->at, at, sizeof at);
            dh_time_format(d->now, opened, sizeof opened);
            snprintf(msg, sizeof msg, "response at %s ignored: decision \"%s\" opened for team "
                     "\"%s\" only at %s", at, d->sc->decisions[decision].id,
                     d->roster->teams[team].id, opened);
            dh_drill_warn(d, ap->responses->file, resp->line, msg);
        }
        return;
    }
    if (ap->policy == DH_BOT_NONE) return;
    int option;
    dh_ms delay;
    dh_bot_pick(ap->policy, &d->sc->decisions[decision], ap->lang, &ap->rng[team], &option,
                &delay);
    dh_drill_schedule_choice(d, team, decision, option, d->now + delay, DH_SRC_BOT);
}

dh_status dh_autoplay_attach(dh_autoplay *ap, dh_drill *d, dh_bot_policy policy,
                             const dh_responses *responses)
{
    memset(ap, 0, sizeof *ap);
    /* dh_responses_load checks its rows, but a record's responses are read back
     * from a file: one that points at no team, decision or option is refused
     * here too, so a damaged record can never index outside the drill */
    for (size_t i = 0; responses && i < responses->count; i++) {
        const dh_response *r = &responses->items[i];
        if (r->team < 0 || (size_t)r->team >= d->nteams || r->decision < 0 ||
            (size_t)r->decision >= d->ndec || r->option < 0 ||
            (size_t)r->option >= d->sc->decisions[r->decision].noptions)
            return DH_EINPUT;
    }
    ap->policy = policy;
    ap->nteams = d->nteams;
    ap->ndec = d->ndec;
    ap->responses = responses;
    size_t cells = (d->nteams ? d->nteams : 1) * (d->ndec ? d->ndec : 1);
    ap->rng = dh_malloc((d->nteams ? d->nteams : 1) * sizeof *ap->rng);
    ap->response = dh_malloc(cells * sizeof *ap->response);
    if (!ap->rng || !ap->response) {
        dh_autoplay_free(ap);
        return DH_ENOMEM;
    }
    for (size_t i = 0; i < cells; i++) ap->response[i] = -1;
    for (size_t t = 0; t < d->nteams; t++)
        dh_rng_seed_for(&ap->rng[t], d->seed, d->roster->teams[t].id, 2);
    for (size_t i = 0; responses && i < responses->count; i++) {
        const dh_response *r = &responses->items[i];
        ap->response[(size_t)r->team * ap->ndec + (size_t)r->decision] = (int32_t)i;
    }
    dh_drill_set_responder(d, respond, ap);
    dh_status qst = dh_question_autoplay_attach(ap, d);
    if (qst) dh_autoplay_free(ap);
    return qst;
}

void dh_autoplay_report_unused(const dh_autoplay *ap, dh_drill *d)
{
    for (size_t i = 0; ap->responses && i < ap->responses->count; i++) {
        const dh_response *r = &ap->responses->items[i];
        if (dh_drill_decision(d, r->team, r->decision)->status != DH_DEC_CLOSED) continue;
        char msg[300];
        snprintf(msg, sizeof msg, "response never applied: decision \"%s\" never opened for "
                 "team \"%s\"", d->sc->decisions[r->decision].id, d->roster->teams[r->team].id);
        dh_drill_warn(d, ap->responses->file, r->line, msg);
    }
}

void dh_autoplay_free(dh_autoplay *ap)
{
    free(ap->rng);
    free(ap->response);
    memset(ap, 0, sizeof *ap);
}

dh_status dh_autoplay_give_feedback(const dh_autoplay *ap, dh_drill *d, char *err, size_t errlen)
{
    const dh_responses *r = ap->responses;
    for (size_t i = 0; r && i < r->nfeedback; i++) {
        const dh_response_feedback *f = &r->feedback[i];
        if (dh_drill_feedback_find(d, f->team, f->question)) continue;
        dh_input in = {.kind = DH_IN_FEEDBACK, .source = DH_SRC_RESPONSES, .t = dh_drill_now(d),
                       .team = f->team, .decision = f->question, .milli = f->rating,
                       .text = f->text};
        dh_status st = dh_drill_apply(d, &in, err, errlen);
        if (st) return st;
    }
    return DH_OK;
}

/* --- open questions: the responses file's answers, the bots' answers and scores --- */

static void respond_question(void *ctx, dh_drill *d, int team, int qi)
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
    dh_drill_set_question_responder(d, respond_question, ap);
    return DH_OK;
}
