/* dh_replay.h — a recorded drill at any moment, for instant replay.
 *
 * The record is opened read-only and never changed. Seeking forward replays more
 * of it; seeking back rebuilds the drill from the start (a few milliseconds for a
 * hundred teams), so every moment shown is exactly what the drill was then. */
#ifndef DH_REPLAY_H
#define DH_REPLAY_H

#include "dh_session.h"

typedef struct dh_replay {
    dh_session s;       /* s.drill is the drill at the current moment */
    dh_session_opts o;
    dh_ms end;          /* where the record stops */
    int open;
} dh_replay;

/* Opens the record at `path` at exercise time 0. Returns an exit status
 * (printed); close it either way. */
int dh_replay_open(dh_replay *p, const char *path, const char *lang);
/* The drill at exercise time t, clamped to [0, end]. Returns an exit status. */
int dh_replay_seek(dh_replay *p, dh_ms t);
void dh_replay_close(dh_replay *p);

#endif
