/* dh_ui_overlay.c — the dialogs drawn over a view: help and the legend, points
 * with a reason, a note, an inject to send now, ending or leaving. */
#include "dh_ui_overlay.h"
#include "dh_ui_draw.h"
#include "dh_ui_marker.h"
#include "dh_ui_question.h"
#include "dh_ui_strings.h"
#include "dh_ui_widgets.h"

#include <stdio.h>
#include <string.h>

static void box(dh_ui *ui, int w, int h, int *x, int *y)
{
    ui->dlg_h = h;
    dh_ui_fill(ui, 0, 0, ui->w, ui->h, (SDL_Color){0, 0, 0, 150});
    if (w > ui->w - 40) w = ui->w - 40;
    *x = (ui->w - w) / 2;
    *y = (ui->h - h) / 2;
    if (*y < 10) *y = 10;
    dh_ui_fill(ui, *x, *y, w, h, C_PANEL);
    dh_ui_frame_rect(ui, *x, *y, w, h, 1, C_LINE);
}

static void field(dh_ui *ui, int x, int y, int w, const char *label, const char *value)
{
    int px = dh_ui_px(ui, 18);
    dh_uitext_draw(ui->text, DH_FACE_SANS, dh_ui_px(ui, 14), C_DIM, x, y, 0, label);
    y += dh_ui_px(ui, 14) + dh_ui_sc(ui, 8);
    int h = px + dh_ui_sc(ui, 16);
    dh_ui_fill(ui, x, y, w, h, C_BG);
    dh_ui_frame_rect(ui, x, y, w, h, 1, C_ACCENT);
    char buf[DH_UI_TEXT_MAX + 8];
    snprintf(buf, sizeof buf, "%s▏", value);
    dh_uitext_draw_fit(ui->text, DH_FACE_SANS, px, C_TEXT, x + dh_ui_sc(ui, 10), y + dh_ui_sc(ui, 6),
                       w - dh_ui_sc(ui, 20), buf);
}

/* One legend item: a mark, then its word; returns the x after it. */
static int legend_item(dh_ui *ui, int x, int y, int px, const char *word)
{
    int gap = dh_ui_sc(ui, 12);
    SDL_Point sz = dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_TEXT, x + gap + dh_ui_sc(ui, 6), y, 0, word);
    return x + gap + dh_ui_sc(ui, 6) + sz.x + dh_ui_sc(ui, 22);
}

/* What the markers mean: severity by shape, stage by colour, decisions by mark. */
static void legend(dh_ui *ui, const dh_drill *d, int x0, int y, int w, int lh)
{
    int px = dh_ui_px(ui, 16), rad = dh_ui_sc(ui, 8), label_w = dh_ui_sc(ui, 220);
    int cy = y + px / 2 + dh_ui_sc(ui, 2);
    dh_ui_fill(ui, x0, y - dh_ui_sc(ui, 6), w, 1, C_LINE);
    dh_uitext_draw(ui->text, DH_FACE_BOLD, px, C_ACCENT, x0, y, 0, dh_ui_str(ui->lang, S_SEVERITY));
    int x = x0 + label_w;
    static const dh_str sev[] = {S_SEV_LOW, S_SEV_MEDIUM, S_SEV_HIGH, S_SEV_CRITICAL};
    for (int i = 0; i < 4; i++) {
        dh_ui_severity_shape(ui, i, x + rad, cy, rad, C_DIM);
        x = legend_item(ui, x + rad, y, px, dh_ui_str(ui->lang, sev[i]));
    }
    y += lh, cy += lh;
    dh_uitext_draw(ui->text, DH_FACE_BOLD, px, C_ACCENT, x0, y, 0, dh_ui_str(ui->lang, S_DECISIONS));
    x = x0 + label_w;
    static const struct { dh_decision_status st; dh_quality q; dh_str word; } marks[] = {
        {DH_DEC_OPEN, DH_Q_NONE, S_OPEN}, {DH_DEC_ANSWERED, DH_Q_GOOD, S_Q_GOOD},
        {DH_DEC_ANSWERED, DH_Q_MIXED, S_Q_MIXED}, {DH_DEC_ANSWERED, DH_Q_POOR, S_Q_POOR},
        {DH_DEC_EXPIRED, DH_Q_NONE, S_MISSED}};
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        dh_ui_decision_mark(ui, marks[i].st, marks[i].q, x + rad, cy, rad);
        x = legend_item(ui, x + rad, y, px, dh_ui_str(ui->lang, marks[i].word));
    }
    y += lh, cy += lh;
    dh_uitext_draw(ui->text, DH_FACE_BOLD, px, C_ACCENT, x0, y, 0, dh_ui_str(ui->lang, S_STAGES));
    x = x0 + label_w;
    for (size_t i = 0; i < dh_drill_scenario(d)->nstages; i++) {
        const char *name = dh_text_get(&dh_drill_scenario(d)->stages[i].name, ui->lang);
        SDL_Point sz = dh_uitext_size(ui->text, DH_FACE_SANS, px, name);
        if (x + 2 * rad + sz.x + dh_ui_sc(ui, 40) > x0 + w && x > x0 + label_w) {
            x = x0 + label_w;
            y += lh, cy += lh;
        }
        dh_ui_disc(ui, x + rad, cy, rad, dh_ui_stage_rgb((int)i));
        x = legend_item(ui, x + rad, y, px, name);
    }
}

