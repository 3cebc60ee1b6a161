/* dh_ui_question.c — open questions on screen: the answer box with its
 * countdown and counter, the read-only answer, and the scoring view with the
 * rubric, the scores so far and a settlement (dh_ui_question.h).
 *
 * Answers are text from outside: drawn as text only, and only a bounded part
 * of a long one is rasterized at a time. */
#include "dh_ui_question.h"
#include "dh_question.h"
#include "dh_ui_draw.h"
#include "dh_ui_strings.h"
#include "dh_ui_widgets.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SHOWN_BYTES 2400   /* of a long text, what one frame rasterizes */

dh_qbook *dh_ui_questions(dh_ui *ui, const dh_drill *d)
{
    if (ui->qbook) return ui->qbook;
    if (!ui->own_qbook && !(ui->own_qbook = dh_qbook_create())) return NULL;
    if (ui->q_serial != dh_drill_serial(d) || ui->q_events != dh_drill_event_count(d)) {
        dh_qbook_sync(ui->own_qbook, d);
        ui->q_serial = dh_drill_serial(d);
        ui->q_events = dh_drill_event_count(d);
    }
    return ui->own_qbook;
}

static int team_index(const dh_drill *d, const char *id)
{
    const dh_roster *r = dh_drill_roster(d);
    for (size_t i = 0; i < r->nteams; i++)
        if (!strcmp(r->teams[i].id, id)) return (int)i;
    return -1;
}

static const dh_qbook_item *current(dh_ui *ui, const dh_drill *d)
{
    dh_qbook *b = dh_ui_questions(ui, d);
    if (!b || ui->q_item < 0 || (size_t)ui->q_item >= dh_qbook_count(b)) return NULL;
    return dh_qbook_at(b, (size_t)ui->q_item);
}

/* Whether the item still waits for something from this screen. */
static int waiting(const dh_ui *ui, const dh_qbook_item *it)
{
    if (it->status == DH_QB_OPEN) return 1;
    return !ui->station && it->status == DH_QB_ANSWERED && !it->nscores;
}

int dh_ui_question_start(dh_ui *ui, const dh_drill *d)
{
    dh_qbook *b = dh_ui_questions(ui, d);
    size_t n = dh_qbook_count(b);
    int team = ui->station ? ui->team : ui->selected, first = -1, any = -1;
    const char *tid = team >= 0 && (size_t)team < dh_drill_team_count(d)
                          ? dh_drill_roster(d)->teams[team].id : NULL;
    for (size_t i = 0; i < n; i++) {
        const dh_qbook_item *it = dh_qbook_at(b, i);
        int mine = !tid || !strcmp(it->team, tid);
        if (mine && any < 0) any = (int)i;
        if (mine && first < 0 && waiting(ui, it)) first = (int)i;
    }
    ui->q_item = first >= 0 ? first : any >= 0 ? any : n ? 0 : -1;
    ui->q_ticks = 0;
    ui->q_scroll = 0;
    ui->q_sent = -1;
    ui->q_edit[0] = 0;
    return ui->q_item >= 0;
}

/* --- drawing ---------------------------------------------------------------------- */

/* The last SHOWN_BYTES of s (at a character's start): a long text's end, where
 * the typing is. */
static const char *tail(const char *s)
{
    size_t n = strlen(s);
    if (n <= SHOWN_BYTES) return s;
    const char *p = s + n - SHOWN_BYTES;
    while (((unsigned char)*p & 0xC0) == 0x80) p++;
    return p;
}

/* Wrapped text cut to what fits above `bottom`: only its first SHOWN_BYTES
 * are rasterized. Returns the y after it. */
