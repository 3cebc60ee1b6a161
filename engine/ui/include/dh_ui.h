/* dh_ui.h — the drill's screens: facilitator console, team station, scoreboard.
 *
 * A dh_ui draws a drill it only reads (`const dh_drill *`, through the view in
 * dh_drill.h and dh_snapshot.h) and turns what a person does into inputs handed to
 * the sink the app gave it — the same inputs a responses file produces — so
 * everything a facilitator or a team does is in the event log, and the same UI can
 * send them to a server. It keeps only presentation state (what is selected,
 * scrolled, zoomed, which dialog is open), never a copy of the drill's state.
 *
 * It draws with any SDL_Renderer: a window's, or a software renderer on a surface
 * for screenshots and tests. It borrows the renderer, which must outlive it. */
#ifndef DH_UI_H
#define DH_UI_H

#include "dh_ui_presence.h"

#include "dh_drill.h"
#include "dh_text.h"
#include "dh_uitext.h"
#include "dh_view.h"

#include <SDL.h>

typedef struct dh_ui_config {
    SDL_Renderer *renderer;  /* borrowed */
    const char *font_dir;    /* holds the DejaVu faces */
    dh_lang lang;
    dh_view view;
    int team;                /* DH_VIEW_TEAM: the team index */
    int station;             /* 1: a team's own screen; facilitator keys and views are off */
    int show_points;         /* a team station shows the team's points */
    int replay;              /* 1: a recorded drill played back; nothing becomes an input */
    dh_input_sink sink;      /* where inputs go; fn NULL: read-only, as in a replay */
} dh_ui_config;

/* What the frame loop has to do after an event (it owns the clock and window). */
typedef enum dh_ui_request {
    DH_UI_NONE,
    DH_UI_REDRAW,   /* something changed on screen */
    DH_UI_QUIT,     /* the person confirmed leaving */
    DH_UI_REISSUE   /* a served drill: reissue the selected team's join code */
} dh_ui_request;

typedef struct dh_ui dh_ui;

/* The drill is served: v holds n entries (one per team, borrowed until the next
 * call; NULL: not served, nothing is drawn); now_ms is the wall clock. */
void dh_ui_set_presence(dh_ui *ui, const dh_ui_presence *v, size_t n, int64_t now_ms);

/* NULL with a message in err (a font that cannot be opened, out of memory). */
dh_ui *dh_ui_create(const dh_ui_config *cfg, char *err, size_t errlen);
void dh_ui_destroy(dh_ui *ui);

/* Draws one frame of the current view at the renderer's output size. */
void dh_ui_draw(dh_ui *ui, const dh_drill *d);

/* Handles one SDL event; inputs go to the config's sink, stamped with the source
 * DH_SRC_CONSOLE and the drill's now; a refused one shows its message. */
dh_ui_request dh_ui_event(dh_ui *ui, const dh_drill *d, const SDL_Event *ev);
/* The window's close button: DH_UI_QUIT when nothing is running, else it opens
 * the confirmation and returns DH_UI_REDRAW. */
dh_ui_request dh_ui_close(dh_ui *ui, const dh_drill *d);

/* The open questions a station was told about (dh_qbook.h; borrowed, must
 * outlive the ui; NULL: the ui keeps its own book from the local drill). The
 * book holds the drafts being typed, so a draft outlives a dropped link. */
struct dh_qbook;
void dh_ui_set_questions(dh_ui *ui, struct dh_qbook *b);

/* A line for the status bar in place of the view's key hints ("" for none),
 * e.g. the replay's playhead and keys. */
void dh_ui_set_banner(dh_ui *ui, const char *text);

/* Layout of the last frame drawn, for tests and the frame loop. */
int dh_ui_time_x(const dh_ui *ui, dh_ms t);      /* timeline x of exercise time t */
int dh_ui_lane_y(const dh_ui *ui, int team);     /* centre y of a team's lane; -1 hidden */
int dh_ui_msel_y(const dh_ui *ui);               /* centre y of the MSEL lane; -1 none */
int dh_ui_selected_team(const dh_ui *ui);
const char *dh_ui_status(const dh_ui *ui);       /* last message shown (refusals) */
dh_uitext *dh_ui_text(dh_ui *ui);                /* its text cache (recording, tests) */

/* Stage colour used for markers of stage index i (-1: no stage). */
SDL_Color dh_ui_stage_color(int stage);

#endif
