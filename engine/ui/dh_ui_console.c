/* dh_ui_console.c — the facilitator console: every team's timeline, the MSEL lane
 * and the detail card of a selected marker. */
#include "dh_ui_console.h"
#include "dh_ui_draw.h"
#include "dh_ui_marker.h"
#include "dh_ui_strings.h"
#include "dh_ui_widgets.h"

#include <stdio.h>
#include <string.h>

static dh_ms tick_step(const dh_ui *ui)
{
    static const dh_ms steps[] = {DH_MS_MINUTE,      2 * DH_MS_MINUTE,  5 * DH_MS_MINUTE,
                                  10 * DH_MS_MINUTE, 15 * DH_MS_MINUTE, 30 * DH_MS_MINUTE,
                                  DH_MS_HOUR,        2 * DH_MS_HOUR};
    int width = ui->lane_x1 - ui->lane_x0, min_px = dh_ui_sc(ui, 90);
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
        if ((double)steps[i] / (double)ui->view_span * width >= min_px) return steps[i];
    return 4 * DH_MS_HOUR;
}

static void axis(dh_ui *ui, int y, int h, int bottom)
{
    dh_ms step = tick_step(ui);
    int px = dh_ui_px(ui, 13);
    dh_ms first = ui->view_t0 - ui->view_t0 % step;
    for (dh_ms t = first; t <= ui->view_t0 + ui->view_span; t += step) {
        if (t < ui->view_t0) continue;
        int x = dh_ui_lane_x(ui, t);
        dh_ui_fill(ui, x, y + h - dh_ui_sc(ui, 6), 1, bottom - (y + h - dh_ui_sc(ui, 6)),
                   (SDL_Color){255, 255, 255, 18});
        char buf[16];
        dh_time_format(t, buf, sizeof buf);
        buf[strlen(buf) - 3] = 0; /* H:MM: seconds never matter on this scale */
        SDL_Point sz = dh_uitext_size(ui->text, DH_FACE_SANS, px, buf);
        if (x - sz.x / 2 >= ui->lane_x0 - sz.x / 2 && x + sz.x / 2 <= ui->w)
            dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_DIM, x - sz.x / 2, y + (h - px) / 2 - 4, 0, buf);
    }
}

static void meta_line(dh_ui *ui, int x, int *y, int w, const char *label, const char *value)
{
    if (!value || !*value) return;
    int px = dh_ui_px(ui, 15);
    char buf[600];
    snprintf(buf, sizeof buf, "%s: %s", label, value);
    *y += dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_DIM, x, *y, w, buf).y + dh_ui_sc(ui, 2);
}

static void option_points(const dh_drill *d, const dh_option *o, dh_lang lang, char *buf, size_t n)
{
    size_t len = 0;
    buf[0] = 0;
    for (size_t c = 0; c < dh_drill_category_count(d) && len < n; c++) {
        if (!o->points[c]) continue;
        char p[32];
        dh_fmt_tenths(p, sizeof p, o->points[c], 0);
        len += (size_t)snprintf(buf + len, n - len, "%s%s%s %s", len ? " · " : "",
                                o->points[c] > 0 ? "+" : "", p,
                                dh_text_get(&dh_drill_scenario(d)->categories[c].name, lang));
    }
    if (!len) snprintf(buf, n, "0");
}

/* The card of what someone wrote on a lane: a free-text inject (title, who it
 * went to, when, the body), a note or points with their reason and author. */
