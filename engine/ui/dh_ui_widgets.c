/* dh_ui_widgets.c — what more than one view draws: bars, lanes, the decision panel. */
#include "dh_ui_widgets.h"
#include "dh_ui_draw.h"
#include "dh_ui_marker.h"
#include "dh_ui_strings.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *dh_ui_team_name(const dh_drill *d, int team)
{
    const dh_team_info *ti = &dh_drill_roster(d)->teams[team];
    return ti->name && *ti->name ? ti->name : ti->id;
}

void dh_ui_build_rows(dh_ui *ui, const dh_drill *d)
{
    size_t nteams = dh_drill_team_count(d);
    if (!ui->rows) {
        ui->rows = malloc((nteams ? nteams : 1) * sizeof *ui->rows);
        if (!ui->rows) return;
    }
    ui->nrows = 0;
    for (size_t t = 0; t < nteams; t++)
        if (dh_ui_group_has(ui, d, t)) ui->rows[ui->nrows++] = (int)t;
}

size_t dh_ui_group_count(const dh_drill *d)
{
    return dh_drill_roster(d)->nbrackets + dh_drill_roster(d)->nroles;
}

int dh_ui_group_has(const dh_ui *ui, const dh_drill *d, size_t team)
{
    const dh_roster *r = dh_drill_roster(d);
    if (ui->bracket < 0) return 1;
    if ((size_t)ui->bracket < r->nbrackets) return r->bracket_of[team] == ui->bracket;
    return r->teams[team].role == ui->bracket - (int)r->nbrackets;
}

const char *dh_ui_group_name(const dh_ui *ui, const dh_drill *d, int group)
{
    (void)ui;
    const dh_roster *r = dh_drill_roster(d);
    if (group < 0 || (size_t)group >= dh_ui_group_count(d)) return "";
    if ((size_t)group < r->nbrackets) return dh_roster_bracket_name(r, (size_t)group);
    return r->roles[(size_t)group - r->nbrackets];
}

int dh_ui_group_rank(const dh_ui *ui, const dh_drill *d, const dh_ranking *rk, int team)
{
    if (ui->bracket < 0) return rk->rank[team];
    if ((size_t)ui->bracket < dh_drill_roster(d)->nbrackets) return rk->bracket_rank[team];
    return rk->role_rank[team];
}

int dh_ui_header_height(const dh_ui *ui) { return dh_ui_sc(ui, 64); }

