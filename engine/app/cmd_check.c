/* cmd_check.c — `drillhall check SCENARIO...`: load each scenario in the sandbox,
 * report every problem as file:line, then lint what loaded. */
#include "commands.h"
#include "dh_args.h"
#include "dh_lint.h"
#include "dh_scan.h"
#include "dh_script.h"
#include "dh_session.h"

#include <stdio.h>

static const char help[] =
    "usage: drillhall check [--strict] SCENARIO...\n\n"
    "Loads each scenario in the sandbox and checks it, then lints it. Prints nothing\n"
    "and exits 0 when all are fine. Errors (`drillhall: file:line: message`) make it\n"
    "exit 2; warnings (`drillhall: file:line: warning: message`) do not, unless\n"
    "--strict is given.\n\n"
    "  --strict   treat warnings as errors (exit 2 when there is any)\n";

int dh_cmd_check(int argc, char **argv)
{
    int want_help = 0, strict = 0;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help},
                     {"--strict", DH_OPT_FLAG, &strict},
                     {NULL, 0, NULL}};
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
        if (st == DH_OK) {
            dh_scan *scan = dh_scan_create(dh_script_source(s, NULL));
            dh_lint_refs refs = dh_scan_refs(scan);
            st = scan ? dh_lint_scenario(sc, &refs, &diags) : DH_ENOMEM;
            dh_scan_destroy(scan);
        }
        dh_print_diags(&diags);
        if (st == DH_ENOMEM) rc = rc ? rc : 1;
        else if (st || (strict && diags.warnings)) rc = 2;
        dh_diags_free(&diags);
        dh_script_destroy(s);
    }
    return rc;
}