static void written(dh_ui *ui, const dh_drill *d, int x, int y, int iw)
{
    int tpx = dh_ui_px(ui, 20), px = dh_ui_px(ui, 16);
    char buf[256], at[32];
    const char *title = "", *body = "", *by = NULL;
    dh_ms t = 0;
    if (ui->detail_kind == DH_HIT_MESSAGE) {
        const dh_message *m = dh_drill_message_at(d, (size_t)ui->detail_index);
        title = m->title, body = m->body, t = m->t;
        dh_time_format_clock(t, at, sizeof at);
        snprintf(buf, sizeof buf, dh_ui_str(ui->lang, S_WRITTEN_BY), at);
        by = buf;
        y += dh_uitext_draw(ui->text, DH_FACE_BOLD, tpx, C_ACCENT, x, y, iw, title).y + dh_ui_sc(ui, 8);
        meta_line(ui, x, &y, iw, dh_ui_str(ui->lang, S_WRITE_TO),
                  m->team >= 0 ? dh_ui_team_name(d, m->team) : dh_ui_str(ui->lang, S_EVERY_TEAM));
        y += dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_DIM, x, y, iw, by).y + dh_ui_sc(ui, 12);
        dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_TEXT, x, y, iw, body);
        return;
    }
    char head[600];
    if (ui->detail_kind == DH_HIT_NOTE) {
        const dh_note *n = dh_drill_note_at(d, (size_t)ui->detail_index);
        dh_time_format_clock(n->t, at, sizeof at);
        snprintf(head, sizeof head, dh_ui_str(ui->lang, S_NOTE_BY), at);
        body = n->text, by = n->by;
    } else {
        const dh_adjustment *a = dh_drill_adjustment_at(d, (size_t)ui->detail_index);
        char pts[32];
        dh_time_format_clock(a->t, at, sizeof at);
        dh_fmt_tenths(pts, sizeof pts, a->milli, 0);
        snprintf(buf, sizeof buf, dh_ui_str(ui->lang, S_ADJUST_BY), at);
        snprintf(head, sizeof head, "%s: %s%s %s (%s)", buf, a->milli > 0 ? "+" : "", pts,
                 dh_ui_str(ui->lang, S_POINTS),
                 dh_text_get(&dh_drill_scenario(d)->categories[a->category].name, ui->lang));
        body = a->reason, by = a->by;
    }
    y += dh_uitext_draw(ui->text, DH_FACE_BOLD, tpx, C_TEXT, x, y, iw, head).y + dh_ui_sc(ui, 8);
    if (ui->detail_team >= 0)
        meta_line(ui, x, &y, iw, dh_ui_str(ui->lang, S_TEAM_ONE), dh_ui_team_name(d, ui->detail_team));
    meta_line(ui, x, &y, iw, dh_ui_str(ui->lang, S_FROM), by);
    y += dh_ui_sc(ui, 8);
    dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_TEXT, x, y, iw, body);
}

