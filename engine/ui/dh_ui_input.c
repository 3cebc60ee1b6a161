/* dh_ui_input.c — what people do: keys, clicks and typing become drill inputs;
 * and the dialogs that collect them (help, points, notes, injects, ending). */
#include "dh_ui_impl.h"
#include "dh_clock.h"

#include <stdio.h>
#include <string.h>

/* the steps of + and −, from the clock's slowest to its fastest */
static const int64_t speeds[] = {DH_SPEED_MIN, 1000, 2000, 5000, 10000, 20000, 30000, DH_SPEED_MAX};
#define NSPEEDS (sizeof speeds / sizeof speeds[0])

static dh_ui_request apply(dh_ui *ui, dh_drill *d, dh_input in)
{
    if (ui->replay) {
        dh_ui_set_status(ui, dh_ui_str(ui->lang, S_READ_ONLY));
        return DH_UI_REDRAW;
    }
    in.source = DH_SRC_CONSOLE;
    in.t = d->now;
    char err[256];
    if (dh_drill_apply(d, &in, err, sizeof err)) dh_ui_set_status(ui, err);
    else ui->status[0] = 0;
    return DH_UI_REDRAW;
}

/* Dialogs that take every key, and those that also take no clicks. */
static int takes_keys(dh_mode m) { return m == DH_MODE_HELP || m >= DH_MODE_ADJUST; }
static int takes_clicks(dh_mode m) { return m < DH_MODE_ADJUST; }

static void set_mode(dh_ui *ui, dh_mode m)
{
    int typing = dh_ui_typing(m), was = dh_ui_typing(ui->mode);
    if (typing && !was) {
        SDL_StartTextInput();
        /* the text event of the key that opened the dialog follows it */
        ui->swallow = ui->last_key;
    }
    if (!typing && was) SDL_StopTextInput();
    ui->mode = m;
    ui->input[0] = 0;
}

/* B and Tab: all teams, then each bracket in turn. */
static void next_bracket(dh_ui *ui, const dh_drill *d)
{
    ui->bracket = ui->bracket + 1 >= (int)d->roster->nbrackets ? -1 : ui->bracket + 1;
}

/* +1 for a faster-clock key, -1 for a slower one, 0 for any other key. */
static int speed_key(SDL_Keycode k)
{
    if (k == SDLK_PLUS || k == SDLK_EQUALS || k == SDLK_KP_PLUS) return 1;
    return k == SDLK_MINUS || k == SDLK_KP_MINUS ? -1 : 0;
}

/* The visible window of exercise time, kept inside the drill. */
static void set_view(dh_ui *ui, const dh_drill *d, dh_ms t0, dh_ms span)
{
    if (span >= d->sc->duration) {
        ui->view_span = 0;
        return;
    }
    if (t0 + span > d->sc->duration) t0 = d->sc->duration - span;
    ui->view_t0 = t0 < 0 ? 0 : t0;
    ui->view_span = span;
}

static void backspace(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && ((unsigned char)s[n - 1] & 0xC0) == 0x80) n--;
    if (n > 0) n--;
    s[n] = 0;
}

static void type(dh_ui *ui, const char *txt)
{
    size_t n = strlen(ui->input), add = strlen(txt);
    if (n + add < sizeof ui->input) memcpy(ui->input + n, txt, add + 1);
}

static int deciding_team(const dh_ui *ui) { return ui->view == DH_VIEW_TEAM ? ui->team : ui->selected; }

static dh_ui_request choose(dh_ui *ui, dh_drill *d)
{
    int team = deciding_team(ui), open[64];
    size_t n = dh_snap_open_decisions(d, team, open, 64);
    if (!n || ui->dec_cursor >= (int)n || n > 64) return DH_UI_REDRAW;
    const dh_decision *dec = &d->sc->decisions[open[ui->dec_cursor]];
    if (ui->opt_cursor < 0 || ui->opt_cursor >= (int)dec->noptions) return DH_UI_REDRAW;
    dh_input in = {.kind = DH_IN_CHOICE, .team = team, .decision = open[ui->dec_cursor],
                   .option = ui->opt_cursor};
    ui->opt_cursor = -1;
    dh_ui_request r = apply(ui, d, in);
    if (!ui->status[0]) {
        char msg[256], at[32];
        dh_time_format_clock(d->now, at, sizeof at);
        snprintf(msg, sizeof msg, "%s: %s — %d. %s (%s)", dh_ui_str(ui->lang, S_RECORDED),
                 dh_ui_team_name(d, team), in.option + 1, dh_text_get(&dec->options[in.option].text, ui->lang), at);
        dh_ui_set_status(ui, msg);
    }
    return r;
}

