/* cmd_serve.c — `drillhall serve SCENARIO|DRILL --listen [HOST:]PORT`: a live
 * drill with no window, for a server room.
 *
 * Stations join over TLS with their codes (`drillhall codes F.drill`); the drill
 * runs paced in wall time (--speed) and is always recorded. A .drill argument
 * resumes that drill and takes its stations back (same codes, same
 * certificate). Ctrl-C pauses the drill and asks; Enter resumes, a second Ctrl-C
 * stops (`drillhall resume F.drill --serve …` continues it). */
#define _POSIX_C_SOURCE 200809L
#include "commands.h"
#include "dh_args.h"
#include "dh_clock.h"
#include "dh_output.h"
#include "dh_pace.h"
#include "dh_serve_loop.h"
#include "dh_serving.h"
#include "dh_session.h"

#include <stdio.h>
#include <string.h>

int dh_cmd_serve(int argc, char **argv)
{
    int want_help = 0, wait = 0, hot_wash = 0;
    const char *speed = NULL, *listen = NULL;
    int64_t speed_milli = 0;
    dh_session_opts o = {0};
    dh_serving_opts so = {0};
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--listen", DH_OPT_STRING, &listen, "[HOST:]PORT", H_SERVE_LISTEN},
                     DH_SERVING_OPTS(so),
                     DH_SESSION_OPTS(o, H_LOG, H_RUN_SIGN),
                     {"--record", DH_OPT_OUTPUT, &o.record, "FILE.drill", H_SERVE_RECORD},
                     {"--speed", DH_OPT_STRING, &speed, "X", H_SERVE_SPEED},
                     {"--wait", DH_OPT_FLAG, &wait, NULL, H_SERVE_WAIT},
                     {"--hot-wash", DH_OPT_FLAG, &hot_wash, NULL, H_SERVE_HOT_WASH},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_SERVE_USAGE, H_SERVE_ABOUT);
    if (a.npos != 1) return dh_fail(2, "%s", dh_msg(A_SERVE_NO_FILE));
    if (!listen) return dh_fail(2, "%s", dh_msg(A_SERVE_NO_LISTEN));
    if (dh_pace_parse_speed(speed, &speed_milli)) return 2;
    if (dh_pace_check_served_speed(speed, speed_milli)) return 2;
    size_t n = strlen(a.pos[0]);
    int resume = n > 6 && !strcmp(a.pos[0] + n - 6, ".drill");
    if (resume) {
        if (o.record) return dh_fail(2, dh_msg(A_SERVE_RECORD_RESUME), a.pos[0]);
        o.from = a.pos[0];
        o.resume = 1;
    } else {
        o.scenario = a.pos[0];
        o.default_record = 1;
    }
    so.listen = listen;

    dh_session s;
    dh_serving v;
    memset(&v, 0, sizeof v);
    int rc = dh_session_open(&s, &o);
    if (!rc) {
        rc = dh_serving_open(&v, &s, &so);
        if (rc && !resume) dh_serving_abandon(&s);
    }
    dh_serve_loop_opts lo = {.speed_milli = speed_milli, .wait = wait && !resume, .hot_wash = hot_wash};
    if (!rc) rc = dh_serve_loop_run(&s, &v, &lo);
    dh_serving_close(&v);
    dh_session_close(&s);
    return rc;
}
