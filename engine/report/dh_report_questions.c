/* dh_report_questions.c — the report's open questions: every team's answer,
 * each evaluator's rubric score and comment, their agreement and the
 * facilitator's settlement; in HTML (the whole drill and each team's page),
 * JSON and CSV. An answer nobody scored says so, never a silent zero. Every
 * text a team or an evaluator wrote is escaped for the format it goes into. */
#include "dh_report_questions.h"
#include "dh_csv_write.h"
#include "dh_html.h"
#include "dh_msg.h"
#include "dh_question.h"

#include <stdlib.h>
#include <string.h>

static void esc(dh_buf *b, const char *s) { dh_html_escape(b, s ? s : ""); }

typedef enum qverdict { QV_OPEN, QV_UNANSWERED, QV_UNSCORED, QV_SCORED, QV_AGREED,
                        QV_DISAGREE, QV_SETTLED } qverdict;

static const char *const verdict_ids[] = {"open", "unanswered", "unscored", "scored",
                                          "agreed", "disagreement", "settled"};

static qverdict verdict(const dh_question_state *st)
{
    if (st->status == DH_Q_OPEN) return QV_OPEN;
    if (st->status == DH_Q_EXPIRED) return QV_UNANSWERED;
    if (st->settled) return QV_SETTLED;
    if (!st->nscores) return QV_UNSCORED;
    if (st->nscores == 1) return QV_SCORED;
    return dh_question_agreed(st) ? QV_AGREED : QV_DISAGREE;
}

static const char *verdict_text(qverdict v, dh_lang lang)
{
    static const dh_msg_id ids[] = {R_Q_OPEN, R_Q_UNANSWERED, R_Q_UNSCORED, R_Q_SCORED,
                                    R_Q_AGREED, R_Q_DISAGREE, R_Q_SETTLED};
    return dh_tr(lang, ids[v]);
}

int dh_report_has_questions(const dh_drill *d) { return dh_drill_question_count(d) > 0; }

/* --- HTML ------------------------------------------------------------------------ */

static void items_html(dh_buf *b, const dh_question *q, uint32_t ticks, dh_lang lang)
{
    int n = 0;
    for (size_t i = 0; i < q->nrubric && i < DH_MAX_RUBRIC; i++) {
        if (!((ticks >> i) & 1u)) continue;
        dh_buf_adds(b, n++ ? "; " : "");
        esc(b, dh_text_get(&q->rubric[i].text, lang));
    }
    if (!n) dh_buf_printf(b, "<i>%s</i>", dh_tr(lang, R_Q_NO_ITEM));
}

static void scores_html(dh_buf *b, const dh_question *q, const dh_question_state *st,
                        dh_lang lang, size_t ncat, int64_t *pts)
{
    if (!st->nscores && !st->settled) return;
    dh_buf_adds(b, "<ul class=\"notes\">");
    for (size_t i = 0; i < st->nscores; i++) {
        const dh_answer_score *s = &st->scores[i];
        dh_buf_adds(b, "<li><b>");
        esc(b, s->by ? s->by : dh_tr(lang, R_Q_FACILITATOR));
        dh_buf_adds(b, "</b> ");
        dh_buf_add_tenths(b, dh_rubric_points(q, s->ticks, st->factor, ncat, pts), 0);
        dh_buf_printf(b, " %s: ", dh_tr(lang, S_POINTS));
        items_html(b, q, s->ticks, lang);
        if (s->comment && s->comment[0]) {
            dh_buf_adds(b, " — <span class=\"q-text\">");
            esc(b, s->comment);
            dh_buf_adds(b, "</span>");
        }
        dh_buf_adds(b, "</li>");
    }
    if (st->settled) {
        dh_buf_printf(b, "<li><b>%s</b> ", dh_tr(lang, R_Q_SETTLED));
        dh_buf_add_tenths(b, dh_rubric_points(q, st->settled_ticks, st->factor, ncat, pts), 0);
        dh_buf_printf(b, " %s: ", dh_tr(lang, S_POINTS));
        items_html(b, q, st->settled_ticks, lang);
        dh_buf_adds(b, " — <span class=\"q-text\">");
        esc(b, st->settle_reason);
        dh_buf_adds(b, "</span></li>");
    }
    dh_buf_adds(b, "</ul>");
}

