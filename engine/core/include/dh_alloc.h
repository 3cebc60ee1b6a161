/* dh_alloc.h — every allocation the core makes goes through here.
 *
 * dh_malloc, dh_calloc and dh_realloc behave as the C library's; what they
 * return is released with free() (or dh_free), so a block may cross into a
 * layer that frees it itself.
 *
 * The one addition is a hook for tests (STYLE.md pattern 8, as SQLite's malloc
 * tests): dh_alloc_fail_at(n, …) makes the n-th allocation from now fail, and,
 * when persistent, every one after it. A test walks n = 1, 2, … over a path
 * until the path no longer reaches the n-th allocation; each run must end in a
 * clean status. Disarmed (the default) the hook costs one relaxed atomic load. */
#ifndef DH_ALLOC_H
#define DH_ALLOC_H

#include <stddef.h>
#include <stdint.h>

void *dh_malloc(size_t size);
void *dh_calloc(size_t n, size_t size);
/* On failure returns NULL and leaves p as it was. */
void *dh_realloc(void *p, size_t size);
void dh_free(void *p);

/* Arms the hook: the n-th allocation from now fails (n ≥ 1); with persistent
 * set, so does every later one. n ≤ 0 disarms it. Resets the counters. */
void dh_alloc_fail_at(long n, int persistent);

typedef struct dh_alloc_counts {
    uint64_t calls;    /* allocations asked for while the hook was armed */
    uint64_t failed;   /* of those, how many the hook failed */
    uint64_t sites;    /* distinct call sites among them (gcc/clang; 0 elsewhere) */
} dh_alloc_counts;

/* For a test that routes a library's allocator through the hook (SQLite's,
 * through sqlite3_config): counts one allocation on the same sequence as the
 * core's and returns 1 when it must fail. */
int dh_alloc_hook_fails(void);

/* Calls and failures since the hook was last armed; sites since the last
 * dh_alloc_forget_sites (they add up over several armings of one test). */
dh_alloc_counts dh_alloc_counts_get(void);
void dh_alloc_forget_sites(void);

#endif