static dh_ui_request decide_key(dh_ui *ui, dh_drill *d, SDL_Keycode k)
{
    if (k >= SDLK_1 && k <= SDLK_9) ui->opt_cursor = (int)(k - SDLK_1);
    else if (k >= SDLK_KP_1 && k <= SDLK_KP_9) ui->opt_cursor = (int)(k - SDLK_KP_1);
    else if (k == SDLK_RETURN || k == SDLK_KP_ENTER) return choose(ui, d);
    else if (k == SDLK_TAB) ui->dec_cursor++, ui->opt_cursor = -1;
    else if (k == SDLK_DOWN) ui->opt_cursor++;
    else if (k == SDLK_UP && ui->opt_cursor > 0) ui->opt_cursor--;
    else return DH_UI_NONE;
    int open[64];
    size_t n = dh_snap_open_decisions(d, deciding_team(ui), open, 64);
    if (ui->dec_cursor >= (int)n) ui->dec_cursor = 0;
    return DH_UI_REDRAW;
}

static void select_team(dh_ui *ui, const dh_drill *d, int delta)
{
    dh_ui_build_rows(ui, d);
    if (!ui->nrows) return;
    size_t at = 0;
    for (size_t i = 0; i < ui->nrows; i++)
        if (ui->rows[i] == ui->selected) at = i;
    long k = (long)at + delta;
    if (k < 0) k = 0;
    if (k >= (long)ui->nrows) k = (long)ui->nrows - 1;
    ui->selected = ui->rows[k];
    if (k < ui->scroll) ui->scroll = (int)k;
    if (ui->visible_rows > 0 && k >= ui->scroll + ui->visible_rows) ui->scroll = (int)k - ui->visible_rows + 1;
    dh_ui_clamp_scroll(ui);
    ui->dec_cursor = 0;
    ui->opt_cursor = -1;
}

static dh_ui_request dialog_key(dh_ui *ui, dh_drill *d, SDL_Keycode k, Uint16 mod)
{
    switch (ui->mode) {
    case DH_MODE_HELP: set_mode(ui, DH_MODE_NONE); return DH_UI_REDRAW;
    case DH_MODE_END:
    case DH_MODE_QUIT:
        if (k == SDLK_y) {
            dh_mode m = ui->mode;
            set_mode(ui, DH_MODE_NONE);
            if (m == DH_MODE_QUIT) return DH_UI_QUIT;
            return apply(ui, d, (dh_input){.kind = DH_IN_END, .team = -1});
        }
        if (k == SDLK_n || k == SDLK_ESCAPE) set_mode(ui, DH_MODE_NONE);
        return DH_UI_REDRAW;
    case DH_MODE_ADJUST:
        if (k == SDLK_LEFT && ui->adj_cat > 0) ui->adj_cat--;
        else if (k == SDLK_RIGHT && ui->adj_cat + 1 < (int)d->ncat) ui->adj_cat++;
        else if (k == SDLK_UP) ui->adj_points += (mod & KMOD_SHIFT) ? 5 : 1;
        else if (k == SDLK_DOWN) ui->adj_points -= (mod & KMOD_SHIFT) ? 5 : 1;
        else if (k == SDLK_BACKSPACE) backspace(ui->input);
        else if (k == SDLK_ESCAPE) set_mode(ui, DH_MODE_NONE);
        else if (k == SDLK_RETURN || k == SDLK_KP_ENTER) {
            if (!ui->adj_points || !ui->input[0]) {
                dh_ui_set_status(ui, ui->lang == DH_LANG_VI ? "cần số điểm khác 0 và lý do"
                                                            : "points other than 0 and a reason are needed");
                return DH_UI_REDRAW;
            }
            dh_input in = {.kind = DH_IN_ADJUST, .team = ui->selected, .category = ui->adj_cat,
                           .milli = (int64_t)ui->adj_points * 1000, .text = ui->input};
            dh_ui_request r = apply(ui, d, in);
            set_mode(ui, DH_MODE_NONE);
            return r;
        }
        return DH_UI_REDRAW;
    case DH_MODE_NOTE:
        if (k == SDLK_BACKSPACE) backspace(ui->input);
        else if (k == SDLK_ESCAPE) set_mode(ui, DH_MODE_NONE);
        else if ((k == SDLK_RETURN || k == SDLK_KP_ENTER) && ui->input[0]) {
            dh_ui_request r = apply(ui, d, (dh_input){.kind = DH_IN_NOTE, .team = ui->selected, .text = ui->input});
            set_mode(ui, DH_MODE_NONE);
            return r;
        }
        return DH_UI_REDRAW;
    case DH_MODE_DELIVER:
        if (k == SDLK_UP && ui->deliver_cursor > 0) ui->deliver_cursor--;
        else if (k == SDLK_DOWN && ui->deliver_cursor + 1 < (int)d->ninj) ui->deliver_cursor++;
        else if (k == SDLK_ESCAPE) set_mode(ui, DH_MODE_NONE);
        else if (k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_t) {
            dh_input in = {.kind = DH_IN_DELIVER, .inject = ui->deliver_cursor,
                           .team = k == SDLK_t ? ui->selected : -1};
            set_mode(ui, DH_MODE_NONE);
            return apply(ui, d, in);
        }
        return DH_UI_REDRAW;
    default: return DH_UI_NONE;
    }
}