/* Under the inject menu: who already has the selected inject (every team, how
 * many, or none yet) and the start of its text, so the facilitator sends the
 * one they mean. */
static void deliver_preview(dh_ui *ui, const dh_drill *d, int inj, int x, int y, int w)
{
    const dh_inject *in = &dh_drill_scenario(d)->injects[inj];
    int pad = dh_ui_sc(ui, 24), px = dh_ui_px(ui, 16), h = dh_ui_sc(ui, 200);
    if (y + h > ui->h - dh_ui_sc(ui, 8)) h = ui->h - dh_ui_sc(ui, 8) - y;
    if (h < px * 3) return;
    dh_ui_fill(ui, x, y, w, h, C_PANEL);
    dh_ui_frame_rect(ui, x, y, w, h, 1, C_LINE);
    size_t nteams = dh_drill_team_count(d), got = 0;
    char names[400] = "";
    size_t len = 0;
    for (size_t t = 0; t < nteams; t++) {
        if (dh_drill_delivered_at(d, (int)t, inj) == DH_MS_NEVER) continue;
        got++;
        if (len < sizeof names - 64)
            len += (size_t)snprintf(names + len, sizeof names - len, "%s%s", len ? ", " : "",
                                    dh_ui_team_name(d, (int)t));
    }
    char buf[600];
    if (!got) snprintf(buf, sizeof buf, "%s", dh_ui_str(ui->lang, S_SENT_NONE));
    else if (got == nteams) snprintf(buf, sizeof buf, "%s %s (%zu)", dh_ui_str(ui->lang, S_SENT_TO),
                                     dh_ui_str(ui->lang, S_SENT_ALL), got);
    else snprintf(buf, sizeof buf, "%s %zu/%zu: %s", dh_ui_str(ui->lang, S_SENT_TO), got, nteams, names);
    int ly = y + dh_ui_sc(ui, 12);
    dh_uitext_draw_fit(ui->text, DH_FACE_BOLD, dh_ui_px(ui, 15), got ? C_MIXED : C_DIM, x + pad, ly,
                       w - 2 * pad, buf);
    ly += dh_ui_px(ui, 15) + dh_ui_sc(ui, 10);
    SDL_Rect clip = {x, y, w, h - dh_ui_sc(ui, 8)};
    SDL_RenderSetClipRect(ui->r, &clip);
    dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_TEXT, x + pad, ly, w - 2 * pad,
                   dh_text_get(&in->body, ui->lang));
    SDL_RenderSetClipRect(ui->r, NULL);
}

