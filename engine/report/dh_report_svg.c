/* dh_report_svg.c — inline SVG charts: no script, no external font or image, so
 * the report renders the same offline, in print and in any browser. */
#include "dh_report_svg.h"
#include "dh_html.h"
#include "dh_msg.h"
#include "dh_quality.h"
#include "dh_report.h"
#include "dh_utf8.h"

#include <stdio.h>
#include <string.h>

#define GREEN "#2e7d32"
#define AMBER "#e0a000"
#define PURPLE "#6a3d9a"
#define RED "#c62828"
#define BLUE "#1f5f99"
#define GREY "#8a94a0"

/* Points saturate at ±DH_POINTS_MAX; a value from anywhere else (a damaged
 * record) is drawn at the edge rather than overflowing the arithmetic below. */
static int64_t clamp_points(int64_t v)
{
    return v < -DH_POINTS_MAX ? -DH_POINTS_MAX : v > DH_POINTS_MAX ? DH_POINTS_MAX : v;
}

static void clamp_range(int64_t *lo, int64_t *hi)
{
    *lo = clamp_points(*lo);
    *hi = clamp_points(*hi);
}

/* A team's name in the timeline's label column: at most `max` characters, cut
 * with an ellipsis (the whole name is in the row's title). */
static void short_name(dh_buf *b, const char *s, size_t max)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);
    size_t n = 0;
    unsigned cp;
    while (p < end && n < max) {
        size_t k = dh_utf8_next(p, end, &cp);
        if (!k) break;
        p += k;
        n++;
    }
    char cut[DH_TEAM_TEXT_MAX * 4 + 1];
    size_t len = (size_t)(p - (const unsigned char *)s);
    if (len >= sizeof cut) len = sizeof cut - 1;
    memcpy(cut, s, len);
    cut[len] = 0;
    dh_html_escape(b, cut);
    if (p < end) dh_buf_adds(b, "…");
}

static double px(int64_t v, int64_t lo, int64_t hi, double x0, double w)
{
    if (v < lo) v = lo;
    if (v > hi) v = hi;
    return hi > lo ? x0 + (double)(v - lo) * w / (double)(hi - lo) : x0;
}

/* The axis step (milli): the smallest of 5, 10, 20, 50, 100, … points that
 * spans [lo, hi] in at most ten steps. The number of ticks, and so the chart's
 * size and the time to draw it, never depends on how large the points are. */
int64_t dh_svg_tick_step(int64_t lo, int64_t hi)
{
    clamp_range(&lo, &hi);
    uint64_t range = (uint64_t)hi - (uint64_t)lo;
    static const int64_t mult[] = {1, 2, 5};
    for (int64_t decade = 1000; decade <= INT64_MAX / 50; decade *= 10)
        for (size_t m = 0; m < 3; m++) {
            int64_t s = mult[m] * decade;
            if (s >= 5000 && (uint64_t)s * 10 >= range) return s;
        }
    return INT64_MAX / 50 * 5;
}

