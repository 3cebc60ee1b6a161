/* cmd_resume.c — `drillhall resume F.drill`: continue an interrupted drill.
 *
 * The drill is rebuilt from its record (scenario text, roster, seed, bots,
 * responses and every recorded input) up to the exercise time it had reached,
 * then runs on, recording into the same file: in the console where a display can
 * be opened, else headless. Recorded bot and responses-file
 * choices are checked off as they come up again, never recorded or applied
 * twice. */
#include "commands.h"
#include "dh_args.h"
#include "dh_clock.h"
#include "dh_output.h"
#include "dh_console_app.h"
#include "dh_pace.h"
#include "dh_serve_loop.h"
#include "dh_serving.h"
#include "dh_session.h"

#include <stdio.h>

int dh_cmd_resume(int argc, char **argv)
{
    int want_help = 0, headless = 0;
    dh_console_flags cf = {.start_paused = 1};
    const char *speed = NULL;
    int64_t speed_milli = 0;
    dh_session_opts o = {0};
    dh_serving_opts so = {0};
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--headless", DH_OPT_FLAG, &headless, NULL, H_RESUME_HEADLESS},
                     DH_SESSION_OPTS(o, H_RESUME_LOG, H_RESUME_SIGN),
                     {"--speed", DH_OPT_STRING, &speed, "X", H_RESUME_SPEED},
                     DH_CONSOLE_OPTS(cf),
                     {"--serve", DH_OPT_STRING, &so.listen, "[HOST:]PORT", H_RESUME_SERVE},
                     DH_SERVING_NET_OPTS(so),
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_RESUME_USAGE, H_RESUME_ABOUT);
    if (a.npos != 1) return dh_fail(2, dh_msg(A_RESUME_NO_FILE));
    if (dh_pace_parse_speed(speed, &speed_milli)) return 2;
    if (dh_console_check_flags(&cf, headless, speed, speed_milli)) return 2;
    if (so.listen && dh_pace_check_served_speed(speed, speed_milli)) return 2;
    o.from = a.pos[0];
    o.resume = 1;

    int console = !headless && dh_console_available();
    dh_session s;
    dh_serving v = {0};
    int rc = dh_session_open(&s, &o);
    if (!rc && so.listen) {
        /* the same codes and certificate: its stations come back */
        so.show_points = cf.show_points;
        rc = dh_serving_open(&v, &s, &so);
        cf.serving = &v;
        if (!rc && !console) {
            dh_serve_loop_opts lo = {.speed_milli = speed_milli};
            rc = dh_serve_loop_run(&s, &v, &lo);
            dh_serving_close(&v);
            dh_session_close(&s);
            return rc;
        }
    }
    if (!rc) rc = dh_session_start(&s);
    /* jumping headless without anyone answering, the rest of the drill would be
     * over at once with every open decision missed: a console drill resumes in one */
    int64_t pace = headless ? speed_milli : 0;
    if (!rc && !console && !pace && !so.listen && s.bots == DH_BOT_NONE && !s.responses.count &&
        !s.progress.ended)
        rc = dh_fail(2, dh_msg(A_RESUME_NOBODY), o.from);
    if (!rc) {
        dh_ms at = dh_session_recorded_now(&s);
        char when[32];
        dh_time_format_clock(at, when, sizeof when);
        dh_term_printf(stderr, dh_msg(A_RESUME_AT), o.from,
                dh_msg(s.progress.ended ? A_ALREADY_ENDED : A_RESUMING), when, s.ninputs);
        rc = dh_session_catch_up(&s, at);
        if (!rc && so.listen) rc = dh_serving_resumed(&v);
    }
    if (!rc && console) rc = dh_console_run(&s, &cf, speed_milli);
    else if (!rc) rc = dh_pace_headless(&s, pace);
    dh_serving_close(&v);
    dh_session_close(&s);
    return rc;
}
