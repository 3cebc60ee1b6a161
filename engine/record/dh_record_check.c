/* dh_record_check.c — a record's indexes against the scenario its text loads:
 * the second half of parsing a record at the edge (the first, in
 * dh_record_read.c, needs no scenario). After it, every index a drill, the
 * autoplay or a report takes from the record names something that exists. */
#include "dh_record.h"
#include "dh_clock.h"
#include "dh_msg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static dh_status bad(char *err, size_t errlen, const char *where, long long at, const char *what,
                     long long v, long long count)
{
    snprintf(err, errlen, dh_msg(E_REC_POINTS_NOWHERE),
             where, at, what, v, count);
    return DH_EINPUT;
}

typedef struct answer {
    int team, decision;
    size_t at; /* 1-based row */
} answer;

static int by_team_decision(const void *a, const void *b)
{
    const answer *x = a, *y = b;
    if (x->team != y->team) return (x->team > y->team) - (x->team < y->team);
    if (x->decision != y->decision) return (x->decision > y->decision) - (x->decision < y->decision);
    return (x->at > y->at) - (x->at < y->at);
}

static dh_status check_responses(const dh_record_header *h, const dh_scenario *sc, char *err,
                                 size_t errlen)
{
    size_t nteams = h->roster.nteams, ndec = sc->ndecisions, n = h->responses.count;
    for (size_t i = 0; i < n; i++) {
        const dh_response *p = &h->responses.items[i];
        long long at = (long long)i + 1;
        if (p->team < 0 || (size_t)p->team >= nteams) {
            snprintf(err, errlen, dh_msg(E_REC_RESP_TEAM), at, p->team, nteams);
            return DH_EINPUT;
        }
        if (p->decision < 0 || (size_t)p->decision >= ndec)
            return bad(err, errlen, "response", at, "decision", p->decision, (long long)ndec);
        if (p->option < 0 || (size_t)p->option >= sc->decisions[p->decision].noptions) {
            snprintf(err, errlen, dh_msg(E_REC_RESP_OPTION), at, p->option, sc->decisions[p->decision].id,
                     sc->decisions[p->decision].noptions);
            return DH_EINPUT;
        }
        if (p->at > sc->duration) {
            snprintf(err, errlen, dh_msg(E_REC_RESP_TIME), at, (long long)p->at);
            return DH_EINPUT;
        }
    }
    if (n < 2) return DH_OK;
    /* one answer per team and decision: sorted, memory grows with the responses
     * only (not with teams × decisions, which a hostile record chooses) */
    answer *v = malloc(n * sizeof *v);
    if (!v) {
        snprintf(err, errlen, dh_msg(E_NOMEM));
        return DH_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        v[i] = (answer){h->responses.items[i].team, h->responses.items[i].decision, i + 1};
    qsort(v, n, sizeof *v, by_team_decision);
    /* the duplicate named is the earliest row that repeats an earlier one */
    size_t dup = 0, first = 0, run = 0; /* run: where the current (team, decision) starts */
    for (size_t i = 1; i < n; i++) {
        if (v[i].team != v[run].team || v[i].decision != v[run].decision) {
            run = i;
        } else if (i == run + 1 && (!dup || v[i].at < dup)) {
            dup = v[i].at; /* sorted by row within a run: the first repeat */
            first = v[run].at;
        }
    }
    free(v);
    if (dup) {
        snprintf(err, errlen, dh_msg(E_REC_RESP_DUP), dup, first);
        return DH_EINPUT;
    }
    return DH_OK;
}

static dh_status check_input(const dh_record_input *ri, size_t nteams, const dh_scenario *sc,
                             char *err, size_t errlen)
{
    const dh_input *in = &ri->in;
    long long at = (long long)ri->seq;
    if (in->t > sc->duration) {
        snprintf(err, errlen, dh_msg(E_REC_INPUT_TIME), at, (long long)in->t);
        return DH_EINPUT;
    }
    int needs_team = in->kind == DH_IN_CHOICE || in->kind == DH_IN_ADJUST ||
                     in->kind == DH_IN_FEEDBACK;
    if ((needs_team && in->team < 0) || in->team >= (int)nteams) {
        snprintf(err, errlen, dh_msg(E_REC_INPUT_TEAM), at, in->team, nteams);
        return DH_EINPUT;
    }
    switch (in->kind) {
    case DH_IN_CHOICE:
        if (in->decision < 0 || (size_t)in->decision >= sc->ndecisions)
            return bad(err, errlen, "input", at, "decision", in->decision,
                       (long long)sc->ndecisions);
        if (in->option < 0 || (size_t)in->option >= sc->decisions[in->decision].noptions) {
            snprintf(err, errlen, dh_msg(E_REC_INPUT_OPTION), at, in->option, sc->decisions[in->decision].id,
                     sc->decisions[in->decision].noptions);
            return DH_EINPUT;
        }
        break;
    case DH_IN_ADJUST:
        if (in->category < 0 || (size_t)in->category >= sc->ncategories)
            return bad(err, errlen, "input", at, "category", in->category,
                       (long long)sc->ncategories);
        break;
    case DH_IN_DELIVER:
        if (in->inject < 0 || (size_t)in->inject >= sc->ninjects)
            return bad(err, errlen, "input", at, "inject", in->inject, (long long)sc->ninjects);
        break;
    case DH_IN_SPEED:
        if (in->speed_milli < DH_SPEED_INPUT_MIN) {
            snprintf(err, errlen, dh_msg(E_REC_INPUT_SPEED), at,
                     (long long)in->speed_milli);
            return DH_EINPUT;
        }
        break;
    case DH_IN_JUMP:
        if (in->milli <= in->t || in->milli > sc->duration) {
            snprintf(err, errlen, dh_msg(E_REC_INPUT_JUMP),
                     at, (long long)in->milli);
            return DH_EINPUT;
        }
        break;
    case DH_IN_FEEDBACK:
        if (in->decision < 0 || (size_t)in->decision >= sc->nfeedback)
            return bad(err, errlen, "input", at, "feedback question", in->decision,
                       (long long)sc->nfeedback);
        break;
    default:
        break;
    }
    return DH_OK;
}

dh_status dh_record_check_model(const dh_record_header *h, const dh_record_input *inputs,
                                size_t n, const dh_scenario *sc, char *err, size_t errlen)
{
    dh_status st = check_responses(h, sc, err, errlen);
    for (size_t i = 0; !st && i < n; i++) st = check_input(&inputs[i], h->roster.nteams, sc, err, errlen);
    return st;
}
