/* test_time.c — exercise-time parsing and formatting. */
#include "dh_time.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

static dh_ms clock_ok(const char *s)
{
    dh_ms v = -1;
    char err[128];
    assert_int_equal(dh_time_parse_clock(s, &v, err, sizeof err), 0);
    return v;
}

static dh_ms duration_ok(const char *s)
{
    dh_ms v = -1;
    char err[128];
    assert_int_equal(dh_time_parse_duration(s, &v, err, sizeof err), 0);
    return v;
}

static void clock_times_parse(void **state)
{
    (void)state;
    assert_int_equal(clock_ok("0:05"), 5 * DH_MS_MINUTE);
    assert_int_equal(clock_ok("2:30:15"), 2 * DH_MS_HOUR + 30 * DH_MS_MINUTE + 15000);
    assert_int_equal(clock_ok("10:00"), 10 * DH_MS_HOUR);
}

static void durations_parse(void **state)
{
    (void)state;
    assert_int_equal(duration_ok("15m"), 15 * DH_MS_MINUTE);
    assert_int_equal(duration_ok("90s"), 90000);
    assert_int_equal(duration_ok("1h30m"), 90 * DH_MS_MINUTE);
    assert_int_equal(duration_ok("2h"), 2 * DH_MS_HOUR);
    assert_int_equal(duration_ok("1h2m3s"), DH_MS_HOUR + 2 * DH_MS_MINUTE + 3000);
}

static void bare_numbers_are_refused_with_a_reason(void **state)
{
    (void)state;
    dh_ms v;
    char err[256];
    assert_int_equal(dh_time_parse_clock("5", &v, err, sizeof err), -1);
    assert_non_null(strstr(err, "bare number"));
    assert_int_equal(dh_time_parse_duration("15", &v, err, sizeof err), -1);
    assert_non_null(strstr(err, "bare number"));
    assert_non_null(strstr(err, "15m"));
}

static void malformed_times_are_refused(void **state)
{
    (void)state;
    static const char *const bad_clock[] = {"", "0:5", "0:60", "1:00:60", "a:00", "1:00x",
                                            "15m", "-1:00", "1::00"};
    static const char *const bad_dur[] = {"", "m", "15", "15x", "1m1h", "1h1h", "5 m", "0:05"};
    dh_ms v;
    char err[256];
    for (size_t i = 0; i < sizeof bad_clock / sizeof *bad_clock; i++)
        assert_int_equal(dh_time_parse_clock(bad_clock[i], &v, err, sizeof err), -1);
    for (size_t i = 0; i < sizeof bad_dur / sizeof *bad_dur; i++)
        assert_int_equal(dh_time_parse_duration(bad_dur[i], &v, err, sizeof err), -1);
}

static void times_format_for_people(void **state)
{
    (void)state;
    char buf[32];
    dh_time_format(0, buf, sizeof buf);
    assert_string_equal(buf, "0:00:00");
    dh_time_format(DH_MS_HOUR + 5 * DH_MS_MINUTE + 30000, buf, sizeof buf);
    assert_string_equal(buf, "1:05:30");
    dh_time_format_clock(125 * DH_MS_MINUTE, buf, sizeof buf);
    assert_string_equal(buf, "T+2:05:00");
    /* the extremes an int64 holds (a damaged record can carry them) format
     * without overflowing the negation */
    dh_time_format(INT64_MIN, buf, sizeof buf);
    assert_string_equal(buf, "-2562047788015:12:55");
    dh_time_format(INT64_MAX, buf, sizeof buf);
    assert_string_equal(buf, "2562047788015:12:55");
    /* a short buffer truncates and the result says how long it would be, as snprintf */
    char small[5];
    assert_int_equal(dh_time_format(DH_MS_HOUR + 5 * DH_MS_MINUTE + 30000, small, sizeof small), 7);
    assert_string_equal(small, "1:05");
    assert_int_equal(dh_time_format(-90000, buf, sizeof buf), 8);
    assert_string_equal(buf, "-0:01:30");
}

/* what the family prints, the parsers read back to the same time */
static void formats_read_back_through_the_parsers(void **state)
{
    (void)state;
    char buf[32];
    static const dh_ms clocks[] = {0, 5 * DH_MS_MINUTE, 2 * DH_MS_HOUR + 30 * DH_MS_MINUTE + 15000};
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        dh_time_format_short(clocks[i], buf, sizeof buf);
        assert_int_equal(clock_ok(buf), clocks[i]);
    }
    dh_time_format_short(5 * DH_MS_MINUTE, buf, sizeof buf);
    assert_string_equal(buf, "0:05");
    static const dh_ms durations[] = {0, 90000, 15 * DH_MS_MINUTE, DH_MS_HOUR + 30 * DH_MS_MINUTE};
    for (size_t i = 0; i < sizeof durations / sizeof durations[0]; i++) {
        dh_time_format_duration(durations[i], buf, sizeof buf);
        assert_int_equal(duration_ok(buf), durations[i]);
    }
    dh_time_format_duration(90000, buf, sizeof buf);
    assert_string_equal(buf, "1m30s");
    dh_time_format_duration(0, buf, sizeof buf);
    assert_string_equal(buf, "0s");
}

static void elapsed_times_are_compact(void **state)
{
    (void)state;
    char buf[32];
    dh_time_format_elapsed(4 * DH_MS_MINUTE + 5000, buf, sizeof buf);
    assert_string_equal(buf, "4:05");
    dh_time_format_elapsed(DH_MS_HOUR + 4 * DH_MS_MINUTE + 5000, buf, sizeof buf);
    assert_string_equal(buf, "1:04:05");
    dh_time_format_elapsed(-1, buf, sizeof buf);
    assert_string_equal(buf, "–");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(clock_times_parse),
        cmocka_unit_test(durations_parse),
        cmocka_unit_test(bare_numbers_are_refused_with_a_reason),
        cmocka_unit_test(malformed_times_are_refused),
        cmocka_unit_test(times_format_for_people),
        cmocka_unit_test(formats_read_back_through_the_parsers),
        cmocka_unit_test(elapsed_times_are_compact),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
