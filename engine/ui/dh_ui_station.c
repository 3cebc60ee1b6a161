/* dh_ui_station.c — what a team sees (its own inbox, decisions and timeline) and
 * the projector scoreboard.
 *
 * A team station reads only that team's rows of the drill: never the MSEL, other
 * teams, facilitator notes, or anything not yet delivered to it. */
#include "dh_rank.h"
#include "dh_ui_impl.h"

#include <stdio.h>
#include <stdlib.h>

int dh_ui_draw_decision_panel(dh_ui *ui, const dh_drill *d, int team, int x, int y, int w, int big)
{
    int open[64];
    size_t n = dh_snap_open_decisions(d, team, open, 64);
    if (n > 64) n = 64;
    int px = dh_ui_px(ui, big ? 20 : 16), tpx = dh_ui_px(ui, big ? 24 : 19);
    char buf[256];
    if (!big) {
        snprintf(buf, sizeof buf, "%s %s", dh_ui_str(ui->lang, S_DECIDE_FOR), dh_ui_team_name(d, team));
        y += dh_uitext_draw(ui->text, DH_FACE_BOLD, tpx, C_ACCENT, x, y, w, buf).y + dh_ui_sc(ui, 4);
        y += dh_uitext_draw(ui->text, DH_FACE_SANS, dh_ui_px(ui, 13), C_DIM, x, y, w,
                            dh_ui_str(ui->lang, S_PRESS_ENTER)).y + dh_ui_sc(ui, 14);
    }
    if (!n) {
        return y + dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_DIM, x, y, w,
                                  dh_ui_str(ui->lang, S_NO_OPEN)).y;
    }
    if (ui->dec_cursor >= (int)n) ui->dec_cursor = (int)n - 1;
    if (ui->dec_cursor < 0) ui->dec_cursor = 0;
    for (size_t k = 0; k < n; k++) {
        const dh_decision *dec = &dh_drill_scenario(d)->decisions[open[k]];
        const dh_decision_state *st = dh_drill_decision(d, team, open[k]);
        char left[32] = "";
        if (st->deadline != DH_MS_NEVER) {
            char t[24];
            dh_time_format(st->deadline - dh_drill_now(d), t, sizeof t);
            snprintf(left, sizeof left, "%s %s", t, dh_ui_str(ui->lang, S_LEFT));
        }
        int current = (int)k == ui->dec_cursor;
        SDL_Point lsz = dh_uitext_size(ui->text, DH_FACE_MONO, px, left);
        dh_uitext_draw(ui->text, DH_FACE_MONO, px, current ? C_MIXED : C_DIM, x + w - lsz.x, y, 0, left);
        y += dh_uitext_draw(ui->text, current ? DH_FACE_BOLD : DH_FACE_SANS, current ? tpx : px,
                            current ? C_TEXT : C_DIM, x, y, w - lsz.x - dh_ui_sc(ui, 12),
                            dh_text_get(&dec->prompt, ui->lang)).y + dh_ui_sc(ui, 10);
        if (!current) continue;
        if (ui->opt_cursor >= (int)dec->noptions) ui->opt_cursor = (int)dec->noptions - 1;
        for (size_t i = 0; i < dec->noptions; i++) {
            char line[600];
            snprintf(line, sizeof line, "%zu   %s", i + 1, dh_text_get(&dec->options[i].text, ui->lang));
            int bpad = dh_ui_sc(ui, big ? 16 : 10);
            int sel = (int)i == ui->opt_cursor;
            SDL_Point sz = dh_uitext_size(ui->text, DH_FACE_SANS, px, "Ag");
            int inner = w - 2 * bpad;
            SDL_Rect bt = {x, y, w, 0};
            int th = dh_uitext_size_wrapped(ui->text, sel ? DH_FACE_BOLD : DH_FACE_SANS, px, inner, line).y;
            if (th < sz.y) th = sz.y;
            bt.h = th + 2 * bpad;
            dh_ui_fill(ui, bt.x, bt.y, bt.w, bt.h, sel ? C_SELECT : C_PANEL2);
            dh_ui_frame_rect(ui, bt.x, bt.y, bt.w, bt.h, sel ? dh_ui_sc(ui, 3) : 1, sel ? C_ACCENT : C_LINE);
            dh_uitext_draw(ui->text, sel ? DH_FACE_BOLD : DH_FACE_SANS, px, C_TEXT, x + bpad, y + bpad,
                           inner, line);
            dh_ui_hit(ui, bt, DH_HIT_OPTION, team, open[k], (int)i);
            y += bt.h + dh_ui_sc(ui, 8);
        }
        y += dh_ui_sc(ui, 10);
    }
    return y;
}

