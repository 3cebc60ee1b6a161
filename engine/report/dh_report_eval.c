/* dh_report_eval.c — the HSEEP parts of the after-action report: what a
 * leadership reads first (executive summary), how each objective was performed
 * (P/S/M/U, by the rule written beside it), what to fix (the improvement plan)
 * and what the facilitator did to the exercise (the control log). */
#include "dh_report_eval.h"
#include "dh_html.h"
#include "dh_quality.h"
#include "dh_msg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void esc(dh_buf *b, const char *s) { dh_html_escape(b, s); }

/* The evaluator's name after a rating's reason, when one signed it. */
static void by(dh_buf *b, const dh_rating_override *ov)
{
    if (!ov->by) return;
    dh_buf_adds(b, " (");
    esc(b, ov->by);
    dh_buf_addc(b, ')');
}

void dh_report_exercise_time(dh_buf *b, const dh_drill *d, dh_lang lang)
{
    char dur[32], at[32];
    dh_time_format_clock(dh_drill_scenario(d)->duration, dur, sizeof dur);
    dh_buf_adds(b, dur);
    if (dh_drill_ended(d) && !dh_drill_ended_early(d)) return;
    dh_time_format_clock(dh_drill_ended(d) ? dh_drill_end_time(d) : dh_drill_now(d), at, sizeof at);
    dh_buf_printf(b, "<b>%s%s</b>",
                  dh_tr(lang, dh_drill_ended(d) ? R_ENDED_EARLY_AT : R_STOPPED_AT), at);
}

static const dh_msg_id rating_names[DH_RATE_COUNT] = {R_RATING_P, R_RATING_S, R_RATING_M,
                                                      R_RATING_U};

void dh_report_badge(dh_buf *b, int r, dh_lang lang)
{
    if (r < 0 || r >= DH_RATE_COUNT) {
        dh_buf_printf(b, "<span class=\"rate none\" title=\"%s\">–</span>", dh_tr(lang, R_NOT_RATED));
        return;
    }
    dh_buf_printf(b, "<span class=\"rate r%s\" title=\"%s\">%s</span>",
                  dh_rating_letter((dh_rating)r), dh_tr(lang, rating_names[r]),
                  dh_rating_letter((dh_rating)r));
}

static void badge_named(dh_buf *b, int r, dh_lang lang)
{
    dh_report_badge(b, r, lang);
    if (r >= 0 && r < DH_RATE_COUNT) dh_buf_printf(b, " %s", dh_tr(lang, rating_names[r]));
}

static const char *capability(const dh_scenario *sc, const dh_objective *o, dh_lang lang)
{
    return o->category >= 0 ? dh_text_get(&sc->categories[o->category].name, lang) : "–";
}

/* Findings of one kind, the clearest first: strengths by the share that chose
 * the best option, areas for improvement by the share that did not. */
static size_t ranked_findings(const dh_aar *a, dh_finding which, int *out, size_t max)
{
    size_t nd = dh_drill_decision_count(a->d), n = 0;
    for (size_t k = 0; k < nd; k++) {
        const dh_aar_decision *ad = &a->decisions[k];
        if (ad->finding != which) continue;
        /* insertion by best share (cross-multiplied: no rounding) */
        size_t i = n;
        while (i > 0) {
            const dh_aar_decision *p = &a->decisions[out[i - 1]];
            long long lhs = (long long)ad->best * p->opened, rhs = (long long)p->best * ad->opened;
            int before = which == DH_FIND_STRENGTH ? lhs > rhs : lhs < rhs;
            if (!before) break;
            if (i < max) out[i] = out[i - 1];
            i--;
        }
        if (i < max) {
            out[i] = (int)k;
            if (n < max) n++;
        }
    }
    return n;
}

static void top_list(dh_buf *b, const dh_aar *a, dh_lang lang, dh_finding which)
{
    int top[3];
    size_t n = ranked_findings(a, which, top, 3);
    if (!n) {
        dh_buf_printf(b, "<p class=\"muted\">%s</p>\n", dh_tr(lang, R_NONE_IN_THIS_DRILL));
        return;
    }
    dh_buf_adds(b, "<ol>");
    for (size_t i = 0; i < n; i++) {
        const dh_decision *de = &dh_drill_scenario(a->d)->decisions[top[i]];
        const dh_aar_decision *ad = &a->decisions[top[i]];
        char f[64];
        dh_report_fraction(f, sizeof f, (size_t)ad->best, (size_t)ad->opened);
        dh_buf_adds(b, "<li>");
        esc(b, dh_text_get(&de->prompt, lang));
        dh_buf_printf(b, " <span class=\"muted\">— %s: %s</span></li>", dh_tr(lang, R_BEST_OPTION), f);
    }
    dh_buf_adds(b, "</ol>\n");
}

