/* test_csv.c — CSV reading keeps line numbers and refuses what would mislead. */
#include "dh_test.h"
#include "dh_csv.h"

#include <stdio.h>
#include <string.h>

static dh_csv parse_ok(const char *text)
{
    dh_csv csv;
    dh_diags d;
    dh_diags_init(&d);
    assert_int_equal(dh_csv_parse("x.csv", text, strlen(text), &csv, &d), DH_OK);
    assert_int_equal(d.errors, 0);
    dh_diags_free(&d);
    return csv;
}

static int parse_error_line(const char *text, const char *needle)
{
    dh_csv csv;
    dh_diags d;
    dh_diags_init(&d);
    assert_int_equal(dh_csv_parse("x.csv", text, strlen(text), &csv, &d), DH_EINPUT);
    assert_true(d.count >= 1);
    assert_non_null(strstr(d.items[0].message, needle));
    int line = d.items[0].line;
    dh_diags_free(&d);
    return line;
}

static void quoted_fields_with_commas_quotes_and_newlines(void **state)
{
    (void)state;
    dh_csv csv = parse_ok("id,name\r\na,\"Hà Nội, \"\"HQ\"\"\"\n\nb,\"two\nlines\"\nc,last");
    assert_int_equal(csv.nrows, 4);
    assert_string_equal(csv.rows[1].fields[1], "Hà Nội, \"HQ\"");
    assert_int_equal(csv.rows[2].line, 4); /* the blank line 3 is skipped */
    assert_string_equal(csv.rows[2].fields[1], "two\nlines");
    assert_int_equal(csv.rows[3].line, 6);
    assert_string_equal(csv.rows[3].fields[1], "last");
    dh_csv_free(&csv);
}

static void byte_order_mark_is_ignored(void **state)
{
    (void)state;
    dh_csv csv = parse_ok("\xEF\xBB\xBFid,name\n");
    assert_string_equal(csv.rows[0].fields[0], "id");
    dh_csv_free(&csv);
}

static void bad_utf8_names_its_line(void **state)
{
    (void)state;
    assert_int_equal(parse_error_line("id,name\nx,ok\ny,\xC3\x28\n", "UTF-8"), 3);
}

static void unterminated_quote_names_where_it_opened(void **state)
{
    (void)state;
    assert_int_equal(parse_error_line("id,name\nx,\"open\n\n\n", "unterminated"), 2);
}

static void stray_quote_is_refused(void **state)
{
    (void)state;
    assert_int_equal(parse_error_line("id,name\nx,a\"b\n", "quote"), 2);
    assert_int_equal(parse_error_line("id,name\nx,\"a\"b\n", "after a closing quote"), 2);
}

static void lone_cr_line_ends_count_lines(void **state)
{
    (void)state;
    dh_csv csv = parse_ok("id,name\ra,A\rb,\"B\rC\"\rc,last");
    assert_int_equal(csv.nrows, 4);
    assert_int_equal(csv.rows[1].line, 2);
    assert_int_equal(csv.rows[3].line, 5);
    dh_csv_free(&csv);
}

static void nul_bytes_are_refused(void **state)
{
    (void)state;
    dh_csv csv;
    dh_diags d;
    dh_diags_init(&d);
    assert_int_equal(dh_csv_parse("x.csv", "id,name\nx\0y,A\n", 14, &csv, &d), DH_EINPUT);
    assert_int_equal(d.items[0].line, 2);
    dh_diags_free(&d);
}

/* What MSEL import reads back from a sheet this program wrote: the quote that
 * dh_csv_add_field (core) put before a formula-like cell comes off, nothing else. */
static void neutralised_cells_read_back(void **state)
{
    (void)state;
    static const char *const cells[] = {
        "=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "+1+1", "-2+3", "-cmd", "\tx", "\rx",
        "-", "+", "-5", "+2.5", "-0.125", "-1e9", "7", "a=b", "", "-.5", "-5.", "-1e", "- 5",
        "-5,5",
    };
    for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++) {
        if (dh_csv_formula_like(cells[i])) {
            char q[64];
            snprintf(q, sizeof q, "'%s", cells[i]);
            assert_string_equal(dh_csv_unneutralise(q), cells[i]);
        }
        assert_string_equal(dh_csv_unneutralise(cells[i]), cells[i]);
    }
    assert_string_equal(dh_csv_unneutralise("'plain"), "'plain");
    assert_string_equal(dh_csv_unneutralise("'-5"), "'-5");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(quoted_fields_with_commas_quotes_and_newlines),
        cmocka_unit_test(neutralised_cells_read_back),
        cmocka_unit_test(byte_order_mark_is_ignored),
        cmocka_unit_test(bad_utf8_names_its_line),
        cmocka_unit_test(unterminated_quote_names_where_it_opened),
        cmocka_unit_test(stray_quote_is_refused),
        cmocka_unit_test(lone_cr_line_ends_count_lines),
        cmocka_unit_test(nul_bytes_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