static int para(dh_ui *ui, dh_face f, int px, SDL_Color c, int x, int y, int w, int bottom,
                const char *s)
{
    char buf[SHOWN_BYTES + 8];
    size_t n = strlen(s);
    if (n > SHOWN_BYTES) {
        n = SHOWN_BYTES;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
    }
    memcpy(buf, s, n);
    strcpy(buf + n, n < strlen(s) ? "…" : "");
    if (y >= bottom || !buf[0]) return y;
    SDL_Point sz = dh_uitext_size_wrapped(ui->text, f, px, w, buf);
    if (y + sz.y > bottom) {
        /* cut by lines' worth of characters, roughly, then say so */
        double keep = (double)(bottom - y) / (double)(sz.y ? sz.y : 1);
        size_t k = (size_t)(keep * (double)n);
        while (k > 0 && ((unsigned char)buf[k] & 0xC0) == 0x80) k--;
        strcpy(buf + k, "…");
    }
    return y + dh_uitext_draw(ui->text, f, px, c, x, y, w, buf).y;
}

static void fmt_points(const dh_drill *d, const dh_qbook_item *it, size_t k, dh_lang lang,
                       char *out, size_t n)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    int q = dh_scenario_find_question(sc, it->id);
    out[0] = 0;
    if (q < 0 || k >= sc->questions[q].nrubric) return;
    char p[32];
    dh_fmt_tenths(p, sizeof p, sc->questions[q].rubric[k].total, 0);
    snprintf(out, n, " (%s %s)", p, dh_ui_str(lang, S_POINTS));
}

static void queue(dh_ui *ui, const dh_drill *d, dh_qbook *b, int x, int y, int w, int bottom)
{
    int px = dh_ui_px(ui, 15), lh = px + dh_ui_sc(ui, 10);
    size_t n = dh_qbook_count(b);
    int rows = (bottom - y) / lh;
    int first = ui->q_item - rows / 2;
    if (first > (int)n - rows) first = (int)n - rows;
    if (first < 0) first = 0;
    for (int i = first; i < (int)n && i < first + rows; i++, y += lh) {
        const dh_qbook_item *it = dh_qbook_at(b, (size_t)i);
        if (i == ui->q_item) dh_ui_fill(ui, x - dh_ui_sc(ui, 6), y - dh_ui_sc(ui, 4), w, lh, C_SELECT);
        SDL_Color mark = it->status == DH_QB_OPEN ? C_ACCENT
                         : it->status == DH_QB_UNANSWERED ? C_FAINT
                         : it->nscores ? C_GOOD : C_MIXED;
        dh_ui_disc(ui, x + dh_ui_sc(ui, 5), y + px / 2 + 2, dh_ui_sc(ui, 5), mark);
        char line[300];
        int t = team_index(d, it->team);
        snprintf(line, sizeof line, "%s · %s", t >= 0 ? dh_ui_team_name(d, t) : it->team, it->id);
        dh_uitext_draw_fit(ui->text, DH_FACE_SANS, px, C_TEXT, x + dh_ui_sc(ui, 18), y,
                           w - dh_ui_sc(ui, 30), line);
    }
}

/* The box being typed in: the draft's end, what is being composed, a caret,
 * and the count of characters against the limit. */
static int answer_box(dh_ui *ui, const dh_qbook_item *it, int x, int y, int w, int h)
{
    int px = dh_ui_px(ui, 17), in = dh_ui_sc(ui, 10);
    dh_ui_fill(ui, x, y, w, h, C_BG);
    dh_ui_frame_rect(ui, x, y, w, h, 1, C_ACCENT);
    const char *draft = it->draft ? it->draft : "";
    size_t len = strlen(tail(draft));
    char *buf = malloc(len + sizeof ui->q_edit + 8);
    if (buf) {
        snprintf(buf, len + sizeof ui->q_edit + 8, "%s%s▏", tail(draft), ui->q_edit);
        /* the end in view: a text taller than the box shows its last lines */
        SDL_Point sz = dh_uitext_size_wrapped(ui->text, DH_FACE_SANS, px, w - 2 * in, buf);
        SDL_Rect clip = {x + 1, y + 1, w - 2, h - 2};
        SDL_RenderSetClipRect(ui->r, &clip);
        int ty = sz.y > h - 2 * in ? y + h - in - sz.y : y + in;
        dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_TEXT, x + in, ty, w - 2 * in, buf);
        SDL_RenderSetClipRect(ui->r, NULL);
        free(buf);
    }
    char count[96];
    size_t chars = dh_utf8_len(draft);
    snprintf(count, sizeof count, dh_ui_str(ui->lang, S_QU_CHARS), chars, (size_t)DH_ANSWER_MAX_CHARS);
    dh_uitext_draw(ui->text, DH_FACE_SANS, dh_ui_px(ui, 14),
                   chars > DH_ANSWER_MAX_CHARS * 9 / 10 ? C_MIXED : C_DIM, x, y + h + dh_ui_sc(ui, 6),
                   0, count);
    return y + h + dh_ui_sc(ui, 6) + dh_ui_px(ui, 14);
}

