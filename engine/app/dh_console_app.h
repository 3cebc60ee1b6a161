/* dh_console_app.h — the graphical drill: a window, the frame loop, the clock.
 *
 * The loop measures wall time, moves the exercise clock by it (× speed, stopped
 * while paused) and advances the drill to the clock; the ui turns what people do
 * into inputs. Pause and speed are inputs to the drill (so they are logged), and
 * the clock follows the drill's state. */
#ifndef DH_CONSOLE_APP_H
#define DH_CONSOLE_APP_H

#include "dh_session.h"
#include "dh_ui.h"

/* dh_console_run's answer when no window can be opened (already said so). */
#define DH_CONSOLE_NO_DISPLAY (-1)

typedef struct dh_console_opts {
    dh_view view;
    int team;               /* DH_VIEW_TEAM: team index; -1 otherwise */
    int station;            /* --team: this screen belongs to one team */
    int64_t speed_milli;    /* initial speed; 1000 = real time */
    int fullscreen;
    int show_points;
} dh_console_opts;

/* Runs the drill of an opened, not yet started session in a window until the
 * person closes it. Returns 0, 1 (runtime failure, printed) or
 * DH_CONSOLE_NO_DISPLAY before anything was started. */
int dh_console_run(dh_session *s, const dh_console_opts *o);

/* "console", "scoreboard" or "team:ID" → view and team; exit status 2 (printed)
 * for anything else or an unknown team. */
int dh_view_parse(const char *s, const dh_roster *roster, dh_view *view, int *team);
/* "WxH" with each side from 320 to 7680; 0 or -1. */
int dh_size_parse(const char *s, int *w, int *h);
/* The fonts directory: $DRILLHALL_ASSETS, next to the executable, or the source tree. */
void dh_console_font_dir(char *out, size_t n);

#endif
