/* dh_ui_station.c — what a team sees: its own inbox, decisions and timeline.
 *
 * A team station reads only that team's rows of the drill: never the MSEL, other
 * teams, facilitator notes, or anything not yet delivered to it. */
#include "dh_ui_station.h"
#include "dh_ui_draw.h"
#include "dh_ui_marker.h"
#include "dh_ui_question.h"
#include "dh_ui_strings.h"
#include "dh_ui_widgets.h"

#include <stdio.h>
#include <stdlib.h>

/* One written inject in the inbox: an accent stripe, its time and title; the
 * newest with "From: the facilitator" and its body. Returns the y after it. */
static int inbox_message(dh_ui *ui, const dh_message *m, int newest, int x, int y, int w)
{
    int px = dh_ui_px(ui, 17);
    char t[32];
    dh_time_format_clock(m->t, t, sizeof t);
    dh_ui_fill(ui, x, y + dh_ui_sc(ui, 2), dh_ui_sc(ui, 5), px + dh_ui_sc(ui, 2), C_ACCENT);
    SDL_Point tsz = dh_uitext_draw(ui->text, DH_FACE_MONO, dh_ui_px(ui, 15), C_DIM, x + dh_ui_sc(ui, 14),
                                   y + dh_ui_sc(ui, 2), 0, t);
    int tx = x + dh_ui_sc(ui, 28) + tsz.x;
    y += dh_uitext_draw(ui->text, newest ? DH_FACE_BOLD : DH_FACE_SANS, px, C_TEXT, tx, y, w - (tx - x),
                        m->title).y + dh_ui_sc(ui, 6);
    if (!newest) return y;
    char f[160];
    snprintf(f, sizeof f, "%s: %s", dh_ui_str(ui->lang, S_FROM), dh_ui_str(ui->lang, S_THE_FACILITATOR));
    y += dh_uitext_draw(ui->text, DH_FACE_SANS, dh_ui_px(ui, 15), C_DIM, tx, y, w - (tx - x), f).y +
         dh_ui_sc(ui, 4);
    if (m->body[0])
        y += dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_TEXT, tx, y, w - (tx - x), m->body).y;
    return y + dh_ui_sc(ui, 14);
}

static void inbox(dh_ui *ui, const dh_drill *d, int team, int x, int y, int w, int bottom)
{
    int hpx = dh_ui_px(ui, 22), px = dh_ui_px(ui, 17);
    y += dh_uitext_draw(ui->text, DH_FACE_BOLD, hpx, C_TEXT, x, y, 0, dh_ui_str(ui->lang, S_INBOX)).y +
         dh_ui_sc(ui, 12);
    /* newest first: the delivery order read backwards, the facilitator's own
     * injects (in the order written) among them by time */
    int order[DH_MAX_INJECTS];
    size_t n = dh_snap_delivered(d, team, order, DH_MAX_INJECTS);
    if (n > DH_MAX_INJECTS) n = DH_MAX_INJECTS;
    size_t msg = dh_drill_message_count(d);
    int newest = 1;
    size_t shown = 0;
    for (size_t k = n;; ) {
        /* the next written inject (from the newest) that reached this team */
        while (msg > 0 && dh_drill_message_at(d, msg - 1)->team >= 0 &&
               dh_drill_message_at(d, msg - 1)->team != team)
            msg--;
        dh_ms it = k > 0 ? dh_drill_delivered_at(d, team, order[k - 1]) : DH_MS_NEVER;
        if (msg > 0 && (k == 0 || dh_drill_message_at(d, msg - 1)->t >= it)) {
            if (y >= bottom) break;
            y = inbox_message(ui, dh_drill_message_at(d, --msg), newest, x, y, w);
            newest = 0;
            shown++;
            continue;
        }
        if (k == 0 || y >= bottom) break;
        int best = order[--k];
        dh_ms bt = dh_drill_delivered_at(d, team, best);
        const dh_inject *in = &dh_drill_scenario(d)->injects[best];
        char t[32];
        dh_time_format_clock(bt, t, sizeof t);
        dh_ui_fill(ui, x, y + dh_ui_sc(ui, 2), dh_ui_sc(ui, 5), px + dh_ui_sc(ui, 2), dh_ui_stage_rgb(in->stage));
        SDL_Point tsz = dh_uitext_draw(ui->text, DH_FACE_MONO, dh_ui_px(ui, 15), C_DIM,
                                       x + dh_ui_sc(ui, 14), y + dh_ui_sc(ui, 2), 0, t);
        int tx = x + dh_ui_sc(ui, 28) + tsz.x;
        y += dh_uitext_draw(ui->text, newest ? DH_FACE_BOLD : DH_FACE_SANS, px, C_TEXT, tx, y,
                            w - (tx - x), dh_text_get(&in->title, ui->lang)).y + dh_ui_sc(ui, 6);
        if (newest) {
            const char *from = dh_text_get(&in->from, ui->lang);
            if (*from) {
                char f[300];
                snprintf(f, sizeof f, "%s: %s%s%s", dh_ui_str(ui->lang, S_FROM), from,
                         in->channel ? " · " : "", in->channel ? dh_ui_channel(ui->lang, in->channel) : "");
                y += dh_uitext_draw(ui->text, DH_FACE_SANS, dh_ui_px(ui, 15), C_DIM, tx, y, w - (tx - x), f).y +
                     dh_ui_sc(ui, 4);
            }
            y += dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_TEXT, tx, y, w - (tx - x),
                                dh_text_get(&in->body, ui->lang)).y + dh_ui_sc(ui, 14);
            newest = 0;
        }
        shown++;
    }
    if (!shown)
        dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_DIM, x, y, w, dh_ui_str(ui->lang, S_NOTHING_YET));
}

