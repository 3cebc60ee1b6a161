/* dh_ui_state.h — the ui object itself: what every file of engine/ui reads and
 * writes (presentation state only: selection, scroll, zoom, the open dialog, the
 * last frame's layout and hit boxes). Types and two one-line helpers, no
 * functions to link against, so it sits below every other ui file.
 *
 * Files of engine/ui include each other in one direction only:
 *   dh_ui.c, dh_ui_input.c      the public contract (dh_ui.h): create, draw, events
 *     dh_ui_console.c, dh_ui_station.c, dh_ui_scoreboard.c, dh_ui_overlay.c   views
 *       dh_ui_widgets.c         header and status bars, lanes, the decision panel
 *         dh_ui_marker.c        inject and decision markers and their sprite cache
 *           dh_ui_draw.c        primitives, the palette, hit boxes
 *             dh_ui_state.h, dh_ui_strings.h, dh_uitext.h                         */
#ifndef DH_UI_STATE_H
#define DH_UI_STATE_H

#include "dh_drill.h"
#include "dh_rank.h"
#include "dh_text.h"
#include "dh_ui_presence.h"
#include "dh_uitext.h"
#include "dh_view.h"

#include <SDL.h>
#include <stdio.h>

#define DH_UI_TEXT_MAX 1024   /* bytes typed into a dialog's field */
#define DH_UI_MAX_HITS 8192
#define DH_UI_SPRITES 512

typedef struct dh_ui dh_ui;

typedef enum dh_mode {
    DH_MODE_NONE,
    DH_MODE_HELP,
    DH_MODE_DETAIL,   /* a marker's card */
    DH_MODE_DECIDE,   /* room mode: enter a team's choice */
    DH_MODE_ADJUST,   /* evaluator points with a reason */
    DH_MODE_NOTE,     /* a note on a team */
    DH_MODE_RATE,     /* an evaluator's P/S/M/U rating of an objective, with a reason */
    DH_MODE_DELIVER,  /* send an MSEL inject now */
    DH_MODE_WRITE,    /* write an inject on the spot: title, then body */
    DH_MODE_FEEDBACK, /* after the end, room mode: a team's answers to the feedback form */
    DH_MODE_QUESTION, /* an open question: answer it (team, room mode) or score it */
    DH_MODE_END,      /* confirm ending the drill */
    DH_MODE_QUIT      /* confirm closing while the drill runs */
} dh_mode;

typedef enum dh_hit_kind { DH_HIT_INJECT, DH_HIT_DECISION, DH_HIT_OPTION, DH_HIT_TAB,
                           DH_HIT_LANE,
                           /* a lane's free-text inject, note and adjustment (index:
                            * dh_drill_message_at, _note_at, _adjustment_at) */
                           DH_HIT_MESSAGE, DH_HIT_NOTE, DH_HIT_ADJUST } dh_hit_kind;

typedef struct dh_hit {
    SDL_Rect r;
    uint8_t kind;
    int team, index, arg;
} dh_hit;

struct dh_ui {
    SDL_Renderer *r;
    dh_uitext *text;
    dh_lang lang;
    dh_view view;
    int team, station, show_points, replay;
    const dh_ui_presence *presence;   /* a served drill's stations per team, or NULL */
    size_t npresence;
    int64_t presence_now_ms;
    dh_input_sink sink;
    char banner[256];
    int w, h;             /* output size of the last frame */
    float s;              /* scale: 1.0 at 1080 pixels high */

    /* console */
    int selected;         /* team index */
    int scroll;           /* first visible row among the filtered teams */
    int bracket;          /* the filter: -1 all, 0..nbrackets-1 a bracket, then
                             nbrackets + r the teams of role r (dh_ui_group_*) */
    dh_ms view_t0, view_span;  /* visible window of exercise time; span 0 = whole drill */
    int dragging, drag_x;
    dh_ms drag_t0;
    int *rows; size_t nrows;   /* teams shown (after the bracket filter), in roster order */
    /* the scoreboard's ranking, computed again only when the drill has moved on */
    dh_ranking ranking;
    uint64_t ranked_serial, ranked_events;
    int *ranked_rows;          /* [nteams]: the ranking after the bracket filter */
    int lane_x0, lane_x1, lanes_y0, row_h, visible_rows, msel_y;
    int page;             /* scoreboard page */

    dh_mode mode;
    int detail_kind, detail_index, detail_team;   /* DH_HIT_INJECT / DH_HIT_DECISION */
    int dec_cursor, opt_cursor;                   /* DECIDE (and the team station) */
    int adj_cat, adj_points;
    int rate_obj, rate_value;     /* the rating dialog: objective index, dh_rating */
    int deliver_cursor;
    int write_team;               /* the written inject's addressee: -1 every team */
    int write_body;               /* typing the body (the title is done) */
    char write_title[DH_MESSAGE_TITLE_MAX + 1];
    int fb_question, fb_rating;   /* the feedback dialog: question index, rating */
    char input[DH_UI_TEXT_MAX];
    /* open questions (dh_ui_question.c): the station's book (borrowed) or the
     * console's own, kept up to date with the local drill */
    struct dh_qbook *qbook, *own_qbook;
    uint64_t q_serial, q_events;
    int q_item;                   /* the book's item shown */
    uint32_t q_ticks;             /* rubric items ticked (scoring) */
    int q_sent;                   /* the item whose answer was sent, awaiting the server */
    size_t q_scroll;              /* bytes of a long answer scrolled past (↑/↓) */
    char q_edit[64];              /* text being composed (SDL_TEXTEDITING) */
    SDL_Keycode last_key; /* the key being handled */
    SDL_Keycode swallow;  /* drop the next text event if it is this key's letter: the key
                           * that opened a typing dialog */

    char status[256];
    int dlg_h;            /* the height of the dialog box drawn last */

    dh_hit *hits; size_t nhits;

    SDL_Surface *canvas;  /* non-NULL while a sprite is being painted */
    struct { uint64_t key; SDL_Texture *tex; int size; } sprites[DH_UI_SPRITES];
    size_t nsprites;
};

/* The dialogs that take typed text (SDL text input is on while one is open). */
static inline int dh_ui_typing(dh_mode m)
{
    return m == DH_MODE_ADJUST || m == DH_MODE_NOTE || m == DH_MODE_RATE || m == DH_MODE_WRITE ||
           m == DH_MODE_FEEDBACK || m == DH_MODE_QUESTION;
}

/* The message in the status bar (a refusal, a recorded choice); "" clears it. */
static inline void dh_ui_set_status(dh_ui *ui, const char *msg)
{
    snprintf(ui->status, sizeof ui->status, "%s", msg);
}

#endif
