/* cmd_test.c — `drillhall test FILE...`: run scenario tests and report each by name.
 *
 * FILE is a test file (NAME.test.lua) or a scenario, whose tests are then read
 * from tests/NAME.test.lua beside it. Every case loads its scenario into a fresh
 * Lua state, so no test sees what a hook of another test left in the script's
 * state; the file itself is read from disk once. */
#include "commands.h"
#include "dh_args.h"
#include "dh_output.h"
#include "dh_file.h"
#include "dh_expect_file.h"
#include "dh_session.h"
#include "dh_text.h"
#include "dh_vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && !strcmp(s + n - k, suffix);
}

/* tests/NAME.test.lua beside the scenario dir/NAME.lua (malloc'd). */
static char *tests_for(const char *scenario)
{
    const char *slash = strrchr(scenario, '/');
    const char *base = slash ? slash + 1 : scenario;
    size_t dir = (size_t)(base - scenario), stem = strlen(base);
    if (ends_with(base, ".lua")) stem -= 4;
    size_t n = dir + stem + sizeof "tests/.test.lua";
    char *p = malloc(n);
    if (p) snprintf(p, n, "%.*stests/%.*s.test.lua", (int)dir, scenario, (int)stem, base);
    return p;
}

static void print_indented(const dh_diags *d)
{
    char buf[2048];
    for (size_t i = 0; i < d->count; i++) {
        dh_diag_format(&d->items[i], buf, sizeof buf);
        dh_term_printf(stdout, "        %s\n", buf);
    }
}

typedef struct tally { size_t passed, failed, broken; int bad_input, oom; } tally;

/* Scenario files already read, by path (all owned). */
typedef struct source { char *path, *text; size_t len; } source;
typedef struct sources { source *v; size_t n; } sources;

/* The text of `path`, read on first use. NULL when it cannot be read or memory
 * runs out: the caller then loads from the file, which says why. */
static const source *source_of(sources *ss, const char *path)
{
    for (size_t i = 0; i < ss->n; i++)
        if (!strcmp(ss->v[i].path, path)) return &ss->v[i];
    char *text;
    size_t len;
    if (dh_read_file(path, &text, &len)) return NULL;
    char *p = dh_strdup(path);
    source *e = p ? dh_vec_push(&ss->v, &ss->n, sizeof *ss->v) : NULL;
    if (!e) {
        free(p);
        free(text);
        return NULL;
    }
    *e = (source){p, text, len};
    return e;
}

static void sources_free(sources *ss)
{
    for (size_t i = 0; i < ss->n; i++) {
        free(ss->v[i].path);
        free(ss->v[i].text);
    }
    free(ss->v);
}

static void run_case(const dh_expect_case *c, sources *ss, tally *t, int allow_errors)
{
    dh_diags diags;
    dh_diags_init(&diags);
    dh_script *s = dh_script_create(NULL, c->seed);
    dh_scenario *sc = NULL;
    const source *src = s ? source_of(ss, c->scenario) : NULL;
    dh_status st = !s   ? DH_ENOMEM
                   : src ? dh_script_load_buffer(s, c->scenario, src->text, src->len, &sc, &diags)
                         : dh_script_load(s, c->scenario, &sc, &diags);
    if (!st) st = dh_expect_resolve(c, sc, &diags);
    if (st) {
        dh_term_printf(stdout, "  ERROR %s (not run: see the errors)\n", c->name);
        fflush(stdout);
        dh_print_diags(&diags);
        t->broken++;
        if (st == DH_ENOMEM) t->oom = 1;
        else t->bad_input = 1;
    } else {
        dh_diags failures;
        dh_diags_init(&failures);
        st = dh_expect_run(c, sc, dh_script_iface_for(s), &failures);
        if (st) {
            t->oom = 1;
        } else if (failures.errors || (failures.warnings && !allow_errors)) {
            /* a script that failed changed the path: a failed `when` is false */
            dh_term_printf(stdout, "  FAIL  %s\n", c->name);
            if (!failures.errors) dh_term_printf(stdout, "        %s\n", dh_msg(A_TEST_SCRIPT_FAILED));
            print_indented(&failures);
            t->failed++;
        } else {
            dh_term_printf(stdout, "  ok    %s\n", c->name);
            print_indented(&failures); /* script warnings, if any */
            t->passed++;
        }
        dh_diags_free(&failures);
    }
    dh_diags_free(&diags);
    dh_script_destroy(s);
}

int dh_cmd_test(int argc, char **argv)
{
    int want_help = 0, allow_errors = 0;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--allow-script-errors", DH_OPT_FLAG, &allow_errors, NULL,
                      H_TEST_ALLOW_ERRORS},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_TEST_USAGE, H_TEST_ABOUT);
    if (!a.npos) return dh_fail(2, dh_msg(A_TEST_NO_FILE));
    tally t = {0};
    sources ss = {0};
    for (size_t i = 0; i < a.npos; i++) {
        char *path = ends_with(a.pos[i], ".test.lua") ? malloc(strlen(a.pos[i]) + 1)
                                                      : tests_for(a.pos[i]);
        if (!path) {
            sources_free(&ss);
            return dh_fail(1, dh_msg(E_NOMEM));
        }
        if (ends_with(a.pos[i], ".test.lua")) strcpy(path, a.pos[i]);
        dh_diags diags;
        dh_diags_init(&diags);
        dh_expect_suite suite;
        dh_status st = dh_expect_load(path, &suite, &diags);
        fflush(stdout);
        if (st == DH_EIO && strcmp(path, a.pos[i]))
            dh_fail(2, dh_msg(A_TEST_NONE), a.pos[i], path);
        else dh_print_diags(&diags);
        dh_diags_free(&diags);
        t.broken += suite.nbroken;
        if (st) {
            if (st == DH_ENOMEM) t.oom = 1;
            else t.bad_input = 1;
            if (st != DH_EINPUT || !suite.ncases) {
                if (st == DH_EINPUT) dh_expect_suite_free(&suite);
                free(path);
                continue;
            }
            /* the file's other cases still run: one bad case hides nothing else */
        }
        dh_term_printf(stdout, "%s\n", path);
        for (size_t k = 0; k < suite.ncases; k++) run_case(&suite.cases[k], &ss, &t, allow_errors);
        fflush(stdout);
        dh_expect_suite_free(&suite);
        free(path);
    }
    sources_free(&ss);
    size_t n = t.passed + t.failed + t.broken;
    dh_term_printf(stdout, "%zu test%s: %zu passed, %zu failed", n, n == 1 ? "" : "s", t.passed, t.failed);
    if (t.broken) dh_term_printf(stdout, ", %zu not run", t.broken);
    putchar('\n');
    if (t.oom) return dh_fail(1, dh_msg(E_NOMEM));
    return t.bad_input ? 2 : t.failed ? 1 : 0;
}
