/* dh_offscreen.c — drawing without a display. */
#include "dh_offscreen.h"
#include "dh_msg.h"
#include "dh_outfile.h"

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
        snprintf(err, errlen, dh_msg(E_UI_TTF), TTF_GetError());
        return -1;
    }
    o->surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (o->surface) o->renderer = SDL_CreateSoftwareRenderer(o->surface);
    if (!o->renderer) {
        snprintf(err, errlen, dh_msg(E_UI_DRAW), w, h, SDL_GetError());
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
    dh_outfile out;
    if (dh_outfile_open(&out, path))
        return snprintf(err, errlen, dh_msg(E_UI_WRITE), path, strerror(errno)), -1;
    SDL_RWops *rw = SDL_RWFromFP(out.f, SDL_FALSE);
    if (!rw || IMG_SavePNG_RW(o->surface, rw, 1)) {
        snprintf(err, errlen, dh_msg(E_UI_WRITE), path, IMG_GetError());
        dh_outfile_abort(&out);
        return -1;
    }
    if (dh_outfile_commit(&out))
        return snprintf(err, errlen, dh_msg(E_UI_WRITE), path, strerror(errno)), -1;
    return 0;
}
