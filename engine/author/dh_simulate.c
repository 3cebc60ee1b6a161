/* dh_simulate.c — Monte Carlo play: batches of bot teams, counted. */
#include "dh_simulate.h"
#include "dh_alloc.h"
#include "dh_rng.h"

#include <stdlib.h>
#include <string.h>

dh_status dh_sim_stats_init(dh_sim_stats *st, const dh_scenario *sc)
{
    memset(st, 0, sizeof *st);
    st->ncat = sc->ncategories;
    st->ninj = sc->ninjects;
    st->ndec = sc->ndecisions;
    for (size_t d = 0; d < sc->ndecisions; d++) st->noptions += sc->decisions[d].noptions;
    size_t nc = st->ncat ? st->ncat : 1, ni = st->ninj ? st->ninj : 1,
           nd = st->ndec ? st->ndec : 1, no = st->noptions ? st->noptions : 1;
    st->cat_min = dh_malloc(nc * sizeof *st->cat_min);
    st->cat_max = dh_malloc(nc * sizeof *st->cat_max);
    st->cat_sum = dh_calloc(nc, sizeof *st->cat_sum);
    st->delivered = dh_calloc(ni, sizeof *st->delivered);
    st->withheld = dh_calloc(ni, sizeof *st->withheld);
    st->opened = dh_calloc(nd, sizeof *st->opened);
    st->expired = dh_calloc(nd, sizeof *st->expired);
    st->chosen = dh_calloc(no, sizeof *st->chosen);
    st->chosen_total = dh_calloc(no, sizeof *st->chosen_total);
    st->option_base = dh_malloc(nd * sizeof *st->option_base);
    if (!st->cat_min || !st->cat_max || !st->cat_sum || !st->delivered || !st->withheld ||
        !st->opened || !st->expired || !st->chosen || !st->chosen_total || !st->option_base) {
        dh_sim_stats_free(st);
        return DH_ENOMEM;
    }
    for (size_t c = 0; c < st->ncat; c++) {
        st->cat_min[c] = INT64_MAX;
        st->cat_max[c] = INT64_MIN;
    }
    size_t base = 0;
    for (size_t d = 0; d < sc->ndecisions; d++) {
        st->option_base[d] = base;
        base += sc->decisions[d].noptions;
    }
    return DH_OK;
}

void dh_sim_stats_free(dh_sim_stats *st)
{
    free(st->totals);
    free(st->cat_min);
    free(st->cat_max);
    free(st->cat_sum);
    free(st->delivered);
    free(st->withheld);
    free(st->opened);
    free(st->expired);
    free(st->chosen);
    free(st->chosen_total);
    free(st->option_base);
    free(st->cat_values);
    memset(st, 0, sizeof *st);
}

static dh_status reserve_totals(dh_sim_stats *st, size_t extra)
{
    if (st->ntotals + extra <= st->cap) return DH_OK;
    size_t cap = st->cap ? st->cap : 1024;
    while (cap < st->ntotals + extra) cap *= 2;
    int64_t *p = dh_realloc(st->totals, cap * sizeof *p);
    if (!p) return DH_ENOMEM;
    st->totals = p;
    if (st->keep_categories && st->ncat) {
        int64_t *c = dh_realloc(st->cat_values, cap * st->ncat * sizeof *c);
        if (!c) return DH_ENOMEM;   /* totals grew, cap did not: the next call retries */
        st->cat_values = c;
    }
    st->cap = cap;
    return DH_OK;
}

dh_status dh_sim_stats_merge(dh_sim_stats *into, const dh_sim_stats *from)
{
    if (reserve_totals(into, from->ntotals)) return DH_ENOMEM;
    memcpy(into->totals + into->ntotals, from->totals, from->ntotals * sizeof *from->totals);
    if (into->keep_categories && from->keep_categories && into->ncat)
        memcpy(into->cat_values + into->ntotals * into->ncat, from->cat_values,
               from->ntotals * from->ncat * sizeof *from->cat_values);
    into->ntotals += from->ntotals;
    into->playthroughs += from->playthroughs;
    for (size_t c = 0; c < into->ncat; c++) {
        if (from->cat_min[c] < into->cat_min[c]) into->cat_min[c] = from->cat_min[c];
        if (from->cat_max[c] > into->cat_max[c]) into->cat_max[c] = from->cat_max[c];
        into->cat_sum[c] += from->cat_sum[c];
    }
    for (size_t i = 0; i < into->ninj; i++) {
        into->delivered[i] += from->delivered[i];
        into->withheld[i] += from->withheld[i];
    }
    for (size_t d = 0; d < into->ndec; d++) {
        into->opened[d] += from->opened[d];
        into->expired[d] += from->expired[d];
    }
    for (size_t o = 0; o < into->noptions; o++) {
        into->chosen[o] += from->chosen[o];
        into->chosen_total[o] += from->chosen_total[o];
    }
    return DH_OK;
}

