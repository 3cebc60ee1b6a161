/* dh_ui_impl.h — what the console, station and input files of engine/ui share. */
#ifndef DH_UI_IMPL_H
#define DH_UI_IMPL_H

#include "dh_buf.h"
#include "dh_rank.h"
#include "dh_snapshot.h"
#include "dh_ui.h"

#define DH_UI_TEXT_MAX 512
#define DH_UI_MAX_HITS 8192
#define DH_UI_SPRITES 512

typedef enum dh_mode {
    DH_MODE_NONE,
    DH_MODE_HELP,
    DH_MODE_DETAIL,   /* a marker's card */
    DH_MODE_DECIDE,   /* room mode: enter a team's choice */
    DH_MODE_ADJUST,   /* evaluator points with a reason */
    DH_MODE_NOTE,     /* a note on a team */
    DH_MODE_DELIVER,  /* send an MSEL inject now */
    DH_MODE_END,      /* confirm ending the drill */
    DH_MODE_QUIT      /* confirm closing while the drill runs */
} dh_mode;

typedef enum dh_hit_kind { DH_HIT_INJECT, DH_HIT_DECISION, DH_HIT_OPTION, DH_HIT_TAB,
                           DH_HIT_LANE } dh_hit_kind;

typedef struct dh_hit {
    SDL_Rect r;
    uint8_t kind;
    int team, index, arg;
} dh_hit;

/* UI words in both languages. */
typedef enum dh_str {
    S_RUNNING, S_PAUSED, S_ENDED, S_WAITING, S_TEAMS, S_MSEL, S_DECIDING, S_HELP_HINT,
    S_INBOX, S_OPEN_DECISIONS, S_NO_OPEN, S_PAST_CHOICES, S_LEFT, S_POINTS, S_SCOREBOARD,
    S_ALL, S_CHOSE, S_AT, S_NOTES, S_FROM, S_CHANNEL, S_ATTACK,
    S_MISSED, S_OPEN, S_DECIDE_FOR, S_PRESS_ENTER, S_ADJUST_FOR,
    S_CATEGORY, S_REASON, S_NOTE_ON, S_DELIVER, S_TO_ALL, S_TO_TEAM, S_END_Q, S_QUIT_Q,
    S_YES_NO, S_HELP_TITLE, S_NOTHING_YET, S_SEVERITY, S_TIMEOUT,
    S_REPLAY, S_READ_ONLY, S_SEV_LOW, S_SEV_MEDIUM, S_SEV_HIGH, S_SEV_CRITICAL, S_Q_GOOD,
    S_Q_MIXED, S_Q_POOR, S_STAGES, S_DECISIONS, S_SHOWN, S_TEAM_ONE, S_RECORDED, S_STATION_HINT, S_ENDED_HINT,
    S_COUNT
} dh_str;
const char *dh_ui_str(dh_lang lang, dh_str s);
/* A channel id ("email", "phone", …) in the reader's language. */
const char *dh_ui_channel(dh_lang lang, const char *channel);
/* The help overlay's lines (key, what it does), NULL-terminated. */
const char *const *dh_ui_help(dh_lang lang);

struct dh_ui {
    SDL_Renderer *r;
    dh_uitext *text;
    dh_lang lang;
    dh_view view;
    int team, station, show_points, replay;
    dh_input_sink sink;
    char banner[256];
    int w, h;             /* output size of the last frame */
    float s;              /* scale: 1.0 at 1080 pixels high */

    /* console */
    int selected;         /* team index */
    int scroll;           /* first visible row among the filtered teams */
    int bracket;          /* -1 all, else roster bracket index */
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
    int deliver_cursor;
    char input[DH_UI_TEXT_MAX];
    SDL_Keycode last_key; /* the key being handled */
    SDL_Keycode swallow;  /* drop the next text event if it is this key's letter: the key
                           * that opened a typing dialog */

    char status[256];

    dh_hit *hits; size_t nhits;

    SDL_Surface *canvas;  /* non-NULL while a sprite is being painted */
    struct { uint64_t key; SDL_Texture *tex; int size; } sprites[DH_UI_SPRITES];
    size_t nsprites;
};

/* The dialogs that take typed text (SDL text input is on while one is open). */
static inline int dh_ui_typing(dh_mode m) { return m == DH_MODE_ADJUST || m == DH_MODE_NOTE; }
/* Keeps the first visible row where the last frame's rows can still fill the lanes. */
void dh_ui_clamp_scroll(dh_ui *ui);

/* drawing helpers (dh_ui.c) */
int dh_ui_px(const dh_ui *ui, int base);   /* a font size scaled, never below 11 */
int dh_ui_sc(const dh_ui *ui, int v);      /* a distance scaled */
void dh_ui_fill(dh_ui *ui, int x, int y, int w, int h, SDL_Color c);
void dh_ui_frame_rect(dh_ui *ui, int x, int y, int w, int h, int t, SDL_Color c);
void dh_ui_disc(dh_ui *ui, int cx, int cy, int rad, SDL_Color c);
void dh_ui_ring(dh_ui *ui, int cx, int cy, int rad, int t, SDL_Color c);
void dh_ui_triangle(dh_ui *ui, int cx, int cy, int rad, SDL_Color c);
void dh_ui_diamond(dh_ui *ui, int cx, int cy, int rad, SDL_Color c);
void dh_ui_cross(dh_ui *ui, int cx, int cy, int rad, int t, SDL_Color c);
void dh_ui_hit(dh_ui *ui, SDL_Rect r, dh_hit_kind k, int team, int index, int arg);
void dh_ui_severity_shape(dh_ui *ui, int severity, int cx, int cy, int rad, SDL_Color c);
void dh_ui_decision_mark(dh_ui *ui, dh_decision_status status, dh_quality q, int cx, int cy, int rad);
void dh_ui_marker_inject(dh_ui *ui, const dh_scenario *sc, int inject, int cx, int cy, int rad,
                         int dim);
void dh_ui_marker_decision(dh_ui *ui, const dh_drill *d, int team, int dec, int cx, int cy,
                           int rad);
/* The same markers from a per-(look, size) texture: thousands per frame stay cheap. */
void dh_ui_sprite_inject(dh_ui *ui, const dh_scenario *sc, int inject, int cx, int cy, int rad,
                         int dim);
void dh_ui_sprite_decision(dh_ui *ui, const dh_drill *d, int team, int dec, int cx, int cy,
                           int rad);
/* header bar: title, clock, speed, state; returns its height, dh_ui_header_height */
int dh_ui_header_height(const dh_ui *ui);
int dh_ui_header(dh_ui *ui, const dh_drill *d, const char *subtitle);
void dh_ui_status_bar(dh_ui *ui, const char *hint);
void dh_ui_set_status(dh_ui *ui, const char *msg);
const char *dh_ui_team_name(const dh_drill *d, int team);
void dh_ui_build_rows(dh_ui *ui, const dh_drill *d);

/* one team's markers between lane_x0 and lane_x1 */
void dh_ui_draw_lane(dh_ui *ui, const dh_drill *d, int team, int y, int h);

/* the views */
void dh_ui_draw_console(dh_ui *ui, const dh_drill *d);
void dh_ui_draw_station(dh_ui *ui, const dh_drill *d);
void dh_ui_draw_scoreboard(dh_ui *ui, const dh_drill *d);
void dh_ui_draw_overlay(dh_ui *ui, const dh_drill *d);
/* a decision's card: prompt and options as large buttons (room mode, station) */
int dh_ui_draw_decision_panel(dh_ui *ui, const dh_drill *d, int team, int x, int y, int w,
                              int big);

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
