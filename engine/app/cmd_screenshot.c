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

static const char help[] =
    "usage: drillhall screenshot SCENARIO --at H:MM -o FILE.png [options]\n\n"
    "  --at H:MM             exercise time to run the drill to\n"
    "  -o FILE.png           where to write the picture\n"
    "  --view VIEW           console (default), scoreboard or team:ID\n"
    "  --size WxH            picture size (default 1920x1080)\n"
    "  --teams N | --roster FILE.csv\n"
    "  --responses FILE.csv  answers given so far (team,decision,option,at)\n"
    "  --bots POLICY         answer for teams: best, worst, random or first\n"
    "  --seed S              seed (default 1)\n"
    "  --show-points         a team view shows the team's points\n"
    "  --lang en|vi\n";

int dh_cmd_screenshot(int argc, char **argv)
{
    int want_help = 0, show_points = 0;
    const char *at = NULL, *out = NULL, *view_s = "console", *size_s = "1920x1080";
    dh_session_opts o = {0};
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help},
                     {"--at", DH_OPT_STRING, &at},
                     {"-o", DH_OPT_OUTPUT, &out},
                     {"--view", DH_OPT_STRING, &view_s},
                     {"--size", DH_OPT_STRING, &size_s},
                     {"--show-points", DH_OPT_FLAG, &show_points},
                     {"--bots", DH_OPT_STRING, &o.bots},
                     {"--teams", DH_OPT_STRING, &o.teams},
                     {"--roster", DH_OPT_INPUT, &o.roster},
                     {"--responses", DH_OPT_INPUT, &o.responses},
                     {"--seed", DH_OPT_STRING, &o.seed},
                     {"--lang", DH_OPT_STRING, &o.lang},
                     {NULL, 0, NULL}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return fputs(help, stdout), 0;
    if (a.npos != 1) return dh_fail(2, "screenshot: name one scenario file (see --help)");
    if (!at) return dh_fail(2, "screenshot: --at H:MM is required");
    if (!out) return dh_fail(2, "screenshot: -o FILE.png is required");
    size_t olen = strlen(out);
    if (olen < 5 || strcmp(out + olen - 4, ".png"))
        return dh_fail(2, "-o %s: the picture is a PNG; name it FILE.png", out);
    char err[1200];
    dh_ms until;
    if (dh_time_parse_clock(at, &until, err, sizeof err)) return dh_fail(2, "--at %s: %s", at, err);
    int w, h;
    if (dh_size_parse(size_s, &w, &h))
        return dh_fail(2, "--size %s: expected WxH, from 320x240 to 7680x4320", size_s);
    o.scenario = a.pos[0];

    dh_session s;
    int rc = dh_session_open(&s, &o);
    dh_view view = DH_VIEW_CONSOLE;
    int team = -1;
    if (!rc) rc = dh_view_parse(view_s, &s.roster, &view, &team);
    if (!rc && until > s.sc->duration) {
        char dur[32];
        dh_time_format(s.sc->duration, dur, sizeof dur);
        rc = dh_fail(2, "--at %s: past the scenario's end (%s)", at, dur);
    }
    if (!rc) rc = dh_session_start(&s);
    if (!rc && dh_drill_advance(s.drill, until)) rc = dh_fail(1, "out of memory");
    dh_offscreen off = {0};
    dh_ui *ui = NULL;
    if (!rc && dh_offscreen_open(&off, w, h, err, sizeof err)) rc = dh_fail(1, "%s", err);
    if (!rc) {
        char fonts[1024];
        dh_assets_font_dir(fonts, sizeof fonts);
        dh_ui_config cfg = {off.renderer, fonts, s.lang, view, team, view == DH_VIEW_TEAM, show_points, 0};
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
