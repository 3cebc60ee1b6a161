/* dh_stream.h — the drill's events as the stations receive them: each event
 * encoded once per view (team, evaluator, observer), with what that view may
 * not see left out (docs/protocol.md, "What each role receives"). The server
 * decides what a station sees here; a station is never sent something to hide.
 * net's own header. */
#ifndef DH_STREAM_H
#define DH_STREAM_H

#include "dh_drill.h"

#include <stddef.h>
#include <stdint.h>

typedef enum dh_view { DH_VIEW_TEAM = 0, DH_VIEW_EVAL, DH_VIEW_OBS, DH_VIEW_COUNT } dh_view;

/* One event. enc[v] is NULL when view v never receives it; otherwise `pre`
 * spare bytes then len[v] bytes of JSON (the spare bytes are the transport's). */
typedef struct dh_sev {
    uint64_t seq;
    int team;                          /* -1: not one team's: every team of the view */
    unsigned char *enc[DH_VIEW_COUNT];
    size_t len[DH_VIEW_COUNT];
} dh_sev;

typedef struct dh_stream {
    dh_sev *v;
    size_t n, cap;
    const dh_drill *d;                 /* borrowed */
    int show_points;
    size_t pre;
    int failed;                        /* an event could not be stored */
} dh_stream;

void dh_stream_init(dh_stream *s, const dh_drill *d, int show_points, size_t pre);
void dh_stream_free(dh_stream *s);
/* Encodes and keeps one event (seq: its number in the drill's log). Returns 1
 * when some view receives it, 0 when none does, -1 out of memory (s->failed). */
int dh_stream_add(dh_stream *s, const dh_logrec *r, uint64_t seq);
/* Index of the first event with seq > last. */
size_t dh_stream_after(const dh_stream *s, uint64_t last);

#endif
