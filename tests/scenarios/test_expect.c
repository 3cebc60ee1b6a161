/* test_expect.c — scenario tests: a scripted path is played as written, every
 * unmet expectation is reported at its own line, and malformed test files are
 * refused at file:line. */
#include "dh_test.h"
#include "dh_expect_file.h"
#include "dh_script.h"
#include "dh_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIX DH_SOURCE_DIR "/tests/scenarios/fixtures"

typedef struct outcome {
    dh_diags failures;
    size_t failed_cases;
} outcome;

/* Loads the test file and runs every case; each case's failures are appended. */
static void run_file(const char *path, outcome *out)
{
    dh_expect_suite suite;
    dh_diags diags;
    dh_diags_init(&diags);
    dh_diags_init(&out->failures);
    out->failed_cases = 0;
    assert_int_equal(dh_expect_load(path, &suite, &diags), DH_OK);
    for (size_t i = 0; i < suite.ncases; i++) {
        const dh_expect_case *c = &suite.cases[i];
        dh_script *s = dh_script_create(NULL, c->seed);
        dh_scenario *sc;
        assert_int_equal(dh_script_load(s, c->scenario, &sc, &diags), DH_OK);
        assert_int_equal(dh_expect_resolve(c, sc, &diags), DH_OK);
        size_t before = out->failures.errors;
        assert_int_equal(dh_expect_run(c, sc, dh_script_iface_for(s), &out->failures), DH_OK);
        out->failed_cases += out->failures.errors > before;
        dh_script_destroy(s);
    }
    dh_expect_suite_free(&suite);
    dh_diags_free(&diags);
}

static int has(const dh_diags *d, int line, const char *needle)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].line == line && strstr(d->items[i].message, needle)) return 1;
    for (size_t i = 0; i < d->count; i++)
        print_error("  got %d: %s\n", d->items[i].line, d->items[i].message);
    return 0;
}

static int has_quiet(const dh_diags *d, int line, const char *needle)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].line == line && strstr(d->items[i].message, needle)) return 1;
    return 0;
}

static void passing_paths(void **state)
{
    (void)state;
    outcome o;
    run_file(FIX "/tests/mini.test.lua", &o);
    for (size_t i = 0; i < o.failures.count; i++) print_error("%s\n", o.failures.items[i].message);
    assert_int_equal(o.failures.count, 0);
    dh_diags_free(&o.failures);
}

static void each_failure_at_its_line(void **state)
{
    (void)state;
    outcome o;
    run_file(FIX "/tests/failing.test.lua", &o);
    assert_int_equal(o.failed_cases, 2);
    assert_true(has(&o.failures, 7, "inject \"lateral\" should not have been delivered, but it "
                                    "was at T+0:11:00"));
    assert_true(has(&o.failures, 8, "contain should be 10, but it is -5"));
    assert_true(has(&o.failures, 9, "flag spread should be false, but it is true"));
    assert_true(has(&o.failures, 15, "the choice of \"report\" at T+0:02:00 comes before "
                                     "decision \"triage\" opens at T+0:05:00"));
    assert_false(has_quiet(&o.failures, 15, "expired"));
    /* the delivered injects passed: no failure names them */
    for (size_t i = 0; i < o.failures.count; i++) {
        assert_null(strstr(o.failures.items[i].message, "\"ransom\""));
        assert_null(strstr(o.failures.items[i].message, "\"phish\""));
    }
    dh_diags_free(&o.failures);
}

static void unknown_names_are_bad_input(void **state)
{
    (void)state;
    dh_expect_suite suite;
    dh_diags diags;
    dh_diags_init(&diags);
    const char *path = FIX "/tests/failing.test.lua";
    assert_int_equal(dh_expect_load(path, &suite, &diags), DH_OK);
    dh_expect_case *c = &suite.cases[0];
    free(c->choices[0].decision);
    c->choices[0].decision = dh_strdup("triaje");
    free(c->scores[0].category);
    c->scores[0].category = dh_strdup("contian");
    dh_script *s = dh_script_create(NULL, 1);
    dh_scenario *sc;
    assert_int_equal(dh_script_load(s, c->scenario, &sc, &diags), DH_OK);
    assert_int_equal(dh_expect_resolve(c, sc, &diags), DH_EINPUT);
    assert_true(has(&diags, 4, "has no decision \"triaje\""));
    assert_true(has(&diags, 8, "has no category \"contian\""));
    dh_script_destroy(s);
    dh_expect_suite_free(&suite);
    dh_diags_free(&diags);
}

static void malformed_file(void **state)
{
    (void)state;
    dh_expect_suite suite;
    dh_diags diags;
    dh_diags_init(&diags);
    assert_int_equal(dh_expect_load(FIX "/tests/broken.test.lua", &suite, &diags), DH_EINPUT);
    /* the bad case is dropped; the one read without a problem is kept to run */
    assert_int_equal(suite.ncases, 1);
    assert_string_equal(suite.cases[0].name, "unknown names");
    dh_expect_suite_free(&suite);
    /* each at its field's line, not at the test's */
    assert_true(has(&diags, 14, "test \"bad fields\": unknown field \"expect\""));
    assert_true(has(&diags, 12, "at = 6: a bare number is not a time"));
    dh_diags_free(&diags);
    dh_diags_init(&diags);
    assert_int_equal(dh_expect_load(FIX "/nowhere.test.lua", &suite, &diags), DH_EIO);
    dh_diags_free(&diags);
}

/* Notepad saves "UTF-8 with BOM": test files load like scenarios do. */
static void a_test_file_with_a_bom_loads(void **state)
{
    (void)state;
    const char *path = "/tmp/dh-expect-bom.test.lua";
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs("\xEF\xBB\xBFtest {\n  name = \"bom\",\n  scenario = \"" FIX "/mini.lua\",\n"
          "  withheld = { \"lateral\" },\n}\n", f);
    fclose(f);
    dh_expect_suite suite;
    dh_diags diags;
    dh_diags_init(&diags);
    assert_int_equal(dh_expect_load(path, &suite, &diags), DH_OK);
    assert_int_equal(suite.ncases, 1);
    assert_int_equal(suite.cases[0].line, 1);
    dh_expect_suite_free(&suite);
    dh_diags_free(&diags);
    remove(path);
}

static void default_scenario_paths(void **state)
{
    (void)state;
    char *p = dh_expect_default_scenario("scenarios/tests/x.test.lua");
    assert_string_equal(p, "scenarios/x.lua");
    free(p);
    p = dh_expect_default_scenario("tests/x.test.lua");
    assert_string_equal(p, "x.lua");
    free(p);
    p = dh_expect_default_scenario("here/x.test.lua");
    assert_string_equal(p, "here/x.lua");
    free(p);
    p = dh_expect_default_scenario("mytests/x.test.lua");
    assert_string_equal(p, "mytests/x.lua");
    free(p);
    p = dh_expect_path_beside("a/b/t.lua", "../s.lua");
    assert_string_equal(p, "a/b/../s.lua");
    free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(passing_paths),
        cmocka_unit_test(each_failure_at_its_line),
        cmocka_unit_test(unknown_names_are_bad_input),
        cmocka_unit_test(malformed_file),
        cmocka_unit_test(a_test_file_with_a_bom_loads),
        cmocka_unit_test(default_scenario_paths),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
