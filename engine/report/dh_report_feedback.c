/* dh_report_feedback.c — the report's participant feedback (the hot wash): each
 * rating question as its mean and how many teams gave each rating, each text
 * question as every team's answer in its own words; in HTML, JSON and CSV. And
 * the facilitator's own words: the injects written on the spot, team by team. */
#include "dh_report_feedback.h"
#include "dh_csv_write.h"
#include "dh_html.h"
#include "dh_msg.h"

#include <stdio.h>

static void esc(dh_buf *b, const char *s) { dh_html_escape(b, s); }

/* The ratings given to question q: count per rating (1..5), and how many. */
static size_t tally(const dh_drill *d, int q, size_t dist[DH_FB_RATING_MAX + 1], int64_t *sum)
{
    size_t n = 0;
    *sum = 0;
    for (int r = 0; r <= DH_FB_RATING_MAX; r++) dist[r] = 0;
    for (size_t t = 0; t < dh_drill_team_count(d); t++) {
        const dh_feedback *f = dh_drill_feedback_find(d, (int)t, q);
        if (!f || f->rating < DH_FB_RATING_MIN || f->rating > DH_FB_RATING_MAX) continue;
        dist[f->rating]++;
        *sum += f->rating;
        n++;
    }
    return n;
}

/* The mean to one decimal, rounded half up: "3.7". */
static void mean(char *buf, size_t len, int64_t sum, size_t n)
{
    int64_t tenths = n ? (sum * 20 + (int64_t)n) / (2 * (int64_t)n) : 0;
    snprintf(buf, len, "%lld.%lld", (long long)(tenths / 10), (long long)(tenths % 10));
}

static size_t teams_answering(const dh_drill *d)
{
    size_t n = 0;
    for (size_t t = 0; t < dh_drill_team_count(d); t++)
        for (size_t q = 0; q < dh_drill_scenario(d)->nfeedback; q++)
            if (dh_drill_feedback_find(d, (int)t, (int)q)) {
                n++;
                break;
            }
    return n;
}

void dh_report_feedback_html(dh_buf *b, const dh_drill *d, const int *order, dh_lang lang)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    size_t nteams = dh_drill_team_count(d), answering = teams_answering(d);
    dh_buf_printf(b, "<h2 id=\"feedback\">%s</h2>\n<p class=\"muted\">", dh_tr(lang, R_FEEDBACK));
    dh_buf_printf(b, dh_tr(lang, R_FEEDBACK_NOTE), answering, nteams);
    dh_buf_adds(b, "</p>\n");
    if (!answering) {
        dh_buf_printf(b, "<p>%s</p>\n", dh_tr(lang, R_FEEDBACK_NONE));
        return;
    }
    int any_rating = 0;
    for (size_t q = 0; q < sc->nfeedback; q++) any_rating |= sc->feedback[q].kind == DH_FB_RATING;
    if (any_rating) {
        dh_buf_printf(b, "<table class=\"feedback\"><thead><tr><th>%s</th><th class=\"n\">%s</th>"
                         "<th class=\"n\">%s</th>",
                      dh_tr(lang, R_FB_QUESTION), dh_tr(lang, R_FB_ANSWERS), dh_tr(lang, R_FB_MEAN));
        for (int r = DH_FB_RATING_MIN; r <= DH_FB_RATING_MAX; r++)
            dh_buf_printf(b, "<th class=\"n\">%d</th>", r);
        dh_buf_adds(b, "</tr></thead><tbody>\n");
        for (size_t q = 0; q < sc->nfeedback; q++) {
            if (sc->feedback[q].kind != DH_FB_RATING) continue;
            size_t dist[DH_FB_RATING_MAX + 1];
            int64_t sum;
            size_t n = tally(d, (int)q, dist, &sum);
            char m[32] = "—";
            if (n) mean(m, sizeof m, sum, n);
            dh_buf_adds(b, "<tr><td>");
            esc(b, dh_text_get(&sc->feedback[q].text, lang));
            dh_buf_printf(b, "</td><td class=\"n\">%zu</td><td class=\"n\"><b>%s</b></td>", n, m);
            for (int r = DH_FB_RATING_MIN; r <= DH_FB_RATING_MAX; r++)
                dh_buf_printf(b, "<td class=\"n\">%zu</td>", dist[r]);
            dh_buf_adds(b, "</tr>\n");
        }
        dh_buf_adds(b, "</tbody></table>\n");
    }
    for (size_t q = 0; q < sc->nfeedback; q++) {
        if (sc->feedback[q].kind != DH_FB_TEXT) continue;
        dh_buf_adds(b, "<h3>");
        esc(b, dh_text_get(&sc->feedback[q].text, lang));
        dh_buf_adds(b, "</h3>\n");
        int any = 0;
        for (size_t r = 0; r < nteams; r++) {
            int t = order ? order[r] : (int)r;
            const dh_feedback *f = dh_drill_feedback_find(d, t, (int)q);
            if (!f || !f->text) continue;
            if (!any++) dh_buf_adds(b, "<ul class=\"feedback\">\n");
            /* the team's own words, line breaks kept */
            dh_buf_adds(b, "<li style=\"white-space:pre-line\"><b>");
            esc(b, dh_drill_roster(d)->teams[t].name);
            dh_buf_adds(b, "</b>: ");
            esc(b, f->text);
            dh_buf_adds(b, "</li>\n");
        }
        if (any) dh_buf_adds(b, "</ul>\n");
        else dh_buf_printf(b, "<p class=\"muted\">%s</p>\n", dh_tr(lang, R_FEEDBACK_NONE));
    }
}

