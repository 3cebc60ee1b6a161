/* cmd_join.c — `drillhall join URL --code CODE`: one station of a live drill.
 *
 * A team code opens the team station (the same view as `run --team`), an
 * evaluator code the console with the evaluator's teams, an observer code the
 * scoreboard; each is drawn from the station's mirror of what the server sent,
 * and what a person does goes to the server through the station's input sink.
 * `--headless` prints one line per message received instead, and `--bots`
 * answers the team's decisions; it exits 0 when the drill ends. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include "cmd_join_station.h"
#include "cmd_join_question.h"
#include "commands.h"
#include "dh_args.h"
#include "dh_assets.h"
#include "dh_console_app.h"
#include "dh_offscreen.h"
#include "dh_output.h"
#include "dh_scoreboard.h"
#include "dh_session.h"
#include "dh_ui.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
    (void)sig;
    interrupted = 1;
}

typedef struct join {
    dh_lang lang;
    int print;                 /* headless: a line per message */
    char refusal[300];         /* the last choice or input the server did not accept */
    dh_ui_presence *presence;  /* per team of the mirror: the server's last `presence` */
    size_t npresence;
    int presence_changed;
} join;

static int64_t wall_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* An evaluator's or observer's lanes show each team's stations, as the
 * facilitator's console does: the server's `presence`, by the mirror's teams. */
static void take_presence(join *j, dh_station *st, const dh_pmsg *msg)
{
    const dh_drill *d = dh_mirror_drill(dh_station_mirror(st));
    if (!d) return;
    size_t nt = dh_drill_team_count(d);
    if (j->npresence != nt) {
        dh_ui_presence *p = calloc(nt ? nt : 1, sizeof *p);
        if (!p) return;
        free(j->presence);
        j->presence = p;
        j->npresence = nt;
    }
    for (size_t i = 0; i < msg->presence.n; i++) {
        const dh_ppresence_team *t = &msg->presence.v[i];
        int k = t->id ? dh_roster_find(dh_drill_roster(d), t->id) : -1;
        if (k < 0) continue;
        j->presence[k] = (dh_ui_presence){.online = t->online > 1000000 ? 1000000 : (int)t->online,
                                          .since_ms = t->since};
    }
    j->presence_changed = 1;
}

static void on_message(void *ctx, dh_station *st, const char *raw, size_t len, const dh_pmsg *msg)
{
    join *j = ctx;
    (void)raw;
    (void)len;
    if (msg && msg->type == DH_P_PRESENCE) take_presence(j, st, msg);
    if (j->print && msg) {
        dh_station_print(stdout, st, msg, j->lang, NULL);
        fflush(stdout);
    }
}

static void on_refused(void *ctx, dh_station *st, const char *ref, const char *reason)
{
    join *j = ctx;
    (void)st;
    (void)ref;
    snprintf(j->refusal, sizeof j->refusal, "%s", reason ? reason : "");
}

static void on_state(void *ctx, dh_station *st, dh_station_state s)
{
    join *j = ctx;
    if (!j->print) return;
    if (s == DH_ST_RECONNECTING) dh_term_printf(stderr, "%s\n", dh_tr(j->lang, A_JOIN_ST_RECONNECTING));
    (void)st;
}

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The exit status of a station the server (or its pin) refused, after saying why. */
static int refused_exit(dh_station *st)
{
    dh_fail(1, "%s", dh_station_refusal(st));
    switch (dh_station_refuse_reason(st)) {
    case DH_PR_CODE: case DH_PR_PROTO: case DH_PR_REVOKED: return 2;
    default: return dh_station_pin_mismatch(st) ? 2 : 1;
    }
}

/* Without a pin, the certificate is taken as it comes: say which one it was. */
static void unpinned_warning(dh_station *st, int *said)
{
    if (*said || !dh_station_has_presented(st)) return;
    char fp[3 * DH_STATION_FP_LEN];
    dh_station_format_pin(dh_station_presented(st), fp);
    dh_term_printf(stderr, dh_msg(A_JOIN_UNPINNED), fp);
    *said = 1;
}

