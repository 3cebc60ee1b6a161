/* dh_aar.c — the figures and findings of an after-action report. */
#include "dh_aar.h"
#include "dh_question.h"
#include "dh_msg.h"
#include "dh_quality.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_ms(const void *a, const void *b)
{
    dh_ms x = *(const dh_ms *)a, y = *(const dh_ms *)b;
    return (x > y) - (x < y);
}

static dh_ms median(dh_ms *v, size_t n)
{
    if (!n) return -1;
    qsort(v, n, sizeof *v, cmp_ms);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void dh_aar_decision_points(const dh_drill *d, int team, int dec, int64_t *out)
{
    const dh_decision_state *st = dh_drill_decision(d, team, dec);
    int chosen = st->status == DH_DEC_ANSWERED || st->status == DH_DEC_EXPIRED;
    dh_option_points(&dh_drill_scenario(d)->decisions[dec], chosen ? st->option : -1, st->factor, dh_drill_category_count(d),
                     out);
}

void dh_aar_free(dh_aar *a)
{
    dh_ranking_free(&a->rk);
    free(a->teams);
    free(a->decisions);
    free(a->cat_mean);
    free(a->cat_min);
    free(a->cat_max);
    free(a->objectives);
    free(a->rating);
    free(a->computed);
    free(a->override);
    memset(a, 0, sizeof *a);
}

/* The mean of nt points. Points saturate at ±DH_POINTS_MAX, so a plain sum of
 * many saturated totals would overflow: it is kept as a sum while that is safe
 * (every real drill), else as quotients and remainders by nt. */
typedef struct mean_acc {
    int64_t sum, q, r;
    int split;
} mean_acc;

static void mean_add(mean_acc *m, int64_t p, size_t nt)
{
    int64_t n = (int64_t)nt;
    if (!m->split && (p > INT64_MAX / n || p < -(INT64_MAX / n))) {
        m->split = 1;
        m->q = m->sum / n;
        m->r = m->sum % n;
    }
    if (!m->split) {
        m->sum += p;
        return;
    }
    m->q += p / n;
    m->r += p % n;
    m->q += m->r / n;
    m->r %= n;
}

static int64_t mean_of(const mean_acc *m, size_t nt)
{
    if (!nt) return 0;
    return m->split ? m->q : m->sum / (int64_t)nt;
}

static dh_status rate_objectives(dh_aar *a, const dh_drill *d);

dh_status dh_aar_compute(dh_aar *a, const dh_drill *d)
{
    size_t ncat = dh_drill_category_count(d);
    memset(a, 0, sizeof *a);
    a->d = d;
    size_t nt = dh_drill_team_count(d), nd = dh_drill_decision_count(d), nc = ncat ? ncat : 1;
    a->teams = calloc(nt ? nt : 1, sizeof *a->teams);
    a->decisions = calloc(nd ? nd : 1, sizeof *a->decisions);
    a->cat_mean = calloc(nc, sizeof *a->cat_mean);
    a->cat_min = calloc(nc, sizeof *a->cat_min);
    a->cat_max = calloc(nc, sizeof *a->cat_max);
    dh_ms *times = malloc((nt > nd ? nt : nd) * sizeof *times + sizeof *times);
    if (!a->teams || !a->decisions || !a->cat_mean || !a->cat_min || !a->cat_max || !times ||
        dh_rank_compute(d, &a->rk)) {
        free(times);
        dh_aar_free(a);
        return DH_ENOMEM;
    }
    for (size_t c = 0; c < ncat; c++) {
        mean_acc m = {0};
        int64_t lo = INT64_MAX, hi = INT64_MIN;
        for (size_t t = 0; t < nt; t++) {
            int64_t p = dh_drill_points(d, (int)t, (int)c);
            mean_add(&m, p, nt);
            if (p < lo) lo = p;
            if (p > hi) hi = p;
        }
        a->cat_mean[c] = mean_of(&m, nt);
        a->cat_min[c] = nt ? lo : 0;
        a->cat_max[c] = nt ? hi : 0;
    }
    mean_acc m = {0};
    a->total_min = INT64_MAX;
    a->total_max = INT64_MIN;
    for (size_t t = 0; t < nt; t++) {
        mean_add(&m, dh_drill_team_total(d, t), nt);
        if (dh_drill_team_total(d, t) < a->total_min) a->total_min = dh_drill_team_total(d, t);
        if (dh_drill_team_total(d, t) > a->total_max) a->total_max = dh_drill_team_total(d, t);
    }
    a->total_mean = mean_of(&m, nt);

    for (size_t k = 0; k < nd; k++) {
        const dh_decision *de = &dh_drill_scenario(d)->decisions[k];
        dh_aar_decision *ad = &a->decisions[k];
        ad->best_option = dh_decision_best_option(de);
        int64_t best_total = de->noptions ? de->options[ad->best_option].total : 0;
        size_t ntimes = 0;
        int64_t pts = 0, shortfall = 0;
        for (size_t t = 0; t < nt; t++) {
            const dh_decision_state *st = dh_drill_decision(d, (int)t, (int)k);
            if (st->status == DH_DEC_CLOSED) continue;
            ad->opened++;
            a->teams[t].opened++;
            pts += st->points;
            if (st->status == DH_DEC_OPEN) continue;
            shortfall += best_total - st->points > 0 ? best_total - st->points : 0;
            if (st->status == DH_DEC_ANSWERED) {
                ad->answered++;
                a->teams[t].answered++;
                a->nanswered++;
                times[ntimes++] = st->answered_at - st->opened_at;
                if (dh_quality_of(de, st->option) == DH_Q_GOOD) {
                    ad->best++;
                    a->teams[t].best++;
                }
            } else {
                ad->missed++;
                a->teams[t].missed++;
                a->nmissed++;
            }
        }
        ad->median_decide = median(times, ntimes);
        ad->mean_points = ad->opened ? pts / ad->opened : 0;
        ad->mean_short = ad->opened ? shortfall / ad->opened : 0;
        /* HSEEP findings: most teams handled it well, or most lost points or
         * were slow (over half the window) */
        if (ad->opened) {
            int slow = de->within != DH_MS_NEVER &&
                       dh_share_over(ad->median_decide, de->within, DH_SHARE_HALF);
            if (dh_share_reached(ad->best, ad->opened, DH_SHARE_GOOD) && !ad->missed && !slow)
                ad->finding = DH_FIND_STRENGTH;
            else if (!dh_share_reached(ad->best, ad->opened, DH_SHARE_HALF) ||
                     dh_share_reached(ad->missed, ad->opened, DH_SHARE_QUARTER) || slow)
                ad->finding = DH_FIND_IMPROVE;
        }
    }
    for (size_t t = 0; t < nt; t++) {
        size_t n = 0;
        for (size_t k = 0; k < nd; k++) {
            const dh_decision_state *st = dh_drill_decision(d, (int)t, (int)k);
            if (st->status == DH_DEC_ANSWERED) times[n++] = st->answered_at - st->opened_at;
        }
        a->teams[t].median_decide = median(times, n);
    }
    free(times);
    if (rate_objectives(a, d)) {
        dh_aar_free(a);
        return DH_ENOMEM;
    }
    return DH_OK;
}

int dh_aar_rate(int best, int answered, int missed)
{
    int closed = answered + missed;
    if (!closed) return -1;
    if (best == closed) return DH_RATE_P;
    if (!missed && 2 * best >= closed) return DH_RATE_S;
    return answered ? DH_RATE_M : DH_RATE_U;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Open questions naming objective o: how many (team < 0), or the team's
 * figures added to the decisions'. A scored answer meets the objective when it
 * earned at least half the rubric's points (at its timeliness); an answer
 * nobody scored yet is no evidence either way; an unanswered one is missed. */
static int question_evidence(const dh_drill *d, int team, int o, int *best, int *answered,
                             int *missed)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    int n = 0;
    size_t ncat = sc->ncategories;
    int64_t *pts = team >= 0 ? malloc((ncat ? ncat : 1) * sizeof *pts) : NULL;
    for (size_t q = 0; q < sc->nquestions; q++) {
        const dh_question *qu = &sc->questions[q];
        int names = 0;
        for (size_t j = 0; j < qu->nobjectives; j++) names |= qu->objectives[j] == o;
        if (!names) continue;
        n++;
        if (team < 0 || !pts) continue;
        const dh_question_state *st = dh_drill_question(d, team, (int)q);
        if (st->status == DH_Q_EXPIRED) {
            ++*missed;
        } else if (st->status == DH_Q_ANSWERED && (st->nscores || st->settled)) {
            ++*answered;
            int64_t full = dh_rubric_points(qu, dh_rubric_all(qu), st->factor, ncat, pts);
            *best += full > 0 && 2 * st->points >= full;
        }
    }
    free(pts);
    return n;
}

static dh_status rate_objectives(dh_aar *a, const dh_drill *d)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    size_t no = sc->nobjectives, nt = dh_drill_team_count(d), cells = (nt ? nt : 1) * (no ? no : 1);
    a->objectives = calloc(no ? no : 1, sizeof *a->objectives);
    a->rating = malloc(cells * sizeof *a->rating);
    a->computed = malloc(cells * sizeof *a->computed);
    a->override = calloc(cells, sizeof *a->override);
    int *v = malloc((nt ? nt : 1) * sizeof *v);
    if (!a->objectives || !a->rating || !a->computed || !a->override || !v) {
        free(v);
        return DH_ENOMEM;
    }
    for (size_t o = 0; o < no; o++) {
        dh_aar_objective *ao = &a->objectives[o];
        int met;
        for (size_t k = 0; k < sc->ndecisions; k++)
            ao->nevidence += dh_decision_evidences(&sc->decisions[k], (int)o, -1, &met);
        ao->nevidence += question_evidence(d, -1, (int)o, NULL, NULL, NULL);
        for (size_t t = 0; t < nt; t++) {
            int best = 0, answered = 0, missed = 0;
            for (size_t k = 0; k < sc->ndecisions; k++) {
                const dh_decision_state *st = dh_drill_decision(d, (int)t, (int)k);
                /* met: a best option, or one of the options that name the objective */
                if (!dh_decision_evidences(&sc->decisions[k], (int)o, st->option, &met))
                    continue;
                if (st->status == DH_DEC_ANSWERED) {
                    answered++;
                    best += met;
                } else if (st->status == DH_DEC_EXPIRED) {
                    missed++;
                }
            }
            question_evidence(d, (int)t, (int)o, &best, &answered, &missed);
            a->computed[t * no + o] = a->rating[t * no + o] = dh_aar_rate(best, answered, missed);
        }
    }
    /* evaluators' ratings, the latest for a team and objective winning */
    for (size_t i = 0; i < dh_drill_override_count(d); i++) {
        const dh_rating_override *ov = dh_drill_override_at(d, i);
        if (ov->objective < 0 || (size_t)ov->objective >= no) continue;
        if (ov->team < 0) {
            a->objectives[ov->objective].override = ov;
        } else if ((size_t)ov->team < nt) {
            size_t c = (size_t)ov->team * no + (size_t)ov->objective;
            a->override[c] = ov;
            a->rating[c] = (int)ov->rating;
        }
    }
    for (size_t o = 0; o < no; o++) {
        dh_aar_objective *ao = &a->objectives[o];
        size_t n = 0;
        for (size_t t = 0; t < nt; t++) {
            int r = a->rating[t * no + o];
            if (r < 0) continue;
            ao->count[r]++;
            v[n++] = r;
        }
        qsort(v, n, sizeof *v, cmp_int);
        ao->computed = n ? v[n / 2] : -1; /* for even n the worse of the middle two */
        ao->rating = ao->override ? (int)ao->override->rating : ao->computed;
    }
    free(v);
    return DH_OK;
}

