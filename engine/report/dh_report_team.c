/* dh_report_team.c — one team's own after-action page, for the central team to
 * send to that provincial office: its results against the sector's median (and
 * its role's), its decisions and objective ratings, and its share of the
 * improvement plan. It names no other team: medians and ranks only. */
#include "dh_html.h"
#include "dh_msg.h"
#include "dh_report.h"
#include "dh_report_eval.h"
#include "dh_report_feedback.h"
#include "dh_report_page.h"
#include "dh_report_plan.h"

#include <stdlib.h>
#include <string.h>

static void esc(dh_buf *b, const char *s) { dh_html_escape(b, s); }

static int cmp_i64(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return (a > b) - (a < b);
}

/* The median of the teams' points in category c (-1: the total), over the teams
 * of role `role` (-2: every team); the mean of the two middle ones when even. */
static int64_t median_of(const dh_drill *d, int c, int role, int64_t *tmp)
{
    const dh_roster *ro = dh_drill_roster(d);
    size_t n = 0;
    for (size_t t = 0; t < ro->nteams; t++) {
        if (role != -2 && ro->teams[t].role != role) continue;
        tmp[n++] = c < 0 ? dh_drill_team_total(d, (int)t) : dh_drill_points(d, (int)t, c);
    }
    if (!n) return 0;
    qsort(tmp, n, sizeof *tmp, cmp_i64);
    return n % 2 ? tmp[n / 2] : tmp[n / 2 - 1] / 2 + tmp[n / 2] / 2;
}

static void cell(dh_buf *b, int64_t milli)
{
    dh_buf_adds(b, "<td class=\"n\">");
    dh_buf_add_tenths(b, milli, 0);
    dh_buf_adds(b, "</td>");
}

static void against_medians(dh_buf *b, const dh_aar *a, dh_lang lang, int t, int64_t *tmp)
{
    const dh_drill *d = a->d;
    const dh_scenario *sc = dh_drill_scenario(d);
    const dh_roster *ro = dh_drill_roster(d);
    int role = ro->teams[t].role;
    dh_buf_printf(b, "<h2 id=\"against-sector\">%s</h2>\n<p class=\"muted\">", dh_tr(lang, R_TEAM_VS_SECTOR));
    dh_buf_printf(b, dh_tr(lang, R_TEAM_RANK_OF), a->rk.rank[t], ro->nteams);
    if (role >= 0) {
        size_t nrole = 0;
        for (size_t k = 0; k < ro->nteams; k++) nrole += ro->teams[k].role == role;
        dh_buf_adds(b, " · ");
        dh_buf_printf(b, dh_tr(lang, R_TEAM_ROLE_RANK_OF), a->rk.role_rank[t], nrole);
        dh_buf_adds(b, " (");
        esc(b, ro->roles[role]);
        dh_buf_adds(b, ")");
    }
    dh_buf_printf(b, "</p>\n<table><thead><tr><th></th><th class=\"n\">%s</th><th class=\"n\">%s</th>",
                  dh_tr(lang, R_TEAM_YOURS), dh_tr(lang, R_SECTOR_MEDIAN));
    if (role >= 0) dh_buf_printf(b, "<th class=\"n\">%s</th>", dh_tr(lang, R_ROLE_MEDIAN));
    dh_buf_adds(b, "</tr></thead><tbody>\n");
    for (int c = -1; c < (int)sc->ncategories; c++) {
        dh_buf_adds(b, "<tr><td>");
        esc(b, c < 0 ? dh_tr(lang, R_TOTAL) : dh_text_get(&sc->categories[c].name, lang));
        dh_buf_adds(b, "</td>");
        cell(b, c < 0 ? dh_drill_team_total(d, t) : dh_drill_points(d, t, c));
        cell(b, median_of(d, c, -2, tmp));
        if (role >= 0) cell(b, median_of(d, c, role, tmp));
        dh_buf_adds(b, "</tr>\n");
    }
    dh_buf_adds(b, "</tbody></table>\n");
}

dh_status dh_report_team_html(dh_buf *b, const dh_drill *d, const dh_report_meta *m, int t)
{
    dh_aar a;
    if (dh_aar_compute(&a, d)) return DH_ENOMEM;
    size_t ncat = dh_drill_category_count(d), nteams = dh_drill_team_count(d);
    int64_t *pts = malloc((ncat ? ncat : 1) * sizeof *pts);
    int64_t *tmp = malloc(nteams * sizeof *tmp);
    if (!pts || !tmp) {
        free(pts);
        free(tmp);
        dh_aar_free(&a);
        return DH_ENOMEM;
    }
    const dh_scenario *sc = dh_drill_scenario(d);
    const dh_team_info *ti = &dh_drill_roster(d)->teams[t];
    dh_lang lang = m->lang;
    char date[64];
    dh_report_date(m->created_us, date, sizeof date);
    dh_buf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>",
                  dh_lang_code(lang));
    if (m->unverified) esc(b, DH_NOT_VERIFIED " — ");
    esc(b, dh_tr(lang, R_AAR_TITLE_PREFIX));
    esc(b, ti->name);
    dh_buf_printf(b, "</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n", dh_report_css);
    if (m->unverified) dh_buf_adds(b, "<div class=\"nv-stamp\">" DH_NOT_VERIFIED "</div>\n");
    dh_report_not_verified(b, m, 1);
    dh_buf_printf(b, "<header class=\"cover\"><div class=\"kicker\">%s · %s</div><h1>",
                  dh_tr(lang, R_AAR_TITLE), date);
    esc(b, ti->name);
    dh_buf_adds(b, "</h1><p>");
    esc(b, dh_text_get(&sc->title, lang));
    dh_buf_adds(b, " — ");
    dh_report_exercise_time(b, d, lang);
    dh_buf_printf(b, "</p></header>\n<p class=\"muted\">%s</p>\n", dh_tr(lang, R_TEAM_PAGE_NOTE));
    against_medians(b, &a, lang, t, tmp);
    dh_buf_printf(b, "<h2>%s</h2>\n", dh_tr(lang, R_TEAM_DECISIONS));
    dh_report_team_section(b, &a, lang, t, pts, m);
    dh_report_plan(b, &a, lang, t);
    dh_report_feedback_team_html(b, d, t, lang);
    dh_buf_printf(b, "<footer>drillhall %s · %s ", m->engine_version ? m->engine_version : "",
                  dh_tr(lang, R_FOOT_SCENARIO));
    esc(b, sc->id);
    if (m->unverified) {
        dh_buf_adds(b, " · " DH_NOT_VERIFIED ": ");
        esc(b, m->unverified);
    } else if (m->fingerprint) {
        dh_buf_printf(b, " · %s: ", dh_tr(lang, R_FINGERPRINT));
        esc(b, m->fingerprint);
    }
    dh_buf_adds(b, "</footer>\n</main>\n</body>\n</html>\n");
    free(pts);
    free(tmp);
    dh_aar_free(&a);
    return b->failed ? DH_ENOMEM : DH_OK;
}
