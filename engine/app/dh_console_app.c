/* dh_console_app.c — the graphical drill: a window, the frame loop, the clock. */
#include "dh_console_app.h"
#include "dh_args.h"
#include "dh_assets.h"
#include "dh_output.h"
#include "dh_clock.h"
#include "dh_msg.h"
#include "dh_replay.h"
#include "dh_scoreboard.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "tw, hanoi, hai-phong, …": what a mistyped team id could have been. */
static const char *some_ids(const dh_roster *roster)
{
    static char buf[160];
    size_t n = 0;
    buf[0] = 0;
    for (size_t i = 0; i < roster->nteams && i < 4; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i ? ", " : "", roster->teams[i].id);
    if (roster->nteams > 4 && n < sizeof buf) snprintf(buf + n, sizeof buf - n, ", …");
    return buf;
}

int dh_view_parse(const char *s, const dh_roster *roster, dh_view *view, int *team)
{
    *team = -1;
    if (!strcmp(s, "console")) return *view = DH_VIEW_CONSOLE, 0;
    if (!strcmp(s, "scoreboard")) return *view = DH_VIEW_SCOREBOARD, 0;
    if (!strncmp(s, "team:", 5)) {
        *team = dh_roster_find(roster, s + 5);
        if (*team < 0)
            return dh_fail(2, dh_msg(A_VIEW_NO_TEAM), s, s + 5,
                           some_ids(roster));
        *view = DH_VIEW_TEAM;
        return 0;
    }
    return dh_fail(2, dh_msg(A_VIEW_BAD), s);
}

int dh_size_parse(const char *s, int *w, int *h)
{
    char tail;
    if (sscanf(s, "%dx%d%c", w, h, &tail) != 2) return -1;
    return *w < 320 || *h < 240 || *w > 7680 || *h > 4320 ? -1 : 0;
}

int dh_console_check_flags(const dh_console_flags *f, int headless, const char *speed,
                           int64_t speed_milli)
{
    if (headless && (f->team || f->view || f->fullscreen || f->show_points))
        return dh_fail(2, dh_msg(A_CONSOLE_ONLY));
    if (f->team && f->view) return dh_fail(2, dh_msg(A_TEAM_OR_VIEW));
    if (!headless && speed && (speed_milli < DH_SPEED_MIN || speed_milli > DH_SPEED_MAX))
        return dh_fail(2, dh_msg(A_CONSOLE_SPEED), speed);
    return 0;
}

/* Ctrl-C or a TERM from the system stops the console at once (the record is
 * complete); only a person closing the window is asked first. */
static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
    (void)sig;
    interrupted = 1;
}

/* SDL falls back to its offscreen driver when no display answers; a window there
 * is invisible, so it counts as a display only when asked for by name. */
const char *dh_console_unavailable(void)
{
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    const char *asked = SDL_getenv("SDL_VIDEODRIVER");
    if (!asked || !*asked) {
        /* no display server to ask: say so without SDL probing each back end */
        const char *x11 = SDL_getenv("DISPLAY"), *wl = SDL_getenv("WAYLAND_DISPLAY");
        int has_x11 = x11 && *x11, has_wl = wl && *wl;
        if (!has_x11 && !has_wl) return "neither DISPLAY nor WAYLAND_DISPLAY is set";
        if (!has_wl) SDL_SetHint(SDL_HINT_VIDEODRIVER, "x11");
    }
    const char *why = NULL;
    if (SDL_Init(SDL_INIT_VIDEO)) {
        why = SDL_GetError();
    } else {
        const char *drv = SDL_GetCurrentVideoDriver();
        if (drv && (!strcmp(drv, "offscreen") || !strcmp(drv, "dummy")) &&
            !(asked && strstr(asked, drv)))
            why = "no video driver but SDL's offscreen one";
    }
    if (!why) return NULL;
    static char reason[256];   /* SDL's error text does not outlive SDL_Quit */
    snprintf(reason, sizeof reason, "%s", why);
    SDL_Quit();
    return reason;
}

int dh_console_available(void)
{
    const char *why = dh_console_unavailable();
    if (why) dh_term_printf(stderr, dh_msg(A_NO_DISPLAY_HEADLESS), why);
    return !why;
}

static int64_t wall_us(Uint64 *last)
{
    Uint64 now = SDL_GetPerformanceCounter(), freq = SDL_GetPerformanceFrequency();
    int64_t us = (int64_t)((now - *last) * 1000000u / freq);
    *last = now;
    return us;
}

