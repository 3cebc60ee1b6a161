/* dh_ui_scoreboard.c — the projector scoreboard: every team ranked, by bracket or by role. */
#include "dh_ui_scoreboard.h"
#include "dh_ui_draw.h"
#include "dh_ui_strings.h"
#include "dh_ui_widgets.h"

#include <stdio.h>
#include <stdlib.h>

/* categories share the stages' colour-blind-safe palette */
static SDL_Color cat_color(int c) { return dh_ui_stage_rgb(c); }

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
    size_t ncat = dh_drill_category_count(d);
    int top = dh_ui_header(ui, d, dh_ui_str(ui->lang, S_SCOREBOARD));
    int pad = dh_ui_sc(ui, 28);
    /* read from the back of the room: never below 22 px */
    int px = dh_ui_px(ui, 26);
    if (px < 22) px = 22;
    int small = px * 3 / 4;
    int y = top + dh_ui_sc(ui, 14);

    /* tabs: all teams, each bracket, each role */
    int x = pad;
    for (int b = -1; b < (int)dh_ui_group_count(d); b++) {
        const char *name = b < 0 ? dh_ui_str(ui->lang, S_ALL) : dh_ui_group_name(ui, d, b);
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
    for (size_t c = 0; c < ncat; c++) {
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
        if (!dh_ui_group_has(ui, d, (size_t)t)) continue;
        shown[n++] = t;
        int64_t pos = 0, neg = 0;
        for (size_t c = 0; c < ncat; c++) {
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
        snprintf(rank, sizeof rank, "%d", dh_ui_group_rank(ui, d, rk, t));
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
        for (size_t c = 0; c < ncat; c++) {
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
