/* dh_uitext.h — fonts and the text cache.
 *
 * Every string on screen is rasterised once per (text, face, size, colour, wrap
 * or fit width) into a texture and reused while it keeps being drawn; sizes are
 * measured without rasterising, and a string cut to fit is cut once; a sweep every few
 * frames frees the ones that were not drawn recently, so a clock that changes
 * every second does not pile up textures over a three-hour drill.
 *
 * When recording is on, every draw call also lists the string and where it went,
 * which is how the tests check what a view shows (and what it must not show). */
#ifndef DH_UITEXT_H
#define DH_UITEXT_H

#include <SDL.h>
#include <SDL_ttf.h>

#include <stddef.h>

typedef enum dh_face { DH_FACE_SANS, DH_FACE_BOLD, DH_FACE_MONO, DH_FACE_COUNT } dh_face;

typedef struct dh_drawn {
    char *text;
    SDL_Rect at;
} dh_drawn;

typedef struct dh_uitext dh_uitext;

/* Opens the faces from `font_dir` (DejaVuSans.ttf, DejaVuSans-Bold.ttf,
 * DejaVuSansMono.ttf) for drawing with `r` (borrowed). TTF_Init must have been
 * called. NULL with a message in err when a font cannot be opened. */
dh_uitext *dh_uitext_create(SDL_Renderer *r, const char *font_dir, char *err, size_t errlen);
void dh_uitext_destroy(dh_uitext *t);

/* Size of a string without drawing it (uses the cache). 0×0 for "" or failure. */
SDL_Point dh_uitext_size(dh_uitext *t, dh_face f, int px, const char *s);
/* Size of s wrapped at `wrap` pixels (0: one line). */
SDL_Point dh_uitext_size_wrapped(dh_uitext *t, dh_face f, int px, int wrap, const char *s);
/* Draws s with its top-left at (x, y); wrap > 0 wraps at that width (pixels).
 * Returns the size drawn. */
SDL_Point dh_uitext_draw(dh_uitext *t, dh_face f, int px, SDL_Color c, int x, int y, int wrap,
                         const char *s);
/* Draws s cut to at most `maxw` pixels, ending in "…" when it had to be cut. */
SDL_Point dh_uitext_draw_fit(dh_uitext *t, dh_face f, int px, SDL_Color c, int x, int y,
                             int maxw, const char *s);

/* Call once per frame before drawing: clears the record, ages the cache. */
void dh_uitext_frame(dh_uitext *t);
void dh_uitext_record(dh_uitext *t, int on);
size_t dh_uitext_drawn_count(const dh_uitext *t);
const dh_drawn *dh_uitext_drawn(const dh_uitext *t, size_t i);
/* Textures alive in the cache (for tests of eviction). */
size_t dh_uitext_cached(const dh_uitext *t);
/* Bytes of text measured so far to cut strings to fit (a count of work, for tests). */
size_t dh_uitext_measured(const dh_uitext *t);

#endif