void dh_svg_categories(dh_buf *b, const dh_aar *a, dh_lang lang)
{
    const dh_drill *d = a->d;
    int64_t lo = 0, hi = 0;
    for (size_t c = 0; c < dh_drill_category_count(d); c++) {
        if (a->cat_min[c] < lo) lo = a->cat_min[c];
        if (a->cat_max[c] > hi) hi = a->cat_max[c];
    }
    clamp_range(&lo, &hi);
    int64_t step = dh_svg_tick_step(lo, hi);
    /* round the scale out to whole steps; |lo|, |hi| ≤ DH_POINTS_MAX, so no overflow */
    lo = (lo / step - (lo % step ? 1 : 0)) * step;
    hi = (hi / step + (hi % step ? 1 : 0)) * step;
    if (hi == lo) hi = lo + step;
    int64_t nticks = (hi - lo) / step;
    const double x0 = 190, w = 520, row = 30, top = 30;
    double h = top + row * (double)dh_drill_category_count(d) + 40;
    dh_buf_printf(b,
                  "<svg class=\"chart\" viewBox=\"0 0 760 %.0f\" role=\"img\" "
                  "aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\">\n",
                  h, dh_tr(lang, R_CHART_CATEGORIES));
    dh_buf_printf(b, "<g font-size=\"11\" fill=\"#44505c\" text-anchor=\"middle\">\n");
    for (int64_t i = 0; i <= nticks; i++) {
        int64_t v = lo + i * step;
        double x = px(v, lo, hi, x0, w);
        dh_buf_printf(b,
                      "<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\" stroke=\"%s\" "
                      "stroke-width=\"%s\"/>",
                      x, top - 6, x, top + row * (double)dh_drill_category_count(d), v == 0 ? "#44505c" : "#dde3e9",
                      v == 0 ? "1.2" : "0.8");
        dh_buf_printf(b, "<text x=\"%.1f\" y=\"%.0f\">", x, top - 10);
        dh_buf_add_milli(b, v);
        dh_buf_adds(b, "</text>\n");
    }
    dh_buf_adds(b, "</g>\n");
    for (size_t c = 0; c < dh_drill_category_count(d); c++) {
        double y = top + row * (double)c;
        double z = px(0, lo, hi, x0, w), m = px(a->cat_mean[c], lo, hi, x0, w);
        double x1 = m < z ? m : z, bw = m < z ? z - m : m - z;
        dh_buf_printf(b, "<text x=\"%.0f\" y=\"%.1f\" font-size=\"12.5\" text-anchor=\"end\" "
                         "fill=\"#1d2733\">",
                      x0 - 10, y + row / 2 + 4);
        dh_html_escape(b, dh_text_get(&dh_drill_scenario(d)->categories[c].name, lang));
        dh_buf_adds(b, "</text>\n");
        dh_buf_printf(b,
                      "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.0f\" rx=\"2\" "
                      "fill=\"%s\"><title>",
                      x1, y + 7, bw < 1 ? 1 : bw, row - 14, a->cat_mean[c] < 0 ? RED : BLUE);
        dh_buf_adds(b, dh_tr(lang, R_MEAN));
        dh_buf_add_milli(b, a->cat_mean[c]);
        dh_buf_adds(b, "</title></rect>\n");
        double l = px(a->cat_min[c], lo, hi, x0, w), r = px(a->cat_max[c], lo, hi, x0, w);
        double ym = y + row / 2;
        dh_buf_printf(b,
                      "<path d=\"M%.1f %.1fH%.1fM%.1f %.1fv8M%.1f %.1fv8\" stroke=\"#1d2733\" "
                      "stroke-width=\"1.2\" fill=\"none\"/>\n",
                      l, ym, r, l, ym - 4, r, ym - 4);
        dh_buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#1d2733\">",
                      (r > m ? r : m) + 6, ym + 4);
        dh_buf_add_tenths(b, a->cat_mean[c], 0);
        dh_buf_adds(b, "</text>\n");
    }
    double ly = top + row * (double)dh_drill_category_count(d) + 22;
    dh_buf_printf(b,
                  "<g font-size=\"11\" fill=\"#44505c\"><rect x=\"%.0f\" y=\"%.0f\" width=\"14\" "
                  "height=\"10\" fill=\"" BLUE "\"/><text x=\"%.0f\" y=\"%.0f\">%s</text>"
                  "<path d=\"M%.0f %.0fh22M%.0f %.0fv8M%.0f %.0fv8\" stroke=\"#1d2733\" "
                  "fill=\"none\"/><text x=\"%.0f\" y=\"%.0f\">%s</text></g>\n",
                  x0, ly - 9, x0 + 20, ly, dh_tr(lang, R_MEAN_OF_ALL_TEAMS),
                  x0 + 180, ly - 4, x0 + 180, ly - 8, x0 + 202, ly - 8, x0 + 210, ly,
                  dh_tr(lang, R_LOWEST_TO_HIGHEST_TEAM));
    dh_buf_adds(b, "</svg>\n");
}

