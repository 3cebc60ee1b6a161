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
#include "dh_session.h"

#include <stdio.h>

static const char help[] =
    "usage: drillhall run SCENARIO [options]\n\n"
    "  (no --headless)       open the console; without a display, run headless\n"
    "                        (the whole drill at once)\n"
    "  --view VIEW           console (default), scoreboard or team:ID\n"
    "  --team ID             a team station: only that team's inbox and decisions\n"
    "  --show-points         a team station shows the team's points\n"
    "  --speed X             console: clock speed, " DH_SPEED_MIN_TEXT " to " DH_SPEED_MAX_TEXT " (default 1)\n"
    "                        headless: pace the drill at X exercise seconds per second\n"
    "                        instead of jumping from event to event\n"
    "  --fullscreen          fill the screen (projector)\n"
    "  --headless            run without the console and print the scoreboard\n"
    "  --bots POLICY         answer for teams: best, worst, random or first\n"
    "  --teams N             N generated teams (default 6)\n"
    "  --roster FILE.csv     teams from a roster: id,name,bracket (UTF-8)\n"
    "  --responses FILE.csv  answers: team,decision,option,at (at = exercise time H:MM)\n"
    "                        teams without one fall to --bots, else to the timeout\n"
    "  --seed S              seed for bots and the scenario's math.random (default 1)\n"
    "  --log FILE.jsonl      write the event log (JSON Lines)\n"
    "  --lang en|vi          language of the console and of names in the scoreboard\n"
    "  --record FILE.drill   record every input to a new .drill file (resume, replay,\n"
    "                        verify and report read it); the console records to\n"
    "                        drills/SCENARIO-DATE-TIME.drill when this is not given\n"
    "  --sign FILE.key       sign the record as it is written (drillhall keygen); also\n"
    "                        DRILLHALL_SIGNING_KEY=FILE.key\n";

int dh_cmd_run(int argc, char **argv)
{
    int want_help = 0, headless = 0;
    dh_console_flags cf = {0};
    const char *speed = NULL;
    int64_t speed_milli = 0;
    dh_session_opts o = {0};
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help},
                     {"--headless", DH_OPT_FLAG, &headless},
                     DH_SESSION_OPTS(o),
                     {"--record", DH_OPT_OUTPUT, &o.record},
                     {"--speed", DH_OPT_STRING, &speed},
                     DH_CONSOLE_OPTS(cf),
                     {NULL, 0, NULL}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return fputs(help, stdout), 0;
    if (a.npos != 1) return dh_fail(2, "run: name one scenario file (see --help)");
    if (dh_pace_parse_speed(speed, &speed_milli)) return 2;
    if (dh_console_check_flags(&cf, headless, speed, speed_milli)) return 2;
    o.scenario = a.pos[0];
    int console = !headless && dh_console_available();
    o.default_record = console;

    dh_session s;
    int rc = dh_session_open(&s, &o);
    if (!rc) rc = dh_session_start(&s);
    if (!rc && console) rc = dh_console_run(&s, &cf, speed_milli);
    /* the console's --speed is its clock's; a headless fallback does not wait */
    else if (!rc) rc = dh_pace_headless(&s, headless ? speed_milli : 0);
    dh_session_close(&s);
    return rc;
}
