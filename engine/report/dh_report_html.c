/* dh_report_html.c — the after-action report as one self-contained HTML file:
 * inline CSS and SVG, no script, no web font, no fetch; A4 print rules so that
 * "print to PDF" gives the document the agency hands out. */
#include "dh_aar.h"
#include "dh_html.h"
#include "dh_report_questions.h"
#include "dh_msg.h"
#include "dh_quality.h"
#include "dh_report.h"
#include "dh_report_eval.h"
#include "dh_report_page.h"
#include "dh_report_plan.h"
#include "dh_report_feedback.h"
#include "dh_report_svg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


const char dh_report_css[] =
    "*{box-sizing:border-box}"
    "td.due{white-space:nowrap}"
    "body{margin:0;background:#eef1f4;color:#1d2733;font:14px/1.45 'Noto Sans','DejaVu Sans',"
    "'Segoe UI',Arial,sans-serif}"
    "main{max-width:1040px;margin:0 auto;background:#fff;padding:0 44px 40px}"
    "header.cover{margin:0 -44px 24px;padding:30px 44px 24px;background:#12324f;color:#fff;"
    "border-bottom:6px solid #e0a000}"
    "header.cover .kicker{text-transform:uppercase;letter-spacing:.12em;font-size:12px;"
    "opacity:.85}"
    "header.cover h1{margin:6px 0 8px;font-size:27px;line-height:1.25}"
    "header.cover p{margin:0;max-width:860px;opacity:.92}"
    "h2{font-size:19px;margin:30px 0 10px;padding-bottom:4px;border-bottom:2px solid #12324f;"
    "color:#12324f;break-after:avoid}"
    "h3{font-size:16px;margin:22px 0 6px;break-after:avoid}"
    "table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:12.5px}"
    "th,td{padding:4px 4px;border-bottom:1px solid #dde3e9;text-align:left;vertical-align:top}"
    "th{background:#f1f4f7;font-weight:600;color:#34424f}"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
    "th.n{white-space:normal;font-size:11px;line-height:1.2}"
    "td.name{white-space:nowrap}td.name a{color:inherit;text-decoration:none}"
    "tr{break-inside:avoid}"
    "tr.top td{background:#fff8e1}"
    ".neg{color:#b3261e}.pos{color:#1b5e20}.muted{color:#6b7885;font-size:12px}"
    ".id{color:#6b7885;font-size:11px;margin-left:4px}"
    "dl.facts{display:grid;grid-template-columns:190px 1fr;gap:3px 14px;margin:0}"
    "dl.facts dt{color:#5b6875}dl.facts dd{margin:0}"
    ".kpis{display:flex;gap:12px;margin:14px 0 4px;flex-wrap:wrap}"
    ".kpi{flex:1 1 140px;border:1px solid #dde3e9;border-radius:6px;padding:8px 12px}"
    ".kpi b{display:block;font-size:22px;color:#12324f}.kpi span{color:#5b6875;font-size:12px}"
    "svg.chart{width:100%;height:auto;display:block;margin:6px 0 14px}"
    ".tag{display:inline-block;padding:0 6px;border-radius:3px;font-size:11.5px;"
    "white-space:nowrap}"
    ".tag.best{background:#e3f1e4;color:#1b5e20}.tag.other{background:#fff3d6;color:#7a5600}"
    ".tag.missed{background:#fbe3e1;color:#9c1d15}.tag.open{background:#e6eef6;color:#1f4e79}"
    ".findings section{border-left:4px solid #2e7d32;padding:0 0 0 14px;margin:10px 0 16px}"
    ".findings section.improve{border-color:#c62828}"
    ".findings h3{margin-top:0}.findings li{margin-bottom:6px;break-inside:avoid}"
    "section.team{break-inside:auto;border-top:1px solid #c9d2db;margin-top:18px}"
    "section.team h3 .score{float:right;font-weight:600;color:#12324f}"
    "ul.notes{margin:4px 0 8px 18px;padding:0}"
    ".rate{display:inline-block;min-width:20px;text-align:center;border-radius:3px;font-weight:700;"
    "font-size:12px;padding:0 5px;color:#fff}.rate.rP{background:#2e7d32}.rate.rS{background:#7c9a1e}"
    ".rate.rM{background:#e06c00}.rate.rU{background:#c62828}.rate.none{background:#c9d2db;color:#44505c}"
    "section.exec{break-after:page}section.exec .two{display:flex;gap:24px}"
    "section.exec .two>div{flex:1}table.ratings{width:auto}table.ratings td{border:0;padding:2px 6px}"
    "p.ratings{font-size:12.5px;margin:4px 0}"
    "footer{margin-top:30px;padding-top:8px;border-top:1px solid #dde3e9;color:#6b7885;"
    "font-size:11.5px;word-break:break-all}"
    "@page{size:A4;margin:14mm 12mm 16mm}"
    "@media print{body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}"
    "header.cover{margin:0 0 16px;padding:16px 18px;-webkit-print-color-adjust:exact;"
    "print-color-adjust:exact}"
    "th,.kpi,.tag,.rate,tr.top td,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    "h2{break-before:auto}section.teams-start{break-before:page}"
    "a{color:inherit;text-decoration:none}}"
    /* on screen a banner; printed, a stamp at the top of every page */
    ".unverified{background:#b3261e;color:#fff;font-weight:700;padding:8px 12px;margin:0 0 12px;"
    "-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    ".nv-stamp{display:none}@media print{.nv-stamp{display:block;position:fixed;top:0;right:0;"
    "color:#b3261e;font-weight:700;font-size:9pt}}";

/* A record that failed verify: said at the top, on every printed page and at the
 * head of every team's section (a team's page may be sent on its own). */
void dh_report_not_verified(dh_buf *b, const dh_report_meta *m, int banner)
{
    if (!m->unverified) return;
    dh_buf_adds(b, banner ? "<div class=\"unverified\">" DH_NOT_VERIFIED " — "
                          : "<p class=\"unverified\">" DH_NOT_VERIFIED " — ");
    dh_html_escape(b, m->unverified);
    dh_buf_adds(b, banner ? "</div>\n" : "</p>\n");
}

void dh_report_date(int64_t us, char *buf, size_t len)
{
    time_t t = (time_t)(us / 1000000);
    /* local time as TZ (else the system) says, with its offset from UTC, so a
     * 06:30 start in Hanoi reads 06:30 on its own day */
    struct tm *p = us > 0 ? localtime(&t) : NULL;
    if (!p) {
        snprintf(buf, len, "–");
        return;
    }
    struct tm tmv = *p;
    char day[40], off[16];
    strftime(day, sizeof day, "%Y-%m-%d %H:%M", &tmv);
    if (!strftime(off, sizeof off, "%z", &tmv) || strlen(off) != 5) off[0] = 0;
    if (!off[0] || !strcmp(off, "+0000") || !strcmp(off, "-0000"))
        snprintf(buf, len, "%s UTC", day);
    else
        snprintf(buf, len, "%s UTC%.3s:%.2s", day, off, off + 3);
}

static void points_cell(dh_buf *b, int64_t milli)
{
    dh_buf_printf(b, "<td class=\"n%s\">", milli < 0 ? " neg" : "");
    /* one decimal, as on the console scoreboard */
    dh_buf_add_tenths(b, milli, 0);
    dh_buf_adds(b, "</td>");
}

static void esc(dh_buf *b, const char *s) { dh_html_escape(b, s); }

/* Which teams a scoreboard table ranks: all of them, one bracket's or one
 * role's (role -1: the teams without one). */
typedef enum { BY_ALL, BY_BRACKET, BY_ROLE } group_kind;
typedef struct group {
    group_kind kind;
    int index;
} group;

static int in_group(const dh_roster *ro, group g, size_t t)
{
    if (g.kind == BY_BRACKET) return ro->bracket_of[t] == g.index;
    if (g.kind == BY_ROLE) return ro->teams[t].role == g.index;
    return 1;
}

static int group_rank(const dh_aar *a, group g, int t)
{
    return g.kind == BY_BRACKET ? a->rk.bracket_rank[t]
           : g.kind == BY_ROLE  ? a->rk.role_rank[t]
                                : a->rk.rank[t];
}

/* Highlighted as the top three: by rank, never by row order, and nobody when
 * every team in the table shares one rank. */
static int podium(const dh_aar *a, group g, int t)
{
    if (g.kind == BY_ALL) return dh_rank_podium(&a->rk, t);
    const dh_roster *ro = dh_drill_roster(a->d);
    if (group_rank(a, g, t) > 3) return 0;
    for (size_t u = 0; u < a->rk.nteams; u++)
        if (in_group(ro, g, u) && group_rank(a, g, (int)u) != group_rank(a, g, t))
            return 1;
    return 0;
}

static void scoreboard(dh_buf *b, const dh_aar *a, dh_lang lang, group g)
{
    const dh_drill *d = a->d;
    const dh_roster *ro = dh_drill_roster(d);
    int roles = g.kind == BY_ALL && ro->nroles > 0;
    dh_buf_printf(b, "<table><thead><tr><th class=\"n\">#</th><th>%s</th>", dh_tr(lang, R_TEAM));
    if (roles) dh_buf_printf(b, "<th>%s</th>", dh_tr(lang, R_ROLE));
    if (g.kind != BY_BRACKET) dh_buf_printf(b, "<th>%s</th>", dh_tr(lang, R_BRACKET));
    for (size_t c = 0; c < dh_drill_category_count(d); c++) {
        dh_buf_adds(b, "<th class=\"n\">");
        esc(b, dh_text_get(&dh_drill_scenario(d)->categories[c].name, lang));
        dh_buf_adds(b, "</th>");
    }
    dh_buf_printf(b,
                  "<th class=\"n\">%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th></tr>"
                  "</thead><tbody>\n",
                  dh_tr(lang, R_TOTAL), dh_tr(lang, R_DECISION_TIME),
                  dh_tr(lang, R_ANSWERED_MISSED));
    for (size_t r = 0; r < dh_drill_team_count(d); r++) {
        int t = a->rk.order[r];
        if (!in_group(ro, g, (size_t)t)) continue;
        int rank = group_rank(a, g, t);
        const dh_team_info *ti = &dh_drill_roster(d)->teams[t];
        dh_buf_printf(b, "<tr%s><td class=\"n\">%d</td><td class=\"name\"><a href=\"#team-",
                      podium(a, g, t) ? " class=\"top\"" : "", rank);
        esc(b, ti->id);
        dh_buf_adds(b, "\">");
        esc(b, ti->name);
        dh_buf_adds(b, "</a></td>");
        if (roles) {
            dh_buf_adds(b, "<td>");
            esc(b, dh_roster_team_role(ro, (size_t)t));
            dh_buf_adds(b, "</td>");
        }
        if (g.kind != BY_BRACKET) {
            dh_buf_adds(b, "<td>");
            esc(b, dh_roster_team_bracket_name(dh_drill_roster(d), (size_t)t));
            dh_buf_adds(b, "</td>");
        }
        for (size_t c = 0; c < dh_drill_category_count(d); c++) points_cell(b, dh_drill_points(d, t, (int)c));
        dh_buf_adds(b, "<td class=\"n\"><b>");
        dh_buf_add_tenths(b, dh_drill_team_total(d, t), 0);
        char dt[32];
        dh_time_format_elapsed(dh_drill_decision_time(d, t), dt, sizeof dt);
        dh_buf_printf(b, "</b></td><td class=\"n\">%s</td><td class=\"n\">%d / %d</td></tr>\n", dt,
                      a->teams[t].answered, a->teams[t].missed);
    }
    dh_buf_adds(b, "</tbody></table>\n");
}

static void findings(dh_buf *b, const dh_aar *a, dh_lang lang, dh_finding which)
{
    const dh_drill *d = a->d;
    int any = 0;
    for (size_t k = 0; k < dh_drill_decision_count(d); k++) {
        if (a->decisions[k].finding != which) continue;
        if (!any) dh_buf_adds(b, "<ul>\n");
        any = 1;
        const dh_decision *de = &dh_drill_scenario(d)->decisions[k];
        char why[320];
        dh_aar_finding_reason(a, (int)k, lang, why, sizeof why);
        dh_buf_adds(b, "<li><b>");
        esc(b, dh_text_get(&de->prompt, lang));
        dh_buf_adds(b, "</b> <span class=\"id\">");
        esc(b, de->id);
        dh_buf_adds(b, "</span><br><span class=\"muted\">");
        esc(b, why);
        if (which == DH_FIND_IMPROVE && a->decisions[k].mean_short > 0) {
            dh_buf_adds(b, dh_tr(lang, R_ON_AVERAGE));
            dh_buf_add_tenths(b, a->decisions[k].mean_short, 0);
            dh_buf_adds(b, dh_tr(lang, R_POINTS_SHORT));
        }
        dh_buf_adds(b, "</span>");
        if (which == DH_FIND_IMPROVE && de->noptions) {
            dh_buf_adds(b, "<br><span class=\"muted\">");
            dh_buf_adds(b, dh_tr(lang, R_EXPECTED));
            esc(b, dh_text_get(&de->options[a->decisions[k].best_option].text, lang));
            dh_buf_adds(b, "</span>");
        }
        dh_buf_adds(b, "</li>\n");
    }
    dh_buf_adds(b, any ? "</ul>\n" : "<p class=\"muted\">");
    if (!any) dh_buf_printf(b, "%s</p>\n", dh_tr(lang, R_NONE_IN_THIS_DRILL));
}

void dh_report_team_section(dh_buf *b, const dh_aar *a, dh_lang lang, int t, int64_t *pts,
                            const dh_report_meta *m)
{
    const dh_drill *d = a->d;
    const dh_scenario *sc = dh_drill_scenario(d);
    const dh_team_info *ti = &dh_drill_roster(d)->teams[t];
    dh_buf_adds(b, "<section class=\"team\" id=\"team-");
    esc(b, ti->id);
    dh_buf_adds(b, "\">");
    dh_report_not_verified(b, m, 0);
    dh_buf_printf(b, "<h3>%d. ", a->rk.rank[t]);
    esc(b, ti->name);
    dh_buf_adds(b, "<span class=\"id\">");
    esc(b, ti->id);
    dh_buf_adds(b, " · ");
    esc(b, dh_roster_team_bracket_name(dh_drill_roster(d), (size_t)t));
    dh_buf_printf(b, " #%d", a->rk.bracket_rank[t]);
    if (ti->role >= 0) {
        dh_buf_adds(b, " · ");
        esc(b, dh_roster_team_role(dh_drill_roster(d), (size_t)t));
        dh_buf_printf(b, " #%d", a->rk.role_rank[t]);
    }
    dh_buf_adds(b, "</span><span class=\"score\">");
    dh_buf_add_tenths(b, dh_drill_team_total(d, t), 0);
    dh_buf_printf(b, " %s</span></h3>\n", dh_tr(lang, S_POINTS));
    dh_buf_printf(b,
                  "<table><thead><tr><th>%s</th><th>%s</th><th class=\"n\">%s</th><th>%s</th>"
                  "<th class=\"n\">%s</th></tr></thead><tbody>\n",
                  dh_tr(lang, R_DECISION), dh_tr(lang, R_OPTION_CHOSEN),
                  dh_tr(lang, R_TIME_TO_DECIDE), dh_tr(lang, R_POINTS_BY_CATEGORY),
                  dh_tr(lang, R_POINTS));
    for (size_t k = 0; k < dh_drill_decision_count(d); k++) {
        const dh_decision_state *st = dh_drill_decision(d, t, (int)k);
        if (st->status == DH_DEC_CLOSED) continue;
        const dh_decision *de = &sc->decisions[k];
        dh_buf_adds(b, "<tr><td>");
        esc(b, dh_text_get(&de->prompt, lang));
        dh_buf_adds(b, "</td><td>");
        if (st->option >= 0) esc(b, dh_text_get(&de->options[st->option].text, lang));
        int good = dh_quality_of(de, st->option) == DH_Q_GOOD;
        const char *tag = st->status == DH_DEC_OPEN      ? "open"
                          : st->status == DH_DEC_EXPIRED ? "missed"
                          : good                         ? "best"
                                                         : "other";
        const char *label = st->status == DH_DEC_OPEN ? dh_tr(lang, R_STILL_OPEN)
                            : st->status == DH_DEC_EXPIRED
                                ? dh_tr(lang, R_MISSED_DEADLINE)
                                : good
                                      ? dh_tr(lang, R_BEST_OPTION)
                                      : dh_tr(lang, R_OTHER_OPTION);
        dh_buf_printf(b, " <span class=\"tag %s\">%s</span></td>", tag, label);
        char dt[32];
        dh_time_format_elapsed(st->status == DH_DEC_OPEN ? -1 : st->answered_at - st->opened_at, dt,
                        sizeof dt);
        dh_buf_printf(b, "<td class=\"n\">%s</td><td class=\"muted\">", dt);
        dh_aar_decision_points(d, t, (int)k, pts);
        int first = 1;
        for (size_t c = 0; c < dh_drill_category_count(d); c++) {
            if (!pts[c]) continue;
            if (!first) dh_buf_adds(b, ", ");
            first = 0;
            esc(b, dh_text_get(&sc->categories[c].name, lang));
            dh_buf_adds(b, pts[c] > 0 ? " +" : " ");
            dh_buf_add_tenths(b, pts[c], 0);
        }
        dh_buf_adds(b, "</td>");
        points_cell(b, st->points);
        dh_buf_adds(b, "</tr>\n");
    }
    dh_buf_adds(b, "</tbody></table>\n");
    dh_report_team_questions_html(b, d, lang, t);
    dh_report_team_ratings(b, a, lang, t);
    int nadj = 0;
    for (size_t i = 0; i < dh_drill_adjustment_count(d); i++) {
        const dh_adjustment *adj = dh_drill_adjustment_at(d, i);
        if (adj->team != t) continue;
        if (!nadj++)
            dh_buf_printf(b, "<p class=\"muted\"><b>%s</b></p><ul class=\"notes\">\n",
                          dh_tr(lang, R_ADJUSTMENTS));
        char at[32];
        dh_time_format_clock(adj->t, at, sizeof at);
        dh_buf_printf(b, "<li>%s · ", at);
        esc(b, dh_text_get(&sc->categories[adj->category].name, lang));
        dh_buf_printf(b, " <b class=\"%s\">%s", adj->milli < 0 ? "neg" : "pos",
                      adj->milli > 0 ? "+" : "");
        dh_buf_add_milli(b, adj->milli);
        dh_buf_printf(b, "</b> — ");
        esc(b, adj->reason);
        /* an evaluator at a station signs with a name; the facilitator's console does not */
        dh_buf_adds(b, " <span class=\"muted\">(");
        if (adj->by_script) dh_buf_adds(b, dh_tr(lang, R_SCENARIO_RULE));
        else if (adj->by) esc(b, adj->by);
        else dh_buf_adds(b, dh_tr(lang, R_EVALUATOR));
        dh_buf_adds(b, ")</span></li>\n");
    }
    if (nadj) dh_buf_adds(b, "</ul>\n");
    int nnotes = 0;
    for (size_t i = 0; i < dh_drill_note_count(d); i++) {
        const dh_note *n = dh_drill_note_at(d, i);
        if (n->team != t) continue;
        if (!nnotes++)
            dh_buf_printf(b, "<p class=\"muted\"><b>%s</b></p><ul class=\"notes\">\n",
                          dh_tr(lang, R_EVALUATOR_NOTES));
        char at[32];
        dh_time_format_clock(n->t, at, sizeof at);
        dh_buf_printf(b, "<li>%s · ", at);
        esc(b, n->text);
        if (n->by) {
            dh_buf_adds(b, " <span class=\"muted\">(");
            esc(b, n->by);
            dh_buf_adds(b, ")</span>");
        }
        dh_buf_adds(b, "</li>\n");
    }
    if (nnotes) dh_buf_adds(b, "</ul>\n");
    dh_report_team_messages(b, d, lang, t);
    dh_buf_adds(b, "</section>\n");
}

dh_status dh_report_html(dh_buf *b, const dh_drill *d, const dh_report_meta *m)
{
    const dh_roster *roster = dh_drill_roster(d);
    size_t nteams = dh_drill_team_count(d);
    dh_aar a;
    if (dh_aar_compute(&a, d)) return DH_ENOMEM;
    int64_t *pts = malloc((dh_drill_category_count(d) ? dh_drill_category_count(d) : 1) * sizeof *pts);
    if (!pts) {
        dh_aar_free(&a);
        return DH_ENOMEM;
    }
    const dh_scenario *sc = dh_drill_scenario(d);
    dh_lang lang = m->lang;
    char date[64];
    dh_report_date(m->created_us, date, sizeof date);

    dh_buf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>",
                  dh_lang_code(lang));
    if (m->unverified) esc(b, DH_NOT_VERIFIED " — ");
    esc(b, dh_tr(lang, R_AAR_TITLE_PREFIX));
    esc(b, dh_text_get(&sc->title, lang));
    dh_buf_printf(b, "</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n", dh_report_css);
    if (m->unverified) dh_buf_adds(b, "<div class=\"nv-stamp\">" DH_NOT_VERIFIED "</div>\n");
    dh_report_not_verified(b, m, 1);

    dh_buf_printf(b, "<header class=\"cover\"><div class=\"kicker\">%s · %s</div><h1>",
                  dh_tr(lang, R_AAR_TITLE), date);
    esc(b, dh_text_get(&sc->title, lang));
    dh_buf_adds(b, "</h1><p>");
    esc(b, dh_text_get(&sc->description, lang));
    dh_buf_adds(b, "</p></header>\n");

    dh_report_exec_summary(b, &a, lang);

    /* summary */
    dh_buf_printf(b, "<h2>%s</h2>\n<dl class=\"facts\">", dh_tr(lang, R_EXERCISE_SUMMARY));
    dh_buf_printf(b, "<dt>%s</dt><dd>", dh_tr(lang, R_SCENARIO));
    esc(b, sc->id);
    dh_buf_printf(b, " (%s %d)</dd>", dh_tr(lang, R_VERSION), sc->version);
    dh_buf_printf(b, "<dt>%s</dt><dd>%s</dd>", dh_tr(lang, R_DATE), date);
    dh_buf_printf(b, "<dt>%s</dt><dd>", dh_tr(lang, R_EXERCISE_TIME));
    dh_report_exercise_time(b, d, lang);
    dh_buf_adds(b, "</dd>");
    dh_buf_printf(b, "<dt>%s</dt><dd>%zu %s, %zu %s</dd>", dh_tr(lang, R_TEAMS), nteams,
                  dh_tr(lang, S_TEAMS), roster->nbrackets, dh_tr(lang, R_BRACKETS));
    dh_buf_printf(b, "<dt>%s</dt><dd>%zu %s, %zu %s</dd>", dh_tr(lang, R_DECISION_POINTS),
                  sc->ndecisions, dh_tr(lang, R_IN_THE_SCENARIO), a.nanswered + a.nmissed,
                  dh_tr(lang, R_FACED_BY_TEAMS));
    if (m->source) {
        dh_buf_printf(b, "<dt>%s</dt><dd>", dh_tr(lang, R_RECORD));
        esc(b, m->source);
        dh_buf_adds(b, "</dd>");
    }
    dh_buf_adds(b, "</dl>\n");
    dh_buf_adds(b, "<div class=\"kpis\">");
    dh_buf_printf(b, "<div class=\"kpi\"><b>%zu</b><span>%s</span></div>", nteams,
                  dh_tr(lang, R_TEAMS_TOOK_PART));
    /* the count first, its share after it: "7/420" says more than "1%" */
    char frac[64];
    dh_report_fraction(frac, sizeof frac, a.nanswered, a.nanswered + a.nmissed);
    char *share = strchr(frac, ' ');
    if (share) *share++ = 0;
    dh_buf_printf(b, "<div class=\"kpi\"><b>%s</b><span>%s %s</span></div>", frac,
                  dh_tr(lang, R_DECIDED_IN_TIME), share ? share : "");
    dh_buf_adds(b, "<div class=\"kpi\"><b>");
    dh_buf_add_tenths(b, a.total_mean, 0);
    dh_buf_printf(b, "</b><span>%s</span></div>", dh_tr(lang, R_MEAN_POINTS_PER_TEAM));
    dh_buf_adds(b, "<div class=\"kpi\"><b>");
    dh_buf_add_tenths(b, a.total_max, 0);
    dh_buf_printf(b, "</b><span>%s</span></div></div>\n", dh_tr(lang, R_BEST_TEAM_POINTS));

    dh_report_objectives(b, &a, lang);

    dh_buf_printf(b, "<h2>%s</h2>\n", dh_tr(lang, S_SCOREBOARD));
    if (roster->nroles > 0) {
        /* like with like: a role decides other things, so each is ranked on its
         * own first, and the sector as a whole after */
        int unroled = 0;
        for (size_t t = 0; t < roster->nteams; t++) unroled |= roster->teams[t].role < 0;
        for (int ro = 0; ro <= (int)roster->nroles; ro++) {
            if (ro == (int)roster->nroles && !unroled) break;
            int idx = ro == (int)roster->nroles ? -1 : ro;
            dh_buf_printf(b, "<h3 class=\"role\">%s: ", dh_tr(lang, R_ROLE));
            esc(b, idx >= 0 ? roster->roles[idx] : dh_tr(lang, R_NO_ROLE));
            dh_buf_adds(b, "</h3>\n");
            scoreboard(b, &a, lang, (group){BY_ROLE, idx});
        }
        dh_buf_printf(b, "<h3>%s</h3>\n", dh_tr(lang, R_SECTOR_OVERALL));
    }
    scoreboard(b, &a, lang, (group){BY_ALL, 0});
    if (roster->nbrackets > 1)
        for (size_t br = 0; br < roster->nbrackets; br++) {
            dh_buf_printf(b, "<h3>%s: ", dh_tr(lang, R_BRACKET));
            esc(b, dh_roster_bracket_name(roster, br));
            dh_buf_adds(b, "</h3>\n");
            scoreboard(b, &a, lang, (group){BY_BRACKET, (int)br});
        }

    dh_buf_printf(b, "<h2>%s</h2>\n", dh_tr(lang, R_CHART_CATEGORIES));
    dh_svg_categories(b, &a, lang);
    dh_buf_printf(b, "<h2>%s</h2>\n<p class=\"muted\">%s</p>\n", dh_tr(lang, R_TIMELINE),
                  dh_tr(lang, R_TIMELINE_NOTE));
    dh_svg_timeline(b, &a, lang);

    dh_buf_printf(b, "<h2>%s</h2>\n<p class=\"muted\">%s</p>\n<div class=\"findings\">",
                  dh_tr(lang, R_FINDINGS),
                  dh_tr(lang, R_FINDINGS_RULE));
    dh_buf_printf(b, "<section class=\"strength\"><h3>%s</h3>\n", dh_tr(lang, R_STRENGTHS));
    findings(b, &a, lang, DH_FIND_STRENGTH);
    dh_buf_printf(b, "</section><section class=\"improve\"><h3>%s</h3>\n",
                  dh_tr(lang, R_AREAS_FOR_IMPROVEMENT));
    findings(b, &a, lang, DH_FIND_IMPROVE);
    dh_buf_adds(b, "</section></div>\n");
    dh_report_questions_html(b, d, lang);
    dh_report_plan(b, &a, lang, -1);
    if (m->previous) {
        dh_aar prev;
        if (dh_aar_compute(&prev, m->previous)) b->failed = 1;
        else {
            dh_report_previous_plan(b, &a, &prev, lang, NULL, 0);
            dh_aar_free(&prev);
        }
    }
    dh_report_control_log(b, &a, lang);
    dh_report_evaluator_ratings(b, &a, lang);
    dh_report_feedback_html(b, d, a.rk.order, lang);

    dh_buf_printf(b, "<section class=\"teams-start\"><h2>%s</h2>\n",
                  dh_tr(lang, R_TEAM_BY_TEAM));
    for (size_t r = 0; r < nteams; r++) dh_report_team_section(b, &a, lang, a.rk.order[r], pts, m);
    int nglobal = 0;
    for (size_t i = 0; i < dh_drill_note_count(d); i++) {
        if (dh_drill_note_at(d, i)->team >= 0) continue;
        if (!nglobal++)
            dh_buf_printf(b, "<h3>%s</h3><ul class=\"notes\">\n",
                          dh_tr(lang, R_NOTES_ON_THE_WHOLE));
        char at[32];
        dh_time_format_clock(dh_drill_note_at(d, i)->t, at, sizeof at);
        dh_buf_printf(b, "<li>%s · ", at);
        esc(b, dh_drill_note_at(d, i)->text);
        dh_buf_adds(b, "</li>\n");
    }
    if (nglobal) dh_buf_adds(b, "</ul>\n");
    dh_buf_adds(b, "</section>\n<footer>");
    dh_buf_printf(b, "drillhall %s · %s", m->engine_version ? m->engine_version : "",
                  dh_tr(lang, R_FOOT_SCENARIO));
    dh_buf_adds(b, " ");
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
    dh_aar_free(&a);
    return b->failed ? DH_ENOMEM : DH_OK;
}