static int scoring(dh_ui *ui, const dh_drill *d, const dh_qbook_item *it, int x, int y, int w,
                   int bottom)
{
    int px = dh_ui_px(ui, 16), hpx = dh_ui_px(ui, 14), gap = dh_ui_sc(ui, 8);
    char line[1200], pts[64];
    dh_uitext_draw(ui->text, DH_FACE_BOLD, hpx, C_DIM, x, y, 0, dh_ui_str(ui->lang, S_QU_RUBRIC));
    y += hpx + gap;
    for (size_t k = 0; k < it->nrubric; k++) {
        int on = (ui->q_ticks >> k) & 1u;
        fmt_points(d, it, k, ui->lang, pts, sizeof pts);
        int bx = dh_ui_sc(ui, 16);
        dh_ui_frame_rect(ui, x, y + 2, bx, bx, 2, on ? C_GOOD : C_DIM);
        if (on) dh_ui_fill(ui, x + 4, y + 6, bx - 8, bx - 8, C_GOOD);
        snprintf(line, sizeof line, "Ctrl+%zu  %s%s", k + 1,
                 dh_text_get(&it->rubric_text[k], ui->lang), pts);
        y += dh_uitext_draw(ui->text, DH_FACE_SANS, px, on ? C_TEXT : C_DIM, x + bx + gap, y,
                            w - bx - gap, line).y + dh_ui_sc(ui, 4);
    }
    y += gap;
    dh_uitext_draw(ui->text, DH_FACE_BOLD, hpx, C_DIM, x, y, 0, dh_ui_str(ui->lang, S_QU_SCORES));
    y += hpx + gap;
    if (!it->nscores)
        y += dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_MIXED, x, y, 0,
                            dh_ui_str(ui->lang, S_QU_NOT_SCORED)).y + gap;
    const char *first = NULL;
    int disagree = 0, settled = 0;
    for (size_t k = 0; k < it->nscores && y < bottom; k++) {
        const dh_qbook_score *s = &it->scores[k];
        if (!s->by) settled = 1;
        else if (!first) first = s->items;
        else if (strcmp(first, s->items)) disagree = 1;
        snprintf(line, sizeof line, "%s: %s%s%s", s->by ? s->by : dh_ui_str(ui->lang, S_QU_SETTLED),
                 s->items[0] ? s->items : "—", s->comment[0] ? " — " : "", s->comment);
        y += dh_uitext_draw_fit(ui->text, DH_FACE_SANS, px, s->by ? C_TEXT : C_GOOD, x, y, w, line).y +
             dh_ui_sc(ui, 4);
    }
    if (disagree && !settled)
        y += dh_uitext_draw(ui->text, DH_FACE_BOLD, px, C_POOR, x, y, w,
                            dh_ui_str(ui->lang, S_QU_DISAGREE)).y;
    y += gap;
    dh_uitext_draw(ui->text, DH_FACE_SANS, hpx, C_DIM, x, y, 0, dh_ui_str(ui->lang, S_QU_COMMENT));
    y += hpx + gap;
    int h = px + dh_ui_sc(ui, 16);
    dh_ui_fill(ui, x, y, w, h, C_BG);
    dh_ui_frame_rect(ui, x, y, w, h, 1, C_ACCENT);
    snprintf(line, sizeof line, "%s%s▏", ui->input, ui->q_edit);
    dh_uitext_draw_fit(ui->text, DH_FACE_SANS, px, C_TEXT, x + dh_ui_sc(ui, 10), y + dh_ui_sc(ui, 6),
                       w - dh_ui_sc(ui, 20), line);
    return y + h;
}

