/* cmd_history.c — `drillhall history F.drill...`: one scenario across drills.
 *
 * Each record is rebuilt read-only; drills are ordered by the date they were run
 * and must all be drills of the same scenario (by id; its text may have been
 * revised between years). */
#include "commands.h"
#include "dh_args.h"
#include "dh_csv_write.h"
#include "dh_history.h"
#include "dh_output.h"
#include "dh_recorded.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct loaded {
    dh_session s;
    dh_report_meta meta;
} loaded;

static int by_date(const void *a, const void *b)
{
    const dh_history_entry *x = a, *y = b;
    return (x->meta->created_us > y->meta->created_us) -
           (x->meta->created_us < y->meta->created_us);
}

/* One drill under two names: the same file (a hard link), or a copy (the same
 * header: made at the same microsecond from the same scenario and seed). */
static int same_drill(const char *pa, const dh_session *a, const char *pb, const dh_session *b)
{
    struct stat x, y;
    if (stat(pa, &x) == 0 && stat(pb, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino)
        return 1;
    return a->header.created_us == b->header.created_us && a->header.seed == b->header.seed &&
           !strcmp(a->header.scenario_sha256, b->header.scenario_sha256);
}

/* "out/history.csv" → "out/history-plans.csv": each drill's plan beside the teams' table. */
static char *plans_path(const char *out)
{
    size_t n = strlen(out);
    if (n > 4 && !strcmp(out + n - 4, ".csv")) n -= 4;
    char *p = malloc(n + sizeof "-plans.csv");
    if (p) snprintf(p, n + sizeof "-plans.csv", "%.*s-plans.csv", (int)n, out);
    return p;
}

int dh_cmd_history(int argc, char **argv)
{
    int want_help = 0, unverified = 0, no_bom = 0;
    const char *format = "text", *out = NULL, *lang = NULL, *key = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--key", DH_OPT_INPUT, &key, "F.pub", H_KEY_EVERY},
                     {"--unverified", DH_OPT_FLAG, &unverified, NULL, H_HISTORY_UNVERIFIED},
                     {"--format", DH_OPT_STRING, &format, "text|csv|html", H_HISTORY_FORMAT},
                     {"-o", DH_OPT_OUTPUT, &out, "FILE", H_OUT_STDOUT},
                     {"--output", DH_OPT_OUTPUT, &out, "FILE", H_OUTPUT_ALIAS},
                     {"--lang", DH_OPT_STRING, &lang, "en|vi", H_HISTORY_LANG},
                     {"--no-bom", DH_OPT_FLAG, &no_bom, NULL, H_NO_BOM},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_HISTORY_USAGE, H_HISTORY_ABOUT);
    if (a.npos < 1) return dh_fail(2, dh_msg(A_HISTORY_NO_FILE));
    /* the same drill twice would compare a drill with itself */
    for (size_t i = 0; i < a.npos; i++)
        for (size_t j = 0; j < i; j++)
            if (!strcmp(a.pos[i], a.pos[j]))
                return dh_fail(2, dh_msg(A_HISTORY_TWICE), a.pos[i]);
    dh_history_format fmt;
    if (!strcmp(format, "text"))
        fmt = DH_HISTORY_TEXT;
    else if (!strcmp(format, "csv"))
        fmt = DH_HISTORY_CSV;
    else if (!strcmp(format, "html"))
        fmt = DH_HISTORY_HTML;
    else
        return dh_fail(2, dh_msg(A_HISTORY_FORMAT), format);

    loaded *all = calloc(a.npos, sizeof *all);
    dh_history_entry *e = calloc(a.npos, sizeof *e);
    int rc = all && e ? 0 : dh_fail(1, dh_msg(E_NOMEM));
    size_t n = 0;
    for (; !rc && n < a.npos; n++) {
        rc = dh_recorded_open(&all[n].s, a.pos[n], lang, key, unverified, &all[n].meta);
        if (rc) {
            n++; /* opened partially: close it too */
            break;
        }
        e[n] = (dh_history_entry){all[n].s.drill, &all[n].meta};
        const char *id = all[n].s.sc->id, *first = all[0].s.sc->id;
        if (strcmp(id, first)) {
            rc = dh_fail(2,
                         dh_msg(A_HISTORY_OTHER_SCENARIO),
                         a.pos[n], id, a.pos[0], first);
            n++;
            break;
        }
        /* a hard link or a copy of a drill already named is that drill again:
         * compared with itself it would show a change of nothing */
        for (size_t j = 0; j < n && !rc; j++)
            if (same_drill(a.pos[j], &all[j].s, a.pos[n], &all[n].s))
                rc = dh_fail(2, dh_msg(A_HISTORY_SAME_DRILL),
                             a.pos[j], a.pos[n]);
        if (rc) {
            n++;
            break;
        }
    }
    if (!rc) {
        qsort(e, n, sizeof *e, by_date);
        dh_lang l = all[0].s.lang;
        dh_buf b;
        dh_buf_init(&b);
        /* CSV to a file: the plans go to a second file, both names checked first */
        char *plans = fmt == DH_HISTORY_CSV && out && strcmp(out, "-") ? plans_path(out) : NULL;
        if (fmt == DH_HISTORY_CSV && out && strcmp(out, "-") && !plans) rc = dh_fail(1, dh_msg(E_NOMEM));
        if (!rc && plans) rc = dh_output_check(out) || dh_output_check(plans);
        /* a CSV file, not a pipe, starts with the byte order mark */
        if (fmt == DH_HISTORY_CSV && out && strcmp(out, "-") && !no_bom) dh_buf_adds(&b, DH_CSV_BOM);
        if (rc)
            ;
        else if (dh_history_write(&b, e, n, fmt, l))
            rc = dh_fail(1, dh_msg(E_NOMEM));
        else if (fmt == DH_HISTORY_TEXT && (!out || !strcmp(out, "-")))
            /* a table for a person: nothing a title or a team name holds may
             * drive the terminal, piped or not (as the scoreboard) */
            rc = dh_term_write(stdout, b.data, b.len) || fflush(stdout)
                     ? dh_fail(1, dh_msg(A_COULD_NOT_WRITE_THE), "history")
                     : 0;
        else
            rc = dh_emit(out, &b, "history");
        if (!rc && plans) {
            dh_buf_reset(&b);
            if (!no_bom) dh_buf_adds(&b, DH_CSV_BOM);
            rc = dh_history_write_plans_csv(&b, e, n, l) ? dh_fail(1, dh_msg(E_NOMEM))
                                                         : dh_emit(plans, &b, "history");
        }
        free(plans);
        dh_buf_free(&b);
    }
    for (size_t i = 0; all && i < n; i++) dh_session_close(&all[i].s);
    free(all);
    free(e);
    return rc;
}
