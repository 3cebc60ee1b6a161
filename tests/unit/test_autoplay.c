/* test_autoplay.c — bot policies answer as documented, from their own streams. */
#include "dh_test.h"
#include "dh_autoplay.h"

#include <string.h>

static dh_decision decision(dh_option *opts, size_t n, dh_ms within)
{
    dh_decision d;
    memset(&d, 0, sizeof d);
    d.options = opts;
    d.noptions = n;
    d.within = within;
    d.timeout = -1;
    return d;
}

static void best_and_worst_pick_by_total_points(void **state)
{
    (void)state;
    dh_option o[3] = {{.total = 5000}, {.total = 12000}, {.total = -3000}};
    dh_decision d = decision(o, 3, 15 * DH_MS_MINUTE);
    dh_rng r;
    dh_rng_seed(&r, 1);
    int opt;
    dh_ms delay;
    dh_bot_pick(DH_BOT_BEST, &d, DH_LANG_EN, &r, &opt, &delay);
    assert_int_equal(opt, 1);
    assert_int_equal(delay, DH_MS_MINUTE);
    dh_bot_pick(DH_BOT_WORST, &d, DH_LANG_EN, &r, &opt, &delay);
    assert_int_equal(opt, 2);
    assert_int_equal(delay, 15 * DH_MS_MINUTE - DH_MS_SECOND);
    dh_bot_pick(DH_BOT_FIRST, &d, DH_LANG_EN, &r, &opt, &delay);
    assert_int_equal(opt, 0);
}

/* `longest` counts characters (not bytes) in the drill's language, and takes the
 * first of equally long texts. */
static void longest_picks_by_characters_in_the_drills_language(void **state)
{
    (void)state;
    dh_option o[3];
    memset(o, 0, sizeof o);
    /* "Cô lập máy" is 10 characters but 13 bytes; "Isolate it" is 10 as well */
    assert_int_equal(dh_text_set(&o[0].text, DH_LANG_EN, "Wait"), 0);
    assert_int_equal(dh_text_set(&o[0].text, DH_LANG_VI, "Cô lập máy"), 0);
    assert_int_equal(dh_text_set(&o[1].text, DH_LANG_EN, "Isolate it"), 0);
    assert_int_equal(dh_text_set(&o[1].text, DH_LANG_VI, "Chờ xem xét"), 0);
    assert_int_equal(dh_text_set(&o[2].text, DH_LANG_EN, "Call them!"), 0);
    assert_int_equal(dh_text_set(&o[2].text, DH_LANG_VI, "Gọi"), 0);
    dh_decision d = decision(o, 3, 15 * DH_MS_MINUTE);
    dh_rng r;
    dh_rng_seed(&r, 1);
    int opt;
    dh_ms delay;
    dh_bot_pick(DH_BOT_LONGEST, &d, DH_LANG_EN, &r, &opt, &delay);
    assert_int_equal(opt, 1); /* 10 characters, as option 2, which comes later */
    assert_int_equal(delay, DH_MS_MINUTE);
    dh_bot_pick(DH_BOT_LONGEST, &d, DH_LANG_VI, &r, &opt, &delay);
    assert_int_equal(opt, 1); /* 11 characters beat 10 (whose bytes are more) */
    assert_int_equal(dh_decision_longest_option(&d, DH_LANG_VI), 1);
    for (int i = 0; i < 3; i++) dh_text_free(&o[i].text);
}

static void ties_go_to_the_first_option_and_only_gains_are_scaled(void **state)
{
    (void)state;
    int64_t pts[2] = {4000, -2000};
    dh_option o[4] = {{.total = 7000, .points = pts}, {.total = 7000}, {.total = -1000},
                      {.total = -1000}};
    dh_decision d = decision(o, 4, DH_MS_NEVER);
    assert_int_equal(dh_decision_best_option(&d), 0);
    assert_int_equal(dh_decision_worst_option(&d), 2);
    int64_t out[2];
    dh_option_points(&d, 0, 500, 2, out);
    assert_int_equal(out[0], 2000);
    assert_int_equal(out[1], -2000);
    dh_option_points(&d, -1, 500, 2, out);
    assert_int_equal(out[0], 0);
    assert_int_equal(out[1], 0);
}

static void random_answers_stay_inside_the_window_and_cover_every_option(void **state)
{
    (void)state;
    dh_option o[4] = {{0}};
    dh_decision d = decision(o, 4, 10 * DH_MS_MINUTE);
    dh_rng r;
    dh_rng_seed(&r, 99);
    int seen[4] = {0};
    for (int i = 0; i < 2000; i++) {
        int opt;
        dh_ms delay;
        dh_bot_pick(DH_BOT_RANDOM, &d, DH_LANG_EN, &r, &opt, &delay);
        assert_true(opt >= 0 && opt < 4);
        assert_true(delay > 0 && delay < d.within);
        assert_int_equal(delay % DH_MS_SECOND, 0);
        seen[opt]++;
    }
    for (int i = 0; i < 4; i++) assert_true(seen[i] > 300);
}

static void team_streams_differ_and_repeat(void **state)
{
    (void)state;
    dh_rng a, b, c;
    dh_rng_seed_for(&a, 7, "hanoi", 2);
    dh_rng_seed_for(&b, 7, "hanoi", 2);
    dh_rng_seed_for(&c, 7, "hue", 2);
    uint64_t x = dh_rng_next(&a);
    assert_true(x == dh_rng_next(&b));
    assert_true(x != dh_rng_next(&c));
}

static void policies_parse_by_name(void **state)
{
    (void)state;
    assert_int_equal(dh_bot_policy_parse("random"), DH_BOT_RANDOM);
    assert_int_equal(dh_bot_policy_parse("smart"), -1);
    assert_string_equal(dh_bot_policy_name(DH_BOT_WORST), "worst");
    assert_int_equal(dh_bot_policy_parse("longest"), DH_BOT_LONGEST);
    assert_string_equal(dh_bot_policy_name(DH_BOT_LONGEST), "longest");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(best_and_worst_pick_by_total_points),
        cmocka_unit_test(longest_picks_by_characters_in_the_drills_language),
        cmocka_unit_test(ties_go_to_the_first_option_and_only_gains_are_scaled),
        cmocka_unit_test(random_answers_stay_inside_the_window_and_cover_every_option),
        cmocka_unit_test(team_streams_differ_and_repeat),
        cmocka_unit_test(policies_parse_by_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