/* The card of one marker: everything a facilitator needs to run that moment. */
static void detail(dh_ui *ui, const dh_drill *d, int x, int y, int w, int bottom)
{
    int pad = dh_ui_sc(ui, 18), iw = w - 2 * pad;
    dh_ui_fill(ui, x, y, w, bottom - y, C_PANEL);
    dh_ui_fill(ui, x, y, 1, bottom - y, C_LINE);
    x += pad;
    y += pad;
    int tpx = dh_ui_px(ui, 20), px = dh_ui_px(ui, 16);
    char buf[256], t1[32];
    const char *team = ui->detail_team >= 0 ? dh_ui_team_name(d, ui->detail_team) : NULL;
    if (ui->detail_kind == DH_HIT_MESSAGE || ui->detail_kind == DH_HIT_NOTE ||
        ui->detail_kind == DH_HIT_ADJUST) {
        written(ui, d, x, y, iw);
        return;
    }
    if (ui->detail_kind == DH_HIT_INJECT) {
        const dh_inject *in = &dh_drill_scenario(d)->injects[ui->detail_index];
        SDL_Color sc = dh_ui_stage_rgb(in->stage);
        dh_ui_fill(ui, x, y, dh_ui_sc(ui, 6), tpx + dh_ui_sc(ui, 4), sc);
        y += dh_uitext_draw(ui->text, DH_FACE_BOLD, tpx, C_TEXT, x + dh_ui_sc(ui, 14), y,
                            iw - dh_ui_sc(ui, 14), dh_text_get(&in->title, ui->lang)).y + dh_ui_sc(ui, 8);
        dh_ms at = ui->detail_team >= 0 ? dh_drill_delivered_at(d, ui->detail_team, ui->detail_index)
                                        : in->at;
        if (at != DH_MS_NEVER) {
            dh_time_format_clock(at, t1, sizeof t1);
            snprintf(buf, sizeof buf, "%s%s%s", t1, team ? " · " : "", team ? team : "");
            meta_line(ui, x, &y, iw, dh_ui_str(ui->lang, S_AT), buf);
        }
        if (in->stage >= 0)
            meta_line(ui, x, &y, iw, "Stage", dh_text_get(&dh_drill_scenario(d)->stages[in->stage].name, ui->lang));
        meta_line(ui, x, &y, iw, dh_ui_str(ui->lang, S_SEVERITY), dh_severity_name(in->severity));
        meta_line(ui, x, &y, iw, dh_ui_str(ui->lang, S_ATTACK), in->attack);
        meta_line(ui, x, &y, iw, dh_ui_str(ui->lang, S_CHANNEL), dh_ui_channel(ui->lang, in->channel));
        meta_line(ui, x, &y, iw, dh_ui_str(ui->lang, S_FROM), dh_text_get(&in->from, ui->lang));
        y += dh_ui_sc(ui, 10);
        y += dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_TEXT, x, y, iw,
                            dh_text_get(&in->body, ui->lang)).y + dh_ui_sc(ui, 14);
        if (!dh_text_empty(&in->notes) && y < bottom) {
            dh_uitext_draw(ui->text, DH_FACE_BOLD, px, C_MIXED, x, y, 0, dh_ui_str(ui->lang, S_NOTES));
            y += px + dh_ui_sc(ui, 10);
            dh_uitext_draw(ui->text, DH_FACE_SANS, dh_ui_px(ui, 15), C_DIM, x, y, iw,
                           dh_text_get(&in->notes, ui->lang));
        }
        return;
    }
    const dh_decision *dec = &dh_drill_scenario(d)->decisions[ui->detail_index];
    const dh_decision_state *st = dh_drill_decision(d, ui->detail_team, ui->detail_index);
    y += dh_uitext_draw(ui->text, DH_FACE_BOLD, tpx, C_TEXT, x, y, iw,
                        dh_text_get(&dec->prompt, ui->lang)).y + dh_ui_sc(ui, 8);
    if (st->status == DH_DEC_OPEN) {
        char left[32] = "—";
        if (st->deadline != DH_MS_NEVER) dh_time_format(st->deadline - dh_drill_now(d), left, sizeof left);
        snprintf(buf, sizeof buf, "%s · %s · %s %s", team, dh_ui_str(ui->lang, S_OPEN), left,
                 dh_ui_str(ui->lang, S_LEFT));
    } else if (st->status == DH_DEC_ANSWERED) {
        dh_time_format_clock(st->answered_at, t1, sizeof t1);
        char pts[32];
        dh_fmt_tenths(pts, sizeof pts, st->points, 0);
        snprintf(buf, sizeof buf, "%s %s %d \"%s\" %s %s · %s %s", team, dh_ui_str(ui->lang, S_CHOSE),
                 st->option + 1, dh_text_get(&dec->options[st->option].text, ui->lang),
                 dh_ui_str(ui->lang, S_AT), t1, pts, dh_ui_str(ui->lang, S_POINTS));
    } else {
        snprintf(buf, sizeof buf, "%s · %s", team, dh_ui_str(ui->lang, S_MISSED));
    }
    y += dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_DIM, x, y, iw, buf).y + dh_ui_sc(ui, 12);
    for (size_t i = 0; i < dec->noptions && y < bottom; i++) {
        const dh_option *o = &dec->options[i];
        int chosen = st->option == (int)i && st->status != DH_DEC_OPEN;
        char pts[256], line[700];
        option_points(d, o, ui->lang, pts, sizeof pts);
        snprintf(line, sizeof line, "%zu. %s", i + 1, dh_text_get(&o->text, ui->lang));
        int top = y;
        if (chosen) dh_ui_fill(ui, x - dh_ui_sc(ui, 8), y - dh_ui_sc(ui, 4), dh_ui_sc(ui, 4), 1, C_TEXT);
        y += dh_uitext_draw(ui->text, chosen ? DH_FACE_BOLD : DH_FACE_SANS, px,
                            chosen ? C_TEXT : C_DIM, x, y, iw, line).y;
        if (dec->timeout == (int)i) {
            char tbuf[300];
            snprintf(tbuf, sizeof tbuf, "%s (%s)", pts, dh_ui_str(ui->lang, S_TIMEOUT));
            y += dh_uitext_draw(ui->text, DH_FACE_MONO, dh_ui_px(ui, 13), C_FAINT, x, y, iw, tbuf).y;
        } else {
            y += dh_uitext_draw(ui->text, DH_FACE_MONO, dh_ui_px(ui, 13), C_FAINT, x, y, iw, pts).y;
        }
        if (chosen) dh_ui_fill(ui, x - dh_ui_sc(ui, 10), top, dh_ui_sc(ui, 4), y - top, C_ACCENT);
        y += dh_ui_sc(ui, 10);
    }
}

/* A served team's connection before its name: a filled green square with the
 * number of stations when online, a hollow grey one and the minutes since it
 * went offline when not. Returns the width it took. */
