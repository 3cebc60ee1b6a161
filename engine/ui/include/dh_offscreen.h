/* dh_offscreen.h — drawing without a display: a software renderer on a surface.
 *
 * Screenshots, tests and benchmarks draw the same views as the window does, into
 * memory; no video driver is needed. A PNG is written to a temporary file of its
 * own next to the target (dh_outfile) and renamed, so a failed write never leaves
 * half a picture. */
#ifndef DH_OFFSCREEN_H
#define DH_OFFSCREEN_H

#include <SDL.h>

#include <stddef.h>

typedef struct dh_offscreen {
    SDL_Surface *surface;    /* ARGB8888, owned */
    SDL_Renderer *renderer;  /* software, draws into surface; owned */
} dh_offscreen;

/* 0, or -1 with a message in err. Also starts SDL_ttf (stopped by close). */
int dh_offscreen_open(dh_offscreen *o, int w, int h, char *err, size_t errlen);
void dh_offscreen_close(dh_offscreen *o);
/* Completes pending drawing; call before reading pixels. */
void dh_offscreen_flush(dh_offscreen *o);
/* The colour at (x, y) after a flush. */
SDL_Color dh_offscreen_pixel(const dh_offscreen *o, int x, int y);
/* Writes path via a temporary beside it and a rename. 0, or -1 with a message. */
int dh_offscreen_save_png(dh_offscreen *o, const char *path, char *err, size_t errlen);

#endif
