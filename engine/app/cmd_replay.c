/* cmd_replay.c — `drillhall replay F.drill`: rebuild a recorded drill.
 *
 * Reads the record only (opened read-only, never changed) and reproduces the
 * drill's event log byte for byte, up to where the record stops or --until.
 * With --console it opens the instant replay: the drill at any moment, scrubbed
 * back and forth for the debrief. */
#include "commands.h"
#include "dh_args.h"
#include "dh_console_app.h"
#include "dh_pace.h"
#include "dh_recorded.h"

#include <stdio.h>

int dh_cmd_replay(int argc, char **argv)
{
    int want_help = 0, in_console = 0;
    dh_console_flags cf = {0};
    const char *until_s = NULL;
    dh_session_opts o = {0};
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--log", DH_OPT_OUTPUT, &o.log, "FILE.jsonl", H_REPLAY_LOG},
                     {"--until", DH_OPT_STRING, &until_s, "H:MM", H_REPLAY_UNTIL},
                     {"--lang", DH_OPT_STRING, &o.lang, "en|vi", H_LANG_NAMES},
                     {"--console", DH_OPT_FLAG, &in_console, NULL, H_REPLAY_CONSOLE},
                     DH_CONSOLE_OPTS(cf),
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_REPLAY_USAGE, H_REPLAY_ABOUT);
    if (a.npos != 1) return dh_fail(2, dh_msg(A_REPLAY_NO_FILE));
    dh_ms until = DH_MS_NEVER;
    char err[160];
    if (until_s && dh_time_parse_any(until_s, &until, err, sizeof err))
        return dh_fail(2, dh_msg(A_UNTIL_BAD), until_s, err);
    o.from = a.pos[0];
    if (dh_console_check_flags(&cf, !in_console, NULL, 0)) return 2;
    if (in_console && o.log) return dh_fail(2, dh_msg(A_LOG_OR_CONSOLE));
    if (in_console) {
        const char *why = dh_console_unavailable();
        if (why) return dh_fail(1, dh_msg(A_REPLAY_NO_DISPLAY), why);
        return dh_console_replay(o.from, o.lang, &cf, until == DH_MS_NEVER ? 0 : until);
    }

    dh_session s;
    int rc = dh_recorded_rebuild(&s, &o, until);
    if (!rc) rc = dh_pace_finish(&s);
    dh_session_close(&s);
    return rc;
}
