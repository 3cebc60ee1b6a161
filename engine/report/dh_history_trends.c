/* dh_history_trends.c — what the sector did year over year: per category, per
 * decision and per objective, for a leadership that asks "did it get better?". */
#include "dh_history_trends.h"
#include "dh_html.h"
#include "dh_msg.h"
#include "dh_report_eval.h"

#include <stdio.h>
#include <string.h>

static void esc(dh_buf *b, const char *s) { dh_html_escape(b, s); }

static int find_category(const dh_scenario *sc, const char *id)
{
    return dh_scenario_find_category(sc, id);
}

static void head_row(dh_buf *b, const char *first, size_t n, const char (*labels)[48], int delta,
                     dh_lang lang)
{
    dh_buf_adds(b, "<thead><tr><th>");
    esc(b, first);
    dh_buf_adds(b, "</th>");
    for (size_t k = 0; k < n; k++) {
        dh_buf_adds(b, "<th>");
        esc(b, labels[k]);
        dh_buf_adds(b, "</th>");
    }
    if (delta) dh_buf_printf(b, "<th><abbr title=\"%s\">Δ</abbr></th>", dh_tr(lang, R_HIST_DELTA_LAST));
    dh_buf_adds(b, "</tr></thead>\n");
}

static void headline(dh_buf *b, const dh_aar *aars, size_t n,
                     const char (*labels)[48], dh_lang lang)
{
    dh_buf_printf(b, "<h2>%s</h2>\n<table>", dh_tr(lang, R_HIST_HEADLINE));
    head_row(b, "", n, labels, 0, lang);
    dh_buf_printf(b, "<tbody><tr><td>%s</td>", dh_tr(lang, R_TEAMS));
    for (size_t k = 0; k < n; k++) dh_buf_printf(b, "<td>%zu</td>", dh_drill_team_count(aars[k].d));
    dh_buf_printf(b, "</tr>\n<tr><td>%s</td>", dh_tr(lang, R_DECIDED_IN_TIME));
    for (size_t k = 0; k < n; k++) {
        char f[64];
        dh_report_fraction(f, sizeof f, aars[k].nanswered, aars[k].nanswered + aars[k].nmissed);
        dh_buf_printf(b, "<td>%s</td>", f);
    }
    dh_buf_printf(b, "</tr>\n<tr><td>%s</td>", dh_tr(lang, R_MEAN_POINTS_PER_TEAM));
    for (size_t k = 0; k < n; k++) {
        dh_buf_adds(b, "<td>");
        dh_buf_add_tenths(b, aars[k].total_mean, DH_TENTHS_KEEP_ZERO);
        dh_buf_adds(b, "</td>");
    }
    dh_buf_adds(b, "</tr></tbody></table>\n");
}

static const char *const colours[] = {"#1f5f99", "#2e7d32", "#c62828", "#e0a000", "#6a3d9a",
                                      "#00838f", "#8d6e63", "#e06c00", "#546e7a", "#ad1457"};
#define NCOLOURS (sizeof colours / sizeof colours[0])

