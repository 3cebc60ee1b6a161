/* cmd_check.c — `drillhall check SCENARIO...`: load each scenario in the sandbox,
 * check the ids its scripts name, lint what loaded, play it down every branch
 * for the script errors only some paths meet, and report every problem as
 * file:line, in the order of the lines. */
#include "commands.h"
#include "dh_expect_file.h"
#include "dh_args.h"
#include "dh_explore.h"
#include "dh_lint.h"
#include "dh_refcheck.h"
#include "dh_roster_csv.h"
#include "dh_scan.h"
#include "dh_script.h"
#include "dh_session.h"

#include <stdio.h>
#include <string.h>

/* A test file (NAME.test.lua) is checked as `drillhall test` reads it: its
 * cases, and the ids each names in its scenario; it is not a scenario, which
 * would fail on its first test { } with "attempt to call a nil value". */
static dh_status check_test_file(const char *path, dh_diags *diags)
{
    dh_expect_suite suite;
    dh_status st = dh_expect_load(path, &suite, diags);
    for (size_t k = 0; k < suite.ncases && st != DH_ENOMEM; k++) {
        const dh_expect_case *c = &suite.cases[k];
        dh_script *s = dh_script_create(NULL, c->seed);
        dh_scenario *sc;
        dh_status cs = s ? dh_script_load(s, c->scenario, &sc, diags) : DH_ENOMEM;
        if (!cs) cs = dh_expect_resolve(c, sc, diags);
        if (cs) st = cs;
        dh_script_destroy(s);
    }
    dh_expect_suite_free(&suite);
    return st;
}

static int is_test_file(const char *path)
{
    size_t n = strlen(path), k = strlen(".test.lua");
    return n > k && !strcmp(path + n - k, ".test.lua");
}

static uint64_t work_of(void *s) { return dh_script_instructions(s); }

int dh_cmd_check(int argc, char **argv)
{
    int want_help = 0, strict = 0;
    const char *roster_path = NULL, *paths_s = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--strict", DH_OPT_FLAG, &strict, NULL, H_CHECK_STRICT},
                     {"--roster", DH_OPT_INPUT, &roster_path, "F.csv", H_CHECK_ROSTER},
                     {"--paths", DH_OPT_STRING, &paths_s, "N", H_CHECK_PATHS},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_CHECK_USAGE, H_CHECK_ABOUT);
    if (!a.npos) return dh_fail(2, dh_msg(A_CHECK_NO_FILE));
    unsigned long long paths = 1000;
    if (paths_s && (dh_parse_u64(paths_s, &paths) || paths > 100000))
        return dh_fail(2, dh_msg(A_CHECK_PATHS), paths_s);
    dh_roster roster;
    dh_roster_init(&roster);
    if (roster_path) {
        dh_diags rd;
        dh_diags_init(&rd);
        dh_status rs = dh_roster_load(&roster, roster_path, &rd);
        dh_print_diags(&rd);
        dh_diags_free(&rd);
        if (rs) return rs == DH_ENOMEM ? dh_fail(1, dh_msg(E_NOMEM)) : 2;
    }
    int rc = 0;
    for (size_t i = 0; i < a.npos; i++) {
        dh_diags diags;
        dh_diags_init(&diags);
        if (is_test_file(a.pos[i])) {
            dh_status st = check_test_file(a.pos[i], &diags);
            dh_print_diags(&diags);
            if (st == DH_ENOMEM) rc = rc ? rc : 1;
            else if (st || (strict && diags.warnings)) rc = 2;
            dh_diags_free(&diags);
            continue;
        }
        dh_script *s = dh_script_create(NULL, 1);
        if (!s) return dh_fail(1, dh_msg(E_NOMEM));
        dh_scenario *sc;
        dh_status st = dh_script_load(s, a.pos[i], &sc, &diags);
        if (st == DH_OK) {
            dh_scan *scan = dh_scan_create(dh_script_source(s, NULL));
            dh_lint_refs refs = dh_scan_refs(scan);
            st = scan ? dh_lint_scenario(sc, &refs, &diags) : DH_ENOMEM;
            dh_scan_destroy(scan);
            if (!st) st = dh_refcheck(dh_script_source(s, NULL), a.pos[i], sc, &diags);
            if (!st && roster_path) st = dh_lint_roster_roles(sc, &roster, roster_path, &diags);
            if (!st && diags.errors) st = DH_EINPUT;
        }
        /* what the scripts do on paths a reader cannot see: only once they
         * name nothing unknown, or the same mistake would be listed twice */
        dh_explore_result ex = {0};
        if (st == DH_OK && paths) {
            dh_explore_config ec = {.sc = sc, .script = dh_script_iface_for(s), .seed = 1,
                                    .paths = (size_t)paths, .work = work_of, .work_ctx = s,
                                    .max_work = DH_EXPLORE_MAX_WORK};
            st = dh_explore_run(&ec, &ex, &diags);
            if (!st && ex.failures) st = DH_EINPUT;
        }
        dh_diags_sort_by_line(&diags, 0);
        dh_print_diags(&diags);
        if (ex.capped) {
            fflush(stdout);
            char line[512];
            snprintf(line, sizeof line, dh_msg(A_CHECK_EXPLORE_CAPPED), a.pos[i],
                     (unsigned long long)DH_EXPLORE_MAX_WORK / 1000000, ex.paths, ex.planned, ex.reached,
                     ex.outcomes);
            dh_term_printf(stderr, "drillhall: %s\n", line);
        }
        if (ex.failures) {
            fflush(stdout);
            char line[512];
            snprintf(line, sizeof line, dh_msg(A_CHECK_EXPLORED), a.pos[i], ex.failures, ex.paths,
                     ex.reached, ex.outcomes);
            dh_term_printf(stderr, "drillhall: %s\n", line);
        }
        if (st == DH_ENOMEM) rc = rc ? rc : 1;
        else if (st || (strict && (diags.warnings || ex.capped))) rc = 2;
        dh_diags_free(&diags);
        dh_script_destroy(s);
    }
    dh_roster_free(&roster);
    return rc;
}