void dh_report_exec_summary(dh_buf *b, const dh_aar *a, dh_lang lang)
{
    const dh_drill *d = a->d;
    const dh_scenario *sc = dh_drill_scenario(d);
    char dur[32], f[64];
    dh_time_format(dh_drill_ended(d) ? dh_drill_end_time(d) : dh_drill_now(d), dur, sizeof dur);
    dh_buf_printf(b, "<section class=\"exec\" id=\"executive-summary\"><h2>%s</h2>\n",
                  dh_tr(lang, R_EXEC_SUMMARY));
    dh_buf_printf(b, "<h3>%s</h3><p>", dh_tr(lang, R_EXEC_TESTED));
    esc(b, dh_text_get(&sc->title, lang));
    dh_buf_adds(b, ": ");
    dh_buf_printf(b, dh_tr(lang, R_EXEC_TESTED_TEXT), sc->nobjectives, sc->ndecisions, dur);
    if (dh_drill_ended_early(d)) dh_buf_printf(b, " <b>(%s)</b>", dh_tr(lang, R_ENDED_EARLY));
    dh_buf_adds(b, "</p>\n");

    dh_buf_printf(b, "<h3>%s</h3>\n", dh_tr(lang, R_EXEC_RATINGS));
    size_t rated = 0;
    for (size_t o = 0; o < sc->nobjectives; o++) rated += a->objectives[o].nevidence > 0 ||
                                                           a->objectives[o].override;
    if (!rated) {
        dh_buf_printf(b, "<p class=\"muted\">%s</p>\n", dh_tr(lang, R_NO_OBJECTIVES_RATED));
    } else {
        dh_buf_adds(b, "<table class=\"ratings\"><tbody>\n");
        for (size_t o = 0; o < sc->nobjectives; o++) {
            const dh_aar_objective *ao = &a->objectives[o];
            if (!ao->nevidence && !ao->override) continue;
            dh_buf_adds(b, "<tr><td class=\"n\">");
            dh_report_badge(b, ao->rating, lang);
            dh_buf_adds(b, "</td><td>");
            esc(b, dh_text_get(&sc->objectives[o].text, lang));
            dh_buf_adds(b, "</td></tr>\n");
        }
        dh_buf_adds(b, "</tbody></table>\n");
    }
    dh_buf_printf(b, "<div class=\"two\"><div><h3>%s</h3>\n", dh_tr(lang, R_EXEC_TOP_STRENGTHS));
    top_list(b, a, lang, DH_FIND_STRENGTH);
    dh_buf_printf(b, "</div><div><h3>%s</h3>\n", dh_tr(lang, R_EXEC_TOP_IMPROVE));
    top_list(b, a, lang, DH_FIND_IMPROVE);
    dh_buf_adds(b, "</div></div>\n");
    dh_buf_printf(b, "<h3>%s</h3><p>", dh_tr(lang, R_EXEC_PARTICIPATION));
    dh_report_fraction(f, sizeof f, a->nanswered, a->nanswered + a->nmissed);
    dh_buf_printf(b, dh_tr(lang, R_EXEC_PARTICIPATION_TEXT), dh_drill_team_count(d),
                  dh_drill_roster(d)->nbrackets, f);
    dh_buf_adds(b, "</p></section>\n");
}