dh_status dh_sim_record(dh_sim_stats *st, const dh_drill *d)
{
    size_t nteams = dh_drill_team_count(d);
    if (reserve_totals(st, nteams)) return DH_ENOMEM;
    for (size_t t = 0; t < nteams; t++) {
        int64_t total = dh_drill_team_total(d, t);
        size_t row = st->ntotals++;
        st->totals[row] = total;
        for (size_t c = 0; c < st->ncat; c++) {
            int64_t p = dh_drill_points(d, (int)t, (int)c);
            if (st->keep_categories) st->cat_values[row * st->ncat + c] = p;
            if (p < st->cat_min[c]) st->cat_min[c] = p;
            if (p > st->cat_max[c]) st->cat_max[c] = p;
            st->cat_sum[c] += p;
        }
        for (size_t i = 0; i < st->ninj; i++) {
            st->delivered[i] += dh_drill_delivered_at(d, (int)t, (int)i) != DH_MS_NEVER;
            st->withheld[i] += dh_drill_withheld(d, (int)t, (int)i) != 0;
        }
        for (size_t k = 0; k < st->ndec; k++) {
            const dh_decision_state *ds = dh_drill_decision(d, (int)t, (int)k);
            if (ds->status == DH_DEC_CLOSED) continue;
            st->opened[k]++;
            if (ds->status == DH_DEC_EXPIRED) st->expired[k]++;
            if (ds->option >= 0) {
                st->chosen[st->option_base[k] + (size_t)ds->option]++;
                st->chosen_total[st->option_base[k] + (size_t)ds->option] += total;
            }
        }
    }
    st->playthroughs += nteams;
    return DH_OK;
}

dh_status dh_sim_assign_roles(dh_roster *r, const dh_scenario *sc)
{
    const char *named[DH_MAX_LIST];
    size_t n = 0;
    for (size_t k = 0; k < sc->ninjects + sc->ndecisions; k++) {
        int inj = k < sc->ninjects;
        char *const *roles = inj ? sc->injects[k].roles : sc->decisions[k - sc->ninjects].roles;
        size_t nr = inj ? sc->injects[k].nroles : sc->decisions[k - sc->ninjects].nroles;
        for (size_t i = 0; i < nr && n < DH_MAX_LIST; i++) {
            size_t j = 0;
            while (j < n && strcmp(named[j], roles[i])) j++;
            if (j == n) named[n++] = roles[i];
        }
    }
    for (size_t t = 0; n && t < r->nteams; t++) {
        dh_status st = dh_roster_set_role(r, t, named[t % n]);
        if (st) return st;
    }
    return DH_OK;
}

uint64_t dh_sim_drill_seed(uint64_t seed, uint64_t index)
{
    /* the index-th output of the splitmix64 stream started at seed */
    uint64_t x = seed + index * 0x9E3779B97F4A7C15ull;
    return dh_rng_splitmix64(&x);
}

static int same_place(const dh_diag *a, const dh_diag *b)
{
    if (a->line != b->line || !a->file != !b->file) return 0;
    return (!a->file || !strcmp(a->file, b->file)) && (a->line > 0 || !strcmp(a->message, b->message));
}

void dh_sim_keep_warnings(dh_diags *out, const dh_diags *in)
{
    for (size_t i = 0; i < in->count; i++) {
        const dh_diag *w = &in->items[i];
        int dup = 0;
        for (size_t j = 0; j < out->count && !dup; j++) dup = same_place(&out->items[j], w);
        if (!dup) dh_diags_add(out, DH_WARNING, w->file, w->line, "%s", w->message);
    }
}

