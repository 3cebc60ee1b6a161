/* dh_console_app.h — the graphical drill: a window, the frame loop, the clock.
 *
 * The loop measures wall time, moves the exercise clock by it (× speed, stopped
 * while paused) and advances the drill to the clock; the ui turns what people do
 * into inputs. Pause, speed and jumps are inputs to the drill (so they are
 * recorded and logged), and the clock follows the drill's state. */
#ifndef DH_CONSOLE_APP_H
#define DH_CONSOLE_APP_H

#include "dh_serving.h"
#include "dh_session.h"
#include "dh_ui.h"

/* The console's own flags, shared by run and resume. */
typedef struct dh_console_flags {
    const char *team;       /* --team ID: a team station */
    const char *view;       /* --view console|scoreboard|team:ID */
    int fullscreen;
    int show_points;
    int start_paused;       /* resume: the clock waits for the facilitator (Space) */
    dh_serving *serving;    /* run/resume --serve: serviced every frame, its presence drawn */
} dh_console_flags;

#define DH_CONSOLE_OPTS(f)                                                                    \
    {"--team", DH_OPT_STRING, &(f).team, "ID", H_RUN_TEAM},                                     \
        {"--view", DH_OPT_STRING, &(f).view, "VIEW", H_RUN_VIEW},                               \
        {"--fullscreen", DH_OPT_FLAG, &(f).fullscreen, NULL, H_RUN_FULLSCREEN},                 \
        {"--show-points", DH_OPT_FLAG, &(f).show_points, NULL, H_RUN_SHOW_POINTS}

/* Checks the flags that need no roster, and the console's speed range (0.5–60×)
 * when --speed was given. Returns 0 or 2 (printed). */
int dh_console_check_flags(const dh_console_flags *f, int headless, const char *speed,
                           int64_t speed_milli);

/* NULL when a window can be opened (SDL's video is then up), else why not. */
const char *dh_console_unavailable(void);
/* 1 when a window can be opened. Otherwise says why on stderr (the drill runs
 * headless instead) and returns 0. */
int dh_console_available(void);

/* Runs a started session's drill in a window until the person closes it or the
 * drill stops. speed_milli: the clock speed to set first (0: keep the drill's).
 * Returns an exit status: 0, 1 or 2 (an unknown --team or --view; printed). */
int dh_console_run(dh_session *s, const dh_console_flags *f, int64_t speed_milli);

/* Instant replay of the .drill file at `path` in a window, from exercise time
 * `at`: the drill as it stood at any moment, scrubbed back and forth (←/→, Home,
 * End) or played (Space, +/−). Read-only: nothing becomes an input and the file
 * is never changed. Returns an exit status. */
int dh_console_replay(const char *path, const char *lang, const dh_console_flags *f, dh_ms at);

/* "console", "scoreboard" or "team:ID" → view and team; exit status 2 (printed)
 * for anything else or an unknown team. */
int dh_view_parse(const char *s, const dh_roster *roster, dh_view *view, int *team);
/* "WxH" with each side from 320x240 to 7680x4320; 0 or -1. */
int dh_size_parse(const char *s, int *w, int *h);

#endif
