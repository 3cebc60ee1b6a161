/* cmd_report.c — `drillhall report F.drill`: the after-action report.
 *
 * The drill is rebuilt from its record (read-only) and written as HTML (one
 * self-contained file), JSON, or two CSV files. Output names default to the
 * record's name with the format's extension, beside it. */
#include "commands.h"
#include "dh_csv_write.h"
#include "dh_args.h"
#include "dh_output.h"
#include "dh_scenario_file.h"
#include "dh_recorded.h"
#include "dh_report.h"
#include "dh_report_questions.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>


/* "-" is standard output; a file written is named on stderr. */
static int emit(const char *path, const dh_buf *b)
{
    int to_stdout = !strcmp(path, "-");
    int rc = dh_emit(to_stdout ? NULL : path, b, "report");
    if (!rc && !to_stdout) dh_term_printf(stderr, dh_msg(A_WROTE), path);
    return rc;
}

/* A CSV made from a record that failed verify starts with a row saying so. */
static void csv_stamp(dh_buf *b, const char *why)
{
    if (!why) return;
    dh_buf_adds(b, DH_NOT_VERIFIED ",");
    dh_csv_add_field(b, why);
    dh_buf_adds(b, "\r\n");
}

/* The CSV files beside each other; with `previous` (report --previous) one more,
 * previous-plan.csv: last year's plan beside this drill's ratings, in `lang`. */
static int write_csv(const dh_drill *d, const char *drill, const char *out, const char *why,
                     int bom, const dh_drill *previous, dh_lang lang)
{
    char *prefix = NULL;
    struct stat sb;
    int dir = out && stat(out, &sb) == 0 && S_ISDIR(sb.st_mode);
    if (out) {
        size_t n = strlen(out);
        prefix = malloc(n + 2);
        if (prefix) snprintf(prefix, n + 2, "%s%s", out, dir && out[n - 1] != '/' ? "/" : "");
    } else {
        prefix = dh_path_beside(drill, ".drill", "");
    }
    if (!prefix) return dh_fail(1, dh_msg(E_NOMEM));
    size_t n = strlen(prefix) + 32;
    char *path = malloc(n);
    dh_buf b;
    dh_buf_init(&b);
    int rc = path ? 0 : dh_fail(1, dh_msg(E_NOMEM));
    const char *sep = dir ? "" : "-";
    static const char *const names[] = {"decisions", "scoreboard", "objectives", "feedback",
                                        "questions"};
    dh_status (*const writers[])(dh_buf *, const dh_drill *) = {
        dh_report_csv_decisions, dh_report_csv_scoreboard, dh_report_csv_objectives,
        dh_report_csv_feedback, dh_report_csv_questions};
    /* the questions' sheet only when the scenario asks any */
    int nsheets = dh_report_has_questions(d) ? 5 : 4;
    /* every name is checked before any file is written */
    for (int k = 0; k < nsheets && !rc; k++) {
        snprintf(path, n, "%s%s%s.csv", prefix, sep, names[k]);
        rc = dh_output_check(path);
    }
    if (!rc && previous) {
        snprintf(path, n, "%s%sprevious-plan.csv", prefix, sep);
        rc = dh_output_check(path);
    }
    for (int k = 0; k < nsheets && !rc; k++) {
        dh_buf_reset(&b);
        if (bom) dh_buf_adds(&b, DH_CSV_BOM);
        csv_stamp(&b, why);
        if (writers[k](&b, d)) rc = dh_fail(1, dh_msg(E_NOMEM));
        if (!rc) {
            snprintf(path, n, "%s%s%s.csv", prefix, sep, names[k]);
            rc = emit(path, &b);
        }
    }
    if (!rc && previous) {
        dh_buf_reset(&b);
        if (bom) dh_buf_adds(&b, DH_CSV_BOM);
        csv_stamp(&b, why);
        if (dh_report_csv_previous_plan(&b, d, previous, lang)) rc = dh_fail(1, dh_msg(E_NOMEM));
        if (!rc) {
            snprintf(path, n, "%s%sprevious-plan.csv", prefix, sep);
            rc = emit(path, &b);
        }
    }
    dh_buf_free(&b);
    free(path);
    free(prefix);
    return rc;
}

/* One page per team in the directory `dir` (made when missing), named after the
 * team's id; every name is checked before any file is written. */