int dh_ui_header(dh_ui *ui, const dh_drill *d, const char *subtitle)
{
    int h = dh_ui_header_height(ui), pad = dh_ui_sc(ui, 20);
    dh_ui_fill(ui, 0, 0, ui->w, h, C_PANEL);
    dh_ui_fill(ui, 0, h - 1, ui->w, 1, C_LINE);
    char clock[32], speed[32];
    dh_time_format_clock(dh_drill_now(d), clock, sizeof clock);
    int64_t sp = dh_drill_speed(d);
    if (sp % 1000 == 0) snprintf(speed, sizeof speed, "%lld×", (long long)(sp / 1000));
    else snprintf(speed, sizeof speed, "%lld%c%lld×", (long long)(sp / 1000),
                  ui->lang == DH_LANG_VI ? ',' : '.', (long long)(sp % 1000 / 100));
    dh_run_state rs = dh_snap_state(d);
    static const dh_str state_str[] = {S_WAITING, S_RUNNING, S_PAUSED, S_ENDED};
    SDL_Color state_c = rs == DH_RUN_RUNNING ? C_GOOD : rs == DH_RUN_PAUSED ? C_MIXED : C_DIM;

    /* right to left: state pill, speed, clock; the title gets what remains */
    int px = dh_ui_px(ui, 18), cpx = dh_ui_px(ui, 30);
    const char *st = dh_ui_str(ui->lang, ui->replay ? S_REPLAY : state_str[rs]);
    if (ui->replay) state_c = C_ACCENT;
    SDL_Point ssz = dh_uitext_size(ui->text, DH_FACE_BOLD, px, st);
    int x = ui->w - pad - ssz.x - 2 * dh_ui_sc(ui, 10);
    int pill_h = ssz.y + dh_ui_sc(ui, 8);
    dh_ui_fill(ui, x, (h - pill_h) / 2, ssz.x + 2 * dh_ui_sc(ui, 10), pill_h, state_c);
    dh_uitext_draw(ui->text, DH_FACE_BOLD, px, C_BG, x + dh_ui_sc(ui, 10), (h - ssz.y) / 2, 0, st);
    /* a replay's speed is its playback's, shown with its keys in the status bar */
    if (!ui->replay) {
        SDL_Point spsz = dh_uitext_size(ui->text, DH_FACE_MONO, dh_ui_px(ui, 22), speed);
        x -= pad + spsz.x;
        dh_uitext_draw(ui->text, DH_FACE_MONO, dh_ui_px(ui, 22), C_DIM, x, (h - spsz.y) / 2, 0, speed);
    }
    SDL_Point csz = dh_uitext_size(ui->text, DH_FACE_BOLD, cpx, clock);
    x -= pad + csz.x;
    dh_uitext_draw(ui->text, DH_FACE_BOLD, cpx, C_TEXT, x, (h - csz.y) / 2, 0, clock);

    int tpx = dh_ui_px(ui, 20), spx = dh_ui_px(ui, 14);
    const char *title = dh_text_get(&dh_drill_scenario(d)->title, ui->lang);
    int tw = x - 2 * pad;
    dh_uitext_draw_fit(ui->text, DH_FACE_BOLD, tpx, C_TEXT, pad, dh_ui_sc(ui, 8), tw, title);
    if (subtitle)
        dh_uitext_draw_fit(ui->text, DH_FACE_SANS, spx, C_DIM, pad, dh_ui_sc(ui, 8) + tpx + dh_ui_sc(ui, 8),
                           tw, subtitle);
    return h;
}

void dh_ui_status_bar(dh_ui *ui, const char *hint)
{
    int h = dh_ui_sc(ui, 32), px = dh_ui_px(ui, 14), pad = dh_ui_sc(ui, 20);
    int y = ui->h - h;
    dh_ui_fill(ui, 0, y, ui->w, h, C_PANEL);
    dh_ui_fill(ui, 0, y, ui->w, 1, C_LINE);
    int half = ui->w / 2;
    if (ui->banner[0]) hint = ui->banner;
    if (hint) dh_uitext_draw_fit(ui->text, DH_FACE_SANS, px, C_DIM, pad, y + (h - px) / 2 - 2,
                                 ui->status[0] ? half - pad : ui->w - 2 * pad, hint);
    if (ui->status[0]) {
        SDL_Point sz = dh_uitext_size(ui->text, DH_FACE_SANS, px, ui->status);
        int w = sz.x < half - pad ? sz.x : half - pad;
        dh_uitext_draw_fit(ui->text, DH_FACE_SANS, px, C_MIXED, ui->w - pad - w,
                           y + (h - px) / 2 - 2, half - pad, ui->status);
    }
}

int dh_ui_lane_x(const dh_ui *ui, dh_ms t)
{
    double f = (double)(t - ui->view_t0) / (double)(ui->view_span ? ui->view_span : 1);
    return ui->lane_x0 + (int)lround(f * (ui->lane_x1 - ui->lane_x0));
}

void dh_ui_clamp_scroll(dh_ui *ui)
{
    int maxscroll = (int)ui->nrows - ui->visible_rows;
    if (ui->scroll > maxscroll) ui->scroll = maxscroll;
    if (ui->scroll < 0) ui->scroll = 0;
}

static int visible(const dh_ui *ui, int x) { return x >= ui->lane_x0 - 2 && x <= ui->lane_x1 + 2; }

/* Markers at the same moment would hide each other: each one placed steps right
 * of any of the last few it would cover. `placed` holds the last 8 x's. */
