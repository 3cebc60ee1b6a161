/* test_clock.c — wall time × speed becomes exercise time, without drift. */
#include "dh_test.h"
#include "dh_clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void real_time_advances_one_to_one(void **state)
{
    (void)state;
    dh_clock c;
    dh_clock_init(&c, 0, 1000);
    assert_int_equal(dh_clock_tick(&c, 1500000), 1500);
}

static void sixty_frames_a_second_for_three_hours_do_not_drift(void **state)
{
    (void)state;
    dh_clock c;
    dh_clock_init(&c, 0, 1000);
    /* 16 666 µs per frame loses 2/3 µs each frame if fractions were dropped */
    for (int i = 0; i < 3 * 3600 * 60; i++) dh_clock_tick(&c, 16667);
    assert_int_equal(c.now, (dh_ms)3 * 3600 * 60 * 16667 / 1000);
}

static void speed_scales_and_is_clamped(void **state)
{
    (void)state;
    dh_clock c;
    dh_clock_init(&c, 1000, 10000);
    assert_int_equal(dh_clock_tick(&c, 1000000), 11000);
    assert_int_equal(dh_clock_set_speed(&c, 100), DH_SPEED_MIN);
    assert_int_equal(dh_clock_set_speed(&c, 1000000), DH_SPEED_MAX);
}

static void paused_clock_stands_still(void **state)
{
    (void)state;
    dh_clock c;
    dh_clock_init(&c, 0, 1000);
    dh_clock_pause(&c, 1);
    assert_int_equal(dh_clock_tick(&c, 5000000), 0);
    assert_true(dh_clock_wall_until(&c, 10) == INT64_MAX);
    dh_clock_pause(&c, 0);
    assert_int_equal(dh_clock_tick(&c, 5000), 5);
}

static void wall_until_reaches_the_target(void **state)
{
    (void)state;
    dh_clock c;
    dh_clock_init(&c, 0, 3000);
    int64_t us = dh_clock_wall_until(&c, 60000);
    assert_int_equal(us, 20000000);
    assert_int_equal(dh_clock_tick(&c, us), 60000);
}

/* help, messages and the console's own words print the limits as text: the text
 * must be the numbers the clock enforces, in both languages */
static void speed_limit_texts_are_the_limits(void **state)
{
    (void)state;
    assert_int_equal((int64_t)(strtod(DH_SPEED_MIN_TEXT, NULL) * 1000 + 0.5), DH_SPEED_MIN);
    assert_int_equal((int64_t)(strtod(DH_SPEED_MAX_TEXT, NULL) * 1000 + 0.5), DH_SPEED_MAX);
    char vi[16];
    snprintf(vi, sizeof vi, "%s", DH_SPEED_MIN_TEXT_VI);
    char *comma = strchr(vi, ',');
    if (comma) *comma = '.';
    assert_string_equal(vi, DH_SPEED_MIN_TEXT);
    assert_true(DH_SPEED_INPUT_MIN <= DH_SPEED_MIN && DH_SPEED_MAX <= DH_SPEED_INPUT_MAX);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(real_time_advances_one_to_one),
        cmocka_unit_test(sixty_frames_a_second_for_three_hours_do_not_drift),
        cmocka_unit_test(speed_scales_and_is_clamped),
        cmocka_unit_test(paused_clock_stands_still),
        cmocka_unit_test(wall_until_reaches_the_target),
        cmocka_unit_test(speed_limit_texts_are_the_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
