/* dh_history_objectives.c — the objectives year over year: the sector's share
 * of teams that performed each one (an SVG chart), each team's change in rating
 * per objective, and each year's improvement plan with the status recorded,
 * beside how the next drill rated the same objectives. */
#include "dh_history_objectives.h"
#include "dh_html.h"
#include "dh_msg.h"
#include "dh_report_eval.h"
#include "dh_report_plan.h"

#include <stdio.h>
#include <string.h>

static void esc(dh_buf *b, const char *s) { dh_html_escape(b, s); }

static const char *const colours[] = {"#1f5f99", "#2e7d32", "#c62828", "#e0a000", "#6a3d9a",
                                      "#00838f", "#8d6e63", "#e06c00", "#546e7a", "#ad1457"};
#define NCOLOURS (sizeof colours / sizeof colours[0])

/* Teams rated P or S on objective o of drill k's analysis (ok: its index
 * there), and teams rated at all. */
static void performed(const dh_aar *a, int ok, size_t *good, size_t *rated)
{
    const dh_aar_objective *ao = &a->objectives[ok];
    *good = (size_t)(ao->count[DH_RATE_P] + ao->count[DH_RATE_S]);
    *rated = *good + (size_t)(ao->count[DH_RATE_M] + ao->count[DH_RATE_U]);
}

/* The share of teams rated P or S per objective across drills: one line each,
 * on a 0–100 % scale, with the same figures in a table below. */
void dh_history_objective_chart(dh_buf *b, const dh_aar *aars, size_t n,
                                const char (*labels)[48], dh_lang lang)
{
    const dh_scenario *last = dh_drill_scenario(aars[n - 1].d);
    size_t named = 0;
    for (size_t o = 0; o < last->nobjectives; o++) named += last->objectives[o].named != 0;
    if (!named) return;
    const double x0 = 70, w = 560, top = 20, h = 220;
    double step = n > 1 ? w / (double)(n - 1) : 0;
    double legend_h = 18.0 * (double)named + 20;
    double height = top + h + 40 > legend_h ? top + h + 40 : legend_h;
    dh_buf_printf(b, "<h2 id=\"objective-trend\">%s</h2>\n<p class=\"muted\">%s</p>\n",
                  dh_tr(lang, R_HIST_OBJ_CHART), dh_tr(lang, R_HIST_OBJ_CHART_NOTE));
    dh_buf_printf(b,
                  "<svg class=\"trend objectives\" viewBox=\"0 0 900 %.0f\" role=\"img\" "
                  "aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\">\n",
                  height, dh_tr(lang, R_HIST_OBJ_CHART));
    dh_buf_adds(b, "<g font-size=\"11\" fill=\"#44505c\" text-anchor=\"end\">");
    for (int p = 0; p <= 100; p += 25) {
        double y = top + h - (double)p * h / 100.0;
        dh_buf_printf(b, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"#dde3e9\"/>"
                         "<text x=\"%.0f\" y=\"%.1f\">%d%%</text>",
                      x0, y, x0 + w, y, x0 - 6, y + 4, p);
    }
    dh_buf_adds(b, "</g>\n<g font-size=\"11\" fill=\"#44505c\" text-anchor=\"middle\">");
    for (size_t k = 0; k < n; k++) {
        dh_buf_printf(b, "<text x=\"%.1f\" y=\"%.0f\">", x0 + step * (double)k, top + h + 22);
        esc(b, labels[k]);
        dh_buf_adds(b, "</text>");
    }
    dh_buf_adds(b, "</g>\n");
    size_t line = 0;
    for (size_t o = 0; o < last->nobjectives; o++) {
        if (!last->objectives[o].named) continue;
        const char *col = colours[line % NCOLOURS];
        dh_buf_printf(b, "<g class=\"series\" stroke=\"%s\" fill=\"%s\"><title>", col, col);
        esc(b, last->objectives[o].id);
        dh_buf_adds(b, "</title><polyline fill=\"none\" stroke-width=\"2\" points=\"");
        for (size_t k = 0; k < n; k++) {
            int ok = dh_scenario_find_objective(dh_drill_scenario(aars[k].d), last->objectives[o].id);
            size_t good, rated;
            if (ok < 0) continue;
            performed(&aars[k], ok, &good, &rated);
            if (!rated) continue;
            double y = top + h - (double)good * h / (double)rated;
            dh_buf_printf(b, "%.1f,%.1f ", x0 + step * (double)k, y);
        }
        dh_buf_adds(b, "\"/>");
        for (size_t k = 0; k < n; k++) {
            int ok = dh_scenario_find_objective(dh_drill_scenario(aars[k].d), last->objectives[o].id);
            size_t good, rated;
            if (ok < 0) continue;
            performed(&aars[k], ok, &good, &rated);
            if (!rated) continue;
            double y = top + h - (double)good * h / (double)rated;
            dh_buf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"/>", x0 + step * (double)k, y);
        }
        double ly = top + 14 + 18 * (double)line;
        dh_buf_printf(b, "<rect x=\"680\" y=\"%.0f\" width=\"14\" height=\"4\" stroke=\"none\"/>"
                         "<text x=\"700\" y=\"%.0f\" font-size=\"12\" stroke=\"none\" "
                         "fill=\"#1d2733\">",
                      ly - 4, ly + 1);
        esc(b, last->objectives[o].id);
        dh_buf_adds(b, "</text></g>\n");
        line++;
    }
    dh_buf_adds(b, "</svg>\n<table class=\"objective-shares\"><thead><tr><th>");
    esc(b, dh_tr(lang, R_OBJECTIVE));
    dh_buf_adds(b, "</th>");
    for (size_t k = 0; k < n; k++) {
        dh_buf_adds(b, "<th>");
        esc(b, labels[k]);
        dh_buf_adds(b, "</th>");
    }
    dh_buf_adds(b, "</tr></thead><tbody>\n");
    for (size_t o = 0; o < last->nobjectives; o++) {
        if (!last->objectives[o].named) continue;
        dh_buf_adds(b, "<tr><td>");
        esc(b, dh_text_get(&last->objectives[o].text, lang));
        dh_buf_adds(b, " <span class=\"id\">");
        esc(b, last->objectives[o].id);
        dh_buf_adds(b, "</span></td>");
        for (size_t k = 0; k < n; k++) {
            int ok = dh_scenario_find_objective(dh_drill_scenario(aars[k].d), last->objectives[o].id);
            size_t good = 0, rated = 0;
            if (ok >= 0) performed(&aars[k], ok, &good, &rated);
            char f[64];
            if (rated) dh_report_fraction(f, sizeof f, good, rated);
            dh_buf_printf(b, "<td>%s</td>", rated ? f : "–");
        }
        dh_buf_adds(b, "</tr>\n");
    }
    dh_buf_adds(b, "</tbody></table>\n");
}

