/* test_msg.c — the catalog answers in the language asked, the process language
 * is set once, and the languages are the catalog's columns. */
#include "dh_test.h"
#include "dh_msg.h"

#include <string.h>

static void a_message_reads_in_each_language(void **state)
{
    (void)state;
    assert_string_equal(dh_tr(DH_LANG_EN, S_RUNNING), "RUNNING");
    assert_string_equal(dh_tr(DH_LANG_VI, S_RUNNING), "ĐANG CHẠY");
    /* out of range reads English, never NULL */
    assert_string_equal(dh_tr((dh_lang)DH_LANG_COUNT, S_RUNNING), "RUNNING");
    assert_string_equal(dh_tr(DH_LANG_EN, (dh_msg_id)DH_MSG_COUNT), "");
}

static void the_process_language_is_chosen_once(void **state)
{
    (void)state;
    assert_int_equal(dh_msg_lang(), DH_LANG_EN);
    assert_string_equal(dh_msg(S_PAUSED), "PAUSED");
    dh_msg_set_lang(DH_LANG_VI);
    assert_string_equal(dh_msg(S_PAUSED), "TẠM DỪNG");
    dh_msg_set_lang(DH_LANG_EN);
}

static void languages_are_the_catalog_columns(void **state)
{
    (void)state;
    assert_int_equal(DH_LANG_COUNT, DH_CATALOG_LANG_COUNT);
    for (int i = 0; i < DH_LANG_COUNT; i++) assert_int_equal(dh_lang_parse(dh_lang_code((dh_lang)i)), i);
    assert_int_equal(dh_lang_parse("xx"), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_message_reads_in_each_language),
        cmocka_unit_test(the_process_language_is_chosen_once),
        cmocka_unit_test(languages_are_the_catalog_columns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