/* One row: team (when asked), answer, verdict and scores, points. */
static void answer_row(dh_buf *b, const dh_drill *d, int t, int qi, int with_team, dh_lang lang,
                       int64_t *pts)
{
    const dh_question *q = &dh_drill_scenario(d)->questions[qi];
    const dh_question_state *st = dh_drill_question(d, t, qi);
    qverdict v = verdict(st);
    dh_buf_adds(b, "<tr>");
    if (with_team) {
        dh_buf_adds(b, "<td class=\"name\">");
        esc(b, dh_drill_roster(d)->teams[t].name);
        dh_buf_adds(b, "</td>");
    } else {
        dh_buf_adds(b, "<td>");
        esc(b, dh_text_get(&q->prompt, lang));
        dh_buf_adds(b, "</td>");
    }
    dh_buf_adds(b, "<td><div class=\"q-text\">");
    esc(b, st->answer);
    dh_buf_printf(b, "</div><span class=\"tag q-%s\">%s</span>", verdict_ids[v],
                  verdict_text(v, lang));
    scores_html(b, q, st, lang, dh_drill_category_count(d), pts);
    dh_buf_adds(b, "</td><td class=\"n\">");
    if (v == QV_UNSCORED || v == QV_OPEN) dh_buf_adds(b, "—");
    else dh_buf_add_tenths(b, st->points, 0);
    dh_buf_adds(b, "</td></tr>\n");
}

static const char qcss[] = "<style>.q-text{white-space:pre-wrap;overflow-wrap:anywhere}"
                           ".q-unscored,.q-disagreement{background:#fff3cd}</style>\n";

void dh_report_questions_html(dh_buf *b, const dh_drill *d, dh_lang lang)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    if (!dh_report_has_questions(d)) return;
    int64_t *pts = malloc((sc->ncategories ? sc->ncategories : 1) * sizeof *pts);
    if (!pts) {
        b->failed = 1;
        return;
    }
    dh_buf_adds(b, qcss);
    dh_buf_printf(b, "<h2>%s</h2>\n<p class=\"muted\">%s</p>\n", dh_tr(lang, R_Q_TITLE),
                  dh_tr(lang, R_Q_NOTE));
    for (size_t qi = 0; qi < sc->nquestions; qi++) {
        const dh_question *q = &sc->questions[qi];
        dh_buf_adds(b, "<h3>");
        esc(b, dh_text_get(&q->prompt, lang));
        dh_buf_adds(b, " <span class=\"id\">");
        esc(b, q->id);
        dh_buf_printf(b, "</span></h3>\n<p class=\"muted\"><b>%s:</b> ", dh_tr(lang, R_Q_RUBRIC));
        for (size_t i = 0; i < q->nrubric; i++) {
            if (i) dh_buf_adds(b, " · ");
            esc(b, dh_text_get(&q->rubric[i].text, lang));
            dh_buf_adds(b, " (");
            dh_buf_add_tenths(b, q->rubric[i].total, DH_TENTHS_PLUS);
            dh_buf_adds(b, ")");
        }
        dh_buf_printf(b, "</p>\n<table><thead><tr><th>%s</th><th>%s</th><th class=\"n\">%s</th>"
                         "</tr></thead><tbody>\n",
                      dh_tr(lang, R_TEAM), dh_tr(lang, R_Q_ANSWER), dh_tr(lang, R_POINTS));
        for (size_t t = 0; t < dh_drill_team_count(d); t++)
            if (dh_drill_question(d, (int)t, (int)qi)->status != DH_Q_CLOSED)
                answer_row(b, d, (int)t, (int)qi, 1, lang, pts);
        dh_buf_adds(b, "</tbody></table>\n");
    }
    free(pts);
}

