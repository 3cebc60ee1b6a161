/* dh_ui.c — the ui object, drawing helpers and the header every view shares. */
#include "dh_ui_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
static const SDL_Color stage_colors[] = {
    {86, 180, 233, 255}, {230, 159, 0, 255}, {0, 158, 115, 255}, {240, 228, 66, 255},
    {213, 94, 0, 255},   {204, 121, 167, 255}, {0, 114, 178, 255}, {200, 200, 200, 255}};

SDL_Color dh_ui_stage_color(int stage)
{
    if (stage < 0) return (SDL_Color){170, 170, 170, 255};
    return stage_colors[stage % (int)(sizeof stage_colors / sizeof stage_colors[0])];
}

static void free_sprites(dh_ui *ui);

dh_ui *dh_ui_create(const dh_ui_config *cfg, char *err, size_t errlen)
{
    dh_ui *ui = calloc(1, sizeof *ui);
    if (!ui) return snprintf(err, errlen, "out of memory"), NULL;
    ui->hits = malloc(DH_UI_MAX_HITS * sizeof *ui->hits);
    if (!ui->hits) {
        free(ui);
        return snprintf(err, errlen, "out of memory"), NULL;
    }
    ui->r = cfg->renderer;
    ui->text = dh_uitext_create(cfg->renderer, cfg->font_dir, err, errlen);
    if (!ui->text) {
        dh_ui_destroy(ui);
        return NULL;
    }
    ui->lang = cfg->lang;
    ui->view = cfg->view;
    ui->team = cfg->team;
    ui->station = cfg->station;
    ui->show_points = cfg->show_points;
    ui->replay = cfg->replay;
    ui->selected = cfg->team >= 0 ? cfg->team : 0;
    ui->bracket = -1;
    ui->msel_y = -1;
    SDL_SetRenderDrawBlendMode(ui->r, SDL_BLENDMODE_BLEND);
    return ui;
}

void dh_ui_destroy(dh_ui *ui)
{
    if (!ui) return;
    if (dh_ui_typing(ui->mode)) SDL_StopTextInput();
    free_sprites(ui);
    dh_uitext_destroy(ui->text);
    free(ui->rows);
    dh_ranking_free(&ui->ranking);
    free(ui->ranked_rows);
    free(ui->hits);
    free(ui);
}

dh_uitext *dh_ui_text(dh_ui *ui) { return ui->text; }
int dh_ui_selected_team(const dh_ui *ui) { return ui->selected; }
const char *dh_ui_status(const dh_ui *ui) { return ui->status; }
int dh_ui_msel_y(const dh_ui *ui) { return ui->view == DH_VIEW_CONSOLE ? ui->msel_y : -1; }

int dh_ui_time_x(const dh_ui *ui, dh_ms t)
{
    double f = (double)(t - ui->view_t0) / (double)(ui->view_span ? ui->view_span : 1);
    return ui->lane_x0 + (int)lround(f * (ui->lane_x1 - ui->lane_x0));
}

int dh_ui_lane_y(const dh_ui *ui, int team)
{
    if (ui->view != DH_VIEW_CONSOLE) return -1;
    for (int i = 0; i < ui->visible_rows; i++) {
        size_t k = (size_t)(ui->scroll + i);
        if (k < ui->nrows && ui->rows[k] == team)
            return ui->lanes_y0 + i * ui->row_h + ui->row_h / 2;
    }
    return -1;
}

void dh_ui_set_status(dh_ui *ui, const char *msg) { snprintf(ui->status, sizeof ui->status, "%s", msg); }

int dh_ui_px(const dh_ui *ui, int base)
{
    int px = (int)lroundf((float)base * ui->s);
    return px < 11 ? 11 : px;
}

int dh_ui_sc(const dh_ui *ui, int v)
{
    int r = (int)lroundf((float)v * ui->s);
    return r < 1 && v > 0 ? 1 : r;
}

static SDL_Color cur;

static void color(dh_ui *ui, SDL_Color c)
{
    cur = c;
    if (!ui->canvas) SDL_SetRenderDrawColor(ui->r, c.r, c.g, c.b, c.a);
}

/* Shapes are painted either straight onto the renderer or, once per sprite, onto
 * a small surface that becomes a texture (see dh_ui_sprite). */
static void span(dh_ui *ui, SDL_Rect r)
{
    if (r.w <= 0 || r.h <= 0) return;
    if (ui->canvas)
        SDL_FillRect(ui->canvas, &r, SDL_MapRGBA(ui->canvas->format, cur.r, cur.g, cur.b, cur.a));
    else
        SDL_RenderFillRect(ui->r, &r);
}

