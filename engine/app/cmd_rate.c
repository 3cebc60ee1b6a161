/* cmd_rate.c — `drillhall rate F.drill --objective ID …`: an evaluator's rating of
 * an objective, given after the drill (at the hot wash or later, once the
 * evaluators have compared notes).
 *
 * Like `plan --import`: the record is opened for writing (one writer, verified
 * first; a signed record needs its key), every argument is checked against the
 * drill's scenario and roster before anything is written, and the rating is
 * appended as one input (`rate`), chained like every other, at the time the
 * drill ended. A later rating of the same team and objective replaces the
 * earlier in the report; both stay in the chain. */
#include "commands.h"
#include "dh_args.h"
#include "dh_recorded.h"
#include "dh_utf8.h"

#include <stdio.h>
#include <string.h>

/* The longest reason and evaluator name taken, in bytes (a reason is a sentence
 * or two; a name a person's). */
#define RATE_REASON_MAX 2000
#define RATE_BY_MAX 200

/* 1 when s is clean text of 1 to max bytes: UTF-8, no control character but a
 * newline where lines are allowed; else 0. */
static int clean(const char *s, size_t max, int lines)
{
    size_t n = strlen(s);
    if (!n || n > max || dh_utf8_invalid(s, n)) return 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p < 0x20 && !(lines && *p == '\n')) || *p == 0x7f) return 0;
    return 1;
}

int dh_cmd_rate(int argc, char **argv)
{
    int want_help = 0;
    const char *objective = NULL, *team = NULL, *rating = NULL, *reason = NULL, *by = NULL,
               *sign = NULL, *lang = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--objective", DH_OPT_STRING, &objective, "ID", H_RATE_OBJECTIVE},
                     {"--team", DH_OPT_STRING, &team, "ID", H_RATE_TEAM},
                     {"--rating", DH_OPT_STRING, &rating, "P|S|M|U", H_RATE_RATING},
                     {"--reason", DH_OPT_STRING, &reason, "TEXT", H_RATE_REASON},
                     {"--by", DH_OPT_STRING, &by, "NAME", H_RATE_BY},
                     {"--sign", DH_OPT_INPUT, &sign, "FILE.key", H_RESUME_SIGN},
                     {"--lang", DH_OPT_STRING, &lang, "en|vi", H_RATE_LANG},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_RATE_USAGE, H_RATE_ABOUT);
    if (a.npos != 1) return dh_fail(2, dh_msg(A_RATE_NO_FILE));
    if (!objective || !rating || !reason || !by) return dh_fail(2, dh_msg(A_RATE_NEEDS));
    int r = dh_rating_parse(rating);
    if (r < 0) return dh_fail(2, dh_msg(A_RATE_RATING), rating);
    if (!clean(reason, RATE_REASON_MAX, 1)) return dh_fail(2, dh_msg(A_RATE_TEXT), "--reason", RATE_REASON_MAX);
    if (!clean(by, RATE_BY_MAX, 0)) return dh_fail(2, dh_msg(A_RATE_TEXT), "--by", RATE_BY_MAX);

    dh_session_opts o = {0};
    o.from = a.pos[0];
    o.resume = 1;
    o.lang = lang;
    o.sign = sign;
    dh_session s;
    int rc = dh_recorded_rebuild(&s, &o, DH_MS_NEVER);
    int obj = -1, t = -1;
    if (!rc) {
        obj = dh_scenario_find_objective(s.sc, objective);
        if (obj < 0) rc = dh_fail(2, dh_msg(A_RATE_NO_OBJECTIVE), objective, s.sc->id);
    }
    if (!rc && team) {
        t = dh_roster_find(dh_drill_roster(s.drill), team);
        if (t < 0) rc = dh_fail(2, dh_msg(A_RATE_NO_TEAM), team, a.pos[0]);
    }
    if (!rc && !dh_drill_ended(s.drill)) rc = dh_fail(2, dh_msg(A_RATE_NOT_ENDED), a.pos[0]);
    if (!rc) {
        dh_input in = {.kind = DH_IN_RATE, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s.drill),
                       .team = t, .decision = obj, .option = -1, .category = -1, .inject = -1,
                       .milli = r, .text = reason, .by = by};
        char err[512];
        dh_status st = dh_drill_apply(s.drill, &in, err, sizeof err);
        if (st == DH_ENOMEM) rc = dh_fail(1, dh_msg(E_NOMEM));
        else if (st == DH_EIO) rc = dh_session_stopped(&s, st);
        else if (st) rc = dh_fail(2, "%s: %s", a.pos[0], err);
        if (!rc) {
            dh_session_note_progress(&s);
            dh_term_printf(stderr, dh_msg(A_RATE_RECORDED), dh_rating_letter((dh_rating)r),
                           objective, team ? team : dh_msg(A_RATE_WHOLE_DRILL), by, a.pos[0]);
        }
    }
    dh_session_close(&s);
    return rc;
}
