/* cmd_run.c — `drillhall run SCENARIO`: run a drill.
 *
 * --headless runs it as a discrete-event simulation: the clock jumps from event
 * to event, bots and a responses file answer, and the final scoreboard is
 * printed. The graphical console is the default where it is built in. */
#include "commands.h"
#include "dh_args.h"
#include "dh_pace.h"
#include "dh_session.h"

#include <stdio.h>

static const char help[] =
    "usage: drillhall run SCENARIO --headless [options]\n\n"
    "  --headless            simulate the whole drill at once and print the scoreboard\n"
    "  --bots POLICY         answer for teams: best, worst, random or first\n"
    "  --teams N             N generated teams (default 6)\n"
    "  --roster FILE.csv     teams from a roster: id,name,bracket (UTF-8)\n"
    "  --responses FILE.csv  answers: team,decision,option,at (at = exercise time H:MM)\n"
    "                        teams without one fall to --bots, else to the timeout\n"
    "  --seed S              seed for bots and the scenario's math.random (default 1)\n"
    "  --log FILE.jsonl      write the event log (JSON Lines)\n"
    "  --lang en|vi          language of names in the scoreboard\n"
    "  --record FILE.drill   record every input to a new .drill file (resume, replay,\n"
    "                        verify and report read it)\n"
    "  --speed X             headless: pace the drill at X exercise seconds per second\n"
    "                        instead of jumping from event to event\n";

int dh_cmd_run(int argc, char **argv)
{
    int want_help = 0, headless = 0;
    const char *speed = NULL;
    int64_t speed_milli = 0;
    dh_session_opts o = {0};
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help},
                     {"--headless", DH_OPT_FLAG, &headless},
                     {"--bots", DH_OPT_STRING, &o.bots},
                     {"--teams", DH_OPT_STRING, &o.teams},
                     {"--roster", DH_OPT_STRING, &o.roster},
                     {"--responses", DH_OPT_STRING, &o.responses},
                     {"--seed", DH_OPT_STRING, &o.seed},
                     {"--log", DH_OPT_STRING, &o.log},
                     {"--lang", DH_OPT_STRING, &o.lang},
                     {"--record", DH_OPT_STRING, &o.record},
                     {"--speed", DH_OPT_STRING, &speed},
                     {NULL, 0, NULL}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return fputs(help, stdout), 0;
    if (a.npos != 1) return dh_fail(2, "run: name one scenario file (see --help)");
    if (!headless)
        return dh_fail(2, "run: this build has no graphical console; add --headless");
    o.scenario = a.pos[0];
    if (speed && dh_pace_parse_speed(speed, &speed_milli))
        return dh_fail(2, "--speed %s: expected a number from 0.001 to 100000", speed);

    dh_session s;
    int rc = dh_session_open(&s, &o);
    if (!rc) rc = dh_session_start(&s);
    if (!rc) rc = dh_pace_headless(&s, speed_milli);
    dh_session_close(&s);
    return rc;
}