static dh_ui_request console_key(dh_ui *ui, dh_drill *d, SDL_Keycode k, Uint16 mod)
{
    if (ui->mode == DH_MODE_DECIDE) {
        dh_ui_request r = decide_key(ui, d, k);
        if (r != DH_UI_NONE) return r;
    }
    switch (k) {
    case SDLK_SPACE:
        return apply(ui, d, (dh_input){.kind = d->paused ? DH_IN_RESUME : DH_IN_PAUSE, .team = -1});
    case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS:
    case SDLK_MINUS: case SDLK_KP_MINUS: {
        int up = speed_key(k) > 0;
        size_t i = 0;
        while (i + 1 < NSPEEDS && speeds[i] < d->speed_milli) i++;
        if (up && speeds[i] <= d->speed_milli && i + 1 < NSPEEDS) i++;
        if (!up && i > 0) i--;
        if (speeds[i] == d->speed_milli) return DH_UI_REDRAW;
        return apply(ui, d, (dh_input){.kind = DH_IN_SPEED, .team = -1, .speed_milli = speeds[i]});
    }
    case SDLK_j: {
        dh_ms at;
        if (d->ended || dh_snap_next_timed_inject(d, d->now, &at) < 0) return DH_UI_NONE;
        return apply(ui, d, (dh_input){.kind = DH_IN_JUMP, .team = -1, .milli = at});
    }
    case SDLK_UP: select_team(ui, d, -1); return DH_UI_REDRAW;
    case SDLK_DOWN: select_team(ui, d, 1); return DH_UI_REDRAW;
    case SDLK_PAGEUP: select_team(ui, d, -(ui->visible_rows > 1 ? ui->visible_rows - 1 : 1)); return DH_UI_REDRAW;
    case SDLK_PAGEDOWN: select_team(ui, d, ui->visible_rows > 1 ? ui->visible_rows - 1 : 1); return DH_UI_REDRAW;
    case SDLK_b:
        next_bracket(ui, d);
        ui->scroll = 0;
        return DH_UI_REDRAW;
    case SDLK_d: set_mode(ui, ui->mode == DH_MODE_DECIDE ? DH_MODE_NONE : DH_MODE_DECIDE); ui->opt_cursor = -1; return DH_UI_REDRAW;
    case SDLK_a: set_mode(ui, DH_MODE_ADJUST); ui->adj_points = 0; return DH_UI_REDRAW;
    case SDLK_n: set_mode(ui, DH_MODE_NOTE); return DH_UI_REDRAW;
    case SDLK_i: set_mode(ui, DH_MODE_DELIVER); return DH_UI_REDRAW;
    case SDLK_e: if (!d->ended) set_mode(ui, DH_MODE_END); return DH_UI_REDRAW;
    case SDLK_0: ui->view_span = 0; return DH_UI_REDRAW;
    case SDLK_ESCAPE: set_mode(ui, DH_MODE_NONE); return DH_UI_REDRAW;
    default: (void)mod; return DH_UI_NONE;
    }
}

static void zoom(dh_ui *ui, const dh_drill *d, int mx, int dir)
{
    if (ui->lane_x1 <= ui->lane_x0) return;
    dh_ms at = ui->view_t0 + (dh_ms)((double)(mx - ui->lane_x0) / (ui->lane_x1 - ui->lane_x0) * (double)ui->view_span);
    dh_ms span = dir > 0 ? ui->view_span * 4 / 5 : ui->view_span * 5 / 4;
    if (span < 5 * DH_MS_MINUTE) span = 5 * DH_MS_MINUTE;
    set_view(ui, d, at - (dh_ms)((double)(mx - ui->lane_x0) / (ui->lane_x1 - ui->lane_x0) * (double)span),
             span);
}

