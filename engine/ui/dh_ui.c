/* dh_ui.c — the ui object: create, destroy, one frame of the current view, and
 * the layout questions tests and the frame loop ask. */
#include "dh_ui.h"
#include "dh_qbook.h"
#include "dh_msg.h"
#include "dh_ui_console.h"
#include "dh_ui_draw.h"
#include "dh_ui_marker.h"
#include "dh_ui_overlay.h"
#include "dh_ui_scoreboard.h"
#include "dh_ui_state.h"
#include "dh_ui_station.h"
#include "dh_ui_widgets.h"

#include <stdio.h>
#include <stdlib.h>

dh_ui *dh_ui_create(const dh_ui_config *cfg, char *err, size_t errlen)
{
    dh_ui *ui = calloc(1, sizeof *ui);
    if (!ui) return snprintf(err, errlen, "%s", dh_msg(E_NOMEM)), NULL;
    ui->hits = malloc(DH_UI_MAX_HITS * sizeof *ui->hits);
    if (!ui->hits) {
        free(ui);
        return snprintf(err, errlen, "%s", dh_msg(E_NOMEM)), NULL;
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
    ui->sink = cfg->sink;
    ui->selected = cfg->team >= 0 ? cfg->team : 0;
    ui->opt_cursor = -1; /* nothing pre-selected: a highlighted option reads as a hint */
    ui->bracket = -1;
    ui->q_sent = -1;
    ui->q_item = -1;
    ui->msel_y = -1;
    SDL_SetRenderDrawBlendMode(ui->r, SDL_BLENDMODE_BLEND);
    return ui;
}

void dh_ui_set_presence(dh_ui *ui, const dh_ui_presence *v, size_t n, int64_t now_ms)
{
    ui->presence = v;
    ui->npresence = v ? n : 0;
    ui->presence_now_ms = now_ms;
}

void dh_ui_destroy(dh_ui *ui)
{
    if (!ui) return;
    if (dh_ui_typing(ui->mode)) SDL_StopTextInput();
    dh_ui_marker_forget(ui);
    dh_uitext_destroy(ui->text);
    free(ui->rows);
    dh_qbook_destroy(ui->own_qbook);
    dh_ranking_free(&ui->ranking);
    free(ui->ranked_rows);
    free(ui->hits);
    free(ui);
}

dh_uitext *dh_ui_text(dh_ui *ui) { return ui->text; }
int dh_ui_selected_team(const dh_ui *ui) { return ui->selected; }
const char *dh_ui_status(const dh_ui *ui) { return ui->status; }
int dh_ui_msel_y(const dh_ui *ui) { return ui->view == DH_VIEW_CONSOLE ? ui->msel_y : -1; }

int dh_ui_time_x(const dh_ui *ui, dh_ms t) { return dh_ui_lane_x(ui, t); }

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

SDL_Color dh_ui_stage_color(int stage) { return dh_ui_stage_rgb(stage); }

void dh_ui_set_questions(dh_ui *ui, dh_qbook *b) { ui->qbook = b; }

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
