/* dh_ui_draw.h — drawing primitives every view uses: scaled sizes, filled shapes
 * (onto the renderer, or onto a sprite's surface while one is painted), the
 * severity shapes and decision marks, the palette, hit boxes for clicks. */
#ifndef DH_UI_DRAW_H
#define DH_UI_DRAW_H

#include "dh_snapshot.h"
#include "dh_ui_state.h"

int dh_ui_px(const dh_ui *ui, int base);   /* a font size scaled, never below 11 */
int dh_ui_sc(const dh_ui *ui, int v);      /* a distance scaled */
void dh_ui_fill(dh_ui *ui, int x, int y, int w, int h, SDL_Color c);
void dh_ui_frame_rect(dh_ui *ui, int x, int y, int w, int h, int t, SDL_Color c);
void dh_ui_disc(dh_ui *ui, int cx, int cy, int rad, SDL_Color c);
void dh_ui_ring(dh_ui *ui, int cx, int cy, int rad, int t, SDL_Color c);
void dh_ui_triangle(dh_ui *ui, int cx, int cy, int rad, SDL_Color c);
void dh_ui_diamond(dh_ui *ui, int cx, int cy, int rad, SDL_Color c);
void dh_ui_cross(dh_ui *ui, int cx, int cy, int rad, int t, SDL_Color c);
/* Remembers a clickable box of this frame (at most DH_UI_MAX_HITS). */
void dh_ui_hit(dh_ui *ui, SDL_Rect r, dh_hit_kind k, int team, int index, int arg);
void dh_ui_severity_shape(dh_ui *ui, int severity, int cx, int cy, int rad, SDL_Color c);
void dh_ui_decision_mark(dh_ui *ui, dh_decision_status status, dh_quality q, int cx, int cy, int rad);
/* The colour of stage index i (-1: no stage); dh_ui_stage_color in dh_ui.h says the same. */
SDL_Color dh_ui_stage_rgb(int stage);

/* colours */
#define C_BG ((SDL_Color){24, 28, 34, 255})
#define C_PANEL ((SDL_Color){34, 39, 47, 255})
#define C_PANEL2 ((SDL_Color){44, 50, 60, 255})
#define C_LINE ((SDL_Color){62, 70, 82, 255})
#define C_TEXT ((SDL_Color){228, 232, 238, 255})
#define C_DIM ((SDL_Color){150, 158, 170, 255})
#define C_FAINT ((SDL_Color){96, 104, 116, 255})
#define C_NOW ((SDL_Color){255, 255, 255, 255})
#define C_SELECT ((SDL_Color){60, 72, 92, 255})
#define C_GOOD ((SDL_Color){0, 158, 115, 255})
#define C_MIXED ((SDL_Color){230, 159, 0, 255})
#define C_POOR ((SDL_Color){213, 94, 0, 255})
#define C_ACCENT ((SDL_Color){86, 180, 233, 255})

#endif