void dh_ui_draw_question(dh_ui *ui, const dh_drill *d)
{
    dh_qbook *b = dh_ui_questions(ui, d);
    int pad = dh_ui_sc(ui, 24), tpx = dh_ui_px(ui, 22), px = dh_ui_px(ui, 17);
    int w = ui->w - 2 * dh_ui_sc(ui, 40), h = ui->h - 2 * dh_ui_sc(ui, 30);
    int x = (ui->w - w) / 2, y = (ui->h - h) / 2, bottom = y + h - pad - dh_ui_px(ui, 14) * 2;
    ui->dlg_h = h;
    dh_ui_fill(ui, 0, 0, ui->w, ui->h, (SDL_Color){0, 0, 0, 150});
    dh_ui_fill(ui, x, y, w, h, C_PANEL);
    dh_ui_frame_rect(ui, x, y, w, h, 1, C_LINE);
    dh_uitext_draw(ui->text, DH_FACE_BOLD, tpx, C_TEXT, x + pad, y + pad, 0, dh_ui_str(ui->lang, S_QU_TITLE));
    const dh_qbook_item *it = current(ui, d);
    int qw = ui->station ? 0 : w / 4, cx = x + pad + (qw ? qw + pad : 0), cw = w - 2 * pad - (qw ? qw + pad : 0);
    int cy = y + pad + tpx + dh_ui_sc(ui, 18);
    if (qw && b) queue(ui, d, b, x + pad, cy, qw, bottom);
    const char *keys = dh_ui_str(ui->lang, ui->station || !it || it->status == DH_QB_OPEN ? S_QU_ANSWER_KEYS
                                                                                          : S_QU_SCORE_KEYS);
    dh_uitext_draw_fit(ui->text, DH_FACE_SANS, dh_ui_px(ui, 14), C_DIM, x + pad, y + h - pad - dh_ui_px(ui, 14),
                       w - 2 * pad, keys);
    if (!it) {
        dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_DIM, cx, cy, cw, dh_ui_str(ui->lang, S_QU_NONE));
        return;
    }
    char line[600], t[32];
    int team = team_index(d, it->team);
    size_t len = (size_t)snprintf(line, sizeof line, "%s · %s", team >= 0 ? dh_ui_team_name(d, team) : it->team,
                                  it->id);
    if (it->status == DH_QB_OPEN && it->deadline != DH_MS_NEVER && len < sizeof line) {
        dh_ms left = it->deadline - dh_drill_now(d);
        dh_time_format(left > 0 ? left : 0, t, sizeof t);
        snprintf(line + len, sizeof line - len, "  ·  ");
        len = strlen(line);
        snprintf(line + len, sizeof line - len, dh_ui_str(ui->lang, S_QU_LEFT), t);
    }
    cy += dh_uitext_draw_fit(ui->text, DH_FACE_BOLD, px, C_ACCENT, cx, cy, cw, line).y + dh_ui_sc(ui, 8);
    cy = para(ui, DH_FACE_SANS, dh_ui_px(ui, 19), C_TEXT, cx, cy, cw, bottom, dh_text_get(&it->prompt, ui->lang)) +
         dh_ui_sc(ui, 12);
    const char *guide = dh_text_get(&it->guidance, ui->lang);
    if (!ui->station && *guide) {
        dh_uitext_draw(ui->text, DH_FACE_BOLD, dh_ui_px(ui, 14), C_DIM, cx, cy, 0, dh_ui_str(ui->lang, S_QU_GUIDANCE));
        cy += dh_ui_px(ui, 14) + dh_ui_sc(ui, 6);
        cy = para(ui, DH_FACE_SANS, dh_ui_px(ui, 15), C_DIM, cx, cy, cw, bottom, guide) + dh_ui_sc(ui, 12);
    }
    if (it->status == DH_QB_OPEN) {
        int bh = bottom - cy - dh_ui_px(ui, 14) * 3;
        if (bh < dh_ui_sc(ui, 80)) bh = dh_ui_sc(ui, 80);
        cy = answer_box(ui, it, cx, cy, cw, bh);
        if (ui->q_sent == ui->q_item)
            dh_uitext_draw(ui->text, DH_FACE_SANS, dh_ui_px(ui, 14), C_ACCENT, cx + cw / 2, cy - dh_ui_px(ui, 14), 0,
                           dh_ui_str(ui->lang, S_QU_SENT));
        return;
    }
    if (it->status == DH_QB_UNANSWERED) {
        dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_MIXED, cx, cy, cw, dh_ui_str(ui->lang, S_QU_UNANSWERED));
        return;
    }
    dh_uitext_draw(ui->text, DH_FACE_BOLD, dh_ui_px(ui, 14), C_DIM, cx, cy, 0,
                   dh_ui_str(ui->lang, ui->station ? S_QU_YOUR_ANSWER : S_QU_ANSWER));
    cy += dh_ui_px(ui, 14) + dh_ui_sc(ui, 6);
    int split = ui->station ? bottom : cy + (bottom - cy) * 2 / 5;
    dh_ui_fill(ui, cx, cy, cw, split - cy, C_PANEL2);
    const char *answer = it->answer ? it->answer : "";
    size_t alen = strlen(answer), from = ui->q_scroll < alen ? ui->q_scroll : 0;
    if (from || alen > SHOWN_BYTES) {
        /* a long answer is read in parts: where this one starts, and the keys */
        char where[160];
        snprintf(where, sizeof where, dh_ui_str(ui->lang, S_QU_SCROLL), dh_utf8_len(answer) -
                 dh_utf8_len(answer + from) + 1, dh_utf8_len(answer));
        dh_uitext_draw(ui->text, DH_FACE_SANS, dh_ui_px(ui, 14), C_ACCENT, cx + cw / 2, cy - dh_ui_px(ui, 14) - dh_ui_sc(ui, 6),
                       0, where);
    }
    para(ui, DH_FACE_SANS, px, C_TEXT, cx + dh_ui_sc(ui, 10), cy + dh_ui_sc(ui, 8), cw - dh_ui_sc(ui, 20),
         split - dh_ui_sc(ui, 8), answer + from);
    if (!ui->station) scoring(ui, d, it, cx, split + dh_ui_sc(ui, 14), cw, bottom);
    else if (it->nscores)
        dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_GOOD, cx, split + dh_ui_sc(ui, 8), 0,
                       dh_ui_str(ui->lang, S_QU_WAS_SCORED));
}

