/* test_msg.c — the catalog answers in the language asked, the process language
 * is set once, and the languages are the catalog's columns. */
#include "dh_test.h"
#include "dh_clock.h"
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

/* The speed limits are defined once, in dh_clock.h; the words that spell them
 * out in each language must follow when they change. */
static void speed_words_spell_the_limits(void **state)
{
    (void)state;
    const char *en = DH_SPEED_MIN_TEXT " to " DH_SPEED_MAX_TEXT;
    const char *vi = DH_SPEED_MIN_TEXT_VI " đến " DH_SPEED_MAX_TEXT;
    const dh_msg_id rows[] = {H_RUN_SPEED, H_RESUME_SPEED, A_CONSOLE_SPEED};
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        assert_non_null(strstr(dh_tr(DH_LANG_EN, rows[i]), en));
        assert_non_null(strstr(dh_tr(DH_LANG_VI, rows[i]), vi));
    }
    assert_string_equal(dh_tr(DH_LANG_EN, S_DO_SPEED),
                        "speed (" DH_SPEED_MIN_TEXT "× to " DH_SPEED_MAX_TEXT "×)");
    assert_string_equal(dh_tr(DH_LANG_VI, S_DO_SPEED),
                        "tốc độ (" DH_SPEED_MIN_TEXT_VI "× đến " DH_SPEED_MAX_TEXT "×)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_message_reads_in_each_language),
        cmocka_unit_test(the_process_language_is_chosen_once),
        cmocka_unit_test(languages_are_the_catalog_columns),
        cmocka_unit_test(speed_words_spell_the_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
