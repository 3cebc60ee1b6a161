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
#include "dh_session.h"

#include <stdio.h>

static const char help[] =
    "usage: drillhall resume FILE.drill [options]\n\n"
    "Continues a drill from its record at the exercise time it had reached, in the\n"
    "console (without a display: headless).\n\n"
    "  --headless            run the rest without the console and print the scoreboard\n"
    "  --speed X             console: clock speed, " DH_SPEED_MIN_TEXT " to " DH_SPEED_MAX_TEXT "; headless: pace the rest\n"
    "                        at X exercise seconds per second\n"
    "  --view, --team, --show-points, --fullscreen  as for `run`\n"
    "  --bots POLICY         must be the recorded policy (the default)\n"
    "  --responses FILE.csv  must be the recorded responses (the default)\n"
    "  --roster, --teams, --seed  may be repeated from `run` when they are the recorded ones\n"
    "  --log FILE.jsonl      write the whole drill's event log, from the start\n"
    "  --sign FILE.key       the key a signed record was signed with (or\n"
    "                        DRILLHALL_SIGNING_KEY); the record is verified first\n"
    "  --lang en|vi          language of names in the scoreboard\n";

int dh_cmd_resume(int argc, char **argv)
{
    int want_help = 0, headless = 0;
    dh_console_flags cf = {.start_paused = 1};
    const char *speed = NULL;
    int64_t speed_milli = 0;
    dh_session_opts o = {0};
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help},
                     {"--headless", DH_OPT_FLAG, &headless},
                     DH_SESSION_OPTS(o),
                     {"--speed", DH_OPT_STRING, &speed},
                     DH_CONSOLE_OPTS(cf),
                     {NULL, 0, NULL}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return fputs(help, stdout), 0;
    if (a.npos != 1) return dh_fail(2, "resume: name one .drill file (see --help)");
    if (dh_pace_parse_speed(speed, &speed_milli)) return 2;
    if (dh_console_check_flags(&cf, headless, speed, speed_milli)) return 2;
    o.from = a.pos[0];
    o.resume = 1;

    int console = !headless && dh_console_available();
    dh_session s;
    int rc = dh_session_open(&s, &o);
    if (!rc) rc = dh_session_start(&s);
    /* jumping headless without anyone answering, the rest of the drill would be
     * over at once with every open decision missed: a console drill resumes in one */
    int64_t pace = headless ? speed_milli : 0;
    if (!rc && !console && !pace && s.bots == DH_BOT_NONE && !s.responses.count &&
        !s.progress.ended)
        rc = dh_fail(2, "%s: nobody answers for the teams in this drill (no bots, no responses "
                        "file), so headless the rest would end at once with every decision "
                        "missed; resume it in the console (with a display), or pace it with "
                        "--headless --speed X", o.from);
    if (!rc) {
        dh_ms at = dh_session_recorded_now(&s);
        char when[32];
        dh_time_format_clock(at, when, sizeof when);
        dh_term_printf(stderr, "drillhall: %s: %s at %s after %zu recorded inputs\n", o.from,
                s.progress.ended ? "already ended" : "resuming", when, s.ninputs);
        rc = dh_session_catch_up(&s, at);
    }
    if (!rc && console) rc = dh_console_run(&s, &cf, speed_milli);
    else if (!rc) rc = dh_pace_headless(&s, pace);
    dh_session_close(&s);
    return rc;
}
