/* dh_ui_marker.c — timeline markers for injects and decisions, and their sprites. */
#include "dh_ui_marker.h"
#include "dh_ui_draw.h"

void dh_ui_marker_inject(dh_ui *ui, const dh_scenario *sc, int inject, int cx, int cy, int rad,
                         int dim)
{
    const dh_inject *in = &sc->injects[inject];
    SDL_Color c = dh_ui_stage_rgb(in->stage);
    if (dim) c = (SDL_Color){(Uint8)(c.r / 2 + 20), (Uint8)(c.g / 2 + 20), (Uint8)(c.b / 2 + 20), 255};
    dh_ui_severity_shape(ui, (int)in->severity, cx, cy, rad, c);
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

void dh_ui_marker_forget(dh_ui *ui)
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
        dh_ui_marker_forget(ui);
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