static int presence_mark(dh_ui *ui, int team, int ry, int px)
{
    const dh_ui_presence *p = &ui->presence[team];
    int sz = px * 2 / 3, x = dh_ui_sc(ui, 4), y = ry + (ui->row_h - sz) / 2;
    char label[32];
    if (p->online > 0) {
        dh_ui_fill(ui, x, y, sz, sz, C_GOOD);
        snprintf(label, sizeof label, "%d", p->online);
    } else {
        dh_ui_fill(ui, x, y, sz, 1, C_FAINT);
        dh_ui_fill(ui, x, y + sz - 1, sz, 1, C_FAINT);
        dh_ui_fill(ui, x, y, 1, sz, C_FAINT);
        dh_ui_fill(ui, x + sz - 1, y, 1, sz, C_FAINT);
        int64_t min = (ui->presence_now_ms - p->since_ms) / 60000;
        snprintf(label, sizeof label, "%lldm", (long long)(min < 0 ? 0 : min > 999 ? 999 : min));
    }
    int lx = x + sz + dh_ui_sc(ui, 3);
    SDL_Point s = dh_uitext_draw(ui->text, DH_FACE_MONO, dh_ui_px(ui, 11), p->online > 0 ? C_GOOD : C_FAINT, lx,
                                 ry + (ui->row_h - dh_ui_px(ui, 11)) / 2 - 1, 0, label);
    return lx + s.x + dh_ui_sc(ui, 6) - dh_ui_sc(ui, 16);
}