void dh_report_objectives(dh_buf *b, const dh_aar *a, dh_lang lang)
{
    const dh_scenario *sc = dh_drill_scenario(a->d);
    if (!sc->nobjectives) return;
    dh_buf_printf(b, "<h2 id=\"objectives\">%s</h2>\n<p class=\"muted\">%s</p>\n",
                  dh_tr(lang, R_OBJECTIVES), dh_tr(lang, R_RATING_RULE));
    dh_buf_printf(b, "<table class=\"objectives\"><thead><tr><th>%s</th><th>%s</th><th>%s</th>"
                     "<th>%s</th><th class=\"n\">%s</th></tr></thead><tbody>\n",
                  dh_tr(lang, R_OBJECTIVE), dh_tr(lang, R_CAPABILITY), dh_tr(lang, R_EVIDENCE),
                  dh_tr(lang, R_RATING), dh_tr(lang, R_TEAMS_PSMU));
    for (size_t o = 0; o < sc->nobjectives; o++) {
        const dh_objective *ob = &sc->objectives[o];
        const dh_aar_objective *ao = &a->objectives[o];
        dh_buf_adds(b, "<tr><td>");
        esc(b, dh_text_get(&ob->text, lang));
        if (ob->named) {
            dh_buf_adds(b, "<span class=\"id\">");
            esc(b, ob->id);
            dh_buf_adds(b, "</span>");
        }
        dh_buf_adds(b, "</td><td>");
        esc(b, capability(sc, ob, lang));
        dh_buf_adds(b, "</td><td class=\"muted\">");
        int first = 1, met;
        for (size_t k = 0; k < sc->ndecisions; k++) {
            if (!dh_decision_evidences(&sc->decisions[k], (int)o, -1, &met)) continue;
            if (!first) dh_buf_adds(b, ", ");
            first = 0;
            esc(b, sc->decisions[k].id);
        }
        if (first) dh_buf_adds(b, "–");
        dh_buf_adds(b, "</td><td>");
        badge_named(b, ao->rating, lang);
        if (ao->override) {
            dh_buf_printf(b, "<br><span class=\"muted\">%s; %s: ", dh_tr(lang, R_RATED_BY_EVALUATOR),
                          dh_tr(lang, R_COMPUTED));
            dh_buf_adds(b, ao->computed >= 0 ? dh_rating_letter((dh_rating)ao->computed) : "–");
            dh_buf_adds(b, " — ");
            esc(b, ao->override->reason);
            by(b, ao->override);
            dh_buf_adds(b, "</span>");
        }
        dh_buf_printf(b, "</td><td class=\"n\">%d / %d / %d / %d</td></tr>\n", ao->count[0],
                      ao->count[1], ao->count[2], ao->count[3]);
    }
    dh_buf_adds(b, "</tbody></table>\n");
}

void dh_report_control_log(dh_buf *b, const dh_aar *a, dh_lang lang)
{
    const dh_drill *d = a->d;
    const dh_scenario *sc = dh_drill_scenario(d);
    dh_buf_printf(b, "<h2 id=\"control-log\">%s</h2>\n<p class=\"muted\">%s</p>\n",
                  dh_tr(lang, R_CONTROL_LOG), dh_tr(lang, R_CONTROL_NOTE));
    size_t n = dh_drill_control_count(d);
    if (!n) {
        dh_buf_printf(b, "<p>%s</p>\n", dh_tr(lang, R_CONTROL_EMPTY));
        return;
    }
    dh_buf_printf(b, "<table class=\"control\"><thead><tr><th class=\"n\">%s</th><th>%s</th></tr>"
                     "</thead><tbody>\n",
                  dh_tr(lang, R_TIME), dh_tr(lang, R_ACTION));
    for (size_t i = 0; i < n; i++) {
        const dh_control *c = dh_drill_control_at(d, i);
        char at[32], v[48];
        dh_time_format_clock(c->t, at, sizeof at);
        dh_buf_printf(b, "<tr><td class=\"n\">%s</td><td>", at);
        switch (c->kind) {
        case DH_IN_PAUSE: dh_buf_adds(b, dh_tr(lang, R_CTL_PAUSE)); break;
        case DH_IN_RESUME: dh_buf_adds(b, dh_tr(lang, R_CTL_RESUME)); break;
        case DH_IN_SPEED: {
            dh_buf sp;
            dh_buf_init(&sp);
            dh_buf_add_milli(&sp, c->value);
            snprintf(v, sizeof v, "%s", sp.failed ? "?" : dh_buf_cstr(&sp));
            dh_buf_free(&sp);
            dh_buf_printf(b, dh_tr(lang, R_CTL_SPEED), v);
            break;
        }
        case DH_IN_DELIVER:
            if (c->team >= 0 && (size_t)c->team < dh_drill_team_count(d)) {
                dh_buf tn;
                dh_buf_init(&tn);
                dh_html_escape(&tn, dh_drill_roster(d)->teams[c->team].name);
                dh_buf_printf(b, dh_tr(lang, R_CTL_DELIVER_ONE), tn.failed ? "?" : dh_buf_cstr(&tn));
                dh_buf_free(&tn);
            } else {
                dh_buf_adds(b, dh_tr(lang, R_CTL_DELIVER_ALL));
            }
            if (c->inject >= 0 && (size_t)c->inject < sc->ninjects)
                esc(b, dh_text_get(&sc->injects[c->inject].title, lang));
            break;
        case DH_IN_MESSAGE:
            if (c->value >= 0 && (size_t)c->value < dh_drill_message_count(d)) {
                const dh_message *msg = dh_drill_message_at(d, (size_t)c->value);
                dh_buf tn;
                dh_buf_init(&tn);
                if (c->team >= 0 && (size_t)c->team < dh_drill_team_count(d))
                    dh_html_escape(&tn, dh_drill_roster(d)->teams[c->team].name);
                else
                    dh_buf_adds(&tn, dh_tr(lang, R_EVERY_TEAM));
                dh_buf_printf(b, dh_tr(lang, R_CTL_MESSAGE), tn.failed ? "?" : dh_buf_cstr(&tn));
                dh_buf_free(&tn);
                dh_buf_adds(b, "<b>");
                esc(b, msg->title);
                dh_buf_adds(b, "</b>");
                if (msg->body[0]) {
                    dh_buf_adds(b, "<div style=\"white-space:pre-line\">");
                    esc(b, msg->body);
                    dh_buf_adds(b, "</div>");
                }
            }
            break;
        case DH_IN_JUMP:
            dh_time_format_clock(c->value, v, sizeof v);
            dh_buf_printf(b, dh_tr(lang, R_CTL_JUMP), v);
            break;
        case DH_IN_END:
            dh_time_format_clock(sc->duration, v, sizeof v);
            if (c->t < sc->duration) dh_buf_printf(b, dh_tr(lang, R_CTL_END), v);
            else dh_buf_adds(b, dh_input_kind_name(c->kind));
            break;
        default:
            dh_buf_adds(b, dh_input_kind_name(c->kind));
            break;
        }
        dh_buf_adds(b, "</td></tr>\n");
    }
    dh_buf_adds(b, "</tbody></table>\n");
}