static int write_per_team(const dh_drill *d, const dh_report_meta *meta, const char *dir)
{
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) return dh_fail(1, dh_msg(A_REPORT_DIR), dir);
    struct stat sb;
    if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) return dh_fail(2, dh_msg(A_REPORT_DIR), dir);
    const dh_roster *ro = dh_drill_roster(d);
    size_t n = strlen(dir) + 64 + sizeof ".html";
    char *path = malloc(n);
    if (!path) return dh_fail(1, dh_msg(E_NOMEM));
    const char *sep = dir[strlen(dir) - 1] == '/' ? "" : "/";
    int rc = 0;
    for (size_t t = 0; t < ro->nteams && !rc; t++) {
        snprintf(path, n, "%s%s%s.html", dir, sep, ro->teams[t].id);
        rc = dh_output_check(path);
    }
    dh_buf b;
    dh_buf_init(&b);
    for (size_t t = 0; t < ro->nteams && !rc; t++) {
        dh_buf_reset(&b);
        if (dh_report_team_html(&b, d, meta, (int)t)) rc = dh_fail(1, dh_msg(E_NOMEM));
        snprintf(path, n, "%s%s%s.html", dir, sep, ro->teams[t].id);
        if (!rc) rc = dh_emit(path, &b, "report");
    }
    if (!rc) dh_term_printf(stderr, dh_msg(A_REPORT_PER_TEAM), ro->nteams, dir);
    dh_buf_free(&b);
    free(path);
    return rc;
}

int dh_cmd_report(int argc, char **argv)
{
    int want_help = 0, unverified = 0, no_bom = 0, per_team = 0;
    const char *format = "html", *out = NULL, *lang = NULL, *key = NULL, *roster = NULL,
               *previous = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--key", DH_OPT_INPUT, &key, "F.pub", H_KEY_ONE},
                     {"--unverified", DH_OPT_FLAG, &unverified, NULL, H_REPORT_UNVERIFIED},
                     {"--format", DH_OPT_STRING, &format, "html|csv|json", H_REPORT_FORMAT},
                     {"-o", DH_OPT_OUTPUT, &out, "PATH", H_REPORT_OUT},
                     {"--output", DH_OPT_OUTPUT, &out, "PATH", H_OUTPUT_ALIAS},
                     {"--lang", DH_OPT_STRING, &lang, "en|vi", H_REPORT_LANG},
                     {"--no-bom", DH_OPT_FLAG, &no_bom, NULL, H_NO_BOM},
                     {"--roster", DH_OPT_INPUT, &roster, "FILE.csv", H_BRACKET_NAMES},
                     {"--previous", DH_OPT_INPUT, &previous, "OLD.drill", H_REPORT_PREVIOUS},
                     {"--per-team", DH_OPT_FLAG, &per_team, NULL, H_REPORT_PER_TEAM},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_REPORT_USAGE, H_REPORT_ABOUT);
    if (a.npos != 1) return dh_fail(2, dh_msg(A_REPORT_NO_FILE));
    int html = !strcmp(format, "html"), json = !strcmp(format, "json"), csv = !strcmp(format, "csv");
    if (!html && !json && !csv) return dh_fail(2, dh_msg(A_REPORT_FORMAT), format);
    if (csv && out && !strcmp(out, "-")) return dh_fail(2, dh_msg(A_REPORT_CSV_STDOUT));

    if (per_team && (!html || !out || !strcmp(out, "-") || previous))
        return dh_fail(2, dh_msg(A_REPORT_PER_TEAM_USAGE));

    dh_session s, prev;
    dh_report_meta meta, prev_meta;
    int rc = dh_recorded_open(&s, a.pos[0], lang, key, unverified, &meta);
    /* last year's record is verified like this one (with no key: it may have
     * been signed with last year's) */
    int have_prev = !rc && previous;
    if (have_prev) rc = dh_recorded_open(&prev, previous, lang, NULL, unverified, &prev_meta);
    if (have_prev && !rc) meta.previous = prev.drill;
    if (!rc && roster) rc = dh_recorded_bracket_names(&s, roster);
    if (!rc && csv) rc = write_csv(s.drill, a.pos[0], out, meta.unverified, !no_bom, meta.previous, meta.lang);
    if (!rc && per_team) rc = write_per_team(s.drill, &meta, out);
    else if (!rc && !csv) {
        dh_buf b;
        dh_buf_init(&b);
        dh_status st = html ? dh_report_html(&b, s.drill, &meta) : dh_report_json(&b, s.drill, &meta);
        char *def = out ? NULL : dh_path_beside(a.pos[0], ".drill", html ? ".html" : ".json");
        if (st || (!out && !def))
            rc = dh_fail(1, dh_msg(E_NOMEM));
        else
            rc = emit(out ? out : def, &b);
        free(def);
        dh_buf_free(&b);
    }
    if (have_prev) dh_session_close(&prev);
    dh_session_close(&s);
    return rc;
}