void dh_ui_fill(dh_ui *ui, int x, int y, int w, int h, SDL_Color c)
{
    color(ui, c);
    span(ui, (SDL_Rect){x, y, w, h});
}

void dh_ui_frame_rect(dh_ui *ui, int x, int y, int w, int h, int t, SDL_Color c)
{
    dh_ui_fill(ui, x, y, w, t, c);
    dh_ui_fill(ui, x, y + h - t, w, t, c);
    dh_ui_fill(ui, x, y, t, h, c);
    dh_ui_fill(ui, x + w - t, y, t, h, c);
}

/* Filled shapes as horizontal spans: exact, anti-alias free and fast in software. */
void dh_ui_disc(dh_ui *ui, int cx, int cy, int rad, SDL_Color c)
{
    color(ui, c);
    for (int dy = -rad; dy <= rad; dy++) {
        int dx = (int)sqrt((double)(rad * rad - dy * dy) + 0.25 * rad);
        span(ui, (SDL_Rect){cx - dx, cy + dy, 2 * dx + 1, 1});
    }
}

void dh_ui_ring(dh_ui *ui, int cx, int cy, int rad, int t, SDL_Color c)
{
    color(ui, c);
    int in = rad - t;
    for (int dy = -rad; dy <= rad; dy++) {
        int dx = (int)sqrt((double)(rad * rad - dy * dy) + 0.25 * rad);
        if (dy > -in && dy < in) {
            int di = (int)sqrt((double)(in * in - dy * dy));
            span(ui, (SDL_Rect){cx - dx, cy + dy, dx - di, 1});
            span(ui, (SDL_Rect){cx + di + 1, cy + dy, dx - di, 1});
        } else {
            span(ui, (SDL_Rect){cx - dx, cy + dy, 2 * dx + 1, 1});
        }
    }
}

void dh_ui_triangle(dh_ui *ui, int cx, int cy, int rad, SDL_Color c)
{
    color(ui, c);
    for (int dy = -rad; dy <= rad; dy++) {
        int half = (dy + rad) / 2 + 1;
        span(ui, (SDL_Rect){cx - half, cy + dy, 2 * half + 1, 1});
    }
}

void dh_ui_diamond(dh_ui *ui, int cx, int cy, int rad, SDL_Color c)
{
    color(ui, c);
    for (int dy = -rad; dy <= rad; dy++) {
        int half = rad - abs(dy);
        span(ui, (SDL_Rect){cx - half, cy + dy, 2 * half + 1, 1});
    }
}

void dh_ui_cross(dh_ui *ui, int cx, int cy, int rad, int t, SDL_Color c)
{
    color(ui, c);
    for (int i = -rad; i <= rad; i++) {
        span(ui, (SDL_Rect){cx + i - t / 2, cy + i - t / 2, t, t});
        span(ui, (SDL_Rect){cx + i - t / 2, cy - i - t / 2, t, t});
    }
}

void dh_ui_hit(dh_ui *ui, SDL_Rect r, dh_hit_kind k, int team, int index, int arg)
{
    if (ui->nhits < DH_UI_MAX_HITS) ui->hits[ui->nhits++] = (dh_hit){r, (uint8_t)k, team, index, arg};
}

/* Severity is the shape: low a small square, medium a disc, high a triangle,
 * critical a diamond with a white rim. */
void dh_ui_severity_shape(dh_ui *ui, int severity, int cx, int cy, int rad, SDL_Color c)
{
    switch (severity) {
    case DH_SEV_LOW:
        dh_ui_fill(ui, cx - rad * 2 / 3, cy - rad * 2 / 3, rad * 4 / 3 + 1, rad * 4 / 3 + 1, c);
        break;
    case DH_SEV_MEDIUM: dh_ui_disc(ui, cx, cy, rad, c); break;
    case DH_SEV_HIGH: dh_ui_triangle(ui, cx, cy, rad + 1, c); break;
    default:
        dh_ui_diamond(ui, cx, cy, rad + 2, C_TEXT);
        dh_ui_diamond(ui, cx, cy, rad, c);
        break;
    }
}