void dh_report_evaluator_ratings(dh_buf *b, const dh_aar *a, dh_lang lang)
{
    const dh_drill *d = a->d;
    const dh_scenario *sc = dh_drill_scenario(d);
    size_t n = dh_drill_override_count(d);
    if (!n) return;
    dh_buf_printf(b, "<h3 id=\"evaluator-ratings\">%s</h3><ul class=\"notes\">\n",
                  dh_tr(lang, R_EVALUATOR_RATINGS));
    for (size_t i = 0; i < n; i++) {
        const dh_rating_override *ov = dh_drill_override_at(d, i);
        if (ov->objective < 0 || (size_t)ov->objective >= sc->nobjectives) continue;
        char at[32];
        dh_time_format_clock(ov->t, at, sizeof at);
        dh_buf_printf(b, "<li>%s · ", at);
        esc(b, ov->team >= 0 && (size_t)ov->team < dh_drill_team_count(d)
                   ? dh_drill_roster(d)->teams[ov->team].name
                   : dh_tr(lang, R_WHOLE_DRILL));
        dh_buf_adds(b, " · ");
        esc(b, dh_text_get(&sc->objectives[ov->objective].text, lang));
        dh_buf_adds(b, ": ");
        dh_report_badge(b, (int)ov->rating, lang);
        dh_buf_adds(b, " — ");
        esc(b, ov->reason);
        by(b, ov);
        dh_buf_adds(b, "</li>\n");
    }
    dh_buf_adds(b, "</ul>\n");
}

void dh_report_team_ratings(dh_buf *b, const dh_aar *a, dh_lang lang, int t)
{
    const dh_scenario *sc = dh_drill_scenario(a->d);
    size_t no = sc->nobjectives;
    int any = 0;
    for (size_t o = 0; o < no; o++) {
        int r = a->rating[(size_t)t * no + o];
        if (r < 0) continue;
        if (!any++) dh_buf_printf(b, "<p class=\"ratings\"><b>%s:</b> ", dh_tr(lang, R_OBJECTIVES));
        else dh_buf_adds(b, " · ");
        dh_report_badge(b, r, lang);
        dh_buf_adds(b, " ");
        esc(b, dh_text_get(&sc->objectives[o].text, lang));
        const dh_rating_override *ov = a->override[(size_t)t * no + o];
        if (ov) {
            dh_buf_printf(b, " <span class=\"muted\">(%s: ", dh_tr(lang, R_RATED_BY_EVALUATOR));
            esc(b, ov->reason);
            by(b, ov);
            dh_buf_adds(b, ")</span>");
        }
    }
    if (any) dh_buf_adds(b, "</p>\n");
}
