/* dh_alloc.c — the core's allocator and its failure hook for tests. */
#include "dh_alloc.h"

#include <stdatomic.h>
#include <stdlib.h>

/* Tests arm the hook from one thread; the atomics only keep a drill simulated
 * on other threads (dh_simulate) well defined while it is armed. */
static atomic_int armed;
static atomic_int persistent;
static atomic_long left;
static atomic_uint_fast64_t calls, failed;

/* Distinct callers seen while armed, so a test can say how many allocation
 * sites its path reached. Only the arming thread's tests read it; a site seen
 * from another thread at the same moment may be counted twice. */
#define MAX_SITES 1024
static const void *sites[MAX_SITES];
static atomic_size_t nsites;

static void note_site(const void *site)
{
    size_t n = atomic_load(&nsites);
    for (size_t i = 0; i < n; i++)
        if (sites[i] == site) return;
    if (n < MAX_SITES) {
        sites[n] = site;
        atomic_store(&nsites, n + 1);
    }
}

#if defined(__GNUC__)
#define CALLER() __builtin_return_address(0)
#else
#define CALLER() NULL
#endif

static int fail_now(const void *site)
{
    if (!atomic_load_explicit(&armed, memory_order_relaxed)) return 0;
    if (site) note_site(site);
    atomic_fetch_add(&calls, 1);
    long before = atomic_fetch_sub(&left, 1);
    int fail = before == 1 || (before < 1 && atomic_load(&persistent));
    if (fail) atomic_fetch_add(&failed, 1);
    return fail;
}

void *dh_malloc(size_t size) { return fail_now(CALLER()) ? NULL : malloc(size); }

void *dh_calloc(size_t n, size_t size) { return fail_now(CALLER()) ? NULL : calloc(n, size); }

void *dh_realloc(void *p, size_t size) { return fail_now(CALLER()) ? NULL : realloc(p, size); }

void dh_free(void *p) { free(p); }

int dh_alloc_hook_fails(void) { return fail_now(CALLER()); }

void dh_alloc_fail_at(long n, int persist)
{
    atomic_store(&armed, 0);
    atomic_store(&calls, 0);
    atomic_store(&failed, 0);
    atomic_store(&left, n);
    atomic_store(&persistent, persist != 0);
    atomic_store(&armed, n > 0);
}

dh_alloc_counts dh_alloc_counts_get(void)
{
    dh_alloc_counts c = {atomic_load(&calls), atomic_load(&failed), atomic_load(&nsites)};
    return c;
}

void dh_alloc_forget_sites(void) { atomic_store(&nsites, 0); }