void dh_ui_draw_console(dh_ui *ui, const dh_drill *d)
{
    dh_ui_build_rows(ui, d);
    /* lay out first: the header says which rows fit */
    int top = dh_ui_header_height(ui);
    int bar = dh_ui_sc(ui, 32), bottom = ui->h - bar;
    int side = ui->mode == DH_MODE_DETAIL || ui->mode == DH_MODE_DECIDE ? dh_ui_sc(ui, 560) : 0;
    if (side > ui->w / 2) side = ui->w / 2;
    int label_w = dh_ui_sc(ui, 300), pad = dh_ui_sc(ui, 16);
    if (label_w < (ui->w - side) / 5) label_w = (ui->w - side) / 5;   /* long provincial names */
    ui->lane_x0 = label_w + pad;
    ui->lane_x1 = ui->w - side - dh_ui_sc(ui, 70);
    if (ui->view_span <= 0) {
        ui->view_t0 = 0;
        ui->view_span = dh_drill_scenario(d)->duration > 0 ? dh_drill_scenario(d)->duration : DH_MS_HOUR;
    }
    int axis_h = dh_ui_sc(ui, 30), msel_h = dh_ui_sc(ui, 36);
    ui->lanes_y0 = top + axis_h + msel_h + dh_ui_sc(ui, 4);
    int avail = bottom - ui->lanes_y0;
    int n = (int)(ui->nrows ? ui->nrows : 1);
    int rh = avail / n, lo = dh_ui_sc(ui, 18), hi = dh_ui_sc(ui, 40);
    ui->row_h = rh < lo ? lo : rh > hi ? hi : rh;
    ui->visible_rows = avail / ui->row_h;
    dh_ui_clamp_scroll(ui);

    char sub[256], shown[64] = "";
    if ((size_t)ui->visible_rows < ui->nrows)
        snprintf(shown, sizeof shown, " · %d–%d %s (PgUp/PgDn)", ui->scroll + 1,
                 ui->scroll + ui->visible_rows < (int)ui->nrows ? ui->scroll + ui->visible_rows
                                                                 : (int)ui->nrows,
                 dh_ui_str(ui->lang, S_SHOWN));
    char online[64] = "";
    if (ui->presence) {
        size_t on = 0;
        for (size_t i = 0; i < ui->npresence; i++) on += ui->presence[i].online > 0;
        snprintf(online, sizeof online, " · %zu/%zu %s", on, ui->npresence, dh_ui_str(ui->lang, S_ONLINE));
    }
    snprintf(sub, sizeof sub, "%zu %s%s%s · %zu %s%s%s", ui->nrows,
             dh_ui_str(ui->lang, ui->nrows == 1 ? S_TEAM_ONE : S_TEAMS), shown, online,
             dh_snap_teams_deciding(d), dh_ui_str(ui->lang, S_DECIDING),
             ui->bracket >= 0 ? " · " : "", dh_ui_group_name(ui, d, ui->bracket));
    dh_ui_header(ui, d, sub);
    int y = top;
    axis(ui, y, axis_h, bottom);
    y += axis_h;

    /* the future is a shade darker: the eye finds "now" without looking for the line */
    int nowx = dh_ui_lane_x(ui, dh_drill_now(d));
    int fx = nowx < ui->lane_x0 ? ui->lane_x0 : nowx;
    if (fx < ui->lane_x1) dh_ui_fill(ui, fx, y, ui->lane_x1 - fx, bottom - y, (SDL_Color){0, 0, 0, 40});

    int lpx = dh_ui_px(ui, 15);
    dh_ui_fill(ui, 0, y, ui->w - side, msel_h, C_PANEL2);
    dh_uitext_draw_fit(ui->text, DH_FACE_BOLD, lpx, C_MIXED, pad, y + (msel_h - lpx) / 2 - 2,
                       label_w - pad, dh_ui_str(ui->lang, S_MSEL));
    ui->msel_y = y + msel_h / 2;
    dh_ui_draw_msel_lane(ui, d, y, msel_h);
    y = ui->lanes_y0;
    int npx = ui->row_h >= dh_ui_sc(ui, 26) ? dh_ui_px(ui, 16) : dh_ui_px(ui, 13);
    if (npx > ui->row_h - 4) npx = ui->row_h - 4 < 9 ? 9 : ui->row_h - 4;
    for (int i = 0; i < ui->visible_rows && (size_t)(ui->scroll + i) < ui->nrows; i++) {
        int team = ui->rows[ui->scroll + i];
        int ry = y + i * ui->row_h;
        if (team == ui->selected) dh_ui_fill(ui, 0, ry, ui->w - side, ui->row_h, C_SELECT);
        else if (i % 2) dh_ui_fill(ui, 0, ry, ui->w - side, ui->row_h, (SDL_Color){255, 255, 255, 8});
        char pts[32];
        dh_fmt_tenths(pts, sizeof pts, dh_drill_team_total(d, team), 0);
        SDL_Point psz = dh_uitext_size(ui->text, DH_FACE_MONO, npx, pts);
        dh_uitext_draw(ui->text, DH_FACE_MONO, npx, C_DIM, label_w - psz.x, ry + (ui->row_h - psz.y) / 2, 0, pts);
        int nx = pad;
        if (ui->presence && (size_t)team < ui->npresence) nx += presence_mark(ui, team, ry, npx);
        dh_uitext_draw_fit(ui->text, team == ui->selected ? DH_FACE_BOLD : DH_FACE_SANS, npx, C_TEXT,
                           nx, ry + (ui->row_h - psz.y) / 2, label_w - nx - psz.x - dh_ui_sc(ui, 10),
                           dh_ui_team_name(d, team));
        dh_ui_hit(ui, (SDL_Rect){0, ry, ui->lane_x0, ui->row_h}, DH_HIT_LANE, team, 0, 0);
        dh_ui_draw_lane(ui, d, team, ry, ui->row_h);
    }
    if ((int)ui->nrows > ui->visible_rows && ui->visible_rows > 0) { /* scroll position */
        int track = ui->visible_rows * ui->row_h;
        int th = track * ui->visible_rows / (int)ui->nrows;
        int ty = y + track * ui->scroll / (int)ui->nrows;
        dh_ui_fill(ui, ui->w - side - dh_ui_sc(ui, 10), y, dh_ui_sc(ui, 8), track, C_PANEL2);
        dh_ui_fill(ui, ui->w - side - dh_ui_sc(ui, 10), ty, dh_ui_sc(ui, 8), th, C_DIM);
    }
    if (nowx >= ui->lane_x0 && nowx <= ui->lane_x1)
        dh_ui_fill(ui, nowx - 1, top + axis_h - dh_ui_sc(ui, 6), dh_ui_sc(ui, 2),
                   bottom - top - axis_h + dh_ui_sc(ui, 6), C_NOW);
    if (ui->mode == DH_MODE_DETAIL) detail(ui, d, ui->w - side, top, side, bottom);
    if (ui->mode == DH_MODE_DECIDE) {
        dh_ui_fill(ui, ui->w - side, top, side, bottom - top, C_PANEL);
        dh_ui_fill(ui, ui->w - side, top, 1, bottom - top, C_LINE);
        dh_ui_draw_decision_panel(ui, d, ui->selected, ui->w - side + dh_ui_sc(ui, 18),
                                  top + dh_ui_sc(ui, 18), side - dh_ui_sc(ui, 36), 0);
    }
    dh_ui_status_bar(ui, dh_ui_str(ui->lang, dh_drill_ended(d) ? S_ENDED_HINT : S_HELP_HINT));
}