/* The mean points per category across drills: one line per category. */
static void category_chart(dh_buf *b, const dh_aar *aars, size_t n,
                           const char (*labels)[48], dh_lang lang)
{
    const dh_scenario *last = dh_drill_scenario(aars[n - 1].d);
    size_t nc = last->ncategories;
    if (!nc) return;
    int64_t lo = 0, hi = 0;
    for (size_t k = 0; k < n; k++)
        for (size_t c = 0; c < nc; c++) {
            int ck = find_category(dh_drill_scenario(aars[k].d), last->categories[c].id);
            if (ck < 0) continue;
            int64_t v = aars[k].cat_mean[ck];
            if (v < lo) lo = v;
            if (v > hi) hi = v;
        }
    if (hi == lo) hi = lo + 1000;
    const double x0 = 70, w = 560, top = 20, h = 220;
    double step = n > 1 ? w / (double)(n - 1) : 0;
    dh_buf_printf(b, "<h2>%s</h2>\n<p class=\"muted\">%s</p>\n", dh_tr(lang, R_HIST_CATEGORIES),
                  dh_tr(lang, R_HIST_CATEGORIES_NOTE));
    dh_buf_printf(b,
                  "<svg class=\"trend\" viewBox=\"0 0 900 %.0f\" role=\"img\" aria-label=\"%s\" "
                  "xmlns=\"http://www.w3.org/2000/svg\">\n",
                  top + h + 40, dh_tr(lang, R_HIST_CATEGORIES));
    /* zero line and the scale's ends */
    double yz = top + h - (double)(0 - lo) * h / (double)(hi - lo);
    dh_buf_printf(b,
                  "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"#8a94a0\"/>"
                  "<g font-size=\"11\" fill=\"#44505c\" text-anchor=\"end\">"
                  "<text x=\"%.0f\" y=\"%.0f\">",
                  x0, yz, x0 + w, yz, x0 - 6, top + 4);
    dh_buf_add_tenths(b, hi, DH_TENTHS_KEEP_ZERO);
    dh_buf_printf(b, "</text><text x=\"%.0f\" y=\"%.0f\">", x0 - 6, top + h + 4);
    dh_buf_add_tenths(b, lo, DH_TENTHS_KEEP_ZERO);
    dh_buf_printf(b, "</text><text x=\"%.0f\" y=\"%.1f\">0</text></g>\n", x0 - 6, yz + 4);
    dh_buf_adds(b, "<g font-size=\"11\" fill=\"#44505c\" text-anchor=\"middle\">");
    for (size_t k = 0; k < n; k++) {
        dh_buf_printf(b, "<text x=\"%.1f\" y=\"%.0f\">", x0 + step * (double)k, top + h + 22);
        esc(b, labels[k]);
        dh_buf_adds(b, "</text>");
    }
    dh_buf_adds(b, "</g>\n");
    for (size_t c = 0; c < nc; c++) {
        const char *col = colours[c % NCOLOURS];
        dh_buf_printf(b, "<g class=\"series\" stroke=\"%s\" fill=\"%s\"><title>", col, col);
        esc(b, dh_text_get(&last->categories[c].name, lang));
        dh_buf_adds(b, "</title><polyline fill=\"none\" stroke-width=\"2\" points=\"");
        for (size_t k = 0; k < n; k++) {
            int ck = find_category(dh_drill_scenario(aars[k].d), last->categories[c].id);
            if (ck < 0) continue;
            double y = top + h - (double)(aars[k].cat_mean[ck] - lo) * h / (double)(hi - lo);
            dh_buf_printf(b, "%.1f,%.1f ", x0 + step * (double)k, y);
        }
        dh_buf_adds(b, "\"/>");
        for (size_t k = 0; k < n; k++) {
            int ck = find_category(dh_drill_scenario(aars[k].d), last->categories[c].id);
            if (ck < 0) continue;
            double y = top + h - (double)(aars[k].cat_mean[ck] - lo) * h / (double)(hi - lo);
            dh_buf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"/>", x0 + step * (double)k, y);
        }
        /* the legend on the right, one line per category */
        double ly = top + 14 + 18 * (double)c;
        dh_buf_printf(b, "<rect x=\"680\" y=\"%.0f\" width=\"14\" height=\"4\" stroke=\"none\"/>"
                         "<text x=\"700\" y=\"%.0f\" font-size=\"12\" stroke=\"none\" "
                         "fill=\"#1d2733\">",
                      ly - 4, ly + 1);
        esc(b, dh_text_get(&last->categories[c].name, lang));
        dh_buf_adds(b, "</text></g>\n");
    }
    dh_buf_adds(b, "</svg>\n<table>");
    head_row(b, dh_tr(lang, R_CAPABILITY), n, labels, 1, lang);
    dh_buf_adds(b, "<tbody>\n");
    for (size_t c = 0; c < nc; c++) {
        dh_buf_adds(b, "<tr><td>");
        esc(b, dh_text_get(&last->categories[c].name, lang));
        dh_buf_adds(b, "</td>");
        int64_t prev = 0, cur = 0;
        int have_prev = 0, have_cur = 0;
        for (size_t k = 0; k < n; k++) {
            int ck = find_category(dh_drill_scenario(aars[k].d), last->categories[c].id);
            dh_buf_adds(b, "<td>");
            if (ck >= 0) {
                dh_buf_add_tenths(b, aars[k].cat_mean[ck], DH_TENTHS_KEEP_ZERO);
                prev = cur, have_prev = have_cur;
                cur = aars[k].cat_mean[ck], have_cur = 1;
            } else {
                dh_buf_adds(b, "–");
                have_prev = have_cur, prev = cur, have_cur = 0;
            }
            dh_buf_adds(b, "</td>");
        }
        if (have_prev && have_cur) {
            dh_buf_printf(b, "<td class=\"%s\">", cur > prev ? "up" : cur < prev ? "down" : "");
            dh_buf_add_tenths(b, cur - prev, DH_TENTHS_KEEP_ZERO | DH_TENTHS_PLUS);
            dh_buf_adds(b, "</td></tr>\n");
        } else {
            dh_buf_adds(b, "<td>–</td></tr>\n");
        }
    }
    dh_buf_adds(b, "</tbody></table>\n");
}

