/* test_text.c — languages fall back, UTF-8 is checked, numbers and JSON strings
 * are written exactly, interned ids are stable. */
#include "dh_test.h"
#include "dh_buf.h"
#include "dh_intern.h"
#include "dh_scenario.h"
#include "dh_text.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void a_missing_language_falls_back(void **state)
{
    (void)state;
    dh_text t = {0};
    assert_string_equal(dh_text_get(&t, DH_LANG_VI), "");
    dh_text_set(&t, DH_LANG_EN, "Contain");
    assert_string_equal(dh_text_get(&t, DH_LANG_VI), "Contain");
    dh_text_set(&t, DH_LANG_VI, "Ngăn chặn");
    assert_string_equal(dh_text_get(&t, DH_LANG_VI), "Ngăn chặn");
    assert_string_equal(dh_text_get(&t, DH_LANG_EN), "Contain");
    dh_text_set_neutral(&t, "SOC");
    assert_string_equal(dh_text_get(&t, DH_LANG_VI), "SOC");
    dh_text_free(&t);
}

static void utf8_is_validated(void **state)
{
    (void)state;
    const char ok[] = "Bảo hiểm xã hội 😀";
    assert_null(dh_utf8_invalid(ok, strlen(ok)));
    assert_int_equal(dh_utf8_len("Hà Nội"), 6);
    static const char *const bad[] = {"\xC3\x28", "\xE1\xBA", "\xC0\xAF" /* overlong */,
                                      "\xED\xA0\x80" /* surrogate */, "\xF8\x88\x80\x80\x80"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_non_null(dh_utf8_invalid(bad[i], strlen(bad[i])));
}

static void points_print_exactly(void **state)
{
    (void)state;
    static const struct { int64_t milli; const char *text; } cases[] = {
        {0, "0"}, {1000, "1"}, {2500, "2.5"}, {-2500, "-2.5"}, {125, "0.125"}, {-5, "-0.005"},
        {875, "0.875"}, {1234567, "1234.567"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dh_buf b;
        dh_buf_init(&b);
        dh_buf_add_milli(&b, cases[i].milli);
        assert_string_equal(dh_buf_cstr(&b), cases[i].text);
        dh_buf_free(&b);
    }
}

static void points_round_to_one_decimal(void **state)
{
    (void)state;
    static const struct { int64_t milli; unsigned flags; const char *text; } cases[] = {
        {12450, 0, "12.5"}, {-2950, 0, "-3"}, {55000, 0, "55"}, {-449, 0, "-0.4"},
        {-49, 0, "0"}, {49, 0, "0"}, {55000, DH_TENTHS_KEEP_ZERO, "55.0"},
        {-2950, DH_TENTHS_KEEP_ZERO, "-3.0"}, {0, DH_TENTHS_KEEP_ZERO, "0.0"},
        {2500, DH_TENTHS_KEEP_ZERO | DH_TENTHS_PLUS, "+2.5"},
        {-2500, DH_TENTHS_KEEP_ZERO | DH_TENTHS_PLUS, "-2.5"},
        {-40, DH_TENTHS_KEEP_ZERO | DH_TENTHS_PLUS, "0.0"},
        {INT64_MAX, 0, "9223372036854775.8"}, {INT64_MIN, 0, "-9223372036854775.8"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[32];
        dh_fmt_tenths(out, sizeof out, cases[i].milli, cases[i].flags);
        assert_string_equal(out, cases[i].text);
        dh_buf b;
        dh_buf_init(&b);
        dh_buf_add_tenths(&b, cases[i].milli, cases[i].flags);
        assert_string_equal(dh_buf_cstr(&b), cases[i].text);
        dh_buf_free(&b);
    }
}

static void columns_pad_by_code_points(void **state)
{
    (void)state;
    dh_buf b;
    dh_buf_init(&b);
    dh_buf_add_padded(&b, "Hà Nội", 8, 0);
    dh_buf_addc(&b, '|');
    dh_buf_add_padded(&b, "2.5", 5, 1);
    dh_buf_addc(&b, '|');
    dh_buf_add_padded(&b, "too long", 3, 1);
    assert_string_equal(dh_buf_cstr(&b), "Hà Nội  |  2.5|too long");
    dh_buf_free(&b);
}

static void json_strings_are_escaped(void **state)
{
    (void)state;
    dh_buf b;
    dh_buf_init(&b);
    dh_buf_add_json_str(&b, "say \"hi\"\\\n\tto Hà Nội\x01");
    assert_string_equal(dh_buf_cstr(&b), "\"say \\\"hi\\\"\\\\\\n\\tto Hà Nội\\u0001\"");
    dh_buf_free(&b);
}

static void invalid_utf8_never_reaches_the_log(void **state)
{
    (void)state;
    dh_buf b;
    dh_buf_init(&b);
    dh_buf_add_json_str(&b, "ok \xff\xfe Hà \xC3(");
    assert_string_equal(dh_buf_cstr(&b), "\"ok \xEF\xBF\xBD\xEF\xBF\xBD Hà \xEF\xBF\xBD(\"");
    assert_null(dh_utf8_invalid(b.data, b.len));
    dh_buf_free(&b);
}

static void interned_ids_are_dense_and_stable(void **state)
{
    (void)state;
    dh_intern in;
    dh_intern_init(&in);
    char name[16];
    for (int i = 0; i < 1000; i++) {
        snprintf(name, sizeof name, "flag%d", i);
        assert_int_equal(dh_intern_add(&in, name), i);
    }
    assert_int_equal(dh_intern_add(&in, "flag7"), 7);
    assert_int_equal(dh_intern_find(&in, "flag999"), 999);
    assert_int_equal(dh_intern_find(&in, "nope"), -1);
    assert_string_equal(dh_intern_str(&in, 42), "flag42");
    dh_intern_free(&in);
}

static void ids_and_attack_ids_follow_one_rule(void **state)
{
    (void)state;
    assert_true(dh_id_valid("lao-cai_2.b"));
    assert_false(dh_id_valid(""));
    assert_false(dh_id_valid("hà-nội"));
    assert_false(dh_id_valid("a b"));
    char long_id[66];
    memset(long_id, 'x', 65);
    long_id[65] = 0;
    assert_false(dh_id_valid(long_id));
    long_id[64] = 0;
    assert_true(dh_id_valid(long_id));
    assert_true(dh_attack_id_valid("T1566"));
    assert_true(dh_attack_id_valid("T1566.001"));
    assert_false(dh_attack_id_valid("T15"));
    assert_false(dh_attack_id_valid("T1566.01"));
    assert_false(dh_attack_id_valid("T1566-001"));
    assert_false(dh_attack_id_valid("t1566"));
}

/* Terminal text: escape sequences, C1 controls and stray bytes become visible
 * text; UTF-8 (Vietnamese) and, when asked, newlines and tabs pass unchanged. */
static void controls_are_escaped_for_the_terminal(void **state)
{
    (void)state;
    static const struct { const char *in; int keep; const char *out; } cases[] = {
        {"\x1b]0;pwned\x07", 0, "\\x1b]0;pwned\\x07"},            /* window title */
        {"\x1b[2J\x1b[H", 0, "\\x1b[2J\\x1b[H"},                  /* clear screen */
        {"ok\rall checks passed", 0, "ok\\x0dall checks passed"},   /* overwrite a line */
        {"a\nb\tc", 0, "a\\x0ab\\x09c"},
        {"a\nb\tc", DH_ESC_KEEP_NL | DH_ESC_KEEP_TAB, "a\nb\tc"},
        {"csv\r\nrow\rover\r", DH_ESC_KEEP_NL | DH_ESC_KEEP_CRLF,
         "csv\r\nrow\\x0dover\\x0d"},                                 /* CRLF ends a line */
        {"fake\r\n", DH_ESC_KEEP_NL, "fake\\x0d\n"},
        {"\xc2\x9b" "31m", 0, "\\u009b31m"},                       /* C1 CSI as UTF-8 */
        {"\x9b" "31m", 0, "\\x9b31m"},                               /* CSI as a raw byte */
        {"del\x7f", 0, "del\\x7f"},
        {"Hà Nội — Đà Nẵng ✓", 0, "Hà Nội — Đà Nẵng ✓"},
        {"\xc2\xa0nbsp \xc2\x80", 0, "\xc2\xa0nbsp \\u0080"},
        {"\xe1\xba", 0, "\\xe1\\xba"},                             /* cut sequence */
        {"", 0, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dh_buf b;
        dh_buf_init(&b);
        size_t n = strlen(cases[i].in);
        dh_text_escape_controls(&b, cases[i].in, n, cases[i].keep);
        assert_string_equal(dh_buf_cstr(&b), cases[i].out);
        assert_int_equal(dh_text_has_controls(cases[i].in, n, cases[i].keep),
                         strcmp(cases[i].in, cases[i].out) != 0);
        assert_null(dh_utf8_invalid(b.data, b.len));
        dh_buf_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(controls_are_escaped_for_the_terminal),
        cmocka_unit_test(a_missing_language_falls_back),
        cmocka_unit_test(utf8_is_validated),
        cmocka_unit_test(points_print_exactly),
        cmocka_unit_test(points_round_to_one_decimal),
        cmocka_unit_test(columns_pad_by_code_points),
        cmocka_unit_test(json_strings_are_escaped),
        cmocka_unit_test(invalid_utf8_never_reaches_the_log),
        cmocka_unit_test(interned_ids_are_dense_and_stable),
        cmocka_unit_test(ids_and_attack_ids_follow_one_rule),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