static const dh_hit *hit_at(const dh_ui *ui, int x, int y)
{
    for (size_t i = ui->nhits; i-- > 0;) {
        const SDL_Rect *r = &ui->hits[i].r;
        if (x >= r->x && x < r->x + r->w && y >= r->y && y < r->y + r->h) return &ui->hits[i];
    }
    return NULL;
}

static dh_ui_request click(dh_ui *ui, dh_drill *d, int x, int y)
{
    const dh_hit *h = hit_at(ui, x, y);
    if (h && h->kind == DH_HIT_OPTION) {
        if (ui->opt_cursor == h->arg) return choose(ui, d);   /* a second click confirms */
        int open[64];
        size_t n = dh_snap_open_decisions(d, h->team, open, 64);
        for (size_t k = 0; k < n && k < 64; k++)
            if (open[k] == h->index) ui->dec_cursor = (int)k;
        ui->opt_cursor = h->arg;
        return DH_UI_REDRAW;
    }
    if (h && h->kind == DH_HIT_TAB) {
        ui->bracket = h->index;
        ui->page = 0;
        return DH_UI_REDRAW;
    }
    if (ui->view != DH_VIEW_CONSOLE) return DH_UI_NONE;
    if (h && (h->kind == DH_HIT_INJECT || h->kind == DH_HIT_DECISION)) {
        set_mode(ui, DH_MODE_DETAIL);
        ui->detail_kind = h->kind;
        ui->detail_index = h->index;
        ui->detail_team = h->team;
        if (h->team >= 0) ui->selected = h->team;
        return DH_UI_REDRAW;
    }
    if (h && h->kind == DH_HIT_LANE) {
        ui->selected = h->team;
        ui->dec_cursor = 0;
        return DH_UI_REDRAW;
    }
    if (x >= ui->lane_x0 && x <= ui->lane_x1 && y >= ui->lanes_y0) {
        ui->dragging = 1;
        ui->drag_x = x;
        ui->drag_t0 = ui->view_t0;
    }
    return DH_UI_NONE;
}

dh_ui_request dh_ui_event(dh_ui *ui, dh_drill *d, const SDL_Event *ev)
{
    switch (ev->type) {
    case SDL_TEXTINPUT:
        if (!dh_ui_typing(ui->mode)) return DH_UI_NONE;
        if (ui->swallow) {
            /* the opening key's own letter, in either case */
            const char *t = ev->text.text;
            int own = t[0] && !t[1] && (t[0] | 0x20) == (char)(ui->swallow | 0x20);
            ui->swallow = 0;
            if (own) return DH_UI_NONE;
        }
        type(ui, ev->text.text);
        return DH_UI_REDRAW;
    case SDL_KEYDOWN: {
        SDL_Keycode k = ev->key.keysym.sym;
        Uint16 mod = ev->key.keysym.mod;
        ui->last_key = k;
        if (dh_ui_typing(ui->mode)) {
            ui->swallow = 0;   /* a key of its own: the opening key's text did not come */
            return dialog_key(ui, d, k, mod);
        }
        if (k == SDLK_F1 || k == SDLK_QUESTION || (k == SDLK_SLASH && (mod & KMOD_SHIFT))) {
            set_mode(ui, ui->mode == DH_MODE_HELP ? DH_MODE_NONE : DH_MODE_HELP);
            return DH_UI_REDRAW;
        }
        if (takes_keys(ui->mode)) return dialog_key(ui, d, k, mod);
        if (!ui->station) {
            if (k == SDLK_F2) return ui->view = DH_VIEW_CONSOLE, DH_UI_REDRAW;
            if (k == SDLK_F3) return ui->view = DH_VIEW_TEAM, ui->team = ui->selected, set_mode(ui, DH_MODE_NONE), DH_UI_REDRAW;
            if (k == SDLK_F4) return ui->view = DH_VIEW_SCOREBOARD, set_mode(ui, DH_MODE_NONE), DH_UI_REDRAW;
        }
        if (ui->view == DH_VIEW_TEAM) return decide_key(ui, d, k);
        if (ui->view == DH_VIEW_SCOREBOARD) {
            if (k == SDLK_RIGHT || k == SDLK_PAGEDOWN) return ui->page++, DH_UI_REDRAW;
            if ((k == SDLK_LEFT || k == SDLK_PAGEUP) && ui->page > 0) return ui->page--, DH_UI_REDRAW;
            if (k == SDLK_TAB || k == SDLK_b) {
                next_bracket(ui, d);
                ui->page = 0;
                return DH_UI_REDRAW;
            }
            /* the projector keeps pause and speed */
            if (k != SDLK_SPACE && !speed_key(k)) return DH_UI_NONE;
        }
        return console_key(ui, d, k, mod);
    }
    case SDL_MOUSEWHEEL: {
        int mx, my;
        SDL_GetMouseState(&mx, &my);
        if (ui->view == DH_VIEW_SCOREBOARD) {
            if (ev->wheel.y < 0) ui->page++;
            else if (ui->page > 0) ui->page--;
            return DH_UI_REDRAW;
        }
        if (ui->view != DH_VIEW_CONSOLE || !ev->wheel.y) return DH_UI_NONE;
        if (mx < ui->lane_x0 || (SDL_GetModState() & KMOD_SHIFT)) {
            ui->scroll -= ev->wheel.y * 3;
            dh_ui_clamp_scroll(ui);
        } else {
            zoom(ui, d, mx, ev->wheel.y);
        }
        return DH_UI_REDRAW;
    }
    case SDL_MOUSEBUTTONDOWN:
        if (ev->button.button != SDL_BUTTON_LEFT) return DH_UI_NONE;
        if (!takes_clicks(ui->mode)) return DH_UI_NONE;
        return click(ui, d, ev->button.x, ev->button.y);
    case SDL_MOUSEBUTTONUP: ui->dragging = 0; return DH_UI_NONE;
    case SDL_MOUSEMOTION:
        if (!ui->dragging || !ui->view_span || ui->lane_x1 <= ui->lane_x0) return DH_UI_NONE;
        {
            dh_ms dt = (dh_ms)((double)(ev->motion.x - ui->drag_x) / (ui->lane_x1 - ui->lane_x0) * (double)ui->view_span);
            set_view(ui, d, ui->drag_t0 - dt, ui->view_span);
        }
        return DH_UI_REDRAW;
    case SDL_WINDOWEVENT: return DH_UI_REDRAW;
    default: return DH_UI_NONE;
    }
}

