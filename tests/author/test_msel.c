/* test_msel.c — an MSEL sheet is refused past what a scenario can hold, at the row. */
#include "dh_test.h"
#include "dh_buf.h"
#include "dh_csv.h"
#include "dh_msel.h"
#include "dh_scenario.h"

#include <stdio.h>
#include <string.h>

static const char *const header =
    "number,exercise_time,stage,attack,severity,from_en,from_vi,channel,inject_id,title_en,"
    "title_vi,body_en,body_vi,expected_action_en,expected_action_vi,decision_id,within,"
    "decision_prompt_en,decision_prompt_vi\n";

/* n rows, each a distinct inject; with decisions, each opens a decision too */
static dh_status import_sheet(int n, int decisions, dh_diags *d)
{
    const char *path = "/tmp/dh-msel-test.csv";
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(header, f);
    for (int i = 1; i <= n; i++)
        fprintf(f, "%d,0:%02d,initial-access,T1566,low,a,b,phone,i%d,t,v,b,b,,,,,%s,\n", i,
                i % 60, i, decisions ? "P" : "");
    fclose(f);
    dh_csv csv;
    assert_int_equal(dh_csv_read_file(path, &csv, d), DH_OK);
    dh_buf out;
    dh_buf_init(&out);
    dh_status st = dh_msel_import(&csv, &(dh_msel_import_opts){.id = "x", .source_name = "sheet"}, &out, d);
    dh_buf_free(&out);
    dh_csv_free(&csv);
    remove(path);
    return st;
}

static void a_sheet_of_as_many_injects_as_a_scenario_holds_imports(void **state)
{
    (void)state;
    dh_diags d;
    dh_diags_init(&d);
    assert_int_equal(import_sheet(DH_MAX_INJECTS, 0, &d), DH_OK);
    assert_int_equal(d.errors, 0);
    dh_diags_free(&d);
}

static void one_inject_more_is_refused_at_its_row(void **state)
{
    (void)state;
    dh_diags d;
    dh_diags_init(&d);
    assert_int_equal(import_sheet(DH_MAX_INJECTS + 1, 0, &d), DH_EINPUT);
    assert_int_equal(d.errors, 1);
    assert_int_equal(d.items[0].line, DH_MAX_INJECTS + 2);
    assert_string_equal(d.items[0].message, "more than 2000 injects");
    dh_diags_free(&d);
}

static void one_decision_more_is_refused_at_its_row(void **state)
{
    (void)state;
    dh_diags d;
    dh_diags_init(&d);
    assert_int_equal(import_sheet(DH_MAX_DECISIONS + 1, 1, &d), DH_EINPUT);
    assert_int_equal(d.errors, 1);
    assert_int_equal(d.items[0].line, DH_MAX_DECISIONS + 2);
    assert_string_equal(d.items[0].message, "more than 1000 decisions");
    dh_diags_free(&d);
}

/* 100,000 rows took minutes (every id compared with every id before it): the sheet
 * is refused at the first row past what any scenario holds (its own row, every
 * inject, decision and option), before rows are checked */
static void a_sheet_longer_than_any_scenario_is_refused_before_its_rows(void **state)
{
    (void)state;
    dh_diags d;
    dh_diags_init(&d);
    assert_int_equal(import_sheet((int)DH_MSEL_MAX_ROWS + 1, 0, &d), DH_EINPUT);
    assert_int_equal(d.errors, 1);
    assert_int_equal(d.items[0].line, (int)DH_MSEL_MAX_ROWS + 2);
    dh_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_sheet_of_as_many_injects_as_a_scenario_holds_imports),
        cmocka_unit_test(one_inject_more_is_refused_at_its_row),
        cmocka_unit_test(one_decision_more_is_refused_at_its_row),
        cmocka_unit_test(a_sheet_longer_than_any_scenario_is_refused_before_its_rows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
