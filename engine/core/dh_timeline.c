/* dh_timeline.c — binary heap of events keyed by (time, seq). */
#include "dh_timeline.h"
#include "dh_alloc.h"

#include <stdlib.h>
#include <string.h>

void dh_timeline_init(dh_timeline *tl) { memset(tl, 0, sizeof *tl); }

void dh_timeline_free(dh_timeline *tl)
{
    free(tl->slots);
    free(tl->gen);
    free(tl->cancelled);
    free(tl->free_list);
    free(tl->heap);
    memset(tl, 0, sizeof *tl);
}

void dh_timeline_clear(dh_timeline *tl)
{
    /* every slot becomes free; generations move on so old handles stay dead */
    tl->nfree = 0;
    for (size_t i = tl->nslots; i-- > 0;) {
        tl->gen[i]++;
        tl->free_list[tl->nfree++] = (uint32_t)i;
    }
    tl->nheap = 0;
}

static inline int before(const dh_heap_entry *a, const dh_heap_entry *b)
{
    return a->t < b->t || (a->t == b->t && a->seq < b->seq);
}

static void sift_up(dh_timeline *tl, size_t i)
{
    dh_heap_entry v = tl->heap[i];
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!before(&v, &tl->heap[parent])) break;
        tl->heap[i] = tl->heap[parent];
        i = parent;
    }
    tl->heap[i] = v;
}

/* Moves the last entry into the hole at the top. It came from the bottom, so it
 * nearly always belongs near the bottom again: walk the hole down along the
 * smaller children to a leaf (one comparison a level instead of two), then let
 * the entry climb the few levels back up. */
static void fill_top(dh_timeline *tl)
{
    size_t n = tl->nheap, i = 0;
    dh_heap_entry *h = tl->heap;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && before(&h[c + 1], &h[c])) c++;
        h[i] = h[c];
        i = c;
    }
    h[i] = h[n];
    sift_up(tl, i);
}

static int grow(dh_timeline *tl)
{
    size_t cap = tl->cap ? tl->cap * 2 : 64;
    dh_event *slots = dh_realloc(tl->slots, cap * sizeof *slots);
    if (!slots) return -1;
    tl->slots = slots;
    uint32_t *gen = dh_realloc(tl->gen, cap * sizeof *gen);
    if (!gen) return -1;
    tl->gen = gen;
    uint8_t *cancelled = dh_realloc(tl->cancelled, cap);
    if (!cancelled) return -1;
    tl->cancelled = cancelled;
    uint32_t *fl = dh_realloc(tl->free_list, cap * sizeof *fl);
    if (!fl) return -1;
    tl->free_list = fl;
    dh_heap_entry *heap = dh_realloc(tl->heap, cap * sizeof *heap);
    if (!heap) return -1;
    tl->heap = heap;
    memset(tl->gen + tl->cap, 0, (cap - tl->cap) * sizeof *gen);
    tl->cap = cap;
    return 0;
}

dh_event_handle dh_timeline_push(dh_timeline *tl, const dh_event *ev)
{
    uint32_t slot;
    if (tl->nfree) {
        slot = tl->free_list[--tl->nfree];
    } else {
        if (tl->nslots == tl->cap && grow(tl)) return 0;
        slot = (uint32_t)tl->nslots++;
    }
    tl->slots[slot] = *ev;
    tl->slots[slot].seq = tl->next_seq++;
    tl->cancelled[slot] = 0;
    tl->heap[tl->nheap] = (dh_heap_entry){ev->t, tl->slots[slot].seq, slot};
    sift_up(tl, tl->nheap++);
    return ((uint64_t)tl->gen[slot] << 32 | slot) + 1;
}

void dh_timeline_cancel(dh_timeline *tl, dh_event_handle h)
{
    if (!h) return;
    h -= 1;
    uint32_t slot = (uint32_t)h;
    if (slot >= tl->nslots || tl->gen[slot] != (uint32_t)(h >> 32)) return;
    tl->cancelled[slot] = 1;
}

static void remove_top(dh_timeline *tl)
{
    uint32_t slot = tl->heap[0].slot;
    tl->gen[slot]++;
    tl->free_list[tl->nfree++] = slot;
    if (--tl->nheap) fill_top(tl);
}

dh_ms dh_timeline_peek(dh_timeline *tl)
{
    while (tl->nheap && tl->cancelled[tl->heap[0].slot]) remove_top(tl);
    return tl->nheap ? tl->heap[0].t : DH_MS_NEVER;
}

int dh_timeline_pop(dh_timeline *tl, dh_ms until, dh_event *out)
{
    dh_ms t = dh_timeline_peek(tl);
    if (t == DH_MS_NEVER || t > until) return 0;
    *out = tl->slots[tl->heap[0].slot];
    remove_top(tl);
    return 1;
}