dh_ui_request dh_ui_close(dh_ui *ui, const dh_drill *d)
{
    if (!d->started || d->ended || ui->station || ui->mode == DH_MODE_QUIT) return DH_UI_QUIT;
    set_mode(ui, DH_MODE_QUIT);
    return DH_UI_REDRAW;
}

/* --- dialogs ----------------------------------------------------------------- */

static void box(dh_ui *ui, int w, int h, int *x, int *y)
{
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
    for (size_t i = 0; i < d->sc->nstages; i++) {
        const char *name = dh_text_get(&d->sc->stages[i].name, ui->lang);
        SDL_Point sz = dh_uitext_size(ui->text, DH_FACE_SANS, px, name);
        if (x + 2 * rad + sz.x + dh_ui_sc(ui, 40) > x0 + w && x > x0 + label_w) {
            x = x0 + label_w;
            y += lh, cy += lh;
        }
        dh_ui_disc(ui, x + rad, cy, rad, dh_ui_stage_color((int)i));
        x = legend_item(ui, x + rad, y, px, name);
    }
}

void dh_ui_draw_overlay(dh_ui *ui, const dh_drill *d)
{
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
        const char *cat = d->ncat ? dh_text_get(&d->sc->categories[ui->adj_cat].name, ui->lang) : "";
        snprintf(buf, sizeof buf, "‹ %s ›      %s%d %s  (↑/↓)", cat, ui->adj_points > 0 ? "+" : "",
                 ui->adj_points, dh_ui_str(ui->lang, S_POINTS));
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
        if (rows > (int)d->ninj) rows = (int)d->ninj;
        if (rows < 1) rows = 1;
        w = dh_ui_sc(ui, 900);
        box(ui, w, 2 * pad + tpx + dh_ui_sc(ui, 60) + rows * lh, &x, &y);
        dh_uitext_draw(ui->text, DH_FACE_BOLD, tpx, C_TEXT, x + pad, y + pad, 0, dh_ui_str(ui->lang, S_DELIVER));
        int ly = y + pad + tpx + dh_ui_sc(ui, 16);
        int first = ui->deliver_cursor - rows / 2;
        if (first > (int)d->ninj - rows) first = (int)d->ninj - rows;
        if (first < 0) first = 0;
        for (int i = first; i < first + rows && i < (int)d->ninj; i++, ly += lh) {
            const dh_inject *in = &d->sc->injects[i];
            if (i == ui->deliver_cursor) dh_ui_fill(ui, x + 1, ly - dh_ui_sc(ui, 4), w - 2, lh, C_SELECT);
            dh_ui_sprite_inject(ui, d->sc, i, x + pad + dh_ui_sc(ui, 8), ly + px / 2 + 1, dh_ui_sc(ui, 7), 0);
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
        break;
    }
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