void dh_ui_draw_overlay(dh_ui *ui, const dh_drill *d)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    size_t ninj = dh_drill_inject_count(d);
    int x, y, pad = dh_ui_sc(ui, 24), tpx = dh_ui_px(ui, 22), px = dh_ui_px(ui, 17);
    int w = dh_ui_sc(ui, 760);
    char buf[600];
    switch (ui->mode) {
    case DH_MODE_HELP: {
        const char *const *lines = dh_ui_help(ui->lang);
        int n = 0;
        while (lines[2 * n]) n++;
        int lh = px + dh_ui_sc(ui, 10);
        w = dh_ui_sc(ui, 900);
        box(ui, w, 2 * pad + tpx + dh_ui_sc(ui, 16) + n * lh + 4 * (lh + dh_ui_sc(ui, 6)), &x, &y);
        dh_uitext_draw(ui->text, DH_FACE_BOLD, tpx, C_TEXT, x + pad, y + pad, 0, dh_ui_str(ui->lang, S_HELP_TITLE));
        y += pad + tpx + dh_ui_sc(ui, 16);
        for (int i = 0; i < n; i++, y += lh) {
            dh_uitext_draw(ui->text, DH_FACE_BOLD, px, C_ACCENT, x + pad, y, 0, lines[2 * i]);
            dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_TEXT, x + pad + dh_ui_sc(ui, 220), y, 0, lines[2 * i + 1]);
        }
        legend(ui, d, x + pad, y + dh_ui_sc(ui, 10), w - 2 * pad, lh + dh_ui_sc(ui, 6));
        break;
    }
    case DH_MODE_ADJUST: {
        box(ui, w, dh_ui_sc(ui, 330), &x, &y);
        snprintf(buf, sizeof buf, "%s %s", dh_ui_str(ui->lang, S_ADJUST_FOR), dh_ui_team_name(d, ui->selected));
        dh_uitext_draw_fit(ui->text, DH_FACE_BOLD, tpx, C_TEXT, x + pad, y + pad, w - 2 * pad, buf);
        y += pad + tpx + dh_ui_sc(ui, 20);
        dh_uitext_draw(ui->text, DH_FACE_SANS, dh_ui_px(ui, 14), C_DIM, x + pad, y, 0, dh_ui_str(ui->lang, S_CATEGORY));
        y += dh_ui_px(ui, 14) + dh_ui_sc(ui, 8);
        const char *cat = dh_drill_category_count(d) ? dh_text_get(&sc->categories[ui->adj_cat].name, ui->lang) : "";
        snprintf(buf, sizeof buf, "‹ %s ›      %s%d %s  (↑/↓)", cat, ui->adj_points > 0 ? "+" : "",
                 ui->adj_points, dh_ui_str(ui->lang, S_POINTS));
        dh_uitext_draw(ui->text, DH_FACE_BOLD, dh_ui_px(ui, 20), C_ACCENT, x + pad, y, 0, buf);
        y += dh_ui_px(ui, 20) + dh_ui_sc(ui, 24);
        field(ui, x + pad, y, w - 2 * pad, dh_ui_str(ui->lang, S_REASON), ui->input);
        break;
    }
    case DH_MODE_RATE: {
        static const dh_msg_id names[DH_RATE_COUNT] = {R_RATING_P, R_RATING_S, R_RATING_M, R_RATING_U};
        box(ui, w, dh_ui_sc(ui, 330), &x, &y);
        snprintf(buf, sizeof buf, "%s %s", dh_ui_str(ui->lang, S_RATE_FOR), dh_ui_team_name(d, ui->selected));
        dh_uitext_draw_fit(ui->text, DH_FACE_BOLD, tpx, C_TEXT, x + pad, y + pad, w - 2 * pad, buf);
        y += pad + tpx + dh_ui_sc(ui, 20);
        const char *obj = sc->nobjectives ? dh_text_get(&sc->objectives[ui->rate_obj].text, ui->lang) : "";
        snprintf(buf, sizeof buf, "‹ %s ›", obj);
        dh_uitext_draw_fit(ui->text, DH_FACE_SANS, dh_ui_px(ui, 16), C_TEXT, x + pad, y, w - 2 * pad, buf);
        y += dh_ui_px(ui, 16) + dh_ui_sc(ui, 12);
        int rv = ui->rate_value >= 0 && ui->rate_value < DH_RATE_COUNT ? ui->rate_value : 0;
        snprintf(buf, sizeof buf, "%s — %s  (↑/↓)", dh_rating_letter((dh_rating)rv), dh_tr(ui->lang, names[rv]));
        dh_uitext_draw(ui->text, DH_FACE_BOLD, dh_ui_px(ui, 20), C_ACCENT, x + pad, y, 0, buf);
        y += dh_ui_px(ui, 20) + dh_ui_sc(ui, 24);
        field(ui, x + pad, y, w - 2 * pad, dh_ui_str(ui->lang, S_REASON), ui->input);
        break;
    }
    case DH_MODE_NOTE:
        box(ui, w, dh_ui_sc(ui, 200), &x, &y);
        snprintf(buf, sizeof buf, "%s %s", dh_ui_str(ui->lang, S_NOTE_ON), dh_ui_team_name(d, ui->selected));
        dh_uitext_draw_fit(ui->text, DH_FACE_BOLD, tpx, C_TEXT, x + pad, y + pad, w - 2 * pad, buf);
        field(ui, x + pad, y + pad + tpx + dh_ui_sc(ui, 20), w - 2 * pad, "Enter ↵", ui->input);
        break;
    case DH_MODE_DELIVER: {
        int lh = px + dh_ui_sc(ui, 12), rows = (ui->h - dh_ui_sc(ui, 260)) / lh;
        if (rows > (int)ninj) rows = (int)ninj;
        if (rows < 1) rows = 1;
        w = dh_ui_sc(ui, 900);
        box(ui, w, 2 * pad + tpx + dh_ui_sc(ui, 60) + rows * lh, &x, &y);
        dh_uitext_draw(ui->text, DH_FACE_BOLD, tpx, C_TEXT, x + pad, y + pad, 0, dh_ui_str(ui->lang, S_DELIVER));
        int ly = y + pad + tpx + dh_ui_sc(ui, 16);
        int first = ui->deliver_cursor - rows / 2;
        if (first > (int)ninj - rows) first = (int)ninj - rows;
        if (first < 0) first = 0;
        for (int i = first; i < first + rows && i < (int)ninj; i++, ly += lh) {
            const dh_inject *in = &sc->injects[i];
            if (i == ui->deliver_cursor) dh_ui_fill(ui, x + 1, ly - dh_ui_sc(ui, 4), w - 2, lh, C_SELECT);
            dh_ui_sprite_inject(ui, sc, i, x + pad + dh_ui_sc(ui, 8), ly + px / 2 + 1, dh_ui_sc(ui, 7), 0);
            char t[32] = "—";
            if (in->at != DH_MS_NEVER) dh_time_format(in->at, t, sizeof t);
            dh_uitext_draw(ui->text, DH_FACE_MONO, px, C_DIM, x + pad + dh_ui_sc(ui, 28), ly, 0, t);
            dh_uitext_draw_fit(ui->text, DH_FACE_SANS, px, C_TEXT, x + pad + dh_ui_sc(ui, 140), ly,
                               w - 2 * pad - dh_ui_sc(ui, 140), dh_text_get(&in->title, ui->lang));
        }
        snprintf(buf, sizeof buf, "%s · %s %s · Esc", dh_ui_str(ui->lang, S_TO_ALL), dh_ui_str(ui->lang, S_TO_TEAM),
                 dh_ui_team_name(d, ui->selected));
        dh_uitext_draw_fit(ui->text, DH_FACE_SANS, dh_ui_px(ui, 15), C_DIM, x + pad, ly + dh_ui_sc(ui, 10),
                           w - 2 * pad, buf);
        if (ui->deliver_cursor >= 0 && (size_t)ui->deliver_cursor < ninj)
            deliver_preview(ui, d, ui->deliver_cursor, x, y + ui->dlg_h + dh_ui_sc(ui, 8), w);
        break;
    }
    case DH_MODE_WRITE: {
        w = dh_ui_sc(ui, 900);
        box(ui, w, dh_ui_sc(ui, 360), &x, &y);
        dh_uitext_draw(ui->text, DH_FACE_BOLD, tpx, C_TEXT, x + pad, y + pad, 0, dh_ui_str(ui->lang, S_WRITE));
        int ly = y + pad + tpx + dh_ui_sc(ui, 14);
        snprintf(buf, sizeof buf, "%s: %s", dh_ui_str(ui->lang, S_WRITE_TO),
                 ui->write_team >= 0 ? dh_ui_team_name(d, ui->write_team) : dh_ui_str(ui->lang, S_EVERY_TEAM));
        dh_uitext_draw_fit(ui->text, DH_FACE_BOLD, dh_ui_px(ui, 18), C_ACCENT, x + pad, ly, w - 2 * pad, buf);
        ly += dh_ui_px(ui, 18) + dh_ui_sc(ui, 16);
        if (ui->write_body) {
            dh_uitext_draw_fit(ui->text, DH_FACE_BOLD, px, C_TEXT, x + pad, ly, w - 2 * pad, ui->write_title);
            ly += px + dh_ui_sc(ui, 12);
        }
        field(ui, x + pad, ly, w - 2 * pad, dh_ui_str(ui->lang, ui->write_body ? S_WRITE_BODY : S_WRITE_TITLE),
              ui->input);
        dh_uitext_draw_fit(ui->text, DH_FACE_SANS, dh_ui_px(ui, 15), C_DIM, x + pad,
                           y + dh_ui_sc(ui, 360) - pad - dh_ui_px(ui, 15), w - 2 * pad,
                           dh_ui_str(ui->lang, S_WRITE_TAB));
        break;
    }
    case DH_MODE_FEEDBACK: {
        int nq = (int)sc->nfeedback, q = ui->fb_question;
        if (q < 0 || q >= nq) break;
        const dh_fb_question *fq = &sc->feedback[q];
        w = dh_ui_sc(ui, 900);
        box(ui, w, dh_ui_sc(ui, 340), &x, &y);
        int team = ui->view == DH_VIEW_TEAM ? ui->team : ui->selected, answered = 0;
        for (int i = 0; i < nq; i++) answered += dh_drill_feedback_find(d, team, i) != NULL;
        snprintf(buf, sizeof buf, "%s %s · %d/%d · %d %s", dh_ui_str(ui->lang, S_FEEDBACK_FOR),
                 dh_ui_team_name(d, team), q + 1, nq, answered, dh_ui_str(ui->lang, S_ANSWERED));
        dh_uitext_draw_fit(ui->text, DH_FACE_BOLD, tpx, C_TEXT, x + pad, y + pad, w - 2 * pad, buf);
        int ly = y + pad + tpx + dh_ui_sc(ui, 16);
        ly += dh_uitext_draw(ui->text, DH_FACE_SANS, dh_ui_px(ui, 18), C_TEXT, x + pad, ly, w - 2 * pad,
                             dh_text_get(&fq->text, ui->lang)).y + dh_ui_sc(ui, 16);
        if (fq->kind == DH_FB_RATING) {
            int bx = x + pad, bs = dh_ui_sc(ui, 48);
            for (int r = DH_FB_RATING_MIN; r <= DH_FB_RATING_MAX; r++, bx += bs + dh_ui_sc(ui, 12)) {
                int on = r == ui->fb_rating;
                dh_ui_fill(ui, bx, ly, bs, bs, on ? C_ACCENT : C_BG);
                dh_ui_frame_rect(ui, bx, ly, bs, bs, 1, on ? C_TEXT : C_LINE);
                char num[4];
                snprintf(num, sizeof num, "%d", r);
                dh_uitext_draw(ui->text, DH_FACE_BOLD, dh_ui_px(ui, 22), on ? C_BG : C_TEXT,
                               bx + bs / 2 - dh_ui_px(ui, 22) / 4, ly + (bs - dh_ui_px(ui, 22)) / 2, 0, num);
            }
            dh_uitext_draw(ui->text, DH_FACE_SANS, dh_ui_px(ui, 15), C_DIM, bx + dh_ui_sc(ui, 8),
                           ly + (bs - dh_ui_px(ui, 15)) / 2, 0, dh_ui_str(ui->lang, S_FEEDBACK_RATE));
        } else {
            field(ui, x + pad, ly - dh_ui_px(ui, 14) - dh_ui_sc(ui, 8), w - 2 * pad, "", ui->input);
        }
        dh_uitext_draw_fit(ui->text, DH_FACE_SANS, dh_ui_px(ui, 15), C_DIM, x + pad,
                           y + dh_ui_sc(ui, 340) - pad - dh_ui_px(ui, 15), w - 2 * pad,
                           dh_ui_str(ui->lang, S_FEEDBACK_KEYS));
        break;
    }
    case DH_MODE_QUESTION: dh_ui_draw_question(ui, d); break;
    case DH_MODE_END:
    case DH_MODE_QUIT:
        box(ui, w, dh_ui_sc(ui, 170), &x, &y);
        dh_uitext_draw(ui->text, DH_FACE_BOLD, tpx, C_TEXT, x + pad, y + pad, w - 2 * pad,
                       dh_ui_str(ui->lang, ui->mode == DH_MODE_END ? S_END_Q : S_QUIT_Q));
        dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_ACCENT, x + pad, y + dh_ui_sc(ui, 110), 0,
                       dh_ui_str(ui->lang, S_YES_NO));
        break;
    default: break;
    }
}