void dh_report_team_questions_html(dh_buf *b, const dh_drill *d, dh_lang lang, int team)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    int n = 0;
    int64_t *pts = malloc((sc->ncategories ? sc->ncategories : 1) * sizeof *pts);
    if (!pts) {
        b->failed = 1;
        return;
    }
    for (size_t qi = 0; qi < dh_drill_question_count(d); qi++) {
        if (dh_drill_question(d, team, (int)qi)->status == DH_Q_CLOSED) continue;
        if (!n++)
            dh_buf_printf(b, "<p class=\"muted\"><b>%s</b></p><table><thead><tr><th>%s</th>"
                             "<th>%s</th><th class=\"n\">%s</th></tr></thead><tbody>\n",
                          dh_tr(lang, R_Q_TITLE), dh_tr(lang, R_Q_QUESTION),
                          dh_tr(lang, R_Q_ANSWER), dh_tr(lang, R_POINTS));
        answer_row(b, d, team, (int)qi, 0, lang, pts);
    }
    if (n) dh_buf_adds(b, "</tbody></table>\n");
    free(pts);
}

/* --- JSON -------------------------------------------------------------------------- */

static void json_items(dh_buf *b, const dh_question *q, uint32_t ticks)
{
    dh_buf_addc(b, '[');
    for (size_t i = 0, n = 0; i < q->nrubric && i < DH_MAX_RUBRIC; i++) {
        if (!((ticks >> i) & 1u)) continue;
        if (n++) dh_buf_addc(b, ',');
        dh_buf_add_json_str(b, q->rubric[i].id);
    }
    dh_buf_addc(b, ']');
}

void dh_report_questions_json(dh_buf *b, const dh_drill *d)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    size_t ncat = sc->ncategories;
    int64_t *pts = malloc((ncat ? ncat : 1) * sizeof *pts);
    if (!pts) {
        b->failed = 1;
        return;
    }
    dh_buf_adds(b, "\"questions\":[");
    for (size_t qi = 0; qi < dh_drill_question_count(d); qi++) {
        const dh_question *q = &sc->questions[qi];
        dh_buf_adds(b, qi ? ",\n{\"id\":" : "\n{\"id\":");
        dh_buf_add_json_str(b, q->id);
        dh_buf_adds(b, ",\"answers\":[");
        int first = 1;
        for (size_t t = 0; t < dh_drill_team_count(d); t++) {
            const dh_question_state *st = dh_drill_question(d, (int)t, (int)qi);
            if (st->status == DH_Q_CLOSED) continue;
            dh_buf_adds(b, first ? "{\"team\":" : ",{\"team\":");
            first = 0;
            dh_buf_add_json_str(b, dh_drill_roster(d)->teams[t].id);
            dh_buf_printf(b, ",\"status\":\"%s\",\"text\":", verdict_ids[verdict(st)]);
            if (st->answer) dh_buf_add_json_str(b, st->answer);
            else dh_buf_adds(b, "null");
            dh_buf_adds(b, ",\"points\":");
            if (st->status == DH_Q_ANSWERED && (st->nscores || st->settled))
                dh_buf_add_milli(b, st->points);
            else
                dh_buf_adds(b, "null");
            dh_buf_adds(b, ",\"scores\":[");
            for (size_t i = 0; i < st->nscores; i++) {
                const dh_answer_score *s = &st->scores[i];
                dh_buf_adds(b, i ? ",{\"evaluator\":" : "{\"evaluator\":");
                if (s->by) dh_buf_add_json_str(b, s->by);
                else dh_buf_adds(b, "null");
                dh_buf_adds(b, ",\"items\":");
                json_items(b, q, s->ticks);
                dh_buf_adds(b, ",\"points\":");
                dh_buf_add_milli(b, dh_rubric_points(q, s->ticks, st->factor, ncat, pts));
                dh_buf_adds(b, ",\"comment\":");
                dh_buf_add_json_str(b, s->comment ? s->comment : "");
                dh_buf_addc(b, '}');
            }
            dh_buf_adds(b, "]");
            if (st->settled) {
                dh_buf_adds(b, ",\"settled\":{\"items\":");
                json_items(b, q, st->settled_ticks);
                dh_buf_adds(b, ",\"reason\":");
                dh_buf_add_json_str(b, st->settle_reason ? st->settle_reason : "");
                dh_buf_addc(b, '}');
            }
            dh_buf_addc(b, '}');
        }
        dh_buf_adds(b, "]}");
    }
    dh_buf_adds(b, "]");
    free(pts);
}