/* Per decision: the share of teams that chose the best option. */
static void decision_trend(dh_buf *b, const dh_aar *aars, size_t n,
                           const char (*labels)[48], dh_lang lang)
{
    const dh_scenario *last = dh_drill_scenario(aars[n - 1].d);
    if (!last->ndecisions) return;
    dh_buf_printf(b, "<h2>%s</h2>\n<p class=\"muted\">%s</p>\n<table>",
                  dh_tr(lang, R_HIST_DECISIONS), dh_tr(lang, R_HIST_DECISIONS_NOTE));
    head_row(b, dh_tr(lang, R_DECISION), n, labels, 1, lang);
    dh_buf_adds(b, "<tbody>\n");
    for (size_t i = 0; i < last->ndecisions; i++) {
        dh_buf_adds(b, "<tr><td>");
        esc(b, dh_text_get(&last->decisions[i].prompt, lang));
        dh_buf_adds(b, " <span class=\"id\">");
        esc(b, last->decisions[i].id);
        dh_buf_adds(b, "</span></td>");
        long long pb = 0, po = 0, cb = 0, co = 0; /* previous and current best / opened */
        int have_prev = 0, have_cur = 0;
        for (size_t k = 0; k < n; k++) {
            int dk = dh_scenario_find_decision(dh_drill_scenario(aars[k].d), last->decisions[i].id);
            const dh_aar_decision *ad = dk >= 0 ? &aars[k].decisions[dk] : NULL;
            dh_buf_adds(b, "<td>");
            if (ad && ad->opened) {
                char f[64];
                dh_report_fraction(f, sizeof f, (size_t)ad->best, (size_t)ad->opened);
                dh_buf_adds(b, f);
                pb = cb, po = co, have_prev = have_cur;
                cb = ad->best, co = ad->opened, have_cur = 1;
            } else {
                dh_buf_adds(b, "–");
                pb = cb, po = co, have_prev = have_cur, have_cur = 0;
            }
            dh_buf_adds(b, "</td>");
        }
        if (have_prev && have_cur) {
            /* the change in percentage points, one decimal */
            long long d = cb * 1000 / co - pb * 1000 / po;
            dh_buf_printf(b, "<td class=\"%s\">%s%lld.%lld %s</td></tr>\n",
                          d > 0 ? "up" : d < 0 ? "down" : "", d > 0 ? "+" : d < 0 ? "-" : "",
                          (d < 0 ? -d : d) / 10, (d < 0 ? -d : d) % 10, dh_tr(lang, R_HIST_PP));
        } else {
            dh_buf_adds(b, "<td>–</td></tr>\n");
        }
    }
    dh_buf_adds(b, "</tbody></table>\n");
}

