/* dh_uitext.c — fonts and the text cache. */
#include "dh_uitext.h"
#include "dh_msg.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NBUCKETS 1024
#define MAX_SIZES 24
#define SWEEP_EVERY 60     /* frames */
#define KEEP_FRAMES 120    /* a texture not drawn for this long is freed */

typedef struct entry {
    struct entry *next;
    uint32_t hash;
    uint8_t face;
    uint16_t px;
    uint32_t rgba;      /* 0: a measurement only, no texture */
    int wrap;           /* > 0: wrapped at that width; < 0: cut to fit -wrap pixels */
    char *fit;          /* wrap < 0 and cut: the string drawn, ending in "…" */
    SDL_Texture *tex;   /* NULL for a measurement or a string that renders as nothing */
    int w, h;
    uint64_t used;
    char text[];        /* the string itself, NUL-terminated */
} entry;

typedef struct sized_font {
    dh_face face;
    int px;
    TTF_Font *font;
} sized_font;

struct dh_uitext {
    SDL_Renderer *r;
    char *paths[DH_FACE_COUNT];
    sized_font fonts[MAX_SIZES];
    size_t nfonts;
    entry *buckets[NBUCKETS];
    size_t count;
    size_t measured;    /* bytes measured to cut strings to fit */
    uint64_t frame;
    int recording;
    dh_drawn *drawn;
    size_t ndrawn, capdrawn;
};

static const char *const face_files[DH_FACE_COUNT] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                                                      "DejaVuSansMono.ttf"};

dh_uitext *dh_uitext_create(SDL_Renderer *r, const char *font_dir, char *err, size_t errlen)
{
    dh_uitext *t = calloc(1, sizeof *t);
    if (!t) return snprintf(err, errlen, "%s", dh_msg(E_NOMEM)), NULL;
    t->r = r;
    for (int f = 0; f < DH_FACE_COUNT; f++) {
        size_t n = strlen(font_dir) + strlen(face_files[f]) + 2;
        t->paths[f] = malloc(n);
        if (!t->paths[f]) {
            dh_uitext_destroy(t);
            return snprintf(err, errlen, "%s", dh_msg(E_NOMEM)), NULL;
        }
        snprintf(t->paths[f], n, "%s/%s", font_dir, face_files[f]);
        /* open once now so a missing font is reported at start, not mid-drill */
        TTF_Font *probe = TTF_OpenFont(t->paths[f], 12);
        if (!probe) {
            snprintf(err, errlen, dh_msg(E_UI_FONT), t->paths[f], TTF_GetError());
            dh_uitext_destroy(t);
            return NULL;
        }
        TTF_CloseFont(probe);
    }
    return t;
}

static void free_entry(entry *e)
{
    if (e->tex) SDL_DestroyTexture(e->tex);
    free(e->fit);
    free(e);
}

void dh_uitext_destroy(dh_uitext *t)
{
    if (!t) return;
    for (size_t b = 0; b < NBUCKETS; b++)
        for (entry *e = t->buckets[b], *n; e; e = n) {
            n = e->next;
            free_entry(e);
        }
    for (size_t i = 0; i < t->nfonts; i++) TTF_CloseFont(t->fonts[i].font);
    for (int f = 0; f < DH_FACE_COUNT; f++) free(t->paths[f]);
    for (size_t i = 0; i < t->ndrawn; i++) free(t->drawn[i].text);
    free(t->drawn);
    free(t);
}

static TTF_Font *font_for(dh_uitext *t, dh_face f, int px)
{
    for (size_t i = 0; i < t->nfonts; i++)
        if (t->fonts[i].face == f && t->fonts[i].px == px) return t->fonts[i].font;
    TTF_Font *font = TTF_OpenFont(t->paths[f], px);
    if (!font) return NULL;
    if (t->nfonts == MAX_SIZES) { /* many window resizes: drop the oldest size */
        TTF_CloseFont(t->fonts[0].font);
        memmove(t->fonts, t->fonts + 1, (MAX_SIZES - 1) * sizeof t->fonts[0]);
        t->nfonts--;
        /* cached textures stay valid: they no longer need the font */
    }
    t->fonts[t->nfonts++] = (sized_font){f, px, font};
    return font;
}

