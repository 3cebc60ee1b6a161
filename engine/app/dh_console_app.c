/* dh_console_app.c — the graphical drill: a window, the frame loop, the clock. */
#include "dh_console_app.h"
#include "dh_args.h"
#include "dh_clock.h"
#include "dh_scoreboard.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <string.h>

#ifndef DH_ASSETS_DIR
#define DH_ASSETS_DIR "assets"
#endif

void dh_console_font_dir(char *out, size_t n) { dh_ui_font_dir(DH_ASSETS_DIR, out, n); }

int dh_view_parse(const char *s, const dh_roster *roster, dh_view *view, int *team)
{
    *team = -1;
    if (!strcmp(s, "console")) return *view = DH_VIEW_CONSOLE, 0;
    if (!strcmp(s, "scoreboard")) return *view = DH_VIEW_SCOREBOARD, 0;
    if (!strncmp(s, "team:", 5)) {
        *team = dh_roster_find(roster, s + 5);
        if (*team < 0) return dh_fail(2, "--view %s: no team \"%s\" in the roster", s, s + 5);
        *view = DH_VIEW_TEAM;
        return 0;
    }
    return dh_fail(2, "--view %s: use console, scoreboard or team:ID", s);
}

int dh_size_parse(const char *s, int *w, int *h)
{
    char tail;
    if (sscanf(s, "%dx%d%c", w, h, &tail) != 2) return -1;
    return *w < 320 || *h < 240 || *w > 7680 || *h > 4320 ? -1 : 0;
}

static int64_t wall_us(Uint64 *last)
{
    Uint64 now = SDL_GetPerformanceCounter(), freq = SDL_GetPerformanceFrequency();
    int64_t us = (int64_t)((now - *last) * 1000000u / freq);
    *last = now;
    return us;
}

/* SDL falls back to its offscreen driver when no display answers; a window there
 * is invisible, so it counts as a display only when asked for by name. */
static const char *no_display_reason(void)
{
    if (SDL_Init(SDL_INIT_VIDEO)) return SDL_GetError();
    const char *drv = SDL_GetCurrentVideoDriver(), *asked = SDL_getenv("SDL_VIDEODRIVER");
    if (drv && (!strcmp(drv, "offscreen") || !strcmp(drv, "dummy")) && !(asked && strstr(asked, drv)))
        return "no video driver but SDL's offscreen one";
    return NULL;
}

int dh_console_run(dh_session *s, const dh_console_opts *o)
{
    const char *why = no_display_reason();
    if (why) {
        fprintf(stderr, "drillhall: no display (%s); running the headless demo instead\n", why);
        SDL_Quit();
        return DH_CONSOLE_NO_DISPLAY;
    }
    char title[300];
    snprintf(title, sizeof title, "drillhall — %s", dh_text_get(&s->sc->title, s->lang));
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (o->fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_Window *win = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1600, 900, flags);
    if (!win) {
        fprintf(stderr, "drillhall: no display (%s); running the headless demo instead\n", SDL_GetError());
        SDL_Quit();
        return DH_CONSOLE_NO_DISPLAY;
    }
    SDL_SetWindowMinimumSize(win, 800, 500);
    SDL_Renderer *r = SDL_CreateRenderer(win, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!r) r = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
    int rc = 0;
    dh_ui *ui = NULL;
    if (!r || TTF_Init()) {
        rc = dh_fail(1, "cannot draw: %s", SDL_GetError());
        goto out;
    }
    char fonts[1024], err[1200];
    dh_console_font_dir(fonts, sizeof fonts);
    dh_ui_config cfg = {r, fonts, s->lang, o->view, o->team, o->station, o->show_points};
    ui = dh_ui_create(&cfg, err, sizeof err);
    if (!ui) {
        rc = dh_fail(1, "%s", err);
        goto out;
    }
    if ((rc = dh_session_start(s))) goto out;
    dh_drill *d = s->drill;
    if (o->speed_milli != d->speed_milli) {
        dh_input in = {.kind = DH_IN_SPEED, .source = DH_SRC_CONSOLE, .t = d->now, .team = -1,
                       .speed_milli = o->speed_milli};
        dh_drill_apply(d, &in, err, sizeof err);
    }
    dh_clock clock;
    dh_clock_init(&clock, d->now, d->speed_milli);
    Uint64 last = SDL_GetPerformanceCounter();
    uint64_t seen_events = (uint64_t)-1;
    dh_ms shown_second = -1;
    int running = 1, dirty = 1;
    while (running) {
        /* Sleep until an event or the next second of exercise time: an idle console
         * wakes about once a second instead of spinning. */
        int timeout = 0;
        if (!dirty) {
            if (d->ended || d->paused) {
                timeout = 500;
            } else {
                int64_t us = dh_clock_wall_until(&clock, (clock.now / 1000 + 1) * 1000);
                timeout = (int)(us / 1000) + 1;
                if (timeout > 250) timeout = 250;
            }
        }
        SDL_Event ev;
        int got = timeout ? SDL_WaitEventTimeout(&ev, timeout) : SDL_PollEvent(&ev);
        while (got) {
            dh_ui_request req = ev.type == SDL_QUIT ? dh_ui_close(ui, d) : dh_ui_event(ui, d, &ev);
            if (req == DH_UI_QUIT) running = 0;
            if (req == DH_UI_JUMP && dh_ui_jump_target(ui) > clock.now) clock.now = dh_ui_jump_target(ui);
            if (req != DH_UI_NONE) dirty = 1;
            got = SDL_PollEvent(&ev);
        }
        if (clock.paused != d->paused) dh_clock_pause(&clock, d->paused);
        if (clock.speed_milli != d->speed_milli) dh_clock_set_speed(&clock, d->speed_milli);
        int64_t us = wall_us(&last);
        if (!d->ended) {
            dh_ms t = dh_clock_tick(&clock, us);
            if (t > d->now && dh_drill_advance(d, t)) {
                rc = dh_fail(1, "out of memory");
                break;
            }
        }
        if (d->nevents != seen_events || d->now / 1000 != shown_second) dirty = 1;
        if (dirty) {
            dh_ui_draw(ui, d);
            SDL_RenderPresent(r);
            seen_events = d->nevents;
            shown_second = d->now / 1000;
            dirty = 0;
        }
    }
    if (!rc) rc = dh_session_finish(s, 1);
    if (!rc && d->ended) {
        dh_print_diags(&d->warnings);
        if (dh_scoreboard_print(stdout, d, s->lang) || fflush(stdout))
            rc = dh_fail(1, "could not print the scoreboard");
    }
out:
    dh_ui_destroy(ui);
    if (r) SDL_DestroyRenderer(r);
    SDL_DestroyWindow(win);
    if (TTF_WasInit()) TTF_Quit();
    SDL_Quit();
    return rc;
}
