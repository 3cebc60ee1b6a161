/* dh_ui_draw.c — drawing primitives, the palette and hit boxes. */
#include "dh_ui_draw.h"

#include <math.h>
#include <stdlib.h>

/* Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
static const SDL_Color stage_colors[] = {
    {86, 180, 233, 255}, {230, 159, 0, 255}, {0, 158, 115, 255}, {240, 228, 66, 255},
    {213, 94, 0, 255},   {204, 121, 167, 255}, {0, 114, 178, 255}, {200, 200, 200, 255}};

SDL_Color dh_ui_stage_rgb(int stage)
{
    if (stage < 0) return (SDL_Color){170, 170, 170, 255};
    return stage_colors[stage % (int)(sizeof stage_colors / sizeof stage_colors[0])];
}

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
