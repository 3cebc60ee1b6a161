/* dh_clock.c — exercise clock driven by elapsed wall time. */
#include "dh_clock.h"

void dh_clock_init(dh_clock *c, dh_ms start, int64_t speed_milli)
{
    c->now = start;
    c->paused = 0;
    c->carry = 0;
    c->speed_milli = 1000;
    dh_clock_set_speed(c, speed_milli);
}

int64_t dh_clock_set_speed(dh_clock *c, int64_t speed_milli)
{
    if (speed_milli < DH_SPEED_MIN) speed_milli = DH_SPEED_MIN;
    if (speed_milli > DH_SPEED_MAX) speed_milli = DH_SPEED_MAX;
    c->speed_milli = speed_milli;
    return speed_milli;
}

void dh_clock_pause(dh_clock *c, int paused) { c->paused = paused != 0; }

dh_ms dh_clock_tick(dh_clock *c, int64_t wall_us)
{
    if (c->paused || wall_us <= 0) return c->now;
    /* wall µs × speed milli = exercise µs × 1000 = exercise ms × 1e6 */
    c->carry += wall_us * c->speed_milli;
    c->now += c->carry / 1000000;
    c->carry %= 1000000;
    return c->now;
}

int64_t dh_clock_wall_until(const dh_clock *c, dh_ms t)
{
    if (t <= c->now) return 0;
    if (c->paused) return INT64_MAX;
    int64_t need = (t - c->now) * 1000000 - c->carry;
    return (need + c->speed_milli - 1) / c->speed_milli;
}