/* How long the loop may sleep when nothing changed: until the clock shows the
 * next second, or a while when it stands still. */
static int idle_timeout(const dh_drill *d, const dh_clock *c)
{
    if (dh_drill_ended(d) || dh_drill_paused(d)) return 500;
    int64_t us = dh_clock_wall_until(c, (c->now / 1000 + 1) * 1000);
    int ms = (int)(us / 1000) + 1;
    return ms > 250 ? 250 : ms;
}

typedef struct frame_loop {
    dh_serving *serving;    /* or NULL */
    dh_ui_presence *presence;
    dh_session *s;
    dh_ui *ui;
    SDL_Renderer *r;
    dh_clock clock;
    int running, rc;
} frame_loop;

/* Ctrl+R on a served drill: the selected team gets a new code, shown in the
 * banner (and printed, for the terminal's scrollback). */
static void reissue(frame_loop *f)
{
    int team = dh_ui_selected_team(f->ui);
    if (team < 0 || (size_t)team >= f->s->roster.nteams) return;
    char shown[16], line[256];
    const dh_team_info *t = &f->s->roster.teams[team];
    if (dh_serving_reissue(f->serving, t->id, shown)) return;
    snprintf(line, sizeof line, dh_tr(f->s->lang, S_REISSUED), t->name, shown);
    dh_ui_set_banner(f->ui, line);
}

/* One pass: events, clock, drill, and a frame when something on screen changed. */
static void loop(frame_loop *f)
{
    dh_drill *d = f->s->drill;
    Uint64 last = SDL_GetPerformanceCounter(), noted = last;
    const Uint64 note_every = SDL_GetPerformanceFrequency();
    uint64_t seen_events = (uint64_t)-1;
    dh_ms shown_second = -1;
    int dirty = 1;
    while (f->running) {
        SDL_Event ev;
        int timeout = dirty ? 0 : idle_timeout(d, &f->clock);
        /* stations are answered between frames: the wait stays short */
        if (f->serving && timeout > 15) timeout = 15;
        int got = timeout ? SDL_WaitEventTimeout(&ev, timeout) : SDL_PollEvent(&ev);
        if (interrupted) break;
        while (got) {
            dh_ui_request req = ev.type == SDL_QUIT ? dh_ui_close(f->ui, d) : dh_ui_event(f->ui, d, &ev);
            if (req == DH_UI_QUIT) f->running = 0;
            if (req == DH_UI_REISSUE && f->serving) reissue(f);
            if (req != DH_UI_NONE) dirty = 1;
            got = SDL_PollEvent(&ev);
        }
        if (f->serving) {
            dh_serving_service(f->serving, 0);
            size_t nt = dh_drill_team_count(d);
            for (size_t i = 0; i < nt; i++) {
                dh_presence p = dh_server_presence(f->serving->server, (int)i);
                if (p.online != f->presence[i].online || p.since_ms != f->presence[i].since_ms) dirty = 1;
                f->presence[i] = (dh_ui_presence){p.online, p.since_ms};
            }
            dh_ui_set_presence(f->ui, f->presence, nt, dh_serving_wall_ms());
        }
        if (dh_drill_stopped(d)) {
            f->rc = dh_session_stopped(f->s, DH_EIO);
            break;
        }
        /* the drill may have moved without the clock: a jump */
        if (f->clock.now < dh_drill_now(d)) f->clock.now = dh_drill_now(d);
        if (f->clock.paused != dh_drill_paused(d)) dh_clock_pause(&f->clock, dh_drill_paused(d));
        if (f->clock.speed_milli != dh_drill_speed(d)) dh_clock_set_speed(&f->clock, dh_drill_speed(d));
        int64_t us = wall_us(&last);
        if (!dh_drill_ended(d)) {
            dh_ms t = dh_clock_tick(&f->clock, us);
            dh_status st = t > dh_drill_now(d) ? dh_drill_advance(d, t) : DH_OK;
            if (st) {
                f->rc = dh_session_stopped(f->s, st);
                break;
            }
        }
        if (last - noted >= note_every) {
            dh_session_note_progress(f->s);
            noted = last;
        }
        if (dh_drill_event_count(d) != seen_events || dh_drill_now(d) / 1000 != shown_second) dirty = 1;
        if (dirty) {
            dh_ui_draw(f->ui, d);
            SDL_RenderPresent(f->r);
            seen_events = dh_drill_event_count(d);
            shown_second = dh_drill_now(d) / 1000;
            dirty = 0;
        }
    }
}