static int headless(dh_station_net *net, dh_station *st, dh_bot_policy policy, uint64_t seed, int pinned,
                    dh_lang lang)
{
    dh_station_bot bot;
    dh_station_bot_init(&bot, policy, seed);
    dh_station_qbot qbot;
    dh_station_qbot_init(&qbot, policy, seed);
    int rc = -1, said = pinned;
    int64_t ended_at = 0;
    while (rc < 0) {
        dh_station_net_service(net, 50);
        unpinned_warning(st, &said);
        if (interrupted) {
            rc = 1;
            break;
        }
        if (dh_station_get_state(st) == DH_ST_REFUSED) {
            rc = refused_exit(st);
            break;
        }
        if (dh_station_qbot_step(&qbot, st)) {
            rc = dh_fail(1, dh_msg(E_NOMEM));
            break;
        }
        if (dh_station_bot_step(&bot, st)) {
            rc = dh_fail(2, dh_msg(A_JOIN_BOTS_POINTS), dh_bot_policy_name(policy));
            break;
        }
        const dh_drill *d = dh_mirror_drill(dh_station_mirror(st));
        if (d && dh_drill_ended(d)) {
            /* the end: wait a moment for answers still in flight, then go */
            int64_t now = mono_ms();
            if (!ended_at) ended_at = now;
            if (!dh_station_get_stats(st).pending || now - ended_at > 3000) rc = 0;
        }
    }
    /* the final scoreboard as this station saw it, when it may see points */
    dh_mirror *m = dh_station_mirror(st);
    const dh_drill *d = dh_mirror_drill(m);
    if (!rc && d && (dh_mirror_role_of(m) != DH_MIRROR_TEAM || dh_mirror_show_points(m)) &&
        (dh_scoreboard_print(stdout, d, lang) || fflush(stdout)))
        rc = dh_fail(1, dh_msg(A_PRINT_SCOREBOARD));
    dh_station_bot_free(&bot);
    dh_station_qbot_free(&qbot);
    return rc;
}

/* The view a station's role calls for: a team its own station, an evaluator the
 * console of its teams, an observer the scoreboard (read-only). */
static dh_ui_config ui_config(dh_station *st, dh_lang lang, SDL_Renderer *r)
{
    dh_mirror *m = dh_station_mirror(st);
    dh_ui_config cfg = {.renderer = r, .lang = lang, .view = DH_VIEW_SCOREBOARD, .team = -1,
                        .show_points = dh_mirror_show_points(m), .sink = dh_station_input_sink(st)};
    switch (dh_mirror_role_of(m)) {
    case DH_MIRROR_TEAM:
        cfg.view = DH_VIEW_TEAM;
        cfg.team = dh_mirror_own_team(m);
        cfg.station = 1;
        break;
    case DH_MIRROR_EVALUATOR: cfg.view = DH_VIEW_CONSOLE; break;
    default: cfg.sink = (dh_input_sink){0}; break;
    }
    return cfg;
}

/* Waits for the welcome (the view depends on the role). 0, or an exit status. */
static int wait_welcome(dh_station_net *net, dh_station *st, int *said, int until_ready)
{
    while (!dh_mirror_drill(dh_station_mirror(st)) ||
           (until_ready && dh_station_get_state(st) != DH_ST_ONLINE)) {
        dh_station_net_service(net, 100);
        unpinned_warning(st, said);
        if (interrupted) return 1;
        if (dh_station_get_state(st) == DH_ST_REFUSED) return refused_exit(st);
    }
    return 0;
}

/* One picture of the station's view once it has caught up, then exit. */
static int screenshot(dh_station_net *net, dh_station *st, join *j, const char *path, const char *size,
                      int pinned)
{
    dh_lang lang = j->lang;
    int said = pinned, w = 1600, h = 900;
    if (size && dh_size_parse(size, &w, &h)) return dh_fail(2, dh_msg(A_JOIN_SIZE_BAD), size);
    int rc = wait_welcome(net, st, &said, 1);
    if (rc) return rc;
    /* the clock message that follows `ready` */
    for (int i = 0; i < 5; i++) dh_station_net_service(net, 20);
    dh_offscreen o;
    char err[1200];
    if (dh_offscreen_open(&o, w, h, err, sizeof err)) return dh_fail(1, "%s", err);
    char fonts[1024];
    dh_assets_font_dir(fonts, sizeof fonts);
    dh_ui_config cfg = ui_config(st, lang, o.renderer);
    cfg.font_dir = fonts;
    dh_ui *ui = dh_ui_create(&cfg, err, sizeof err);
    if (ui) dh_ui_set_questions(ui, dh_station_questions(st));
    if (!ui) {
        rc = dh_fail(1, "%s", err);
    } else {
        char status[700];
        dh_station_status(st, "", lang, status, sizeof status);
        dh_ui_set_banner(ui, status);
        if (j->npresence && !cfg.station) dh_ui_set_presence(ui, j->presence, j->npresence, wall_ms());
        dh_ui_draw(ui, dh_mirror_drill(dh_station_mirror(st)));
        dh_offscreen_flush(&o);
        if (dh_offscreen_save_png(&o, path, err, sizeof err)) rc = dh_fail(1, "%s", err);
        dh_ui_destroy(ui);
    }
    dh_offscreen_close(&o);
    return rc;
}

