/* dh_simview.c — simulate's balance findings and its HTML page (engine/report
 * draws it; this file turns author's figures into the page's description). */
#include "dh_simview.h"
#include "dh_alloc.h"
#include "dh_buf.h"
#include "dh_msg.h"
#include "dh_output.h"
#include "dh_sim_page.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dh_sim_points_text(char *buf, size_t len, int64_t milli)
{
    dh_buf b;
    dh_buf_init(&b);
    dh_buf_add_milli(&b, milli);
    snprintf(buf, len, "%s", b.failed ? "?" : dh_buf_cstr(&b));
    dh_buf_free(&b);
}

typedef struct finding_list {
    dh_sim_finding *v;
    size_t n;
    int oom;
} finding_list;

static void add(finding_list *l, int decision, const char *fmt, ...)
{
    char text[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    dh_sim_finding *grown = realloc(l->v, (l->n + 1) * sizeof *grown);
    char *copy = dh_strdup(text);
    if (!grown || !copy) {
        if (grown) l->v = grown;
        free(copy);
        l->oom = 1;
        return;
    }
    l->v = grown;
    l->v[l->n++] = (dh_sim_finding){decision, copy};
}

int dh_sim_place_judged(const dh_sim_balance *bal) { return bal->scored >= 2; }

int dh_sim_category_unscored(const dh_sim_stats *st, size_t c)
{
    return st->playthroughs && st->cat_min[c] == 0 && st->cat_max[c] == 0;
}

/* n of the scored decisions share a trait: a habit from 3 decisions when it is
 * over half, with 2 when it is both */
static int habit(size_t n, size_t scored)
{
    return scored >= 3 ? n * 2 > scored : scored == 2 && n == 2;
}

size_t dh_sim_findings(const dh_scenario *sc, const dh_sim_stats *st, const dh_sim_balance *bal,
                       const int *order, dh_sim_finding **out)
{
    finding_list l = {NULL, 0, 0};
    int64_t lo = INT64_MAX, hi = INT64_MIN;
    for (size_t i = 0; i < st->ntotals; i++) {
        if (st->totals[i] < lo) lo = st->totals[i];
        if (st->totals[i] > hi) hi = st->totals[i];
    }
    char a[32];
    for (size_t k = 0; k < sc->ndecisions; k++) {
        int d = order[k];
        const dh_decision *dec = &sc->decisions[d];
        const dh_sim_decision_balance *x = &bal->dec[d];
        if (!x->splits) continue;
        dh_sim_points_text(a, sizeof a, x->spread);
        add(&l, d, dh_msg(A_SIM_BAL_SPLITS), dec->id, dec->line, dec->options[x->best_mean].id, a,
            dec->options[x->worst_mean].id,
            hi > lo ? 100.0 * (double)x->spread / (double)(hi - lo) : 0.0);
    }
    for (size_t d = 0; d < sc->ndecisions; d++) {
        const dh_decision *dec = &sc->decisions[d];
        if (!bal->dec[d].timeout_best) continue;
        add(&l, (int)d, dh_msg(A_SIM_BAL_TIMEOUT), dec->id, dec->line, dec->options[dec->timeout].id,
            dec->options[dh_decision_best_option(dec)].id);
    }
    /* by chance the best is first in 1 of k decisions: over half is a habit;
     * with two scored decisions, only both (fewer: see dh_sim_place_judged) */
    if (dh_sim_place_judged(bal) && habit(bal->best_first, bal->scored))
        add(&l, -1, dh_msg(A_SIM_BAL_FIRST), bal->best_first, bal->scored);
    if (dh_sim_place_judged(bal) && habit(bal->longest_best, bal->scored))
        add(&l, -1, dh_msg(A_SIM_BAL_LONGEST), bal->longest_best, bal->scored);
    for (size_t c = 0; c < sc->ncategories; c++)
        if (dh_sim_category_unscored(st, c)) add(&l, -1, dh_msg(A_SIM_BAL_UNSCORED), sc->categories[c].id);
    if (l.oom) {
        dh_sim_findings_free(l.v, l.n);
        *out = NULL;
        return (size_t)-1;
    }
    *out = l.v;
    return l.n;
}

void dh_sim_findings_free(dh_sim_finding *f, size_t n)
{
    for (size_t i = 0; f && i < n; i++) free(f[i].text);
    free(f);
}

/* A finding on the page: without the terminal's "  ! " */
static const char *bare(const char *s)
{
    while (*s == ' ') s++;
    if (*s == '!') s++;
    while (*s == ' ') s++;
    return s;
}

enum { NBINS = 12 };

/* Everything the page borrows, owned here until it is written. */
typedef struct page_store {
    dh_sim_page_hist *hists;
    uint64_t *counts;
    dh_sim_page_decision *decs;
    dh_sim_page_option *opts;
    char (*texts)[2][32];           /* [option]: share, mean */
    char (*spreads)[32];
    const char **warn;              /* per decision, into findings */
    const char **all;               /* every finding */
    char **missed;
    size_t nmissed;
} page_store;

static void store_free(page_store *s)
{
    free(s->hists);
    free(s->counts);
    free(s->decs);
    free(s->opts);
    free(s->texts);
    free(s->spreads);
    free(s->warn);
    free(s->all);
    for (size_t i = 0; i < s->nmissed; i++) free(s->missed[i]);
    free(s->missed);
}

static int add_missed(page_store *s, size_t cap, const char *fmt, ...)
{
    if (s->nmissed >= cap) return 0;
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    return (s->missed[s->nmissed] = dh_strdup(line)) ? (s->nmissed++, 0) : -1;
}

int dh_sim_write_page(const char *path, const dh_scenario *sc, dh_sim_stats *st,
                      const char *summary, dh_lang lang)
{
    dh_sim_balance bal;
    if (dh_sim_balance_compute(sc, st, &bal)) return dh_fail(1, dh_msg(E_NOMEM));
    size_t nd = sc->ndecisions, ncat = sc->ncategories, nh = ncat + 1, no = st->noptions;
    size_t nmiss_cap = sc->ninjects * 2 + no + 1;
    page_store s = {0};
    s.hists = dh_calloc(nh, sizeof *s.hists);
    s.counts = dh_calloc(nh * NBINS, sizeof *s.counts);
    s.decs = dh_calloc(nd ? nd : 1, sizeof *s.decs);
    s.opts = dh_calloc(no ? no : 1, sizeof *s.opts);
    s.texts = dh_calloc(no ? no : 1, sizeof *s.texts);
    s.spreads = dh_calloc(nd ? nd : 1, sizeof *s.spreads);
    s.warn = dh_calloc(nd ? nd * 2 : 1, sizeof *s.warn);
    s.missed = dh_calloc(nmiss_cap, sizeof *s.missed);
    int *order = dh_malloc((nd ? nd : 1) * sizeof *order);
    dh_sim_finding *found = NULL;
    size_t nfound = 0;
    int rc = 0, oom = !s.hists || !s.counts || !s.decs || !s.opts || !s.texts || !s.spreads ||
                      !s.warn || !s.missed || !order;
    if (!oom) {
        dh_sim_balance_order(&bal, nd, order);
        nfound = dh_sim_findings(sc, st, &bal, order, &found);
        oom = nfound == (size_t)-1 || !(s.all = dh_calloc(nfound ? nfound : 1, sizeof *s.all));
    }
    dh_sim_page page = {.lang = lang, .scenario_id = sc->id, .title = dh_text_get(&sc->title, lang),
                        .summary = summary};
    if (!oom) {
        /* the total, then each category */
        dh_sim_summary sm;
        if (!dh_sim_summarize(st, &sm)) page.total_lo = sm.min, page.total_hi = sm.max;
        size_t shown = 0;
        for (size_t h = 0; h < nh; h++) {
            /* a category nothing scored: a finding says so, no empty histogram */
            if (h && dh_sim_category_unscored(st, h - 1)) continue;
            dh_sim_page_hist *ph = &s.hists[shown++];
            ph->counts = s.counts + h * NBINS;
            ph->nbins = NBINS;
            if (!h) {
                ph->label = dh_tr(lang, R_TOTAL);
                ph->id = "total";
                dh_sim_histogram(st, NBINS, s.counts, &ph->lo, &ph->width);
            } else {
                ph->label = dh_text_get(&sc->categories[h - 1].name, lang);
                ph->id = sc->categories[h - 1].id;
                dh_sim_histogram_of(st->cat_values ? st->cat_values + (h - 1) : NULL,
                                    st->cat_values ? st->ntotals : 0, ncat, NBINS,
                                    s.counts + h * NBINS, &ph->lo, &ph->width);
            }
        }
        page.hists = s.hists;
        page.nhists = shown;
        page.place_unjudged = !dh_sim_place_judged(&bal);
        for (size_t i = 0; i < nfound; i++) s.all[i] = bare(found[i].text);
        page.findings = s.all;
        page.nfindings = nfound;
        /* the decisions the runs opened, in the terminal's order */
        size_t k = 0, oi = 0;
        for (size_t j = 0; j < nd; j++) {
            size_t d = (size_t)order[j];
            const dh_decision *dec = &sc->decisions[d];
            if (!st->opened[d]) continue;
            dh_sim_page_decision *pd = &s.decs[k++];
            int best = dh_decision_best_option(dec);
            dh_sim_points_text(s.spreads[d], sizeof s.spreads[d], bal.dec[d].spread);
            *pd = (dh_sim_page_decision){dec->id, dh_text_get(&dec->prompt, lang), dec->line,
                                         st->opened[d], s.spreads[d], &s.opts[oi], dec->noptions,
                                         &s.warn[d * 2], 0};
            for (size_t i = 0; i < nfound && pd->nwarnings < 2; i++)
                if (found[i].decision == (int)d) s.warn[d * 2 + pd->nwarnings++] = bare(found[i].text);
            for (size_t o = 0; o < dec->noptions; o++, oi++) {
                uint64_t c = st->chosen[st->option_base[d] + o];
                double share = 100.0 * (double)c / (double)st->opened[d];
                /* the terminal prints "%5.1f" and the points as pts(): the same figures */
                snprintf(s.texts[oi][0], sizeof s.texts[oi][0], "%.1f", share);
                if (c) dh_sim_points_text(s.texts[oi][1], sizeof s.texts[oi][1], dh_sim_option_mean(st, d, o));
                else snprintf(s.texts[oi][1], sizeof s.texts[oi][1], "-");
                s.opts[oi] = (dh_sim_page_option){dec->options[o].id,
                                                  dh_text_get(&dec->options[o].text, lang), c, share,
                                                  s.texts[oi][0], dh_sim_option_mean(st, d, o),
                                                  s.texts[oi][1], (int)o == best, (int)o == dec->timeout};
            }
        }
        page.decisions = s.decs;
        page.ndecisions = k;
        dh_sim_coverage cv;
        dh_sim_coverage_of(sc, st, &cv);
        page.coverage[0].label = dh_tr(lang, R_SIM_INJECTS);
        page.coverage[0].hit = cv.injects, page.coverage[0].of = cv.ninjects;
        page.coverage[1].label = dh_tr(lang, R_SIM_OPTIONS);
        page.coverage[1].hit = cv.options, page.coverage[1].of = cv.noptions;
        page.coverage[2].label = dh_tr(lang, R_SIM_BRANCHES);
        page.coverage[2].hit = cv.branches, page.coverage[2].of = cv.nbranches;
        for (size_t i = 0; i < sc->ninjects && !oom; i++)
            if (!st->delivered[i])
                oom = add_missed(&s, nmiss_cap, dh_tr(lang, R_SIM_NEVER_DELIVERED),
                                 sc->injects[i].id, sc->injects[i].line);
        for (size_t d = 0; d < nd && !oom; d++)
            for (size_t o = 0; o < sc->decisions[d].noptions && !oom; o++)
                if (!st->chosen[st->option_base[d] + o])
                    oom = add_missed(&s, nmiss_cap, dh_tr(lang, R_SIM_NEVER_CHOSEN),
                                     sc->decisions[d].id, sc->decisions[d].options[o].id,
                                     sc->decisions[d].line);
        page.missed = (const char *const *)s.missed;
        page.nmissed = s.nmissed;
    }
    dh_buf b;
    dh_buf_init(&b);
    if (oom || dh_sim_page_html(&b, &page)) rc = dh_fail(1, dh_msg(E_NOMEM));
    else rc = dh_emit(path, &b, "page");
    dh_buf_free(&b);
    dh_sim_findings_free(found, nfound);
    free(order);
    store_free(&s);
    dh_sim_balance_free(&bal);
    return rc;
}