static void rating_cell(dh_buf *b, int r)
{
    if (r < 0 || r >= DH_RATE_COUNT) dh_buf_adds(b, "–");
    else dh_buf_printf(b, "<b class=\"r%s\">%s</b>", dh_rating_letter((dh_rating)r),
                       dh_rating_letter((dh_rating)r));
}

/* Per objective: the overall rating and how many teams got each rating. */
static void objective_trend(dh_buf *b, const dh_aar *aars, size_t n,
                            const char (*labels)[48], dh_lang lang)
{
    const dh_scenario *last = dh_drill_scenario(aars[n - 1].d);
    int any = 0;
    for (size_t o = 0; o < last->nobjectives; o++) any |= last->objectives[o].named;
    if (!any) return;
    dh_buf_printf(b, "<h2>%s</h2>\n<p class=\"muted\">%s</p>\n<table>",
                  dh_tr(lang, R_HIST_OBJECTIVES), dh_tr(lang, R_HIST_OBJECTIVES_NOTE));
    head_row(b, dh_tr(lang, R_OBJECTIVE), n, labels, 0, lang);
    dh_buf_adds(b, "<tbody>\n");
    for (size_t o = 0; o < last->nobjectives; o++) {
        if (!last->objectives[o].named) continue;
        dh_buf_adds(b, "<tr><td>");
        esc(b, dh_text_get(&last->objectives[o].text, lang));
        dh_buf_adds(b, "</td>");
        for (size_t k = 0; k < n; k++) {
            int ok = dh_scenario_find_objective(dh_drill_scenario(aars[k].d), last->objectives[o].id);
            dh_buf_adds(b, "<td>");
            if (ok >= 0) {
                const dh_aar_objective *ao = &aars[k].objectives[ok];
                rating_cell(b, ao->rating);
                dh_buf_printf(b, " <span class=\"muted\">%d/%d/%d/%d</span>", ao->count[0],
                              ao->count[1], ao->count[2], ao->count[3]);
            } else {
                dh_buf_adds(b, "–");
            }
            dh_buf_adds(b, "</td>");
        }
        dh_buf_adds(b, "</tr>\n");
    }
    dh_buf_adds(b, "</tbody></table>\n");
}

void dh_history_trends(dh_buf *b, const dh_aar *aars, size_t n,
                       const char (*labels)[48], dh_lang lang)
{
    if (!n) return;
    headline(b, aars, n, labels, lang);
    category_chart(b, aars, n, labels, lang);
    decision_trend(b, aars, n, labels, lang);
    objective_trend(b, aars, n, labels, lang);
    dh_history_objective_chart(b, aars, n, labels, lang);
    dh_history_team_objectives(b, aars, n, lang);
    dh_history_plans(b, aars, n, labels, lang);
}

void dh_history_glossary(dh_buf *b, dh_lang lang)
{
    static const dh_msg_id terms[][2] = {
        {R_HIST_G_RANK_T, R_HIST_G_RANK},     {R_HIST_G_MEDIAN_T, R_HIST_G_MEDIAN},
        {R_HIST_DTOTAL, R_HIST_G_DTOTAL},     {R_HIST_DRANK, R_HIST_G_DRANK},
        {R_HIST_DMEDIAN, R_HIST_G_DMEDIAN},   {R_HIST_G_NEW_T, R_HIST_G_NEW},
        {R_HIST_G_PP_T, R_HIST_G_PP},         {R_HIST_G_PSMU_T, R_HIST_G_PSMU},
        {R_HIST_G_HSEEP_T, R_HIST_G_HSEEP},   {R_HIST_G_ARROW_T, R_HIST_G_ARROW},
    };
    dh_buf_printf(b, "<h2>%s</h2>\n<dl class=\"glossary\">", dh_tr(lang, R_HIST_GLOSSARY));
    for (size_t i = 0; i < sizeof terms / sizeof terms[0]; i++)
        dh_buf_printf(b, "<dt>%s</dt><dd>%s</dd>", dh_tr(lang, terms[i][0]), dh_tr(lang, terms[i][1]));
    dh_buf_adds(b, "</dl>\n");
}
