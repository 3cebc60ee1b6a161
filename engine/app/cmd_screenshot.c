/* cmd_screenshot.c — `drillhall screenshot SCENARIO --at H:MM -o F.png`: run a
 * drill to an exercise time and draw one view into a PNG, with no display. */
#include "commands.h"
#include "dh_args.h"
#include "dh_assets.h"
#include "dh_console_app.h"
#include "dh_offscreen.h"
#include "dh_session.h"

#include <stdio.h>
#include <string.h>

int dh_cmd_screenshot(int argc, char **argv)
{
    int want_help = 0, show_points = 0;
    const char *at = NULL, *out = NULL, *view_s = "console", *size_s = "1920x1080";
    dh_session_opts o = {0};
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--at", DH_OPT_STRING, &at, "H:MM", H_SHOT_AT},
                     {"-o", DH_OPT_OUTPUT, &out, "FILE.png", H_SHOT_OUT},
                     {"--view", DH_OPT_STRING, &view_s, "VIEW", H_RUN_VIEW},
                     {"--size", DH_OPT_STRING, &size_s, "WxH", H_SHOT_SIZE},
                     {"--show-points", DH_OPT_FLAG, &show_points, NULL, H_SHOT_SHOW_POINTS},
                     {"--bots", DH_OPT_STRING, &o.bots, "POLICY", H_BOTS},
                     {"--teams", DH_OPT_STRING, &o.teams, "N", H_TEAMS},
                     {"--roster", DH_OPT_INPUT, &o.roster, "FILE.csv", H_ROSTER},
                     {"--responses", DH_OPT_INPUT, &o.responses, "FILE.csv", H_SHOT_RESPONSES},
                     {"--seed", DH_OPT_STRING, &o.seed, "S", H_SHOT_SEED},
                     {"--lang", DH_OPT_STRING, &o.lang, "en|vi", H_SHOT_LANG},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_SHOT_USAGE, DH_NO_MSG);
    if (a.npos != 1) return dh_fail(2, dh_msg(A_SHOT_NO_FILE));
    if (!at) return dh_fail(2, dh_msg(A_SHOT_NO_AT));
    if (!out) return dh_fail(2, dh_msg(A_SHOT_NO_OUT));
    size_t olen = strlen(out);
    if (olen < 5 || strcmp(out + olen - 4, ".png"))
        return dh_fail(2, dh_msg(A_SHOT_NOT_PNG), out);
    char err[1200];
    dh_ms until;
    if (dh_time_parse_clock(at, &until, err, sizeof err)) return dh_fail(2, dh_msg(A_AT_BAD), at, err);
    int w, h;
    if (dh_size_parse(size_s, &w, &h))
        return dh_fail(2, dh_msg(A_SHOT_SIZE), size_s);
    o.scenario = a.pos[0];

    dh_session s;
    int rc = dh_session_open(&s, &o);
    dh_view view = DH_VIEW_CONSOLE;
    int team = -1;
    if (!rc) rc = dh_view_parse(view_s, &s.roster, &view, &team);
    if (!rc && until > s.sc->duration) {
        char dur[32];
        dh_time_format(s.sc->duration, dur, sizeof dur);
        rc = dh_fail(2, dh_msg(A_SHOT_PAST_END), at, dur);
    }
    if (!rc) rc = dh_session_start(&s);
    if (!rc && dh_drill_advance(s.drill, until)) rc = dh_fail(1, dh_msg(E_NOMEM));
    dh_offscreen off = {0};
    dh_ui *ui = NULL;
    if (!rc && dh_offscreen_open(&off, w, h, err, sizeof err)) rc = dh_fail(1, "%s", err);
    if (!rc) {
        char fonts[1024];
        dh_assets_font_dir(fonts, sizeof fonts);
        /* a picture takes no input: no sink */
        dh_ui_config cfg = {off.renderer, fonts, s.lang, view, team, view == DH_VIEW_TEAM, show_points, 0,
                            {0}};
        ui = dh_ui_create(&cfg, err, sizeof err);
        if (!ui) rc = dh_fail(1, "%s", err);
    }
    if (!rc) {
        dh_ui_draw(ui, s.drill);
        if (dh_offscreen_save_png(&off, out, err, sizeof err)) rc = dh_fail(1, "%s", err);
    }
    dh_ui_destroy(ui);
    dh_offscreen_close(&off);
    dh_session_close(&s);
    SDL_Quit();
    return rc;
}
