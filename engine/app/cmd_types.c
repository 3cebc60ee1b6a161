/* cmd_types.c — `drillhall types SCENARIO`: the scenario's own ids as LuaLS
 * annotations (dh_types.h), so an editor underlines a misspelt id while the
 * author types. The flags scripts assign come from the script layer's scan. */
#include "commands.h"
#include "dh_args.h"
#include "dh_output.h"
#include "dh_scenario_file.h"
#include "dh_scan.h"
#include "dh_script.h"
#include "dh_session.h"
#include "dh_types.h"

#include <stdlib.h>
#include <string.h>

typedef struct flag_list {
    char **v;
    size_t n, cap;
    int failed;
} flag_list;

static void assigned(void *ud, const char *name, int line, int assigns)
{
    flag_list *fl = ud;
    (void)line;
    if (!assigns || fl->failed) return;
    if (fl->n == fl->cap) {
        size_t cap = fl->cap ? fl->cap * 2 : 16;
        char **v = realloc(fl->v, cap * sizeof *v);
        if (!v) {
            fl->failed = 1;
            return;
        }
        fl->v = v;
        fl->cap = cap;
    }
    if (!(fl->v[fl->n] = dh_strdup(name))) fl->failed = 1;
    else fl->n++;
}

int dh_cmd_types(int argc, char **argv)
{
    int want_help = 0;
    const char *out = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"-o", DH_OPT_OUTPUT, &out, "F.lua", H_TYPES_OUT},
                     {"--output", DH_OPT_OUTPUT, &out, "F.lua", H_OUTPUT_ALIAS},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_TYPES_USAGE, H_TYPES_ABOUT);
    if (a.npos != 1) return dh_fail(2, dh_msg(A_TYPES_NO_FILE));

    dh_script *s;
    dh_scenario *sc;
    int rc = dh_scenario_file_load(a.pos[0], &s, &sc);
    if (rc) return rc;
    flag_list fl = {0};
    const char *src = dh_script_source(s, NULL);
    if (src) dh_scan_flag_uses(src, assigned, &fl);
    dh_buf b;
    dh_buf_init(&b);
    /* standard output by default: a file beside the scenario would be taken
     * for one more scenario by `check *.lua` */
    if (fl.failed || dh_types_lua(&b, sc, (const char *const *)fl.v, fl.n)) {
        rc = dh_fail(1, dh_msg(E_NOMEM));
    } else {
        int to_stdout = !out || !strcmp(out, "-");
        rc = dh_emit(to_stdout ? NULL : out, &b, "types");
        if (!rc && !to_stdout) dh_term_printf(stderr, dh_msg(A_WROTE), out);
    }
    for (size_t i = 0; i < fl.n; i++) free(fl.v[i]);
    free(fl.v);
    dh_buf_free(&b);
    dh_script_destroy(s);
    return rc;
}
