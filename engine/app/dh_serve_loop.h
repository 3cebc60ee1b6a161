/* dh_serve_loop.h — a served drill with no window: started (after Enter with
 * --wait), caught up when resumed, paced in wall time by the drill's speed, the
 * server serviced between events. Ctrl-C pauses and asks (Enter resumes, a
 * second Ctrl-C stops); SIGTERM stops. The terminal also takes "reissue ID"
 * and "write all|TEAM TITLE | BODY" (a written inject). */
#ifndef DH_SERVE_LOOP_H
#define DH_SERVE_LOOP_H

#include "dh_serving.h"
#include "dh_session.h"

typedef struct dh_serve_loop_opts {
    int64_t speed_milli;   /* 0: keep the drill's (1× for a new one) */
    int wait;              /* wait for Enter before T+0 */
    int hot_wash;          /* after the end, serve on (feedback) until Enter or Ctrl-C */
} dh_serve_loop_opts;

/* Runs the drill to its end (or until stopped) and prints the scoreboard.
 * Returns the exit status. */
int dh_serve_loop_run(dh_session *s, dh_serving *v, const dh_serve_loop_opts *o);

#endif
