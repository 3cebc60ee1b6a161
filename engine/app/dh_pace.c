/* dh_pace.c — headless drills, jumping or paced in wall time. */
#define _POSIX_C_SOURCE 200809L
#include "dh_pace.h"
#include "dh_args.h"
#include "dh_clock.h"
#include "dh_scoreboard.h"

#include <stdio.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

int dh_pace_parse_speed(const char *s, int64_t *milli)
{
    char *end = NULL;
    double v = 0;
    *milli = 0;
    if (!s) return 0;
    if (*s && strspn(s, "0123456789.") == strlen(s)) v = strtod(s, &end);
    if (!end || *end || !(v >= 0.001 && v <= 100000))
        return dh_fail(2, dh_msg(A_PACE_SPEED), s);
    *milli = (int64_t)(v * 1000 + 0.5);
    return 0;
}

int dh_pace_check_served_speed(const char *s, int64_t milli)
{
    if (s && (milli < DH_SPEED_INPUT_MIN || milli > DH_SPEED_INPUT_MAX))
        return dh_fail(2, dh_msg(A_SERVE_SPEED_RANGE), s);
    return 0;
}

static int64_t mono_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static void sleep_us(int64_t us)
{
    struct timespec ts = {(time_t)(us / 1000000), (long)(us % 1000000) * 1000};
    while (nanosleep(&ts, &ts) != 0) {
    }
}

dh_status dh_pace_run(dh_session *s, int64_t speed_milli)
{
    dh_drill *d = s->drill;
    if (speed_milli <= 0) return dh_drill_run_to_end(d);
    const int64_t note_every = 500000; /* wall µs between progress notes */
    int64_t wall0 = mono_us(), noted = wall0;
    dh_ms ex0 = dh_drill_now(d);
    while (!dh_drill_ended(d)) {
        dh_ms next = dh_drill_next_time(d);
        /* wall µs at which exercise time `next` is due */
        int64_t due = wall0 + (int64_t)((double)(next - ex0) * 1e6 / (double)speed_milli);
        int64_t now = mono_us();
        if (due > now) {
            int64_t wait = due - now;
            sleep_us(wait < 250000 ? wait : 250000);
            now = mono_us();
        }
        dh_ms ex = ex0 + (dh_ms)((double)(now - wall0) * (double)speed_milli / 1e6);
        if (ex > next) ex = next;
        dh_status st = dh_drill_advance(d, ex);
        if (st) return st;
        if (now - noted >= note_every) {
            dh_session_note_progress(s);
            noted = now;
        }
    }
    return DH_OK;
}

int dh_pace_finish(dh_session *s)
{
    int rc = dh_session_finish(s, 1);
    if (!rc) {
        dh_print_diags(dh_drill_warnings(s->drill));
        if (dh_scoreboard_print(stdout, s->drill, s->lang) || fflush(stdout))
            rc = dh_fail(1, dh_msg(A_PRINT_SCOREBOARD));
    }
    return rc;
}

int dh_pace_headless(dh_session *s, int64_t speed_milli)
{
    dh_status st = dh_pace_run(s, speed_milli);
    if (st) return dh_session_stopped(s, st);
    dh_autoplay_report_unused(&s->autoplay, s->drill);
    char err[256];
    if (dh_autoplay_give_feedback(&s->autoplay, s->drill, err, sizeof err))
        return dh_fail(1, "%s", err);
    return dh_pace_finish(s);
}
