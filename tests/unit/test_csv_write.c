/* test_csv_write.c — CSV cells are quoted only when needed and never run as a
 * spreadsheet formula. */
#include "dh_test.h"
#include "dh_buf.h"
#include "dh_csv_write.h"

#include <string.h>

static void writer_quotes_only_when_needed(void **state)
{
    (void)state;
    dh_buf b;
    dh_buf_init(&b);
    dh_csv_add_field(&b, "plain");
    dh_buf_addc(&b, ',');
    dh_csv_add_field(&b, "a,\"b\"");
    assert_string_equal(dh_buf_cstr(&b), "plain,\"a,\"\"b\"\"\"");
    dh_buf_free(&b);
}

/* OWASP CSV injection: text that a spreadsheet would evaluate gets a leading
 * quote; numbers, including negative ones, stay numbers. */
static void formula_leading_text_is_neutralised(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
        {"@SUM(A1)", "'@SUM(A1)"}, {"+1+1", "'+1+1"}, {"-2+3", "'-2+3"},
        {"-cmd", "'-cmd"}, {"\tx", "'\tx"}, {"\rx", "\"'\rx\""}, {"-", "'-"}, {"+", "'+"},
        {"-5", "-5"}, {"+2.5", "+2.5"}, {"-0.125", "-0.125"}, {"-1e9", "-1e9"}, {"7", "7"},
        {"a=b", "a=b"}, {"", ""}, {"-.5", "-.5"}, {"-5.", "-5."}, {"-1e", "'-1e"},
        {"- 5", "'- 5"}, {"-5,5", "\"'-5,5\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dh_buf b;
        dh_buf_init(&b);
        dh_csv_add_field(&b, cases[i][0]);
        assert_string_equal(dh_buf_cstr(&b), cases[i][1]);
        dh_buf_free(&b);
        assert_int_equal(dh_csv_formula_like(cases[i][0]), cases[i][1][0] == '\'' ||
                                                           !strncmp(cases[i][1], "\"'", 2));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(writer_quotes_only_when_needed),
        cmocka_unit_test(formula_leading_text_is_neutralised),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
