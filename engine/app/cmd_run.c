/* cmd_run.c — `drillhall run SCENARIO`: run a drill.
 *
 * Where a display can be opened, the drill runs in the console on the exercise
 * clock and records to a .drill file. --headless runs it as a discrete-event
 * simulation instead (or paced with --speed): bots and a responses file answer,
 * and the final scoreboard is printed. Without a display, run says so and falls
 * back to headless. */
#include "commands.h"
#include "dh_args.h"
#include "dh_clock.h"
#include "dh_console_app.h"
#include "dh_pace.h"
#include "dh_serve_loop.h"
#include "dh_serving.h"
#include "dh_session.h"

#include <stdio.h>

int dh_cmd_run(int argc, char **argv)
{
    int want_help = 0, headless = 0;
    dh_console_flags cf = {0};
    const char *speed = NULL;
    int64_t speed_milli = 0;
    dh_session_opts o = {0};
    dh_serving_opts so = {0};
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--headless", DH_OPT_FLAG, &headless, NULL, H_RUN_HEADLESS},
                     DH_SESSION_OPTS(o, H_LOG, H_RUN_SIGN),
                     {"--record", DH_OPT_OUTPUT, &o.record, "FILE.drill", H_RUN_RECORD},
                     {"--speed", DH_OPT_STRING, &speed, "X", H_RUN_SPEED},
                     DH_CONSOLE_OPTS(cf),
                     {"--serve", DH_OPT_STRING, &so.listen, "[HOST:]PORT", H_RUN_SERVE},
                     DH_SERVING_NET_OPTS(so),
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_RUN_USAGE, H_RUN_ABOUT);
    if (a.npos != 1) return dh_fail(2, dh_msg(A_RUN_NO_FILE));
    if (dh_pace_parse_speed(speed, &speed_milli)) return 2;
    if (dh_console_check_flags(&cf, headless, speed, speed_milli)) return 2;
    if (so.listen && dh_pace_check_served_speed(speed, speed_milli)) return 2;
    o.scenario = a.pos[0];
    int console = !headless && dh_console_available();
    /* a served drill is always recorded */
    o.default_record = console || so.listen;

    dh_session s;
    dh_serving v = {0};
    int rc = dh_session_open(&s, &o);
    if (!rc && so.listen) {
        so.show_points = cf.show_points;
        rc = dh_serving_open(&v, &s, &so);
        if (rc) dh_serving_abandon(&s);
        cf.serving = &v;
        /* served without a window: paced in wall time (1× unless --speed) */
        dh_serve_loop_opts lo = {.speed_milli = speed_milli};
        if (!rc && !console) {
            rc = dh_serve_loop_run(&s, &v, &lo);
            console = 0;
            so.listen = NULL;
        }
    }
    if (!rc && (console || !cf.serving)) rc = dh_session_start(&s);
    if (!rc && console) rc = dh_console_run(&s, &cf, speed_milli);
    /* the console's --speed is its clock's; a headless fallback does not wait */
    else if (!rc && !cf.serving) rc = dh_pace_headless(&s, headless ? speed_milli : 0);
    dh_serving_close(&v);
    dh_session_close(&s);
    return rc;
}