/* ... and the stage the colour, dimmed for what is past. */
void dh_ui_marker_inject(dh_ui *ui, const dh_scenario *sc, int inject, int cx, int cy, int rad,
                         int dim)
{
    const dh_inject *in = &sc->injects[inject];
    SDL_Color c = dh_ui_stage_color(in->stage);
    if (dim) c = (SDL_Color){(Uint8)(c.r / 2 + 20), (Uint8)(c.g / 2 + 20), (Uint8)(c.b / 2 + 20), 255};
    dh_ui_severity_shape(ui, (int)in->severity, cx, cy, rad, c);
}

/* Open: a hollow ring. Answered: a filled disc whose colour and mark tell the
 * quality (good: a hole, mixed: a bar, poor: a cross; a plain blue disc where the
 * quality is not shown). Missed: a hollow grey square. */
void dh_ui_decision_mark(dh_ui *ui, dh_decision_status status, dh_quality q, int cx, int cy, int rad)
{
    int t = rad / 3 > 1 ? rad / 3 : 1;
    switch (status) {
    case DH_DEC_OPEN: dh_ui_ring(ui, cx, cy, rad, t, C_TEXT); break;
    case DH_DEC_ANSWERED:
        switch (q) {
        case DH_Q_NONE: dh_ui_disc(ui, cx, cy, rad, C_ACCENT); break;
        case DH_Q_GOOD:
            dh_ui_disc(ui, cx, cy, rad, C_GOOD);
            dh_ui_disc(ui, cx, cy, rad / 3, C_BG);
            break;
        case DH_Q_MIXED:
            dh_ui_disc(ui, cx, cy, rad, C_MIXED);
            dh_ui_fill(ui, cx - rad * 2 / 3, cy - t / 2, rad * 4 / 3 + 1, t, C_BG);
            break;
        default:
            dh_ui_disc(ui, cx, cy, rad, C_POOR);
            dh_ui_cross(ui, cx, cy, rad / 2, t, C_BG);
            break;
        }
        break;
    case DH_DEC_EXPIRED: {
        int r = rad * 4 / 5;
        dh_ui_frame_rect(ui, cx - r, cy - r, 2 * r + 1, 2 * r + 1, t, C_DIM);
        break;
    }
    default: break;
    }
}

/* A team station that does not show points does not show how well a choice
 * scored either: answered is one neutral mark there. */
static dh_quality shown_quality(const dh_ui *ui, const dh_drill *d, int team, int dec)
{
    if (ui->view == DH_VIEW_TEAM && !ui->show_points) return DH_Q_NONE;
    return dh_snap_quality(d, team, dec);
}

void dh_ui_marker_decision(dh_ui *ui, const dh_drill *d, int team, int dec, int cx, int cy,
                           int rad)
{
    const dh_decision_state *st = dh_drill_decision(d, team, dec);
    dh_quality q = st->status == DH_DEC_ANSWERED ? shown_quality(ui, d, team, dec) : DH_Q_NONE;
    dh_ui_decision_mark(ui, st->status, q, cx, cy, rad);
}

static void free_sprites(dh_ui *ui)
{
    for (size_t i = 0; i < DH_UI_SPRITES; i++) {
        if (ui->sprites[i].tex) SDL_DestroyTexture(ui->sprites[i].tex);
        ui->sprites[i].tex = NULL;
    }
    ui->nsprites = 0;
}

typedef void (*paint_fn)(dh_ui *ui, const void *a, int b, int c, int size, int rad);

static void sprite(dh_ui *ui, uint64_t key, paint_fn paint, const void *a, int b, int c, int cx,
                   int cy, int rad)
{
    size_t h = (size_t)((key * 0x9E3779B97F4A7C15u) >> 55) % DH_UI_SPRITES;
    for (;;) {
        if (!ui->sprites[h].tex) break;
        if (ui->sprites[h].key == key) {
            int sz = ui->sprites[h].size;
            SDL_RenderCopy(ui->r, ui->sprites[h].tex, NULL,
                           &(SDL_Rect){cx - sz / 2, cy - sz / 2, sz, sz});
            return;
        }
        h = (h + 1) % DH_UI_SPRITES;
    }
    if (ui->nsprites >= DH_UI_SPRITES / 2) { /* many sizes after resizes: start again */
        free_sprites(ui);
        h = (size_t)((key * 0x9E3779B97F4A7C15u) >> 55) % DH_UI_SPRITES;
    }
    int size = 2 * rad + 7;
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, size, size, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!surf) return;
    SDL_FillRect(surf, NULL, SDL_MapRGBA(surf->format, 0, 0, 0, 0));
    ui->canvas = surf;
    paint(ui, a, b, c, size, rad);
    ui->canvas = NULL;
    SDL_Texture *tex = SDL_CreateTextureFromSurface(ui->r, surf);
    SDL_FreeSurface(surf);
    if (!tex) return;
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    ui->sprites[h].key = key;
    ui->sprites[h].tex = tex;
    ui->sprites[h].size = size;
    ui->nsprites++;
    SDL_RenderCopy(ui->r, tex, NULL, &(SDL_Rect){cx - size / 2, cy - size / 2, size, size});
}

