/* dh_guide.c — the evaluator guide (HSEEP EEG) of a scenario, as printable HTML. */
#include "dh_guide.h"
#include "dh_html.h"
#include "dh_msg.h"
#include "dh_quality.h"

#include <stdint.h>
#include <stdlib.h>

static const char css[] =
    "*{box-sizing:border-box}"
    "body{margin:0;background:#eef1f4;color:#1d2733;font:14px/1.45 'Noto Sans','DejaVu Sans',"
    "'Segoe UI',Arial,sans-serif}"
    "main{max-width:1040px;margin:0 auto;background:#fff;padding:0 44px 40px}"
    "header.cover{margin:0 -44px 20px;padding:28px 44px 22px;background:#12324f;color:#fff;"
    "border-bottom:6px solid #e0a000}"
    "header.cover .kicker{text-transform:uppercase;letter-spacing:.12em;font-size:12px;opacity:.85}"
    "header.cover h1{margin:6px 0 8px;font-size:26px;line-height:1.25}"
    "header.cover p{margin:0 0 4px;max-width:880px;opacity:.92}"
    ".warn{border:2px solid #c62828;color:#9c1d15;padding:6px 12px;border-radius:4px;"
    "font-weight:600;margin:12px 0}"
    "h2{font-size:19px;margin:28px 0 10px;padding-bottom:4px;border-bottom:2px solid #12324f;"
    "color:#12324f;break-after:avoid}"
    "h3{font-size:16px;margin:20px 0 6px;break-after:avoid}"
    "table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:12.5px}"
    "th,td{padding:4px 5px;border-bottom:1px solid #dde3e9;text-align:left;vertical-align:top}"
    "th{background:#f1f4f7;font-weight:600;color:#34424f}"
    "td.n,th.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}"
    "tr{break-inside:avoid}"
    ".id{color:#6b7885;font-size:11px;margin-left:4px}.muted{color:#6b7885;font-size:12px}"
    "dl.facts{display:grid;grid-template-columns:200px 1fr;gap:3px 14px;margin:4px 0 8px}"
    "dl.facts dt{color:#5b6875}dl.facts dd{margin:0}"
    ".grade{display:inline-block;min-width:64px;text-align:center;border-radius:3px;"
    "font-weight:700;font-size:11.5px;padding:0 5px;color:#fff}"
    ".grade.strong{background:#2e7d32}.grade.adequate{background:#b07d00}"
    ".grade.weak{background:#c62828}"
    ".rate{display:inline-block;min-width:20px;text-align:center;border-radius:3px;font-weight:700;"
    "font-size:12px;padding:0 5px;color:#fff}.rate.rP{background:#2e7d32}"
    ".rate.rS{background:#7c9a1e}.rate.rM{background:#e06c00}.rate.rU{background:#c62828}"
    "section.decision{border-top:1px solid #c9d2db;margin-top:16px;break-inside:auto}"
    ".notes{background:#f7f9fb;border-left:4px solid #12324f;padding:6px 12px;margin:6px 0;"
    "white-space:pre-line}"
    ".prompt{font-size:15px;font-weight:600}"
    "ul.ev{margin:4px 0 10px 18px;padding:0}"
    "@page{size:A4;margin:14mm 12mm 16mm}"
    "@media print{body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}"
    "header.cover{margin:0 0 14px;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    ".grade,.rate{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

static void esc(dh_buf *b, const char *s) { dh_html_escape(b, s); }
static void esc_text(dh_buf *b, const dh_text *t, dh_lang lang) { esc(b, dh_text_get(t, lang)); }

static void clock_at(dh_buf *b, dh_ms t)
{
    char s[32];
    dh_time_format_clock(t, s, sizeof s);
    dh_buf_adds(b, s);
}

static void duration(dh_buf *b, dh_ms t)
{
    char s[32];
    dh_time_format_duration(t, s, sizeof s);
    dh_buf_adds(b, s);
}

/* "Contain +10 · Detect −5", or "0" */
static void points(dh_buf *b, const dh_scenario *sc, const dh_option *o, dh_lang lang)
{
    int any = 0;
    for (size_t c = 0; c < sc->ncategories; c++) {
        if (!o->points[c]) continue;
        if (any) dh_buf_adds(b, " · ");
        esc_text(b, &sc->categories[c].name, lang);
        dh_buf_adds(b, o->points[c] > 0 ? " +" : " ");
        dh_buf_add_milli(b, o->points[c]);
        any = 1;
    }
    if (!any) dh_buf_adds(b, "0");
}

static const dh_msg_id grade_name[] = {0, R_GUIDE_STRONG, R_GUIDE_ADEQUATE, R_GUIDE_WEAK};
static const char *const grade_class[] = {"", "strong", "adequate", "weak"};

static void grade(dh_buf *b, dh_quality q, dh_lang lang)
{
    dh_buf_printf(b, "<span class=\"grade %s\">%s</span>", grade_class[q], dh_tr(lang, grade_name[q]));
}

/* Decisions in the order they can open: by their inject's time, the injects
 * that only a trigger brings after every timed one, ties by definition order. */
static dh_ms opens_at(const dh_scenario *sc, int d)
{
    int on = sc->decisions[d].on;
    return on >= 0 && sc->injects[on].at != DH_MS_NEVER ? sc->injects[on].at : INT64_MAX;
}

static int *decision_order(const dh_scenario *sc)
{
    int *v = malloc((sc->ndecisions ? sc->ndecisions : 1) * sizeof *v);
    if (!v) return NULL;
    for (size_t i = 0; i < sc->ndecisions; i++) {
        int d = (int)i;
        size_t j = i;
        while (j > 0 && opens_at(sc, v[j - 1]) > opens_at(sc, d)) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = d;
    }
    return v;
}

static void cover(dh_buf *b, const dh_scenario *sc, dh_lang lang)
{
    dh_buf_printf(b, "<header class=\"cover\"><div class=\"kicker\">%s</div><h1>",
                  dh_tr(lang, R_GUIDE_KICKER));
    esc_text(b, &sc->title, lang);
    dh_buf_adds(b, "</h1>");
    if (!dh_text_empty(&sc->description)) {
        dh_buf_adds(b, "<p>");
        esc_text(b, &sc->description, lang);
        dh_buf_adds(b, "</p>");
    }
    dh_buf_printf(b, "<p>%s ", dh_tr(lang, R_SCENARIO));
    esc(b, sc->id ? sc->id : "?");
    dh_buf_printf(b, " · %s %d · %s ", dh_tr(lang, R_VERSION), sc->version,
                  dh_tr(lang, R_GUIDE_DURATION));
    duration(b, sc->duration);
    dh_buf_printf(b, "</p></header>\n<p class=\"warn\">%s</p>\n", dh_tr(lang, R_GUIDE_CONFIDENTIAL));
}

static void how_to(dh_buf *b, dh_lang lang)
{
    dh_buf_printf(b, "<h2>%s</h2>\n<p>%s</p>\n", dh_tr(lang, R_GUIDE_HOW),
                  dh_tr(lang, R_GUIDE_HOW_TEXT));
    dh_buf_printf(b, "<h3>%s</h3>\n<table><tbody>", dh_tr(lang, R_GUIDE_GRADES));
    static const dh_msg_id rule[] = {0, R_GUIDE_STRONG_RULE, R_GUIDE_ADEQUATE_RULE,
                                     R_GUIDE_WEAK_RULE};
    for (int q = DH_Q_GOOD; q <= DH_Q_POOR; q++) {
        dh_buf_adds(b, "<tr><td>");
        grade(b, (dh_quality)q, lang);
        dh_buf_printf(b, "</td><td>%s</td></tr>", dh_tr(lang, rule[q]));
    }
    dh_buf_printf(b, "</tbody></table>\n<p class=\"muted\">%s</p>\n", dh_tr(lang, R_GUIDE_LATENESS));
    static const dh_msg_id rating[] = {R_RATING_P, R_RATING_S, R_RATING_M, R_RATING_U};
    static const char letter[] = "PSMU";
    dh_buf_printf(b, "<h3>%s</h3>\n<table><tbody>", dh_tr(lang, R_GUIDE_RATING_KEY));
    for (int r = 0; r < 4; r++)
        dh_buf_printf(b, "<tr><td><span class=\"rate r%c\">%c</span></td><td>%s</td></tr>",
                      letter[r], letter[r], dh_tr(lang, rating[r]));
    dh_buf_printf(b, "</tbody></table>\n<p class=\"muted\">%s</p>\n", dh_tr(lang, R_RATING_RULE));
}

static void decision_link(dh_buf *b, const dh_decision *d, dh_lang lang)
{
    dh_buf_adds(b, "<a href=\"#d-");
    esc(b, d->id);
    dh_buf_adds(b, "\">");
    esc_text(b, &d->prompt, lang);
    dh_buf_adds(b, "</a><span class=\"id\">");
    esc(b, d->id);
    dh_buf_adds(b, "</span>");
}

static void objectives(dh_buf *b, const dh_scenario *sc, const int *order, dh_lang lang)
{
    dh_buf_printf(b, "<h2>%s</h2>\n", dh_tr(lang, R_GUIDE_OBJECTIVES));
    if (!sc->nobjectives) dh_buf_printf(b, "<p>%s</p>\n", dh_tr(lang, R_GUIDE_NO_OBJECTIVES));
    for (size_t o = 0; o < sc->nobjectives; o++) {
        const dh_objective *ob = &sc->objectives[o];
        dh_buf_printf(b, "<h3 id=\"o-");
        esc(b, ob->id);
        dh_buf_adds(b, "\">");
        esc(b, ob->id);
        dh_buf_adds(b, ". ");
        esc_text(b, &ob->text, lang);
        dh_buf_adds(b, "</h3>\n");
        if (ob->category >= 0) {
            dh_buf_printf(b, "<p class=\"muted\">%s: ", dh_tr(lang, R_CAPABILITY));
            esc_text(b, &sc->categories[ob->category].name, lang);
            dh_buf_adds(b, "</p>\n");
        }
        int any = 0;
        for (size_t k = 0; k < sc->ndecisions; k++) {
            const dh_decision *d = &sc->decisions[order[k]];
            int best = dh_decision_best_option(d), met = 0;
            if (!dh_decision_evidences(d, (int)o, best, &met)) continue;
            dh_buf_adds(b, any ? "<li>" : "<ul class=\"ev\"><li>");
            any = 1;
            decision_link(b, d, lang);
            dh_buf_printf(b, " — %s ", dh_tr(lang, R_GUIDE_MET_BY));
            int first = 1;
            for (size_t p = 0; p < d->noptions; p++) {
                if (!dh_decision_evidences(d, (int)o, (int)p, &met) || !met) continue;
                if (!first) dh_buf_adds(b, ", ");
                first = 0;
                dh_buf_adds(b, "<i>");
                esc(b, d->options[p].id);
                dh_buf_adds(b, "</i>");
            }
            dh_buf_adds(b, "</li>\n");
        }
        dh_buf_adds(b, any ? "</ul>\n" : "");
        if (!any) dh_buf_printf(b, "<p class=\"muted\">%s</p>\n", dh_tr(lang, R_GUIDE_NO_EVIDENCE));
    }
}

static void roles(dh_buf *b, char *const *r, size_t n, dh_lang lang)
{
    if (!n) dh_buf_adds(b, dh_tr(lang, R_GUIDE_EVERY_TEAM));
    for (size_t i = 0; i < n; i++) {
        if (i) dh_buf_adds(b, ", ");
        esc(b, r[i]);
    }
}

/* The options of any decision that bring inject `in`. */
static void brought_by(dh_buf *b, const dh_scenario *sc, int in, dh_lang lang)
{
    int any = 0;
    for (size_t d = 0; d < sc->ndecisions; d++)
        for (size_t o = 0; o < sc->decisions[d].noptions; o++) {
            const dh_option *op = &sc->decisions[d].options[o];
            for (size_t t = 0; t < op->ntriggers; t++) {
                if (op->triggers[t].inject != in) continue;
                dh_buf_printf(b, "%s%s ", any ? "; " : " — ", dh_tr(lang, R_GUIDE_BROUGHT_BY));
                esc(b, sc->decisions[d].id);
                dh_buf_adds(b, " / ");
                esc(b, op->id);
                dh_buf_adds(b, " (+");
                duration(b, op->triggers[t].after);
                dh_buf_adds(b, ")");
                any = 1;
            }
        }
}

static void facts(dh_buf *b, const dh_scenario *sc, const dh_decision *d, dh_lang lang)
{
    const dh_inject *in = d->on >= 0 ? &sc->injects[d->on] : NULL;
    dh_buf_printf(b, "<dl class=\"facts\"><dt>%s</dt><dd>", dh_tr(lang, R_GUIDE_OPENS));
    if (in) {
        dh_buf_printf(b, "%s <b>", dh_tr(lang, R_GUIDE_WITH_INJECT));
        esc_text(b, &in->title, lang);
        dh_buf_adds(b, "</b><span class=\"id\">");
        esc(b, in->id);
        dh_buf_adds(b, "</span> ");
        if (in->at != DH_MS_NEVER) {
            dh_buf_printf(b, "%s ", dh_tr(lang, R_GUIDE_AT));
            clock_at(b, in->at);
        } else {
            dh_buf_adds(b, dh_tr(lang, R_GUIDE_TRIGGERED));
            brought_by(b, sc, d->on, lang);
        }
        if (in->when_ref != DH_NOREF) dh_buf_printf(b, "; %s", dh_tr(lang, R_GUIDE_CONDITIONAL));
    }
    dh_buf_printf(b, "</dd><dt>%s</dt><dd>", dh_tr(lang, R_GUIDE_FOR));
    /* a decision reaches the teams of both its inject's roles and its own */
    if (d->nroles) roles(b, d->roles, d->nroles, lang);
    else roles(b, in ? in->roles : NULL, in ? in->nroles : 0, lang);
    dh_buf_printf(b, "</dd><dt>%s</dt><dd>", dh_tr(lang, R_GUIDE_WINDOW));
    if (d->within == DH_MS_NEVER) dh_buf_adds(b, dh_tr(lang, R_GUIDE_UNTIL_END));
    else duration(b, d->within);
    dh_buf_printf(b, "</dd><dt>%s</dt><dd>", dh_tr(lang, R_GUIDE_CREDIT));
    if (!d->speed.present) {
        dh_buf_adds(b, dh_tr(lang, R_GUIDE_CREDIT_FULL));
    } else {
        char full[32], zero[32];
        dh_time_format_duration(d->speed.full, full, sizeof full);
        dh_time_format_duration(d->speed.zero, zero, sizeof zero);
        dh_buf_printf(b, dh_tr(lang, R_GUIDE_CREDIT_SPEED), full, d->speed.floor_milli / 10, zero);
    }
    dh_buf_printf(b, "</dd><dt>%s</dt><dd>", dh_tr(lang, R_GUIDE_TIMEOUT));
    if (d->timeout >= 0) {
        grade(b, dh_quality_of(d, d->timeout), lang);
        dh_buf_adds(b, " ");
        esc_text(b, &d->options[d->timeout].text, lang);
    } else {
        dh_buf_adds(b, dh_tr(lang, R_GUIDE_NO_TIMEOUT));
    }
    dh_buf_adds(b, "</dd></dl>\n");
}

static void consequences(dh_buf *b, const dh_scenario *sc, const dh_option *o, dh_lang lang)
{
    int any = 0;
    for (size_t t = 0; t < o->ntriggers; t++) {
        const dh_trigger *tr = &o->triggers[t];
        if (tr->inject < 0) continue;
        char after[32];
        dh_time_format_duration(tr->after, after, sizeof after);
        dh_buf b2;
        dh_buf_init(&b2);
        esc(&b2, dh_text_get(&sc->injects[tr->inject].title, lang));
        if (any) dh_buf_adds(b, "<br>");
        dh_buf_printf(b, dh_tr(lang, R_GUIDE_BRINGS), dh_buf_cstr(&b2), after);
        dh_buf_free(&b2);
        any = 1;
    }
    if (o->nset) {
        if (any) dh_buf_adds(b, "<br>");
        dh_buf_printf(b, "%s ", dh_tr(lang, R_GUIDE_SETS));
        for (size_t s = 0; s < o->nset; s++) {
            if (s) dh_buf_adds(b, ", ");
            dh_buf_adds(b, "<code>");
            esc(b, dh_intern_str(&sc->names, o->set[s].flag));
            dh_buf_adds(b, "</code>");
        }
        any = 1;
    }
    if (!any) dh_buf_adds(b, "–");
}

static void options(dh_buf *b, const dh_scenario *sc, const dh_decision *d, dh_lang lang)
{
    dh_buf_printf(b, "<table><thead><tr><th>%s</th><th>%s</th><th>%s</th><th class=\"n\">%s</th>"
                     "<th>%s</th><th>%s</th></tr></thead><tbody>\n",
                  dh_tr(lang, R_GUIDE_GRADE), dh_tr(lang, R_GUIDE_OPTION),
                  dh_tr(lang, R_POINTS_BY_CATEGORY), dh_tr(lang, R_TOTAL),
                  dh_tr(lang, R_GUIDE_MEETS), dh_tr(lang, R_GUIDE_THEN));
    /* strong first, then adequate, then weak; within a grade, the most points first */
    size_t n = d->noptions;
    int *v = malloc((n ? n : 1) * sizeof *v);
    if (!v) {
        b->failed = 1;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        size_t j = i;
        dh_quality qi = dh_quality_of(d, (int)i);
        while (j > 0) {
            dh_quality qp = dh_quality_of(d, v[j - 1]);
            if (qp < qi || (qp == qi && d->options[v[j - 1]].total >= d->options[i].total)) break;
            v[j] = v[j - 1];
            j--;
        }
        v[j] = (int)i;
    }
    for (size_t k = 0; k < n; k++) {
        const dh_option *o = &d->options[v[k]];
        dh_buf_adds(b, "<tr><td>");
        grade(b, dh_quality_of(d, v[k]), lang);
        dh_buf_adds(b, "</td><td>");
        esc_text(b, &o->text, lang);
        dh_buf_adds(b, "<span class=\"id\">");
        esc(b, o->id);
        dh_buf_adds(b, "</span>");
        if (!dh_text_empty(&o->notes)) {
            dh_buf_adds(b, "<br><span class=\"muted\">");
            esc_text(b, &o->notes, lang);
            dh_buf_adds(b, "</span>");
        }
        dh_buf_adds(b, "</td><td>");
        points(b, sc, o, lang);
        dh_buf_printf(b, "</td><td class=\"n\"><b>%s", o->total > 0 ? "+" : "");
        dh_buf_add_milli(b, o->total);
        dh_buf_adds(b, "</b></td><td>");
        int any = 0;
        for (size_t ob = 0; ob < sc->nobjectives; ob++) {
            int met = 0;
            if (!dh_decision_evidences(d, (int)ob, v[k], &met) || !met) continue;
            dh_buf_adds(b, any ? ", <a href=\"#o-" : "<a href=\"#o-");
            esc(b, sc->objectives[ob].id);
            dh_buf_adds(b, "\">");
            esc(b, sc->objectives[ob].id);
            dh_buf_adds(b, "</a>");
            any = 1;
        }
        dh_buf_adds(b, any ? "</td><td>" : "–</td><td>");
        consequences(b, sc, o, lang);
        dh_buf_adds(b, "</td></tr>\n");
    }
    dh_buf_adds(b, "</tbody></table>\n");
    free(v);
}

static void note_block(dh_buf *b, const dh_text *t, dh_lang lang)
{
    if (dh_text_empty(t)) return;
    dh_buf_adds(b, "<div class=\"notes\">");
    esc_text(b, t, lang);
    dh_buf_adds(b, "</div>\n");
}

static void decisions(dh_buf *b, const dh_scenario *sc, const int *order, dh_lang lang)
{
    dh_buf_printf(b, "<h2>%s</h2>\n", dh_tr(lang, R_GUIDE_DECISIONS));
    for (size_t k = 0; k < sc->ndecisions; k++) {
        const dh_decision *d = &sc->decisions[order[k]];
        dh_buf_adds(b, "<section class=\"decision\" id=\"d-");
        esc(b, d->id);
        dh_buf_printf(b, "\"><h3>%zu. <span class=\"prompt\">", k + 1);
        esc_text(b, &d->prompt, lang);
        dh_buf_adds(b, "</span><span class=\"id\">");
        esc(b, d->id);
        dh_buf_adds(b, "</span></h3>\n");
        facts(b, sc, d, lang);
        const dh_inject *in = d->on >= 0 ? &sc->injects[d->on] : NULL;
        if ((in && !dh_text_empty(&in->notes)) || !dh_text_empty(&d->notes)) {
            dh_buf_printf(b, "<p><b>%s</b></p>\n", dh_tr(lang, R_GUIDE_EXPECTED));
            if (in) note_block(b, &in->notes, lang);
            note_block(b, &d->notes, lang);
        }
        options(b, sc, d, lang);
        if (!dh_text_empty(&d->balance_reason)) {
            dh_buf_printf(b, "<p class=\"muted\"><b>%s:</b> ", dh_tr(lang, R_GUIDE_BALANCE));
            esc_text(b, &d->balance_reason, lang);
            dh_buf_adds(b, "</p>\n");
        }
        dh_buf_adds(b, "</section>\n");
    }
}

dh_status dh_guide_html(dh_buf *b, const dh_scenario *sc, dh_lang lang)
{
    int *order = decision_order(sc);
    if (!order) return DH_ENOMEM;
    dh_buf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
                     "<title>%s",
                  dh_lang_code(lang), dh_tr(lang, R_GUIDE_TITLE_PREFIX));
    esc_text(b, &sc->title, lang);
    dh_buf_printf(b, "</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n", css);
    cover(b, sc, lang);
    how_to(b, lang);
    objectives(b, sc, order, lang);
    decisions(b, sc, order, lang);
    dh_buf_adds(b, "</main>\n</body>\n</html>\n");
    free(order);
    return b->failed ? DH_ENOMEM : DH_OK;
}