/* Team id t of drill k's roster in drill j's, or -1. */
static int team_in(const dh_drill *dk, int t, const dh_drill *dj)
{
    const dh_roster *rk = dh_drill_roster(dk), *rj = dh_drill_roster(dj);
    for (size_t i = 0; i < rj->nteams; i++)
        if (!strcmp(rj->teams[i].id, rk->teams[t].id)) return (int)i;
    return -1;
}

static int rating_of(const dh_aar *a, int team, const char *objective)
{
    const dh_scenario *sc = dh_drill_scenario(a->d);
    int o = dh_scenario_find_objective(sc, objective);
    return o < 0 || team < 0 ? -1 : a->rating[(size_t)team * sc->nobjectives + (size_t)o];
}

/* Each team of the last drill: its rating per objective there, and the one in
 * the latest earlier drill it took part in where the objective was rated. */
void dh_history_team_objectives(dh_buf *b, const dh_aar *aars, size_t n, dh_lang lang)
{
    if (n < 2) return;
    const dh_aar *cur = &aars[n - 1];
    const dh_scenario *last = dh_drill_scenario(cur->d);
    size_t named = 0;
    for (size_t o = 0; o < last->nobjectives; o++) named += last->objectives[o].named != 0;
    if (!named) return;
    dh_buf_printf(b, "<h2 id=\"team-objectives\">%s</h2>\n<p class=\"muted\">%s</p>\n"
                     "<table class=\"team-objectives\"><thead><tr><th>%s</th>",
                  dh_tr(lang, R_HIST_TEAM_OBJ), dh_tr(lang, R_HIST_TEAM_OBJ_NOTE),
                  dh_tr(lang, R_TEAMS));
    for (size_t o = 0; o < last->nobjectives; o++) {
        if (!last->objectives[o].named) continue;
        dh_buf_adds(b, "<th>");
        esc(b, last->objectives[o].id);
        dh_buf_adds(b, "</th>");
    }
    dh_buf_adds(b, "</tr></thead><tbody>\n");
    const dh_roster *ro = dh_drill_roster(cur->d);
    for (size_t r = 0; r < ro->nteams; r++) {
        int t = cur->rk.order[r];
        dh_buf_adds(b, "<tr><td>");
        esc(b, ro->teams[t].name);
        dh_buf_adds(b, "</td>");
        for (size_t o = 0; o < last->nobjectives; o++) {
            if (!last->objectives[o].named) continue;
            const char *id = last->objectives[o].id;
            int now = rating_of(cur, t, id), before = -1;
            for (size_t k = n - 1; k-- > 0 && before < 0;)
                before = rating_of(&aars[k], team_in(cur->d, t, aars[k].d), id);
            /* P is 0: a smaller rating is better */
            const char *cls = now < 0 || before < 0 ? "" : now < before ? " class=\"up\""
                              : now > before ? " class=\"down\"" : "";
            dh_buf_printf(b, "<td%s>%s → %s</td>", cls,
                          before < 0 ? "–" : dh_rating_letter((dh_rating)before),
                          now < 0 ? "–" : dh_rating_letter((dh_rating)now));
        }
        dh_buf_adds(b, "</tr>\n");
    }
    dh_buf_adds(b, "</tbody></table>\n");
}

/* Each drill's improvement plan but the last's, with its status, beside the
 * next drill's ratings of the same objectives; then the last drill's plan. */
void dh_history_plans(dh_buf *b, const dh_aar *aars, size_t n, const char (*labels)[48],
                      dh_lang lang)
{
    for (size_t k = 0; k + 1 < n; k++) {
        char head[160];
        snprintf(head, sizeof head, dh_tr(lang, R_HIST_PLAN_OF), labels[k], labels[k + 1]);
        dh_report_previous_plan(b, &aars[k + 1], &aars[k], lang, head, (int)k);
    }
    dh_report_plan(b, &aars[n - 1], lang, -1);
}
