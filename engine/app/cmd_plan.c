/* cmd_plan.c — `drillhall plan F.drill`: the improvement plan as a sheet for
 * the agency to fill in, and the filled sheet recorded back into the drill.
 *
 * Writing rebuilds the drill read-only and writes the rows the report's table
 * shows. Importing opens the record for writing (one writer, verified first),
 * checks the whole sheet against the drill's scenario before anything is
 * written, and then appends the plan as one input, chained like every other:
 * a later import replaces the earlier in the report, both stay in the chain. */
#include "commands.h"
#include "dh_args.h"
#include "dh_csv_write.h"
#include "dh_output.h"
#include "dh_plan_csv.h"
#include "dh_recorded.h"
#include "dh_report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int write_sheet(const char *drill, const char *out, const char *lang, const char *key,
                       int bom)
{
    dh_session s;
    dh_report_meta meta;
    int rc = dh_recorded_open(&s, drill, lang, key, 0, &meta);
    char *def = NULL;
    if (!rc && !out) {
        size_t n = strlen(drill);
        if (n > 6 && !strcmp(drill + n - 6, ".drill")) n -= 6;
        def = malloc(n + sizeof "-plan.csv");
        if (!def) rc = dh_fail(1, dh_msg(E_NOMEM));
        else snprintf(def, n + sizeof "-plan.csv", "%.*s-plan.csv", (int)n, drill);
    }
    if (!rc) {
        dh_buf b;
        dh_buf_init(&b);
        if (bom) dh_buf_adds(&b, DH_CSV_BOM);
        if (dh_report_csv_plan(&b, s.drill, s.lang)) rc = dh_fail(1, dh_msg(E_NOMEM));
        const char *path = out ? out : def;
        int to_stdout = !strcmp(path, "-");
        if (!rc) rc = dh_emit(to_stdout ? NULL : path, &b, "plan");
        if (!rc && !to_stdout) dh_term_printf(stderr, dh_msg(A_WROTE), path);
        dh_buf_free(&b);
    }
    free(def);
    dh_session_close(&s);
    return rc;
}

static int import_sheet(const char *drill, const char *sheet, const char *lang, const char *sign)
{
    dh_session_opts o = {0};
    o.from = drill;
    o.resume = 1;
    o.lang = lang;
    o.sign = sign;
    dh_session s;
    int rc = dh_recorded_rebuild(&s, &o, DH_MS_NEVER);
    dh_plan plan;
    dh_plan_init(&plan);
    if (!rc) {
        dh_diags diags;
        dh_diags_init(&diags);
        dh_status st = dh_plan_csv_read(sheet, s.sc, &plan, &diags);
        dh_print_diags(&diags);
        dh_diags_free(&diags);
        if (st == DH_ENOMEM) rc = dh_fail(1, dh_msg(E_NOMEM));
        else if (st == DH_EIO) rc = 1;
        else if (st) rc = 2;
    }
    if (!rc) {
        dh_buf text;
        dh_buf_init(&text);
        dh_plan_format(&plan, &text);
        dh_input in = {.kind = DH_IN_PLAN, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s.drill),
                       .team = -1, .decision = -1, .option = -1, .category = -1, .inject = -1,
                       .text = dh_buf_cstr(&text)};
        char err[512];
        dh_status st = text.failed ? DH_ENOMEM : dh_drill_apply(s.drill, &in, err, sizeof err);
        if (st == DH_ENOMEM) rc = dh_fail(1, dh_msg(E_NOMEM));
        else if (st == DH_EIO) rc = dh_session_stopped(&s, st);
        else if (st) rc = dh_fail(2, "%s: %s", sheet, err);
        if (!rc) {
            dh_session_note_progress(&s);
            dh_term_printf(stderr, dh_msg(A_PLAN_RECORDED), plan.nrows, drill,
                           dh_drill_plan_imports(s.drill));
        }
        dh_buf_free(&text);
    }
    dh_plan_free(&plan);
    dh_session_close(&s);
    return rc;
}

int dh_cmd_plan(int argc, char **argv)
{
    int want_help = 0, no_bom = 0;
    const char *format = "csv", *out = NULL, *lang = NULL, *key = NULL, *sign = NULL,
               *import = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--format", DH_OPT_STRING, &format, "csv", H_PLAN_FORMAT},
                     {"-o", DH_OPT_OUTPUT, &out, "F.csv", H_PLAN_OUT},
                     {"--output", DH_OPT_OUTPUT, &out, "F.csv", H_OUTPUT_ALIAS},
                     {"--no-bom", DH_OPT_FLAG, &no_bom, NULL, H_NO_BOM},
                     {"--lang", DH_OPT_STRING, &lang, "en|vi", H_PLAN_LANG},
                     {"--key", DH_OPT_INPUT, &key, "F.pub", H_KEY_ONE},
                     {"--import", DH_OPT_INPUT, &import, "F.csv", H_PLAN_IMPORT},
                     {"--sign", DH_OPT_INPUT, &sign, "FILE.key", H_RESUME_SIGN},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_PLAN_USAGE, H_PLAN_ABOUT);
    if (a.npos != 1) return dh_fail(2, dh_msg(A_PLAN_NO_FILE));
    if (strcmp(format, "csv")) return dh_fail(2, dh_msg(A_PLAN_FORMAT), format);
    if (import && (out || no_bom || key)) return dh_fail(2, dh_msg(A_PLAN_IMPORT_FLAGS));
    if (!import && sign) return dh_fail(2, dh_msg(A_PLAN_SIGN_ONLY));
    return import ? import_sheet(a.pos[0], import, lang, sign)
                  : write_sheet(a.pos[0], out, lang, key, !no_bom);
}
