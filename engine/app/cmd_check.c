/* cmd_check.c — `drillhall check SCENARIO...`: load each scenario in the sandbox
 * and report every problem as file:line. */
#include "commands.h"
#include "dh_args.h"
#include "dh_script.h"
#include "dh_session.h"

#include <stdio.h>

static const char help[] =
    "usage: drillhall check SCENARIO...\n\n"
    "Loads each scenario in the sandbox and checks it. Prints nothing and exits 0\n"
    "when all are fine; otherwise prints `drillhall: file:line: message` for every\n"
    "problem and exits 2.\n";

int dh_cmd_check(int argc, char **argv)
{
    int want_help = 0;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help}, {NULL, 0, NULL}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return fputs(help, stdout), 0;
    if (!a.npos) return dh_fail(2, "check: name at least one scenario file");
    int rc = 0;
    for (size_t i = 0; i < a.npos; i++) {
        dh_diags diags;
        dh_diags_init(&diags);
        dh_script *s = dh_script_create(NULL, 1);
        if (!s) return dh_fail(1, "out of memory");
        dh_scenario *sc;
        dh_status st = dh_script_load(s, a.pos[i], &sc, &diags);
        dh_print_diags(&diags);
        if (st == DH_ENOMEM) rc = rc ? rc : 1;
        else if (st) rc = 2;
        dh_diags_free(&diags);
        dh_script_destroy(s);
    }
    return rc;
}