void dh_report_fraction(char *buf, size_t len, size_t n, size_t of)
{
    if (!of) {
        snprintf(buf, len, "0/0");
        return;
    }
    /* rounded to the nearest, but a share that is not all (or not none) never
     * shows as 100 % (or 0 %) */
    unsigned long long num = (unsigned long long)n, den = (unsigned long long)of;
    unsigned long long tenths = (num * 2000 / den + 1) / 2;
    if (tenths < 100) {
        if (num && !tenths) tenths = 1;
        snprintf(buf, len, "%zu/%zu (%llu.%llu%%)", n, of, tenths / 10, tenths % 10);
    } else {
        unsigned long long pct = (num * 200 / den + 1) / 2;
        if (num < den && pct == 100) pct = 99;
        snprintf(buf, len, "%zu/%zu (%llu%%)", n, of, pct);
    }
}

void dh_aar_finding_reason(const dh_aar *a, int dec, dh_lang lang, char *buf, size_t len)
{
    const dh_aar_decision *ad = &a->decisions[dec];
    const dh_decision *de = &dh_drill_scenario(a->d)->decisions[dec];
    /* the share as the rest of the report writes it: one decimal under 10 % */
    char frac[64], pct[16] = "0%";
    dh_report_fraction(frac, sizeof frac, (size_t)ad->best, (size_t)ad->opened);
    const char *open_paren = strchr(frac, '(');
    if (open_paren) snprintf(pct, sizeof pct, "%.*s", (int)strcspn(open_paren + 1, ")"), open_paren + 1);
    char med[32], win[32];
    dh_time_format_elapsed(ad->median_decide, med, sizeof med);
    dh_time_format_elapsed(de->within == DH_MS_NEVER ? -1 : de->within, win, sizeof win);
    int n = snprintf(buf, len,
                     dh_tr(lang, R_REASON_BEST),
                     pct, ad->best, ad->opened);
    if (n < 0 || (size_t)n >= len) return;
    if (ad->missed)
        n += snprintf(buf + n, len - (size_t)n, dh_tr(lang, R_REASON_MISSED),
                      ad->missed);
    if (n < 0 || (size_t)n >= len) return;
    if (ad->median_decide >= 0)
        snprintf(buf + n, len - (size_t)n,
                 dh_tr(lang, R_REASON_MEDIAN),
                 med, win);
}