int dh_ui_station_questions(dh_ui *ui, const dh_drill *d, int x, int y, int w, int bottom)
{
    dh_qbook *b = dh_ui_questions(ui, d);
    size_t n = dh_qbook_count(b);
    int px = dh_ui_px(ui, 16);
    int shown = 0;
    const char *tid = ui->team >= 0 && (size_t)ui->team < dh_drill_team_count(d)
                          ? dh_drill_roster(d)->teams[ui->team].id : NULL;
    for (size_t i = 0; i < n && y < bottom - px; i++) {
        const dh_qbook_item *it = dh_qbook_at(b, i);
        if (it->status != DH_QB_OPEN || (tid && strcmp(it->team, tid))) continue;
        if (!shown)
            y += dh_uitext_draw(ui->text, DH_FACE_BOLD, dh_ui_px(ui, 20), C_TEXT, x, y, 0,
                                dh_ui_str(ui->lang, S_QU_TITLE)).y + dh_ui_sc(ui, 8);
        shown = 1;
        char line[600], t[32] = "";
        if (it->deadline != DH_MS_NEVER) {
            dh_ms left = it->deadline - dh_drill_now(d);
            dh_time_format(left > 0 ? left : 0, t, sizeof t);
        }
        char left[64] = "";
        if (t[0]) snprintf(left, sizeof left, dh_ui_str(ui->lang, S_QU_LEFT), t);
        snprintf(line, sizeof line, "%s  ·  %s%s%s", dh_text_get(&it->prompt, ui->lang), left, left[0] ? "  ·  " : "",
                 dh_ui_str(ui->lang, S_QU_PRESS_Q));
        dh_ui_fill(ui, x, y + 2, dh_ui_sc(ui, 5), px + 2, C_ACCENT);
        y += dh_uitext_draw(ui->text, DH_FACE_SANS, px, C_TEXT, x + dh_ui_sc(ui, 14), y, w - dh_ui_sc(ui, 14),
                            line).y + dh_ui_sc(ui, 8);
    }
    return y;
}