static int spread(int *placed, int *nplaced, int x, int rad)
{
    for (int moved = 1; moved;) {
        moved = 0;
        for (int k = 0; k < *nplaced && k < 8; k++)
            if (x > placed[k] - rad && x < placed[k] + rad) {
                x = placed[k] + rad + rad / 2;
                moved = 1;
            }
    }
    placed[*nplaced % 8] = x;
    (*nplaced)++;
    return x;
}

void dh_ui_draw_lane(dh_ui *ui, const dh_drill *d, int team, int y, int h)
{
    int cy = y + h / 2;
    int rad = h * 3 / 10;
    if (rad > dh_ui_sc(ui, 9)) rad = dh_ui_sc(ui, 9);
    if (rad < 3) rad = 3;
    int split = h >= dh_ui_sc(ui, 24);
    int iy = split ? cy - h / 5 : cy, dy = split ? cy + h / 5 : cy;
    int placed[8], nplaced = 0;
    for (size_t i = 0; i < dh_drill_inject_count(d); i++) {
        dh_ms at = dh_drill_delivered_at(d, team, (int)i);
        if (at == DH_MS_NEVER) continue;
        int x = dh_ui_lane_x(ui, at);
        if (!visible(ui, x)) continue;
        x = spread(placed, &nplaced, x, rad);
        dh_ui_sprite_inject(ui, dh_drill_scenario(d), (int)i, x, iy, rad, 0);
        dh_ui_hit(ui, (SDL_Rect){x - rad - 2, iy - rad - 2, 2 * rad + 5, 2 * rad + 5},
                  DH_HIT_INJECT, team, (int)i, 0);
    }
    /* what the facilitator wrote to the team, in the inject row: an accent square */
    for (size_t i = 0; i < dh_drill_message_count(d); i++) {
        const dh_message *m = dh_drill_message_at(d, i);
        if (m->team >= 0 && m->team != team) continue;
        int x = dh_ui_lane_x(ui, m->t);
        if (!visible(ui, x)) continue;
        x = spread(placed, &nplaced, x, rad);
        dh_ui_fill(ui, x - rad + 1, iy - rad + 1, 2 * rad - 2, 2 * rad - 2, C_ACCENT);
        dh_ui_fill(ui, x - rad / 2, iy - 1, rad, 2, C_BG);
        dh_ui_hit(ui, (SDL_Rect){x - rad - 2, iy - rad - 2, 2 * rad + 5, 2 * rad + 5},
                  DH_HIT_MESSAGE, team, (int)i, 0);
    }
    /* evaluators' notes (a flag) and points (signed, coloured) on the lane's top
     * edge: the console's alone, never a team's own station */
    int npx = dh_ui_px(ui, 11), ty = y + 1, console = ui->view == DH_VIEW_CONSOLE;
    for (size_t i = 0; console && i < dh_drill_note_count(d); i++) {
        const dh_note *nt = dh_drill_note_at(d, i);
        if (nt->team != team) continue;
        int x = dh_ui_lane_x(ui, nt->t);
        if (!visible(ui, x)) continue;
        dh_ui_fill(ui, x, ty, 2, h / 2, C_MIXED);
        dh_ui_fill(ui, x + 2, ty, rad, rad * 2 / 3 + 1, C_MIXED);
        dh_ui_hit(ui, (SDL_Rect){x - 3, ty, rad + 6, h / 2}, DH_HIT_NOTE, team, (int)i, 0);
    }
    for (size_t i = 0; console && i < dh_drill_adjustment_count(d); i++) {
        const dh_adjustment *a = dh_drill_adjustment_at(d, i);
        if (a->team != team || a->by_script) continue;
        int x = dh_ui_lane_x(ui, a->t);
        if (!visible(ui, x)) continue;
        char pts[32], label[40];
        dh_fmt_tenths(pts, sizeof pts, a->milli, 0);
        snprintf(label, sizeof label, "%s%s", a->milli > 0 ? "+" : "", pts);
        SDL_Point sz = dh_uitext_draw(ui->text, DH_FACE_MONO, npx, a->milli > 0 ? C_GOOD : C_POOR,
                                      x + 3, ty, 0, label);
        dh_ui_hit(ui, (SDL_Rect){x - 2, ty, sz.x + 6, sz.y}, DH_HIT_ADJUST, team, (int)i, 0);
    }
    int lpx = dh_ui_px(ui, 12), nopen = 0;
    dh_ms soonest = DH_MS_NEVER;
    for (size_t i = 0; i < dh_drill_decision_count(d); i++) {
        const dh_decision_state *st = dh_drill_decision(d, team, (int)i);
        if (st->status == DH_DEC_CLOSED) continue;
        dh_ms at = st->status == DH_DEC_OPEN ? st->opened_at : st->answered_at;
        int x = dh_ui_lane_x(ui, at);
        if (st->status == DH_DEC_OPEN && st->deadline != DH_MS_NEVER) {
            /* the window still open, as a thin bar up to the deadline */
            int x1 = dh_ui_lane_x(ui, st->deadline), x0 = dh_ui_lane_x(ui, dh_drill_now(d));
            if (x0 < ui->lane_x0) x0 = ui->lane_x0;
            if (x1 > ui->lane_x1) x1 = ui->lane_x1;
            if (x1 > x0) dh_ui_fill(ui, x0, dy - 1, x1 - x0, 2, C_DIM);
            nopen++;
            if (st->deadline < soonest) soonest = st->deadline;
        }
        if (!visible(ui, x)) continue;
        dh_ui_sprite_decision(ui, d, team, (int)i, x, dy, rad);
        dh_ui_hit(ui, (SDL_Rect){x - rad - 2, dy - rad - 2, 2 * rad + 5, 2 * rad + 5},
                  DH_HIT_DECISION, team, (int)i, 0);
    }
    /* one countdown per lane: the deadline due first, and how many more are open */
    int x1 = soonest == DH_MS_NEVER ? -1 : dh_ui_lane_x(ui, soonest);
    if (h >= lpx + 2 && x1 > dh_ui_lane_x(ui, dh_drill_now(d)) && x1 <= ui->lane_x1) {
        char left[40];
        dh_time_format(soonest - dh_drill_now(d), left, sizeof left);
        size_t n = strlen(left);
        if (nopen > 1) snprintf(left + n, sizeof left - n, " +%d", nopen - 1);
        SDL_Point sz = dh_uitext_size(ui->text, DH_FACE_MONO, lpx, left);
        int lx = x1 + dh_ui_sc(ui, 4), ly = dy - lpx / 2 - 2;
        dh_ui_fill(ui, lx - 2, ly, sz.x + 4, sz.y, C_BG);   /* later deadlines' bars pass behind */
        dh_uitext_draw(ui->text, DH_FACE_MONO, lpx, C_TEXT, lx, ly, 0, left);
    }
}