/* The window: the view the station's role calls for, drawn from the mirror. */
static int windowed(dh_station_net *net, dh_station *st, join *j, int fullscreen, int pinned)
{
    int said = pinned;
    int wrc = wait_welcome(net, st, &said, 0);
    if (wrc) return wrc;
    dh_mirror *m = dh_station_mirror(st);
    const dh_drill *d = dh_mirror_drill(m);
    dh_ui_config cfg = ui_config(st, j->lang, NULL);
    int station = cfg.station;
    char title[300];
    snprintf(title, sizeof title, "drillhall — %s", dh_text_get(&dh_drill_scenario(d)->title, j->lang));
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_Window *win = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1600, 900, flags);
    SDL_Renderer *r = NULL;
    dh_ui *ui = NULL;
    int rc = 0;
    if (!win) {
        rc = dh_fail(1, dh_msg(A_NO_WINDOW), SDL_GetError());
    } else {
        SDL_SetWindowMinimumSize(win, 800, 500);
        r = SDL_CreateRenderer(win, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
        if (!r) r = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
        if (!r || TTF_Init()) rc = dh_fail(1, dh_msg(A_NO_DRAW), SDL_GetError());
    }
    if (!rc) {
        char fonts[1024], err[1200];
        dh_assets_font_dir(fonts, sizeof fonts);
        cfg.renderer = r;
        cfg.font_dir = fonts;
        ui = dh_ui_create(&cfg, err, sizeof err);
        if (!ui) rc = dh_fail(1, "%s", err);
        else dh_ui_set_questions(ui, dh_station_questions(st));
    }
    uint64_t seen = (uint64_t)-1, serial = 0;
    dh_ms shown = -1;
    char banner[900] = "", status[700];
    int running = !rc, dirty = 1;
    while (running) {
        dh_station_net_service(net, 0);
        unpinned_warning(st, &said);
        d = dh_mirror_drill(m);
        SDL_Event ev;
        int got = SDL_WaitEventTimeout(&ev, dirty ? 1 : 30);
        for (; got; got = SDL_PollEvent(&ev)) {
            dh_ui_request req = ev.type == SDL_QUIT ? dh_ui_close(ui, d) : dh_ui_event(ui, d, &ev);
            if (req == DH_UI_QUIT) running = 0;
            if (req != DH_UI_NONE) dirty = 1;
        }
        if (interrupted) break;
        dh_station_status(st, j->refusal, j->lang, status, sizeof status);
        char next[sizeof banner];
        if (station)
            snprintf(next, sizeof next, "%s  ·  %s", status, dh_tr(j->lang, S_STATION_HINT));
        else
            snprintf(next, sizeof next, "%s", status);
        if (strcmp(next, banner)) {
            snprintf(banner, sizeof banner, "%s", next);
            dh_ui_set_banner(ui, banner);
            dirty = 1;
        }
        if (j->presence_changed && !station) {
            dh_ui_set_presence(ui, j->presence, j->npresence, wall_ms());
            j->presence_changed = 0;
            dirty = 1;
        }
        if (dh_drill_event_count(d) != seen || dh_drill_serial(d) != serial || dh_drill_now(d) / 1000 != shown)
            dirty = 1;
        if (dirty && j->npresence && !station) dh_ui_set_presence(ui, j->presence, j->npresence, wall_ms());
        if (dirty) {
            dh_ui_draw(ui, d);
            SDL_RenderPresent(r);
            seen = dh_drill_event_count(d);
            serial = dh_drill_serial(d);
            shown = dh_drill_now(d) / 1000;
            dirty = 0;
        }
    }
    dh_ui_destroy(ui);
    if (r) SDL_DestroyRenderer(r);
    if (win) SDL_DestroyWindow(win);
    if (TTF_WasInit()) TTF_Quit();
    SDL_Quit();
    return rc;
}