/* What the facilitator reads in the terminal when the window closes. */
static int farewell(dh_session *s)
{
    dh_drill *d = s->drill;
    int rc = dh_session_finish(s, 1);
    if (rc) return rc;
    if (dh_drill_ended(d)) {
        dh_autoplay_report_unused(&s->autoplay, d);
        dh_print_diags(dh_drill_warnings(d));
        if (dh_scoreboard_print(stdout, d, s->lang) || fflush(stdout))
            return dh_fail(1, dh_msg(A_PRINT_SCOREBOARD));
    }
    if (s->record_path && s->journal.append) {
        char at[32];
        dh_time_format_clock(dh_drill_now(d), at, sizeof at);
        if (dh_drill_ended(d))
            dh_term_printf(stderr, dh_msg(A_RECORDED_TO),
                    s->record_path, s->record_path);
        else
            dh_term_printf(stderr, dh_msg(A_STOPPED_CONTINUE), at, s->record_path);
    }
    return 0;
}

/* The window, its renderer and the ui on it. */
typedef struct window {
    SDL_Window *win;
    SDL_Renderer *r;
    dh_ui *ui;
} window;

static void window_close(window *w)
{
    dh_ui_destroy(w->ui);
    if (w->r) SDL_DestroyRenderer(w->r);
    if (w->win) SDL_DestroyWindow(w->win);
    if (TTF_WasInit()) TTF_Quit();
    SDL_Quit();
}

/* Opens the window for the view the flags ask for. Returns 0, or an exit status
 * (printed); close it either way. */
static int window_open(window *w, const dh_session *s, const dh_console_flags *fl, int replay)
{
    memset(w, 0, sizeof *w);
    dh_view view = DH_VIEW_CONSOLE;
    int team = -1, station = 0;
    if (fl->team) {
        team = dh_roster_find(&s->roster, fl->team);
        if (team < 0)
            return dh_fail(2, dh_msg(A_TEAM_UNKNOWN), fl->team,
                           some_ids(&s->roster));
        view = DH_VIEW_TEAM;
        station = 1;
    } else if (fl->view && dh_view_parse(fl->view, &s->roster, &view, &team)) {
        return 2;
    }
    char title[300];
    snprintf(title, sizeof title, "drillhall — %s%s", dh_text_get(&s->sc->title, s->lang),
             replay ? " (replay)" : "");
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (fl->fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    w->win = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1600, 900, flags);
    if (!w->win) return dh_fail(1, dh_msg(A_NO_WINDOW), SDL_GetError());
    SDL_SetWindowMinimumSize(w->win, 800, 500);
    w->r = SDL_CreateRenderer(w->win, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!w->r) w->r = SDL_CreateRenderer(w->win, -1, SDL_RENDERER_SOFTWARE);
    if (!w->r || TTF_Init()) return dh_fail(1, dh_msg(A_NO_DRAW), SDL_GetError());
    char fonts[1024], err[1200];
    dh_assets_font_dir(fonts, sizeof fonts);
    /* the console hands what people do to the local drill, through the record's gate */
    dh_ui_config cfg = {w->r, fonts, s->lang, view, team, station, fl->show_points, replay,
                        replay ? (dh_input_sink){0} : dh_drill_input_sink(s->drill)};
    w->ui = dh_ui_create(&cfg, err, sizeof err);
    if (!w->ui) return dh_fail(1, "%s", err);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    return 0;
}

int dh_console_run(dh_session *s, const dh_console_flags *fl, int64_t speed_milli)
{
    window w;
    frame_loop f = {.s = s, .running = 1, .serving = fl->serving};
    if (f.serving) {
        f.presence = calloc(dh_drill_team_count(s->drill) + 1, sizeof *f.presence);
        if (!f.presence) return dh_fail(1, "%s", dh_msg(E_NOMEM));
    }
    f.rc = window_open(&w, s, fl, 0);
    dh_drill *d = s->drill;
    char err[256];
    if (!f.rc && s->record_path && s->journal.append)
        dh_term_printf(stderr, dh_msg(A_RECORDING_TO), s->record_path);
    if (!f.rc && speed_milli && speed_milli != dh_drill_speed(d) && !dh_drill_ended(d)) {
        dh_input in = {.kind = DH_IN_SPEED, .source = DH_SRC_CONSOLE, .t = dh_drill_now(d), .team = -1,
                       .speed_milli = speed_milli};
        dh_status st = dh_drill_apply(d, &in, err, sizeof err);
        if (st) f.rc = dh_session_stopped(s, st);
    }
    if (!f.rc && fl->start_paused && !dh_drill_ended(d) && !dh_drill_paused(d)) {
        dh_input in = {.kind = DH_IN_PAUSE, .source = DH_SRC_CONSOLE, .t = dh_drill_now(d), .team = -1};
        dh_status st = dh_drill_apply(d, &in, err, sizeof err);
        if (st) f.rc = dh_session_stopped(s, st);
        else dh_term_printf(stderr, dh_msg(A_PAUSED_SPACE));
    }
    if (!f.rc) {
        f.ui = w.ui;
        f.r = w.r;
        dh_clock_init(&f.clock, dh_drill_now(d), dh_drill_speed(d));
        loop(&f);
    }
    if (!f.rc) f.rc = farewell(s);
    window_close(&w);
    free(f.presence);
    return f.rc;
}

