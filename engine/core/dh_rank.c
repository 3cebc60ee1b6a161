/* dh_rank.c — ranking by total, decision time, id. */
#include "dh_rank.h"
#include "dh_drill_impl.h"
#include "dh_alloc.h"

#include <stdlib.h>
#include <string.h>

static int better(const dh_drill *d, int a, int b)
{
    if (d->totals[a] != d->totals[b]) return d->totals[a] > d->totals[b];
    if (d->decision_time[a] != d->decision_time[b])
        return d->decision_time[a] < d->decision_time[b];
    return strcmp(d->roster->teams[a].id, d->roster->teams[b].id) < 0;
}

/* merge sort: stable, O(n log n), no global comparator context needed */
static void sort(const dh_drill *d, int *v, int *tmp, size_t n)
{
    if (n < 2) return;
    size_t h = n / 2;
    sort(d, v, tmp, h);
    sort(d, v + h, tmp, n - h);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = better(d, v[j], v[i]) ? v[j++] : v[i++];
    while (i < h) tmp[k++] = v[i++];
    while (j < n) tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof *v);
}

dh_status dh_rank_compute(const dh_drill *d, dh_ranking *out)
{
    size_t n = d->nteams;
    memset(out, 0, sizeof *out);
    out->order = dh_malloc((n ? n : 1) * sizeof *out->order);
    out->rank = dh_malloc((n ? n : 1) * sizeof *out->rank);
    out->bracket_rank = dh_malloc((n ? n : 1) * sizeof *out->bracket_rank);
    int *tmp = dh_malloc((n ? n : 1) * sizeof *tmp);
    int *seen = dh_calloc(d->roster->nbrackets ? d->roster->nbrackets : 1, sizeof *seen);
    if (!out->order || !out->rank || !out->bracket_rank || !tmp || !seen) {
        free(tmp);
        free(seen);
        dh_ranking_free(out);
        return DH_ENOMEM;
    }
    out->nteams = n;
    for (size_t i = 0; i < n; i++) out->order[i] = (int)i;
    sort(d, out->order, tmp, n);
    for (size_t i = 0; i < n; i++) {
        int t = out->order[i];
        out->rank[t] = (int)i + 1;
        out->bracket_rank[t] = ++seen[d->roster->bracket_of[t]];
    }
    free(tmp);
    free(seen);
    return DH_OK;
}

void dh_ranking_free(dh_ranking *r)
{
    free(r->order);
    free(r->rank);
    free(r->bracket_rank);
    memset(r, 0, sizeof *r);
}
