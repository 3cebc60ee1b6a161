/* dh_pace.h — running a started drill headless: jumping from event to event, or
 * paced in wall time (X exercise seconds per wall second) for rehearsals and
 * crash tests. A paced run notes its progress in the record about once a second. */
#ifndef DH_PACE_H
#define DH_PACE_H

#include "dh_session.h"

#include <stdint.h>

/* --speed: "60", "0.5", "1000" → milli (60000, 500, 1000000); NULL (not given)
 * → 0. Returns 0, or 2 (printed) when s is not a number from 0.001 to 100000. */
int dh_pace_parse_speed(const char *s, int64_t *milli);
/* A served drill's --speed is recorded as an input, so it must be one an input
 * may carry (up to 1000×): refused with a message (exit code 2) otherwise,
 * never silently run at 1×. */
int dh_pace_check_served_speed(const char *s, int64_t milli);

/* Runs to the end: jumping when speed_milli is 0, else paced. Returns what
 * dh_drill_advance returned when it stopped early. */
dh_status dh_pace_run(dh_session *s, int64_t speed_milli);

/* Completes the log (dh_session_finish), then prints the drill's warnings and
 * its scoreboard at the time reached. Returns the exit status. */
int dh_pace_finish(dh_session *s);

/* Runs to the end (dh_pace_run), notes responses never applied, and finishes
 * as dh_pace_finish. Returns the exit status. */
int dh_pace_headless(dh_session *s, int64_t speed_milli);

#endif