/* --- instant replay ------------------------------------------------------------ */

static const int64_t play_speeds[] = {1000, 2000, 5000, 10000, 30000, 60000, 120000, 300000};
#define NPLAY (sizeof play_speeds / sizeof play_speeds[0])

static void replay_banner(dh_ui *ui, const dh_replay *p, int playing, int64_t speed, dh_lang lang)
{
    char end[32], sp[32], buf[256];
    dh_time_format_clock(p->end, end, sizeof end);
    snprintf(sp, sizeof sp, "%lld×", (long long)(speed / 1000));
    snprintf(buf, sizeof buf, dh_tr(lang, A_REPLAY_BANNER),
             playing ? "▶" : "❚❚", sp, end);
    dh_ui_set_banner(ui, buf);
}

int dh_console_replay(const char *path, const char *lang, const dh_console_flags *fl, dh_ms at)
{
    dh_replay p;
    int rc = dh_replay_open(&p, path, lang);
    if (!rc) rc = dh_replay_seek(&p, at);
    window w = {0};
    if (!rc) rc = window_open(&w, &p.s, fl, 1);
    int playing = 0, running = !rc, dirty = 1;
    size_t speed = 5; /* 60× */
    Uint64 last = SDL_GetPerformanceCounter();
    double head = rc ? 0 : (double)dh_drill_now(p.s.drill); /* the playhead, exercise ms */
    while (running) {
        SDL_Event ev;
        int got = dirty || playing ? SDL_PollEvent(&ev) : SDL_WaitEventTimeout(&ev, 500);
        if (interrupted) break;
        int seek = 0;   /* head moved by a key: show the drill there */
        for (; got; got = SDL_PollEvent(&ev)) {
            dirty = 1;
            if (ev.type == SDL_QUIT) {
                running = 0;
                continue;
            }
            int k = ev.type == SDL_KEYDOWN ? ev.key.keysym.sym : 0;
            dh_ms step = k && (ev.key.keysym.mod & KMOD_SHIFT) ? 10 * DH_MS_MINUTE : DH_MS_MINUTE;
            if (k == SDLK_LEFT) head -= (double)step, seek = 1;
            else if (k == SDLK_RIGHT) head += (double)step, seek = 1;
            else if (k == SDLK_HOME) head = 0, seek = 1;
            else if (k == SDLK_END) head = (double)p.end, seek = 1;
            else if (k == SDLK_SPACE) playing = !playing;
            else if ((k == SDLK_PLUS || k == SDLK_EQUALS || k == SDLK_KP_PLUS) && speed + 1 < NPLAY) speed++;
            else if ((k == SDLK_MINUS || k == SDLK_KP_MINUS) && speed > 0) speed--;
            else if (dh_ui_event(w.ui, p.s.drill, &ev) == DH_UI_QUIT) running = 0;
        }
        int64_t us = wall_us(&last);
        if (!seek && playing) head += (double)us * (double)play_speeds[speed] / 1e6;
        if (head < 0) head = 0;
        if (head >= (double)p.end) head = (double)p.end, playing = 0;
        /* a key moves the drill at once; playing, it moves when the clock shows another second */
        dh_ms t = (dh_ms)head;
        if (t != dh_drill_now(p.s.drill) && (seek || !playing || t / 1000 != dh_drill_now(p.s.drill) / 1000)) {
            if ((rc = dh_replay_seek(&p, t))) break;
            dirty = 1;
        }
        if (dirty) {
            replay_banner(w.ui, &p, playing, play_speeds[speed], p.s.lang);
            dh_ui_draw(w.ui, p.s.drill);
            SDL_RenderPresent(w.r);
            dirty = 0;
        }
        if (playing) SDL_Delay(15);
    }
    window_close(&w);
    dh_replay_close(&p);
    return rc;
}