static uint32_t hash_key(dh_face f, int px, uint32_t rgba, int wrap, const char *s)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) h = (h ^ *p) * 16777619u;
    h = (h ^ (uint32_t)f) * 16777619u;
    h = (h ^ (uint32_t)px) * 16777619u;
    h = (h ^ rgba) * 16777619u;
    h = (h ^ (uint32_t)wrap) * 16777619u;
    return h;
}

/* Bytes taken by the first n code points of s (all of s when it is shorter). */
static size_t utf8_prefix(const char *s, size_t n)
{
    size_t i = 0;
    for (; s[i] && n; n--) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80) i++;
    }
    return i;
}

/* Width of the first len bytes of s followed by tail; counts the work. */
static int width_of(dh_uitext *t, TTF_Font *font, char *buf, const char *s, size_t len,
                    const char *tail)
{
    int w = 0;
    memcpy(buf, s, len);
    strcpy(buf + len, tail);
    t->measured += len;
    return TTF_SizeUTF8(font, buf, &w, NULL) == 0 ? w : -1;
}

/* s cut on code-point boundaries, with "…", to fit maxw pixels (measured, not
 * rendered). NULL when s fits as it is, or out of memory. A shown glyph
 * advances at least a pixel, so no more than maxw + 1 code points are ever
 * measured, and the cut is found by halving: O(maxw log maxw), whatever the
 * length of s. */
static char *cut_to_fit(dh_uitext *t, TTF_Font *font, const char *s, int maxw)
{
    size_t most = maxw > 0 ? (size_t)maxw + 1 : 1;
    size_t len = utf8_prefix(s, most);
    char *buf = malloc(len + 4);
    if (!buf) return NULL;
    int w = s[len] ? -1 : width_of(t, font, buf, s, len, "");
    if (w >= 0 && w <= maxw) return free(buf), NULL;
    size_t lo = 0, hi = most;   /* lo code points fit with "…"; more than hi do not */
    while (lo < hi) {
        size_t mid = lo + (hi - lo + 1) / 2;
        w = width_of(t, font, buf, s, utf8_prefix(s, mid), "\xE2\x80\xA6");
        if (w >= 0 && w <= maxw) lo = mid;
        else hi = mid - 1;
    }
    len = utf8_prefix(s, lo);
    memcpy(buf, s, len);
    memcpy(buf + len, "\xE2\x80\xA6", 4);
    return buf;   /* "…" alone when nothing else fits */
}

/* The cached texture of s in colour rgba (a colour's own texture: the software
 * renderer copies it faster than a colour-modulated one), or with rgba 0 its
 * measured size only. */
static entry *lookup(dh_uitext *t, dh_face f, int px, uint32_t rgba, int wrap, const char *s)
{
    uint32_t h = hash_key(f, px, rgba, wrap, s);
    entry **head = &t->buckets[h % NBUCKETS];
    for (entry *e = *head; e; e = e->next)
        if (e->hash == h && e->face == f && e->px == px && e->rgba == rgba && e->wrap == wrap &&
            !strcmp(e->text, s)) {
            e->used = t->frame;
            return e;
        }
    size_t len = strlen(s);
    entry *e = calloc(1, sizeof *e + len + 1);
    if (!e) return NULL;
    memcpy(e->text, s, len + 1);
    e->hash = h;
    e->face = (uint8_t)f;
    e->px = (uint16_t)px;
    e->rgba = rgba;
    e->wrap = wrap;
    e->used = t->frame;
    TTF_Font *font = font_for(t, f, px);
    if (font && wrap < 0) e->fit = cut_to_fit(t, font, s, -wrap);
    const char *shown = e->fit ? e->fit : s;
    if (font && len && !rgba && wrap == 0) {
        TTF_SizeUTF8(font, s, &e->w, &e->h);   /* measured, not rendered */
    } else if (font && len) {
        SDL_Color c = {(Uint8)(rgba >> 24), (Uint8)(rgba >> 16), (Uint8)(rgba >> 8), (Uint8)rgba};
        SDL_Surface *surf = wrap > 0 ? TTF_RenderUTF8_Blended_Wrapped(font, shown, c, (Uint32)wrap)
                                     : TTF_RenderUTF8_Blended(font, shown, c);
        if (surf) {
            e->w = surf->w;
            e->h = surf->h;
            if (rgba) e->tex = SDL_CreateTextureFromSurface(t->r, surf);
            SDL_FreeSurface(surf);
            if (e->tex) SDL_SetTextureBlendMode(e->tex, SDL_BLENDMODE_BLEND);
        }
    }
    e->next = *head;
    *head = e;
    t->count++;
    return e;
}