static const char *severity_colour(dh_inject_severity s)
{
    static const char *const c[] = {"#7c8a97", "#e0a000", "#e06c00", "#c62828"};
    return s < DH_SEV_COUNT ? c[s] : GREY;
}

void dh_svg_timeline(dh_buf *b, const dh_aar *a, dh_lang lang)
{
    const dh_drill *d = a->d;
    const dh_scenario *sc = dh_drill_scenario(d);
    size_t nlanes = sc->nstages ? sc->nstages : 1;
    double rowh = dh_drill_team_count(d) > 60 ? 8 : dh_drill_team_count(d) > 30 ? 11 : 15;
    const double x0 = 200, w = 760, top = 28, lane = 20;
    double teams_top = top + lane * (double)nlanes + 14;
    double h = teams_top + rowh * (double)dh_drill_team_count(d) + 34;
    /* a second legend line for the facilitator's written injects, when there are any */
    double legend2 = dh_drill_message_count(d) ? 16 : 0;
    h += legend2;
    dh_ms dur = sc->duration > 0 ? sc->duration : 1;
    dh_buf_printf(b,
                  "<svg class=\"chart timeline\" viewBox=\"0 0 980 %.0f\" role=\"img\" "
                  "aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\">\n",
                  h, dh_tr(lang, R_EXERCISE_TIMELINE));
    /* time axis: a tick every 15, 30 or 60 minutes */
    dh_ms step = dur <= 3 * DH_MS_HOUR ? 15 * DH_MS_MINUTE
                 : dur <= 6 * DH_MS_HOUR ? 30 * DH_MS_MINUTE
                                         : DH_MS_HOUR * (dur / (12 * DH_MS_HOUR) + 1);
    dh_buf_adds(b, "<g font-size=\"10.5\" fill=\"#44505c\" text-anchor=\"middle\">\n");
    for (dh_ms t = 0; t <= dur; t += step) {
        double x = px(t, 0, dur, x0, w);
        char lbl[32];
        dh_time_format_clock(t, lbl, sizeof lbl);
        size_t n = strlen(lbl);
        if (n > 3 && !strcmp(lbl + n - 3, ":00")) lbl[n - 3] = 0; /* T+1:15 */
        dh_buf_printf(b,
                      "<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\" stroke=\"#e3e8ed\"/>"
                      "<text x=\"%.1f\" y=\"%.0f\">%s</text>\n",
                      x, top - 6, x, h - 24, x, top - 12, lbl);
    }
    dh_buf_adds(b, "</g>\n");
    for (size_t l = 0; l < nlanes; l++) {
        double y = top + lane * (double)l;
        dh_buf_printf(b,
                      "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" fill=\"%s\"/>"
                      "<text x=\"%.0f\" y=\"%.0f\" font-size=\"10.5\" fill=\"#5b6875\">",
                      x0 - 190, y, w + 190, lane, l % 2 ? "#f4f6f8" : "#eaeef2", x0 - 186, y + 14);
        dh_html_escape(b, sc->nstages ? dh_text_get(&sc->stages[l].name, lang)
                                      : (dh_tr(lang, R_INJECTS)));
        dh_buf_adds(b, "</text>\n");
    }
    for (size_t i = 0; i < sc->ninjects; i++) {
        const dh_inject *in = &sc->injects[i];
        /* the scenario's own first delivery, and apart from it each time the
         * facilitator sent the inject by hand (a hollow mark) */
        dh_ms first = DH_MS_NEVER;
        int reached = 0, hand_reached = 0;
        for (size_t t = 0; t < dh_drill_team_count(d); t++) {
            dh_ms at = dh_drill_delivered_at(d, (int)t, (int)i);
            if (at == DH_MS_NEVER) continue;
            if (dh_drill_delivered_by_hand(d, (int)t, (int)i)) {
                hand_reached++;
                continue;
            }
            reached++;
            if (at < first) first = at;
        }
        double y = top + lane * (double)(in->stage >= 0 ? (size_t)in->stage : 0) + lane / 2;
        char at[32];
        if (reached) {
            double x = px(first, 0, dur, x0, w);
            dh_buf_printf(b,
                          "<path d=\"M%.1f %.1fl5 5-5 5-5-5z\" fill=\"%s\" stroke=\"#fff\" "
                          "stroke-width=\"0.8\"><title>",
                          x, y - 5, severity_colour(in->severity));
            dh_time_format_clock(first, at, sizeof at);
            dh_html_escape(b, dh_text_get(&in->title, lang));
            dh_buf_printf(b, " — %s, %d/%zu %s</title></path>\n", at, reached,
                          dh_drill_team_count(d), dh_tr(lang, S_TEAMS));
        }
        for (size_t c = 0; hand_reached && c < dh_drill_control_count(d); c++) {
            const dh_control *ctl = dh_drill_control_at(d, c);
            if (ctl->kind != DH_IN_DELIVER || ctl->inject != (int)i) continue;
            double x = px(ctl->t, 0, dur, x0, w);
            dh_buf_printf(b,
                          "<path class=\"by-hand\" d=\"M%.1f %.1fl5 5-5 5-5-5z\" fill=\"#fff\" "
                          "stroke=\"%s\" stroke-width=\"1.6\"><title>",
                          x, y - 5, severity_colour(in->severity));
            dh_time_format_clock(ctl->t, at, sizeof at);
            dh_html_escape(b, dh_text_get(&in->title, lang));
            dh_buf_printf(b, " — %s, %s</title></path>\n", at, dh_tr(lang, R_LEGEND_BY_HAND));
        }
    }
    if (dh_drill_ended_early(d)) {
        double x = px(dh_drill_end_time(d), 0, dur, x0, w);
        char at[32];
        dh_time_format_clock(dh_drill_end_time(d), at, sizeof at);
        dh_buf_printf(b,
                      "<line class=\"ended-early\" x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" "
                      "y2=\"%.0f\" stroke=\"" RED "\" stroke-width=\"1.5\" "
                      "stroke-dasharray=\"4 3\"><title>%s %s</title></line>\n",
                      x, top - 4, x, h - 24, dh_tr(lang, R_ENDED_EARLY), at);
    }
    for (size_t r = 0; r < dh_drill_team_count(d); r++) {
        int t = a->rk.order[r];
        double y = teams_top + rowh * (double)r;
        if (r % 2 == 0)
            dh_buf_printf(b, "<rect x=\"%.0f\" y=\"%.1f\" width=\"%.0f\" height=\"%.1f\" "
                             "fill=\"#f7f9fb\"/>\n",
                          x0, y, w, rowh);
        dh_buf_printf(b,
                      "<text x=\"%.0f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"end\" "
                      "fill=\"#1d2733\">%zu. ",
                      x0 - 8, y + rowh * 0.78, rowh > 12 ? 11.0 : rowh * 0.9,
                      (size_t)a->rk.rank[t]);
        short_name(b, dh_drill_roster(d)->teams[t].name, 26);
        dh_buf_adds(b, "<title>");
        dh_html_escape(b, dh_drill_roster(d)->teams[t].name);
        dh_buf_adds(b, "</title></text>\n");
        for (size_t k = 0; k < dh_drill_decision_count(d); k++) {
            const dh_decision_state *st = dh_drill_decision(d, t, (int)k);
            if (st->status != DH_DEC_ANSWERED && st->status != DH_DEC_EXPIRED) continue;
            double x = px(st->answered_at, 0, dur, x0, w), ym = y + rowh / 2;
            double rr = rowh > 12 ? 4.2 : rowh * 0.36;
            const char *title = dh_drill_scenario(d)->decisions[k].id;
            if (st->status == DH_DEC_EXPIRED) {
                dh_buf_printf(b,
                              "<path d=\"M%.1f %.1fl%.1f %.1fm0 %.1fl%.1f %.1f\" stroke=\"" RED
                              "\" stroke-width=\"1.6\"><title>",
                              x - rr, ym - rr, 2 * rr, 2 * rr, -2 * rr, -2 * rr, 2 * rr);
            } else {
                int best = dh_quality_of(dh_drill_scenario(d)->decisions + k, st->option) == DH_Q_GOOD;
                dh_buf_printf(b,
                              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"><title>",
                              x, ym, rr, best ? GREEN : AMBER);
            }
            dh_html_escape(b, title);
            dh_buf_adds(b, st->status == DH_DEC_EXPIRED ? "</title></path>\n" : "</title></circle>\n");
        }
        /* the injects the facilitator wrote to this team, or to every team: a square */
        for (size_t i = 0; i < dh_drill_message_count(d); i++) {
            const dh_message *msg = dh_drill_message_at(d, i);
            if (msg->team != t && msg->team != -1) continue;
            double x = px(msg->t, 0, dur, x0, w), ym = y + rowh / 2;
            double s = rowh > 12 ? 7 : rowh * 0.6;
            char at[32];
            dh_time_format_clock(msg->t, at, sizeof at);
            dh_buf_printf(b,
                          "<rect class=\"written\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                          "height=\"%.1f\" fill=\"#fff\" stroke=\"" PURPLE "\" stroke-width=\"1.6\">"
                          "<title>",
                          x - s / 2, ym - s / 2, s, s);
            dh_html_escape(b, msg->title);
            dh_buf_printf(b, " — %s, %s</title></rect>\n", at, dh_tr(lang, R_LEGEND_WRITTEN));
        }
    }
    double ly = h - 10 - legend2;
    dh_buf_printf(b,
                  "<g font-size=\"11\" fill=\"#44505c\">"
                  "<path d=\"M%.0f %.0fl5 5-5 5-5-5z\" fill=\"#e06c00\"/><text x=\"%.0f\" "
                  "y=\"%.0f\">%s</text>"
                  "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"4.2\" fill=\"" GREEN "\"/><text x=\"%.0f\" "
                  "y=\"%.0f\">%s</text>"
                  "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"4.2\" fill=\"" AMBER "\"/><text x=\"%.0f\" "
                  "y=\"%.0f\">%s</text>"
                  "<path d=\"M%.0f %.0fl8 8m0 -8l-8 8\" stroke=\"" RED "\" stroke-width=\"1.6\"/>"
                  "<text x=\"%.0f\" y=\"%.0f\">%s</text>"
                  "<path d=\"M%.0f %.0fl5 5-5 5-5-5z\" fill=\"#fff\" stroke=\"#e06c00\" "
                  "stroke-width=\"1.6\"/><text x=\"%.0f\" y=\"%.0f\">%s</text></g>\n",
                  x0, ly - 9, x0 + 10, ly, dh_tr(lang, R_LEGEND_INJECT),
                  x0 + 185, ly - 4, x0 + 195, ly, dh_tr(lang, R_LEGEND_BEST),
                  x0 + 345, ly - 4, x0 + 355, ly, dh_tr(lang, R_OTHER_OPTION),
                  x0 + 490, ly - 8, x0 + 505, ly, dh_tr(lang, R_MISSED_DEADLINE),
                  x0 + 640, ly - 9, x0 + 650, ly, dh_tr(lang, R_LEGEND_BY_HAND));
    if (legend2)
        dh_buf_printf(b,
                      "<g font-size=\"11\" fill=\"#44505c\"><rect x=\"%.0f\" y=\"%.0f\" "
                      "width=\"7\" height=\"7\" fill=\"#fff\" stroke=\"" PURPLE "\" "
                      "stroke-width=\"1.6\"/><text x=\"%.0f\" y=\"%.0f\">%s</text></g>\n",
                      x0 - 3.5, ly + legend2 - 7, x0 + 10, ly + legend2, dh_tr(lang, R_LEGEND_WRITTEN));
    dh_buf_adds(b, "</svg>\n");
}