/* --- keys and typing ----------------------------------------------------------------- */

static dh_input question_input(const dh_drill *d, const dh_qbook_item *it, int item, dh_input_kind kind)
{
    dh_input in = {.kind = kind, .team = team_index(d, it->team),
                   .decision = dh_scenario_find_question(dh_drill_scenario(d), it->id), .inject = item};
    if (in.decision >= 0) in.inject = 0;   /* the drill knows it: no book index in its record */
    return in;
}

static int send_answer(dh_ui *ui, const dh_drill *d, const dh_qbook_item *it, dh_ui_apply_fn apply)
{
    const char *draft = it->draft ? it->draft : "";
    size_t n = strlen(draft);
    char *clean = malloc(n + 1);
    if (!clean) return DH_UIQ_NONE;
    dh_answer_clean(draft, clean, n + 1);
    const char *why = dh_answer_check(clean);
    if (!clean[0] || why) {
        dh_ui_set_status(ui, clean[0] ? why : dh_ui_str(ui->lang, S_QU_EMPTY));
        free(clean);
        return DH_UIQ_REDRAW;
    }
    dh_input in = question_input(d, it, ui->q_item, DH_IN_ANSWER);
    in.text = clean;
    apply(ui, d, in);
    if (!ui->status[0]) {
        ui->q_sent = ui->q_item;
        dh_ui_set_status(ui, dh_ui_str(ui->lang, ui->qbook ? S_QU_SENT : S_RECORDED));
    }
    free(clean);
    return DH_UIQ_REDRAW;
}

static int send_score(dh_ui *ui, const dh_drill *d, const dh_qbook_item *it, int settle,
                                dh_ui_apply_fn apply)
{
    if (settle) {
        const char *first = NULL;
        int disagree = 0;
        for (size_t k = 0; k < it->nscores; k++)
            if (it->scores[k].by && !first) first = it->scores[k].items;
            else if (it->scores[k].by && strcmp(first, it->scores[k].items)) disagree = 1;
        if (!disagree) return dh_ui_set_status(ui, dh_ui_str(ui->lang, S_QU_AGREE_ONLY)), DH_UIQ_REDRAW;
        if (!ui->input[0]) return dh_ui_set_status(ui, dh_ui_str(ui->lang, S_QU_SETTLE_NEEDS)), DH_UIQ_REDRAW;
    }
    dh_input in = question_input(d, it, ui->q_item, settle ? DH_IN_SETTLE : DH_IN_SCORE);
    in.milli = ui->q_ticks;
    in.text = ui->input;
    apply(ui, d, in);
    if (!ui->status[0]) {
        /* a station's goes to its server: said sent, not yet recorded */
        dh_ui_set_status(ui, dh_ui_str(ui->lang, ui->qbook ? S_QU_SENT : S_RECORDED));
        ui->input[0] = 0;
    }
    return DH_UIQ_REDRAW;
}

static void step(dh_ui *ui, const dh_drill *d, int dir)
{
    size_t n = dh_qbook_count(dh_ui_questions(ui, d));
    if (!n) return;
    int i = ui->q_item + dir;
    if (i < 0 || (size_t)i >= n) return;
    ui->q_item = i;
    ui->q_ticks = 0;
    ui->q_scroll = 0;
    ui->input[0] = 0;
    ui->q_edit[0] = 0;
}

static void set_draft(dh_ui *ui, const dh_drill *d, const char *draft, const char *add, int erase)
{
    dh_qbook *b = dh_ui_questions(ui, d);
    size_t n = strlen(draft), an = add ? strlen(add) : 0;
    char *s = malloc(n + an + 1);
    if (!s) return;
    memcpy(s, draft, n);
    if (erase) {
        while (n > 0 && ((unsigned char)s[n - 1] & 0xC0) == 0x80) n--;
        if (n > 0) n--;
    }
    memcpy(s + n, add ? add : "", an);
    s[n + an] = 0;
    if (dh_utf8_len(s) > DH_ANSWER_MAX_CHARS) dh_ui_set_status(ui, dh_ui_str(ui->lang, S_QU_TOO_LONG));
    else dh_qbook_set_draft(b, (size_t)ui->q_item, s);
    free(s);
}