void dh_ui_draw_msel_lane(dh_ui *ui, const dh_drill *d, int y, int h)
{
    int cy = y + h / 2, rad = dh_ui_sc(ui, 8), placed[8], nplaced = 0;
    for (size_t i = 0; i < dh_drill_inject_count(d); i++) {
        dh_ms at = dh_drill_scenario(d)->injects[i].at;
        if (at == DH_MS_NEVER) continue;
        int x = dh_ui_lane_x(ui, at);
        if (!visible(ui, x)) continue;
        x = spread(placed, &nplaced, x, rad);
        dh_ui_sprite_inject(ui, dh_drill_scenario(d), (int)i, x, cy, rad, at <= dh_drill_now(d));
        dh_ui_hit(ui, (SDL_Rect){x - rad - 2, cy - rad - 2, 2 * rad + 5, 2 * rad + 5},
                  DH_HIT_INJECT, -1, (int)i, 0);
    }
}

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
        /* places, not written order: the team's own shuffle of the options */
        int order[DH_MAX_OPTIONS];
        dh_drill_option_order(d, team, open[k], order);
        for (size_t i = 0; i < dec->noptions; i++) {
            char line[600];
            snprintf(line, sizeof line, "%zu   %s", i + 1,
                     dh_text_get(&dec->options[order[i]].text, ui->lang));
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
