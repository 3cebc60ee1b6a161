/* dh_snapshot.h — read-only questions a view asks a running drill.
 *
 * Views (the console, team stations, the scoreboard) draw from a `const dh_drill *`
 * and these helpers; nothing here changes the drill, so a frame can never alter a
 * drill's outcome. Everything is derived on demand from the drill's own arrays:
 * no copy to fall out of date, and no allocation per frame. */
#ifndef DH_SNAPSHOT_H
#define DH_SNAPSHOT_H

#include "dh_drill.h"
#include "dh_quality.h"

#include <stddef.h>

/* How an answered decision went for a team (dh_quality_of its option);
 * DH_Q_NONE unless answered. */
dh_quality dh_snap_quality(const dh_drill *d, int team, int decision);

/* The highest total any option of the decision gives (milli). */
int64_t dh_snap_best_total(const dh_scenario *sc, int decision);

/* The first timed inject scheduled strictly after exercise time `after`, in
 * (time, definition order); -1 when none. Its time goes to *at when at != NULL. */
int dh_snap_next_timed_inject(const dh_drill *d, dh_ms after, dh_ms *at);

/* Writes up to `max` indexes of the team's open decisions, oldest first (by the
 * time they opened, then definition order); returns how many are open in all. */
size_t dh_snap_open_decisions(const dh_drill *d, int team, int *out, size_t max);

/* The same for the team's answered and missed decisions, by the time each closed. */
size_t dh_snap_closed_decisions(const dh_drill *d, int team, int *out, size_t max);

/* The injects delivered to the team, by delivery time, then definition order;
 * returns how many there are in all. */
size_t dh_snap_delivered(const dh_drill *d, int team, int *out, size_t max);

/* Number of teams with at least one open decision. */
size_t dh_snap_teams_deciding(const dh_drill *d);

/* Running, paused or ended, as the header shows it. */
typedef enum dh_run_state { DH_RUN_WAITING, DH_RUN_RUNNING, DH_RUN_PAUSED, DH_RUN_ENDED } dh_run_state;
dh_run_state dh_snap_state(const dh_drill *d);

#endif