static void paint_inject(dh_ui *ui, const void *a, int inject, int dim, int size, int rad)
{
    dh_ui_marker_inject(ui, a, inject, size / 2, size / 2, rad, dim);
}

static void paint_decision(dh_ui *ui, const void *a, int team, int dec, int size, int rad)
{
    dh_ui_marker_decision(ui, a, team, dec, size / 2, size / 2, rad);
}

void dh_ui_sprite_inject(dh_ui *ui, const dh_scenario *sc, int inject, int cx, int cy, int rad,
                         int dim)
{
    const dh_inject *in = &sc->injects[inject];
    uint64_t key = 1u | (uint64_t)(in->stage + 1) << 8 | (uint64_t)in->severity << 20 |
                   (uint64_t)(dim != 0) << 24 | (uint64_t)rad << 32;
    sprite(ui, key, paint_inject, sc, inject, dim, cx, cy, rad);
}

void dh_ui_sprite_decision(dh_ui *ui, const dh_drill *d, int team, int dec, int cx, int cy,
                           int rad)
{
    const dh_decision_state *st = dh_drill_decision(d, team, dec);
    uint64_t look = st->status == DH_DEC_ANSWERED ? 8 + (uint64_t)shown_quality(ui, d, team, dec)
                                                  : st->status;
    if (st->status == DH_DEC_CLOSED) return;
    uint64_t key = 2u | look << 8 | (uint64_t)rad << 32;
    sprite(ui, key, paint_decision, d, team, dec, cx, cy, rad);
}

const char *dh_ui_team_name(const dh_drill *d, int team)
{
    const dh_team_info *ti = &d->roster->teams[team];
    return ti->name && *ti->name ? ti->name : ti->id;
}

void dh_ui_build_rows(dh_ui *ui, const dh_drill *d)
{
    if (!ui->rows) {
        ui->rows = malloc((d->nteams ? d->nteams : 1) * sizeof *ui->rows);
        if (!ui->rows) return;
    }
    ui->nrows = 0;
    for (size_t t = 0; t < d->nteams; t++)
        if (ui->bracket < 0 || d->roster->bracket_of[t] == ui->bracket) ui->rows[ui->nrows++] = (int)t;
}

int dh_ui_header_height(const dh_ui *ui) { return dh_ui_sc(ui, 64); }

int dh_ui_header(dh_ui *ui, const dh_drill *d, const char *subtitle)
{
    int h = dh_ui_header_height(ui), pad = dh_ui_sc(ui, 20);
    dh_ui_fill(ui, 0, 0, ui->w, h, C_PANEL);
    dh_ui_fill(ui, 0, h - 1, ui->w, 1, C_LINE);
    char clock[32], speed[32];
    dh_time_format_clock(d->now, clock, sizeof clock);
    int64_t sp = d->speed_milli;
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
    const char *title = dh_text_get(&d->sc->title, ui->lang);
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

void dh_ui_set_banner(dh_ui *ui, const char *text)
{
    snprintf(ui->banner, sizeof ui->banner, "%s", text ? text : "");
}

void dh_ui_draw(dh_ui *ui, const dh_drill *d)
{
    SDL_GetRendererOutputSize(ui->r, &ui->w, &ui->h);
    float s = (float)ui->h / 1080.0f, sw = (float)ui->w / 1600.0f;
    if (sw < s) s = sw;  /* narrow windows shrink too */
    ui->s = s < 0.6f ? 0.6f : s > 3.0f ? 3.0f : s;
    ui->nhits = 0;
    dh_uitext_frame(ui->text);
    SDL_SetRenderDrawColor(ui->r, C_BG.r, C_BG.g, C_BG.b, 255);
    SDL_RenderClear(ui->r);
    switch (ui->view) {
    case DH_VIEW_CONSOLE: dh_ui_draw_console(ui, d); break;
    case DH_VIEW_TEAM: dh_ui_draw_station(ui, d); break;
    case DH_VIEW_SCOREBOARD: dh_ui_draw_scoreboard(ui, d); break;
    }
    dh_ui_draw_overlay(ui, d);
}