void dh_report_feedback_team_html(dh_buf *b, const dh_drill *d, int t, dh_lang lang)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    int any = 0;
    for (size_t q = 0; q < sc->nfeedback; q++) {
        const dh_feedback *f = dh_drill_feedback_find(d, t, (int)q);
        if (!f) continue;
        if (!any++)
            dh_buf_printf(b, "<h2 id=\"feedback\">%s</h2>\n<table class=\"feedback\"><thead><tr>"
                             "<th>%s</th><th>%s</th></tr></thead><tbody>\n",
                          dh_tr(lang, R_TEAM_FEEDBACK), dh_tr(lang, R_FB_QUESTION),
                          dh_tr(lang, R_TEAM_FB_ANSWER));
        dh_buf_adds(b, "<tr><td>");
        esc(b, dh_text_get(&sc->feedback[q].text, lang));
        if (f->text) {
            dh_buf_adds(b, "</td><td style=\"white-space:pre-line\">");
            esc(b, f->text);
        } else {
            dh_buf_printf(b, "</td><td><b>%d</b>/%d", f->rating, DH_FB_RATING_MAX);
        }
        dh_buf_adds(b, "</td></tr>\n");
    }
    if (any) dh_buf_adds(b, "</tbody></table>\n");
}

void dh_report_feedback_json(dh_buf *b, const dh_drill *d, dh_lang lang)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    dh_buf_printf(b, "{\"teams_answering\":%zu,\"questions\":[", teams_answering(d));
    for (size_t q = 0; q < sc->nfeedback; q++) {
        const dh_fb_question *fq = &sc->feedback[q];
        dh_buf_adds(b, q ? ",{\"id\":" : "{\"id\":");
        dh_buf_add_json_str(b, fq->id);
        dh_buf_printf(b, ",\"kind\":\"%s\",\"text\":", fq->kind == DH_FB_RATING ? "rating" : "text");
        dh_buf_add_json_str(b, dh_text_get(&fq->text, lang));
        if (fq->kind == DH_FB_RATING) {
            size_t dist[DH_FB_RATING_MAX + 1];
            int64_t sum;
            size_t n = tally(d, (int)q, dist, &sum);
            char m[32] = "null";
            if (n) mean(m, sizeof m, sum, n);
            dh_buf_printf(b, ",\"answers\":%zu,\"mean\":%s,\"distribution\":{", n, m);
            for (int r = DH_FB_RATING_MIN; r <= DH_FB_RATING_MAX; r++)
                dh_buf_printf(b, "%s\"%d\":%zu", r > DH_FB_RATING_MIN ? "," : "", r, dist[r]);
            dh_buf_addc(b, '}');
        }
        dh_buf_addc(b, '}');
    }
    dh_buf_adds(b, "],\"answers\":[");
    int first = 1;
    for (size_t t = 0; t < dh_drill_team_count(d); t++)
        for (size_t q = 0; q < sc->nfeedback; q++) {
            const dh_feedback *f = dh_drill_feedback_find(d, (int)t, (int)q);
            if (!f) continue;
            dh_buf_adds(b, first ? "{\"team\":" : ",{\"team\":");
            first = 0;
            dh_buf_add_json_str(b, dh_drill_roster(d)->teams[t].id);
            dh_buf_adds(b, ",\"question\":");
            dh_buf_add_json_str(b, sc->feedback[q].id);
            if (f->text) {
                dh_buf_adds(b, ",\"text\":");
                dh_buf_add_json_str(b, f->text);
            } else {
                dh_buf_printf(b, ",\"rating\":%d", f->rating);
            }
            dh_buf_printf(b, ",\"t_ms\":%lld}", (long long)f->t);
        }
    dh_buf_adds(b, "]}");
}