/* --- CSV ---------------------------------------------------------------------------- */

static void csv_points(dh_buf *b, int64_t v)
{
    dh_buf_addc(b, ',');
    dh_buf_add_milli(b, v);
}

dh_status dh_report_csv_questions(dh_buf *b, const dh_drill *d)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    size_t ncat = sc->ncategories;
    int64_t *pts = malloc((ncat ? ncat : 1) * sizeof *pts);
    if (!pts) return DH_ENOMEM;
    dh_buf_adds(b, "team,name,question,status,seconds_to_answer,answer,evaluator,items,"
                   "evaluator_points,comment,points\r\n");
    for (size_t t = 0; t < dh_drill_team_count(d); t++) {
        const dh_team_info *ti = &dh_drill_roster(d)->teams[t];
        for (size_t qi = 0; qi < dh_drill_question_count(d); qi++) {
            const dh_question *q = &sc->questions[qi];
            const dh_question_state *st = dh_drill_question(d, (int)t, (int)qi);
            if (st->status == DH_Q_CLOSED) continue;
            qverdict v = verdict(st);
            /* one row per evaluator's score, the settlement, or the answer alone */
            size_t rows = st->nscores + (st->settled ? 1 : 0);
            for (size_t r = 0; r < (rows ? rows : 1); r++) {
                dh_csv_add_field(b, ti->id);
                dh_buf_addc(b, ',');
                dh_csv_add_field(b, ti->name);
                dh_buf_addc(b, ',');
                dh_csv_add_field(b, q->id);
                dh_buf_printf(b, ",%s,", verdict_ids[v]);
                if (st->status == DH_Q_ANSWERED) dh_buf_add_milli(b, st->answered_at - st->opened_at);
                dh_buf_addc(b, ',');
                dh_csv_add_field(b, st->answer ? st->answer : "");
                dh_buf_addc(b, ',');
                if (rows) {
                    int settle = r == st->nscores;
                    const dh_answer_score *s = settle ? NULL : &st->scores[r];
                    uint32_t ticks = settle ? st->settled_ticks : s->ticks;
                    char items[1024];
                    dh_rubric_format(q, ticks, items, sizeof items);
                    dh_csv_add_field(b, settle ? "(settled)" : s->by ? s->by : "(facilitator)");
                    dh_buf_addc(b, ',');
                    dh_csv_add_field(b, items);
                    csv_points(b, dh_rubric_points(q, ticks, st->factor, ncat, pts));
                    dh_buf_addc(b, ',');
                    dh_csv_add_field(b, settle ? st->settle_reason : s->comment);
                } else {
                    dh_buf_adds(b, ",,,");
                }
                dh_buf_addc(b, ',');
                if (st->status == DH_Q_ANSWERED && rows) dh_buf_add_milli(b, st->points);
                dh_buf_adds(b, "\r\n");
            }
        }
    }
    free(pts);
    return b->failed ? DH_ENOMEM : DH_OK;
}