static void inbox(dh_ui *ui, const dh_drill *d, int team, int x, int y, int w, int bottom)
{
    int hpx = dh_ui_px(ui, 22), px = dh_ui_px(ui, 17);
    y += dh_uitext_draw(ui->text, DH_FACE_BOLD, hpx, C_TEXT, x, y, 0, dh_ui_str(ui->lang, S_INBOX)).y +
         dh_ui_sc(ui, 12);
    /* newest first: the delivery order read backwards */
    int order[DH_MAX_INJECTS];
    size_t n = dh_snap_delivered(d, team, order, DH_MAX_INJECTS);
    int newest = 1;
    size_t shown = 0;
    for (size_t k = n; k-- > 0 && y < bottom;) {
        int best = order[k];
        dh_ms bt = dh_drill_delivered_at(d, team, best);
        const dh_inject *in = &dh_drill_scenario(d)->injects[best];
        char t[32];
        dh_time_format_clock(bt, t, sizeof t);
        dh_ui_fill(ui, x, y + dh_ui_sc(ui, 2), dh_ui_sc(ui, 5), px + dh_ui_sc(ui, 2), dh_ui_stage_color(in->stage));
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
    int nowx = dh_ui_time_x(ui, dh_drill_now(d));
    dh_ui_fill(ui, nowx - 1, ly, dh_ui_sc(ui, 2), lane_h, C_NOW);
    ui->view_t0 = t0;
    ui->view_span = span;
    dh_ui_status_bar(ui, dh_ui_str(ui->lang, S_STATION_HINT));
}

/* categories share the stages' colour-blind-safe palette */
static SDL_Color cat_color(int c) { return dh_ui_stage_color(c); }

/* The drill's ranking, kept until an event changes it (NULL: out of memory). */
static const dh_ranking *ranking(dh_ui *ui, const dh_drill *d)
{
    if (ui->ranking.order && ui->ranked_serial == dh_drill_serial(d) && ui->ranked_events == dh_drill_event_count(d))
        return &ui->ranking;
    dh_ranking_free(&ui->ranking);
    free(ui->ranked_rows);
    ui->ranked_rows = malloc((dh_drill_team_count(d) ? dh_drill_team_count(d) : 1) * sizeof *ui->ranked_rows);
    if (!ui->ranked_rows || dh_rank_compute(d, &ui->ranking)) {
        dh_ranking_free(&ui->ranking);
        return NULL;
    }
    ui->ranked_serial = dh_drill_serial(d);
    ui->ranked_events = dh_drill_event_count(d);
    return &ui->ranking;
}

void dh_ui_draw_scoreboard(dh_ui *ui, const dh_drill *d)
{
    int top = dh_ui_header(ui, d, dh_ui_str(ui->lang, S_SCOREBOARD));
    int pad = dh_ui_sc(ui, 28);
    /* read from the back of the room: never below 22 px */
    int px = dh_ui_px(ui, 26);
    if (px < 22) px = 22;
    int small = px * 3 / 4;
    int y = top + dh_ui_sc(ui, 14);

    /* bracket tabs */
    int x = pad;
    for (int b = -1; b < (int)dh_drill_roster(d)->nbrackets; b++) {
        const char *name = b < 0 ? dh_ui_str(ui->lang, S_ALL) : dh_drill_roster(d)->brackets[b];
        SDL_Point sz = dh_uitext_size(ui->text, DH_FACE_BOLD, small, name);
        int tw = sz.x + 2 * dh_ui_sc(ui, 14), th = sz.y + dh_ui_sc(ui, 10);
        int sel = b == ui->bracket;
        dh_ui_fill(ui, x, y, tw, th, sel ? C_ACCENT : C_PANEL2);
        dh_uitext_draw(ui->text, DH_FACE_BOLD, small, sel ? C_BG : C_DIM, x + dh_ui_sc(ui, 14),
                       y + dh_ui_sc(ui, 5), 0, name);
        dh_ui_hit(ui, (SDL_Rect){x, y, tw, th}, DH_HIT_TAB, -1, b, 0);
        x += tw + dh_ui_sc(ui, 8);
    }
    y += small + dh_ui_sc(ui, 24);
    /* legend */
    x = pad;
    for (size_t c = 0; c < dh_drill_category_count(d); c++) {
        const char *name = dh_text_get(&dh_drill_scenario(d)->categories[c].name, ui->lang);
        SDL_Point sz = dh_uitext_size(ui->text, DH_FACE_SANS, small, name);
        if (x + sz.x + dh_ui_sc(ui, 30) > ui->w - pad) break;
        dh_ui_fill(ui, x, y + sz.y / 4, sz.y / 2, sz.y / 2, cat_color((int)c));
        dh_uitext_draw(ui->text, DH_FACE_SANS, small, C_DIM, x + sz.y, y, 0, name);
        x += sz.y + sz.x + dh_ui_sc(ui, 24);
    }
    y += small + dh_ui_sc(ui, 16);

    const dh_ranking *rk = ranking(ui, d);
    if (!rk) return;
    int *shown = ui->ranked_rows;
    size_t n = 0;
    /* bars diverge from a zero line: gains to the right, losses to the left */
    int64_t maxpos = 0, maxneg = 0;
    for (size_t i = 0; i < rk->nteams; i++) {
        int t = rk->order[i];
        if (ui->bracket >= 0 && dh_drill_roster(d)->bracket_of[t] != ui->bracket) continue;
        shown[n++] = t;
        int64_t pos = 0, neg = 0;
        for (size_t c = 0; c < dh_drill_category_count(d); c++) {
            int64_t p = dh_drill_points(d, t, (int)c);
            if (p > 0) pos += p;
            else neg -= p;
        }
        if (pos > maxpos) maxpos = pos;
        if (neg > maxneg) maxneg = neg;
    }
    if (maxpos + maxneg == 0) maxpos = 1;
    int row_h = px + dh_ui_sc(ui, 18);
    int bottom = ui->h - dh_ui_sc(ui, 32) - pad;
    int per_page = (bottom - y) / row_h;
    if (per_page < 1) per_page = 1;
    int pages = ((int)n + per_page - 1) / per_page;
    if (ui->page >= pages) ui->page = pages ? pages - 1 : 0;
    int rank_w = dh_uitext_size(ui->text, DH_FACE_BOLD, px, "000").x;
    int name_w = (ui->w - 2 * pad) * 36 / 100, total_w = dh_uitext_size(ui->text, DH_FACE_MONO, px, "-0000.0").x;
    int bar_x = pad + rank_w + name_w + total_w + dh_ui_sc(ui, 48), bar_w = ui->w - pad - bar_x;
    for (int i = 0; i < per_page; i++) {
        size_t k = (size_t)(ui->page * per_page + i);
        if (k >= n) break;
        int t = shown[k], ry = y + i * row_h;
        if (i % 2) dh_ui_fill(ui, 0, ry, ui->w, row_h, (SDL_Color){255, 255, 255, 8});
        char rank[16], pts[32];
        snprintf(rank, sizeof rank, "%d", ui->bracket >= 0 ? rk->bracket_rank[t] : rk->rank[t]);
        dh_fmt_tenths(pts, sizeof pts, dh_drill_team_total(d, t), 0);
        int ty = ry + (row_h - px) / 2 - dh_ui_sc(ui, 3);
        SDL_Point rsz = dh_uitext_size(ui->text, DH_FACE_BOLD, px, rank);
        dh_uitext_draw(ui->text, DH_FACE_BOLD, px, C_DIM, pad + rank_w - rsz.x, ty, 0, rank);
        dh_uitext_draw_fit(ui->text, DH_FACE_SANS, px, C_TEXT, pad + rank_w + dh_ui_sc(ui, 20), ty, name_w,
                           dh_ui_team_name(d, t));
        SDL_Point psz = dh_uitext_size(ui->text, DH_FACE_MONO, px, pts);
        dh_uitext_draw(ui->text, DH_FACE_MONO, px, C_TEXT, bar_x - dh_ui_sc(ui, 20) - psz.x, ty, 0, pts);
        int zero = bar_x + (int)(maxneg * bar_w / (maxpos + maxneg));
        int px_pos = zero, px_neg = zero, bh = row_h / 2, by = ry + (row_h - bh) / 2;
        for (size_t c = 0; c < dh_drill_category_count(d); c++) {
            int64_t p = dh_drill_points(d, t, (int)c);
            int wseg = (int)((p < 0 ? -p : p) * bar_w / (maxpos + maxneg));
            if (p > 0) {
                dh_ui_fill(ui, px_pos, by, wseg, bh, cat_color((int)c));
                px_pos += wseg;
            } else if (p < 0) {
                /* a loss: the category's colour, hollow, so it reads as less */
                px_neg -= wseg;
                dh_ui_frame_rect(ui, px_neg, by, wseg, bh, dh_ui_sc(ui, 2) > 1 ? dh_ui_sc(ui, 2) : 1,
                                 cat_color((int)c));
            }
        }
        if (maxneg) dh_ui_fill(ui, zero, ry + dh_ui_sc(ui, 4), 1, row_h - dh_ui_sc(ui, 8), C_DIM);
    }
    if (pages > 1) {
        char pg[64];
        snprintf(pg, sizeof pg, "%d / %d  (←/→)", ui->page + 1, pages);
        SDL_Point sz = dh_uitext_size(ui->text, DH_FACE_SANS, small, pg);
        dh_uitext_draw(ui->text, DH_FACE_SANS, small, C_DIM, ui->w - pad - sz.x, bottom, 0, pg);
    }
    dh_ui_status_bar(ui, NULL);
}