int dh_ui_question_key(dh_ui *ui, const dh_drill *d, SDL_Keycode k, Uint16 mod, dh_ui_apply_fn apply)
{
    const dh_qbook_item *it = current(ui, d);
    int ctrl = (mod & KMOD_CTRL) != 0;
    int enter = k == SDLK_RETURN || k == SDLK_KP_ENTER;
    if (k == SDLK_ESCAPE) return DH_UIQ_CLOSE;   /* the caller closes the dialog */
    if (k == SDLK_PAGEUP) return step(ui, d, -1), DH_UIQ_REDRAW;
    if (k == SDLK_PAGEDOWN) return step(ui, d, 1), DH_UIQ_REDRAW;
    if (!it) return DH_UIQ_NONE;
    if (it->status == DH_QB_OPEN) {
        const char *draft = it->draft ? it->draft : "";
        if (enter && ctrl) return send_answer(ui, d, it, apply);
        if (enter) return set_draft(ui, d, draft, "\n", 0), DH_UIQ_REDRAW;
        if (k == SDLK_BACKSPACE) return set_draft(ui, d, draft, NULL, 1), DH_UIQ_REDRAW;
        return DH_UIQ_NONE;
    }
    if (it->status == DH_QB_ANSWERED && (k == SDLK_DOWN || k == SDLK_UP)) {
        /* a long answer: on to the next line (or a few hundred bytes), or back */
        const char *a = it->answer ? it->answer : "";
        size_t n = strlen(a), at = ui->q_scroll < n ? ui->q_scroll : 0;
        if (k == SDLK_DOWN) {
            size_t stop = at + 300 < n ? at + 300 : n;
            const char *nl = memchr(a + at, '\n', stop - at);
            at = nl ? (size_t)(nl - a) + 1 : stop;
        } else {
            at = at > 300 ? at - 300 : 0;
        }
        while (at > 0 && at < n && ((unsigned char)a[at] & 0xC0) == 0x80) at--;
        ui->q_scroll = at < n ? at : ui->q_scroll;
        return DH_UIQ_REDRAW;
    }
    if (it->status != DH_QB_ANSWERED || ui->station) return DH_UIQ_NONE;
    if (ctrl && k >= SDLK_1 && k <= SDLK_9 && (size_t)(k - SDLK_1) < it->nrubric)
        return ui->q_ticks ^= 1u << (k - SDLK_1), DH_UIQ_REDRAW;
    if (enter && ctrl) return send_score(ui, d, it, 0, apply);
    if (k == SDLK_s && ctrl) return send_score(ui, d, it, 1, apply);
    if (k == SDLK_BACKSPACE) {
        size_t n = strlen(ui->input);
        while (n > 0 && ((unsigned char)ui->input[n - 1] & 0xC0) == 0x80) n--;
        if (n > 0) n--;
        ui->input[n] = 0;
        return DH_UIQ_REDRAW;
    }
    return DH_UIQ_NONE;
}

int dh_ui_question_text(dh_ui *ui, const dh_drill *d, const char *txt)
{
    const dh_qbook_item *it = current(ui, d);
    ui->q_edit[0] = 0;
    if (!it) return DH_UIQ_NONE;
    if (SDL_GetModState() & KMOD_CTRL) return DH_UIQ_NONE;   /* Ctrl+1…9 tick, they do not type */
    if (it->status == DH_QB_OPEN) {
        set_draft(ui, d, it->draft ? it->draft : "", txt, 0);
        return DH_UIQ_REDRAW;
    }
    if (it->status != DH_QB_ANSWERED || ui->station) return DH_UIQ_NONE;
    size_t n = strlen(ui->input), add = strlen(txt);
    if (n + add < sizeof ui->input) memcpy(ui->input + n, txt, add + 1);
    return DH_UIQ_REDRAW;
}
