/* dh_clock.h — the exercise clock for live and paced runs.
 *
 * The clock never reads time itself: the platform loop hands it the wall time
 * that passed (in microseconds) and it answers with exercise time, scaled by the
 * speed and stopped while paused. Fractions of a millisecond carry over, so a
 * clock ticked 60 times a second for three hours does not drift. */
#ifndef DH_CLOCK_H
#define DH_CLOCK_H

#include "dh_time.h"

#include <stdint.h>

/* The one place speed limits are written. The console's clock runs from
 * DH_SPEED_MIN to DH_SPEED_MAX: slower is no drill, faster and nobody can read
 * the injects. The _TEXT spellings are the same numbers for help and messages
 * (a test holds them equal). An input or a record may carry any speed from
 * DH_SPEED_INPUT_MIN to DH_SPEED_INPUT_MAX (a scripted or headless run can go
 * far beyond what a person can follow). */
#define DH_SPEED_MIN 500      /* 0.5× (milli) */
#define DH_SPEED_MAX 60000    /* 60× */
#define DH_SPEED_MIN_TEXT "0.5"
#define DH_SPEED_MIN_TEXT_VI "0,5"
#define DH_SPEED_MAX_TEXT "60"
#define DH_SPEED_INPUT_MIN 1          /* 0.001× */
#define DH_SPEED_INPUT_MAX 1000000    /* 1000× */

typedef struct dh_clock {
    dh_ms now;
    int64_t speed_milli;      /* 1000 = real time */
    int paused;
    int64_t carry;            /* leftover wall-µs × speed-milli below one exercise ms */
} dh_clock;

void dh_clock_init(dh_clock *c, dh_ms start, int64_t speed_milli);
/* Moves the clock by wall_us of wall time; returns the new exercise time. */
dh_ms dh_clock_tick(dh_clock *c, int64_t wall_us);
/* Clamps to [DH_SPEED_MIN, DH_SPEED_MAX]; returns the speed set. */
int64_t dh_clock_set_speed(dh_clock *c, int64_t speed_milli);
void dh_clock_pause(dh_clock *c, int paused);
/* Wall µs until exercise time t at the current speed (0 if due; INT64_MAX paused). */
int64_t dh_clock_wall_until(const dh_clock *c, dh_ms t);

#endif