dh_status dh_sim_run(const dh_sim_config *cfg, size_t first, size_t step, size_t count,
                     dh_sim_stats *st, dh_diags *warnings)
{
    if (step == 0) return DH_ESTATE;
    for (size_t i = first; i < count; i += step) {
        dh_drill_config dc = {cfg->sc, cfg->roster, dh_sim_drill_seed(cfg->seed, i),
                              cfg->script};
        dh_drill *d = dh_drill_create(&dc);
        if (!d) return DH_ENOMEM;
        /* one failing `when` per team must not hide a different failure after it */
        dh_drill_set_warning_limit(d, 0);
        dh_autoplay ap;
        dh_status s = dh_drill_start(d);
        if (!s) s = dh_autoplay_attach(&ap, d, cfg->policy, NULL);
        else memset(&ap, 0, sizeof ap);
        ap.lang = cfg->lang;
        if (!s) s = dh_drill_run_to_end(d);
        if (!s) s = dh_sim_record(st, d);
        if (!s && warnings && dh_drill_warnings(d)->count) dh_sim_keep_warnings(warnings, dh_drill_warnings(d));
        dh_autoplay_free(&ap);
        dh_drill_destroy(d);
        if (s) return s;
        if (cfg->progress) cfg->progress(cfg->progress_ctx, cfg->roster->nteams);
    }
    return DH_OK;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* Nearest rank: the smallest value with at least p% of the totals at or below it. */
static int64_t rank_of(const int64_t *v, size_t n, int pct)
{
    size_t k = (n * (size_t)pct + 99) / 100;
    return v[k ? k - 1 : 0];
}

dh_status dh_sim_summarize(dh_sim_stats *st, dh_sim_summary *out)
{
    size_t n = st->ntotals;
    if (!n) return DH_ESTATE;
    qsort(st->totals, n, sizeof *st->totals, cmp_i64);
    int64_t sum = 0;
    for (size_t i = 0; i < n; i++) sum += st->totals[i];
    out->min = st->totals[0];
    out->q1 = rank_of(st->totals, n, 25);
    out->median = rank_of(st->totals, n, 50);
    out->q3 = rank_of(st->totals, n, 75);
    out->max = st->totals[n - 1];
    out->mean = sum / (int64_t)n;
    return DH_OK;
}

void dh_sim_histogram(const dh_sim_stats *st, size_t nbins, uint64_t *counts, int64_t *lo,
                      int64_t *width)
{
    dh_sim_histogram_of(st->totals, st->ntotals, 1, nbins, counts, lo, width);
}

void dh_sim_histogram_of(const int64_t *v, size_t n, size_t stride, size_t nbins,
                         uint64_t *counts, int64_t *lo, int64_t *width)
{
    memset(counts, 0, nbins * sizeof *counts);
    int64_t mn = INT64_MAX, mx = INT64_MIN;
    for (size_t i = 0; i < n; i++) {
        if (v[i * stride] < mn) mn = v[i * stride];
        if (v[i * stride] > mx) mx = v[i * stride];
    }
    if (!n) mn = mx = 0;
    /* whole points per bin and a whole-point start, so the labels read cleanly */
    int64_t w = (mx - mn + (int64_t)nbins) / (int64_t)nbins;
    w = (w + 999) / 1000 * 1000;
    mn = mn >= 0 ? mn / 1000 * 1000 : -((-mn + 999) / 1000 * 1000);
    *lo = mn;
    *width = w;
    for (size_t i = 0; i < n; i++) {
        size_t b = (size_t)((v[i * stride] - mn) / w);
        counts[b < nbins ? b : nbins - 1]++;
    }
}

int dh_sim_is_branch(const dh_inject *in)
{
    return in->when_ref != DH_NOREF || in->at == DH_MS_NEVER;
}

/* --- balance ------------------------------------------------------------------------- */

int64_t dh_sim_option_mean(const dh_sim_stats *st, size_t d, size_t o)
{
    size_t k = st->option_base[d] + o;
    return st->chosen[k] ? st->chosen_total[k] / (int64_t)st->chosen[k] : 0;
}

/* Length of a text in code points, the English one first (what authors write
 * first), else the Vietnamese. */
static size_t text_len(const dh_text *t)
{
    const char *s = dh_text_get(t, DH_LANG_EN);
    size_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* The option scoring strictly more than every other, -1 on a tie. */
static int unique_best(const dh_decision *dec)
{
    int b = dh_decision_best_option(dec);
    for (size_t o = 0; o < dec->noptions; o++)
        if ((int)o != b && dec->options[o].total == dec->options[b].total) return -1;
    return b;
}

static int all_same(const dh_decision *dec)
{
    for (size_t o = 1; o < dec->noptions; o++)
        if (dec->options[o].total != dec->options[0].total) return 0;
    return 1;
}

dh_status dh_sim_balance_compute(const dh_scenario *sc, const dh_sim_stats *st,
                                 dh_sim_balance *out)
{
    memset(out, 0, sizeof *out);
    out->biggest = -1;
    out->dec = dh_calloc(sc->ndecisions ? sc->ndecisions : 1, sizeof *out->dec);
    if (!out->dec) return DH_ENOMEM;
    int64_t lo = INT64_MAX, hi = INT64_MIN;
    for (size_t i = 0; i < st->ntotals; i++) {
        if (st->totals[i] < lo) lo = st->totals[i];
        if (st->totals[i] > hi) hi = st->totals[i];
    }
    int64_t range = st->ntotals ? hi - lo : 0;
    for (size_t d = 0; d < sc->ndecisions; d++) {
        const dh_decision *dec = &sc->decisions[d];
        dh_sim_decision_balance *b = &out->dec[d];
        b->best_mean = b->worst_mean = -1;
        for (size_t o = 0; o < dec->noptions; o++) {
            if (!st->chosen[st->option_base[d] + o]) continue;
            int64_t m = dh_sim_option_mean(st, d, o);
            if (b->best_mean < 0 || m > dh_sim_option_mean(st, d, (size_t)b->best_mean))
                b->best_mean = (int)o;
            if (b->worst_mean < 0 || m < dh_sim_option_mean(st, d, (size_t)b->worst_mean))
                b->worst_mean = (int)o;
        }
        if (b->best_mean >= 0 && b->best_mean != b->worst_mean)
            b->spread = dh_sim_option_mean(st, d, (size_t)b->best_mean) -
                        dh_sim_option_mean(st, d, (size_t)b->worst_mean);
        if (b->spread > 0 && (out->biggest < 0 || b->spread > out->dec[out->biggest].spread))
            out->biggest = (int)d;
        if (dec->noptions < 2 || all_same(dec)) continue;
        int best = dh_decision_best_option(dec);
        b->timeout_best = dec->timeout >= 0 && dec->options[dec->timeout].total >= dec->options[best].total;
        out->scored++;
        int ub = unique_best(dec);
        if (ub == 0) out->best_first++;
        if (ub >= 0) {
            size_t len = text_len(&dec->options[ub].text);
            int longest = 1;
            for (size_t o = 0; o < dec->noptions && longest; o++)
                if ((int)o != ub && text_len(&dec->options[o].text) >= len) longest = 0;
            out->longest_best += longest;
        }
    }
    /* one decision splits the totals when its spread is a large share of their
     * range and at least twice any other decision's: with one decision only,
     * or several alike, there is nothing to point at */
    int64_t second = 0;
    for (size_t d = 0; d < sc->ndecisions; d++)
        if ((int)d != out->biggest && out->dec[d].spread > second) second = out->dec[d].spread;
    if (out->biggest >= 0 && second > 0) {
        dh_sim_decision_balance *b = &out->dec[out->biggest];
        b->splits = range > 0 && b->spread * 10 >= range * 4 && b->spread >= 2 * second;
    }
    return DH_OK;
}

void dh_sim_balance_free(dh_sim_balance *b)
{
    free(b->dec);
    b->dec = NULL;
}

void dh_sim_coverage_of(const dh_scenario *sc, const dh_sim_stats *st, dh_sim_coverage *out)
{
    memset(out, 0, sizeof *out);
    out->ninjects = sc->ninjects;
    out->noptions = st->noptions;
    for (size_t i = 0; i < sc->ninjects; i++) {
        out->injects += st->delivered[i] > 0;
        if (dh_sim_is_branch(&sc->injects[i]))
            out->nbranches++, out->branches += st->delivered[i] > 0;
    }
    for (size_t o = 0; o < st->noptions; o++) out->options += st->chosen[o] > 0;
}

void dh_sim_balance_order(const dh_sim_balance *b, size_t n, int *order)
{
    for (size_t i = 0; i < n; i++) order[i] = (int)i;
    for (size_t i = 1; i < n; i++) /* insertion: stable */
        for (size_t j = i; j > 0 && b->dec[order[j]].spread > b->dec[order[j - 1]].spread; j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
}