static void past_choices(dh_ui *ui, const dh_drill *d, int team, int x, int y, int w, int bottom)
{
    int hpx = dh_ui_px(ui, 20), px = dh_ui_px(ui, 16);
    y += dh_uitext_draw(ui->text, DH_FACE_BOLD, hpx, C_TEXT, x, y, 0, dh_ui_str(ui->lang, S_PAST_CHOICES)).y +
         dh_ui_sc(ui, 10);
    int rad = dh_ui_sc(ui, 8);
    int order[DH_MAX_DECISIONS];
    size_t n = dh_snap_closed_decisions(d, team, order, DH_MAX_DECISIONS);
    for (size_t j = 0; j < n && y < bottom - px; j++) {
        size_t i = (size_t)order[j];
        const dh_decision_state *st = dh_drill_decision(d, team, (int)i);
        const dh_decision *dec = &dh_drill_scenario(d)->decisions[i];
        char t[32], line[800], pts[48] = "";
        dh_time_format_clock(st->answered_at, t, sizeof t);
        if (ui->show_points) {
            char p[32];
            dh_fmt_tenths(p, sizeof p, st->points, 0);
            snprintf(pts, sizeof pts, " (%s %s)", p, dh_ui_str(ui->lang, S_POINTS));
        }
        if (st->status == DH_DEC_ANSWERED)
            snprintf(line, sizeof line, "%s  %s — %s%s", t, dh_text_get(&dec->prompt, ui->lang),
                     dh_text_get(&dec->options[st->option].text, ui->lang), pts);
        else
            snprintf(line, sizeof line, "%s  %s — %s%s", t, dh_text_get(&dec->prompt, ui->lang),
                     dh_ui_str(ui->lang, S_MISSED), pts);
        dh_ui_sprite_decision(ui, d, team, (int)i, x + rad, y + px / 2 + 2, rad);
        y += dh_uitext_draw_fit(ui->text, DH_FACE_SANS, px, C_DIM, x + 3 * rad, y, w - 3 * rad, line).y +
             dh_ui_sc(ui, 8);
    }
}

void dh_ui_draw_station(dh_ui *ui, const dh_drill *d)
{
    int team = ui->team;
    char sub[300];
    if (ui->show_points) {
        char p[32];
        dh_fmt_tenths(p, sizeof p, dh_drill_team_total(d, team), 0);
        snprintf(sub, sizeof sub, "%s · %s %s", dh_ui_team_name(d, team), p, dh_ui_str(ui->lang, S_POINTS));
    } else {
        snprintf(sub, sizeof sub, "%s", dh_ui_team_name(d, team));
    }
    int top = dh_ui_header(ui, d, sub);
    int pad = dh_ui_sc(ui, 28), bar = dh_ui_sc(ui, 32);
    int lane_h = dh_ui_sc(ui, 56);
    int bottom = ui->h - bar - lane_h - dh_ui_sc(ui, 12);
    int colw = (ui->w - 3 * pad) / 2;

    inbox(ui, d, team, pad, top + pad, colw, bottom);
    int rx = 2 * pad + colw, y = top + pad;
    y += dh_uitext_draw(ui->text, DH_FACE_BOLD, dh_ui_px(ui, 22), C_TEXT, rx, y, 0,
                        dh_ui_str(ui->lang, S_OPEN_DECISIONS)).y + dh_ui_sc(ui, 12);
    y = dh_ui_draw_decision_panel(ui, d, team, rx, y, colw, 1) + dh_ui_sc(ui, 20);
    y = dh_ui_station_questions(ui, d, rx, y, colw, bottom);
    if (y < bottom - dh_ui_sc(ui, 60)) past_choices(ui, d, team, rx, y, colw, bottom);

    /* its own timeline, up to now: what it has received and answered */
    int ly = ui->h - bar - lane_h - dh_ui_sc(ui, 6);
    dh_ui_fill(ui, 0, ly, ui->w, lane_h, C_PANEL);
    /* the whole drill on the lane; the console's zoom is kept for F2 */
    dh_ms t0 = ui->view_t0, span = ui->view_span;
    ui->lane_x0 = pad;
    ui->lane_x1 = ui->w - pad;
    ui->view_t0 = 0;
    ui->view_span = dh_drill_scenario(d)->duration > 0 ? dh_drill_scenario(d)->duration : DH_MS_HOUR;
    dh_ui_draw_lane(ui, d, team, ly, lane_h);
    int nowx = dh_ui_lane_x(ui, dh_drill_now(d));
    dh_ui_fill(ui, nowx - 1, ly, dh_ui_sc(ui, 2), lane_h, C_NOW);
    ui->view_t0 = t0;
    ui->view_span = span;
    dh_ui_status_bar(ui, dh_ui_str(ui->lang, S_STATION_HINT));
}