dh_status dh_report_csv_feedback(dh_buf *b, const dh_drill *d)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    dh_buf_adds(b, "team,name,bracket,question,kind,rating,answer\r\n");
    for (size_t t = 0; t < dh_drill_team_count(d); t++)
        for (size_t q = 0; q < sc->nfeedback; q++) {
            const dh_feedback *f = dh_drill_feedback_find(d, (int)t, (int)q);
            if (!f) continue;
            const dh_team_info *ti = &dh_drill_roster(d)->teams[t];
            dh_csv_add_field(b, ti->id);
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, ti->name);
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, ti->bracket);
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, sc->feedback[q].id);
            dh_buf_adds(b, sc->feedback[q].kind == DH_FB_RATING ? ",rating," : ",text,");
            if (!f->text) dh_buf_printf(b, "%d", f->rating);
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, f->text ? f->text : "");
            dh_buf_adds(b, "\r\n");
        }
    return b->failed ? DH_ENOMEM : DH_OK;
}

void dh_report_team_messages(dh_buf *b, const dh_drill *d, dh_lang lang, int t)
{
    int n = 0;
    for (size_t i = 0; i < dh_drill_message_count(d); i++) {
        const dh_message *msg = dh_drill_message_at(d, i);
        if (msg->team != t && msg->team != -1) continue;
        if (!n++)
            dh_buf_printf(b, "<p class=\"muted\"><b>%s</b></p><ul class=\"notes written\">\n",
                          dh_tr(lang, R_WRITTEN_INJECTS));
        char at[32];
        dh_time_format_clock(msg->t, at, sizeof at);
        dh_buf_printf(b, "<li>%s · <b>", at);
        esc(b, msg->title);
        dh_buf_printf(b, "</b> <span class=\"muted\">(%s%s)</span>", dh_tr(lang, R_WRITTEN_LABEL),
                      msg->team < 0 ? dh_tr(lang, R_WRITTEN_TO_ALL) : "");
        if (msg->body[0]) {
            dh_buf_adds(b, "<div style=\"white-space:pre-line\">");
            esc(b, msg->body);
            dh_buf_adds(b, "</div>");
        }
        dh_buf_adds(b, "</li>\n");
    }
    if (n) dh_buf_adds(b, "</ul>\n");
}
