/* dh_snapshot.c — read-only questions a view asks a running drill. */
#include "dh_snapshot.h"
#include "dh_drill_impl.h"

int64_t dh_snap_best_total(const dh_scenario *sc, int decision)
{
    const dh_decision *dec = &sc->decisions[decision];
    return dec->noptions ? dec->options[dh_decision_best_option(dec)].total : 0;
}

dh_quality dh_snap_quality(const dh_drill *d, int team, int decision)
{
    const dh_decision_state *st = dh_drill_decision(d, team, decision);
    if (st->status != DH_DEC_ANSWERED) return DH_Q_NONE;
    return dh_quality_of(&d->sc->decisions[decision], st->option);
}

int dh_snap_next_timed_inject(const dh_drill *d, dh_ms after, dh_ms *at)
{
    int found = -1;
    dh_ms best = DH_MS_NEVER;
    for (size_t i = 0; i < d->ninj; i++) {
        dh_ms t = d->sc->injects[i].at;
        if (t != DH_MS_NEVER && t > after && t < best) {
            best = t;
            found = (int)i;
        }
    }
    if (at) *at = best;
    return found;
}

/* The open decisions by opening time, or the closed ones (answered or missed)
 * by the time they closed; equal times keep definition order. */
static size_t decisions(const dh_drill *d, int team, int open, int *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < d->ndec; i++) {
        const dh_decision_state *st = dh_drill_decision(d, team, (int)i);
        int closed = st->status == DH_DEC_ANSWERED || st->status == DH_DEC_EXPIRED;
        if (open ? st->status != DH_DEC_OPEN : !closed) continue;
        if (n < max) {
            /* insertion sort: a team has a few dozen decisions at most */
            dh_ms at = open ? st->opened_at : st->answered_at;
            size_t j = n;
            for (; j > 0; j--) {
                const dh_decision_state *prev = dh_drill_decision(d, team, out[j - 1]);
                if ((open ? prev->opened_at : prev->answered_at) <= at) break;
                out[j] = out[j - 1];
            }
            out[j] = (int)i;
        }
        n++;
    }
    return n;
}

size_t dh_snap_open_decisions(const dh_drill *d, int team, int *out, size_t max)
{
    return decisions(d, team, 1, out, max);
}

size_t dh_snap_closed_decisions(const dh_drill *d, int team, int *out, size_t max)
{
    return decisions(d, team, 0, out, max);
}

size_t dh_snap_delivered(const dh_drill *d, int team, int *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < d->ninj; i++) {
        dh_ms at = dh_drill_delivered_at(d, team, (int)i);
        if (at == DH_MS_NEVER) continue;
        if (n < max) {
            size_t j = n;
            for (; j > 0 && dh_drill_delivered_at(d, team, out[j - 1]) > at; j--) out[j] = out[j - 1];
            out[j] = (int)i;
        }
        n++;
    }
    return n;
}

size_t dh_snap_teams_deciding(const dh_drill *d)
{
    size_t n = 0;
    for (size_t t = 0; t < d->nteams; t++)
        for (size_t i = 0; i < d->ndec; i++)
            if (dh_drill_decision(d, (int)t, (int)i)->status == DH_DEC_OPEN) {
                n++;
                break;
            }
    return n;
}

dh_run_state dh_snap_state(const dh_drill *d)
{
    if (d->ended) return DH_RUN_ENDED;
    if (!d->started) return DH_RUN_WAITING;
    return d->paused ? DH_RUN_PAUSED : DH_RUN_RUNNING;
}