SDL_Point dh_uitext_size(dh_uitext *t, dh_face f, int px, const char *s)
{
    entry *e = lookup(t, f, px, 0, 0, s);
    return e ? (SDL_Point){e->w, e->h} : (SDL_Point){0, 0};
}

SDL_Point dh_uitext_size_wrapped(dh_uitext *t, dh_face f, int px, int wrap, const char *s)
{
    entry *e = lookup(t, f, px, 0, wrap, s);
    return e ? (SDL_Point){e->w, e->h} : (SDL_Point){0, 0};
}

static void record(dh_uitext *t, const char *s, SDL_Rect at)
{
    if (!t->recording) return;
    if (t->ndrawn == t->capdrawn) {
        size_t cap = t->capdrawn ? t->capdrawn * 2 : 256;
        dh_drawn *p = realloc(t->drawn, cap * sizeof *p);
        if (!p) return;
        t->drawn = p;
        t->capdrawn = cap;
    }
    size_t n = strlen(s) + 1;
    char *copy = malloc(n);
    if (!copy) return;
    memcpy(copy, s, n);
    t->drawn[t->ndrawn++] = (dh_drawn){copy, at};
}

static uint32_t rgba_of(SDL_Color c)
{
    /* 0 is reserved for measurements: a fully transparent black draws nothing anyway */
    uint32_t v = (uint32_t)c.r << 24 | (uint32_t)c.g << 16 | (uint32_t)c.b << 8 | c.a;
    return v ? v : 1;
}

static SDL_Point draw_entry(dh_uitext *t, entry *e, int x, int y)
{
    if (!e) return (SDL_Point){0, 0};
    SDL_Rect dst = {x, y, e->w, e->h};
    if (e->tex) SDL_RenderCopy(t->r, e->tex, NULL, &dst);
    record(t, e->fit ? e->fit : e->text, dst);
    return (SDL_Point){e->w, e->h};
}

SDL_Point dh_uitext_draw(dh_uitext *t, dh_face f, int px, SDL_Color c, int x, int y, int wrap,
                         const char *s)
{
    return draw_entry(t, lookup(t, f, px, rgba_of(c), wrap > 0 ? wrap : 0, s), x, y);
}

SDL_Point dh_uitext_draw_fit(dh_uitext *t, dh_face f, int px, SDL_Color c, int x, int y,
                             int maxw, const char *s)
{
    if (maxw <= 0) return (SDL_Point){0, 0};
    return draw_entry(t, lookup(t, f, px, rgba_of(c), -maxw, s), x, y);
}

void dh_uitext_frame(dh_uitext *t)
{
    for (size_t i = 0; i < t->ndrawn; i++) free(t->drawn[i].text);
    t->ndrawn = 0;
    t->frame++;
    if (t->frame % SWEEP_EVERY) return;
    for (size_t b = 0; b < NBUCKETS; b++)
        for (entry **p = &t->buckets[b]; *p;) {
            entry *e = *p;
            if (t->frame - e->used > KEEP_FRAMES) {
                *p = e->next;
                free_entry(e);
                t->count--;
            } else {
                p = &e->next;
            }
        }
}

void dh_uitext_record(dh_uitext *t, int on) { t->recording = on; }
size_t dh_uitext_drawn_count(const dh_uitext *t) { return t->ndrawn; }
const dh_drawn *dh_uitext_drawn(const dh_uitext *t, size_t i) { return &t->drawn[i]; }
size_t dh_uitext_cached(const dh_uitext *t) { return t->count; }
size_t dh_uitext_measured(const dh_uitext *t) { return t->measured; }
