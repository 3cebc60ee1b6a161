/* dh_timeline.h — the drill's future: events ordered by (time, sequence).
 *
 * A binary min-heap of event slots. Ties in time fire in the order they were
 * scheduled (the sequence number), never by address or hash, which is what keeps
 * a drill deterministic. An event scheduled while another is being dispatched
 * gets a later sequence, so at equal time it fires after everything already due.
 *
 * Cancelling marks the slot; the pop that reaches it frees it. A handle carries a
 * generation, so cancelling an event that already fired does nothing.
 *
 * The heap holds each event's key (time, seq) next to its slot number, so ordering
 * never leaves the heap array: with 100,000 teams the heap has hundreds of
 * thousands of entries and reading the slot behind every comparison was a cache
 * miss each time. */
#ifndef DH_TIMELINE_H
#define DH_TIMELINE_H

#include "dh_time.h"

#include <stddef.h>
#include <stdint.h>

typedef struct dh_event {
    dh_ms t;
    uint64_t seq;
    int32_t kind;   /* owner-defined */
    int32_t team;
    int32_t a, b, c;
} dh_event;

typedef uint64_t dh_event_handle;   /* 0 = none */

typedef struct dh_heap_entry {
    dh_ms t;
    uint64_t seq;
    uint32_t slot;
} dh_heap_entry;

typedef struct dh_timeline {
    dh_event *slots;       /* event storage, indexed by slot */
    uint32_t *gen;         /* generation per slot */
    uint8_t *cancelled;
    uint32_t *free_list; size_t nfree;
    size_t nslots, cap;
    dh_heap_entry *heap;   /* keys and slot indices */
    size_t nheap;
    uint64_t next_seq;
} dh_timeline;

void dh_timeline_init(dh_timeline *tl);
void dh_timeline_free(dh_timeline *tl);
void dh_timeline_clear(dh_timeline *tl);

/* Schedules a copy of ev (its seq is assigned here). Returns a handle, 0 out of memory. */
dh_event_handle dh_timeline_push(dh_timeline *tl, const dh_event *ev);
/* Marks the event cancelled. Unknown or already fired handles are ignored. */
void dh_timeline_cancel(dh_timeline *tl, dh_event_handle h);
/* Time of the next live event, or DH_MS_NEVER. Drops cancelled events at the top. */
dh_ms dh_timeline_peek(dh_timeline *tl);
/* Pops the next live event with t ≤ until into *out; returns 1, or 0 when none is due. */
int dh_timeline_pop(dh_timeline *tl, dh_ms until, dh_event *out);

#endif