int dh_cmd_join(int argc, char **argv)
{
    int want_help = 0, is_headless = 0, fullscreen = 0;
    const char *code = NULL, *pin = NULL, *lang_opt = NULL, *bots = NULL, *seed_opt = NULL;
    const char *shot = NULL, *size = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--code", DH_OPT_STRING, &code, "CODE", H_JOIN_CODE},
                     {"--pin", DH_OPT_STRING, &pin, "FINGERPRINT", H_JOIN_PIN},
                     {"--lang", DH_OPT_STRING, &lang_opt, "en|vi", H_JOIN_LANG},
                     {"--headless", DH_OPT_FLAG, &is_headless, NULL, H_JOIN_HEADLESS},
                     {"--bots", DH_OPT_STRING, &bots, "POLICY", H_JOIN_BOTS},
                     {"--seed", DH_OPT_STRING, &seed_opt, "S", H_JOIN_SEED},
                     {"--fullscreen", DH_OPT_FLAG, &fullscreen, NULL, H_RUN_FULLSCREEN},
                     {"--screenshot", DH_OPT_OUTPUT, &shot, "FILE.png", H_JOIN_SCREENSHOT},
                     {"--size", DH_OPT_STRING, &size, "WxH", H_JOIN_SIZE},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_JOIN_USAGE, H_JOIN_ABOUT);
    if (a.npos != 1) return dh_fail(2, dh_msg(A_JOIN_NO_URL));
    if (!code || !*code) return dh_fail(2, dh_msg(A_JOIN_NO_CODE));
    char err[700];
    if (dh_station_url_check(a.pos[0], err, sizeof err)) return dh_fail(2, "%s", err);
    uint8_t fp[DH_STATION_FP_LEN];
    if (pin && dh_station_parse_pin(pin, fp)) return dh_fail(2, dh_msg(A_JOIN_PIN_BAD), pin);
    dh_lang lang;
    if (dh_lang_choose(lang_opt, &lang)) return 2;
    int policy = DH_BOT_NONE;
    if (bots && (policy = dh_bot_policy_parse(bots)) < 0) return dh_fail(2, dh_msg(A_BOTS_BAD), bots);
    if (bots && !is_headless) return dh_fail(2, dh_msg(A_JOIN_BOTS_HEADLESS));
    if (fullscreen && is_headless) return dh_fail(2, dh_msg(A_CONSOLE_ONLY));
    unsigned long long seed = 1;
    if (seed_opt && dh_parse_u64(seed_opt, &seed)) return dh_fail(2, dh_msg(A_JOIN_SEED_BAD), seed_opt);
    if ((shot || size) && (is_headless || bots || fullscreen)) return dh_fail(2, dh_msg(A_JOIN_SCREENSHOT_ALONE));
    if (size && !shot) return dh_fail(2, dh_msg(A_JOIN_SCREENSHOT_ALONE));
    if (!shot && !is_headless && !dh_console_available()) is_headless = 1;

    join j = {.lang = lang, .print = is_headless};
    dh_station_net *net = dh_station_net_create(err, sizeof err);
    if (!net) return dh_fail(1, "%s", err);
    dh_station_config cfg = {.url = a.pos[0], .code = code, .lang = dh_lang_code(lang), .pin = pin ? fp : NULL,
                             .hooks = {.ctx = &j, .message = on_message, .refused = on_refused, .state = on_state}};
    dh_station *st = dh_station_add(net, &cfg, err, sizeof err);
    int rc;
    if (!st) {
        rc = dh_fail(1, "%s", err);
    } else {
        signal(SIGINT, on_signal);
        signal(SIGTERM, on_signal);
        if (shot)
            rc = screenshot(net, st, &j, shot, size, pin != NULL);
        else if (is_headless)
            rc = headless(net, st, (dh_bot_policy)policy, seed, pin != NULL, lang);
        else
            rc = windowed(net, st, &j, fullscreen, pin != NULL);
    }
    dh_station_net_destroy(net);
    free(j.presence);
    return rc;
}
