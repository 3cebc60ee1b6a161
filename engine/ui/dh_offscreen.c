/* dh_offscreen.c — drawing without a display. */
#include "dh_offscreen.h"

#include <SDL_image.h>
#include <SDL_ttf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int dh_offscreen_open(dh_offscreen *o, int w, int h, char *err, size_t errlen)
{
    memset(o, 0, sizeof *o);
    if (TTF_Init()) {
        snprintf(err, errlen, "cannot start the font renderer: %s", TTF_GetError());
        return -1;
    }
    o->surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (o->surface) o->renderer = SDL_CreateSoftwareRenderer(o->surface);
    if (!o->renderer) {
        snprintf(err, errlen, "cannot draw %dx%d: %s", w, h, SDL_GetError());
        dh_offscreen_close(o);
        return -1;
    }
    return 0;
}

void dh_offscreen_close(dh_offscreen *o)
{
    if (o->renderer) SDL_DestroyRenderer(o->renderer);
    if (o->surface) SDL_FreeSurface(o->surface);
    if (o->renderer || o->surface || TTF_WasInit()) TTF_Quit();
    memset(o, 0, sizeof *o);
}

void dh_offscreen_flush(dh_offscreen *o) { SDL_RenderFlush(o->renderer); }

SDL_Color dh_offscreen_pixel(const dh_offscreen *o, int x, int y)
{
    SDL_Color c = {0, 0, 0, 0};
    if (x < 0 || y < 0 || x >= o->surface->w || y >= o->surface->h) return c;
    Uint32 px = ((const Uint32 *)((const Uint8 *)o->surface->pixels + (size_t)y * (size_t)o->surface->pitch))[x];
    SDL_GetRGBA(px, o->surface->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

int dh_offscreen_save_png(dh_offscreen *o, const char *path, char *err, size_t errlen)
{
    dh_offscreen_flush(o);
    size_t n = strlen(path) + 5;
    char *tmp = malloc(n);
    if (!tmp) return snprintf(err, errlen, "out of memory"), -1;
    snprintf(tmp, n, "%s.tmp", path);
    int rc = 0;
    if (IMG_SavePNG(o->surface, tmp)) {
        snprintf(err, errlen, "%s: cannot write: %s", path, IMG_GetError());
        rc = -1;
    } else if (rename(tmp, path)) {
        snprintf(err, errlen, "%s: cannot write: %s", path, strerror(errno));
        rc = -1;
    }
    if (rc) remove(tmp);
    free(tmp);
    return rc;
}
