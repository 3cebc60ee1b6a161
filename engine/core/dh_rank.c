/* dh_rank.c — ranking by total and decision time; ties share a rank. */
#include "dh_rank.h"
#include "dh_drill_impl.h"
#include "dh_alloc.h"

#include <stdlib.h>
#include <string.h>

static int tied(const dh_drill *d, int a, int b)
{
    return d->totals[a] == d->totals[b] && d->decision_time[a] == d->decision_time[b];
}

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
    out->tied = dh_malloc((n ? n : 1) * sizeof *out->tied);
    int *tmp = dh_malloc((n ? n : 1) * sizeof *tmp);
    size_t nb = d->roster->nbrackets ? d->roster->nbrackets : 1;
    int *seen = dh_calloc(nb, sizeof *seen);
    int *last = dh_malloc(nb * sizeof *last); /* [bracket] last team placed in it */
    /* roles likewise, teams without one ranked together in the slot after them */
    size_t nr = d->roster->nroles + 1;
    out->role_rank = dh_malloc((n ? n : 1) * sizeof *out->role_rank);
    int *rseen = dh_calloc(nr, sizeof *rseen), *rlast = dh_malloc(nr * sizeof *rlast);
    if (!out->order || !out->rank || !out->bracket_rank || !out->tied || !tmp || !seen ||
        !last || !out->role_rank || !rseen || !rlast) {
        free(tmp);
        free(seen);
        free(last);
        free(rseen);
        free(rlast);
        dh_ranking_free(out);
        return DH_ENOMEM;
    }
    out->nteams = n;
    for (size_t i = 0; i < n; i++) out->order[i] = (int)i;
    sort(d, out->order, tmp, n);
    /* a team tied with the one placed before it takes that one's rank */
    for (size_t i = 0; i < n; i++) {
        int t = out->order[i], br = d->roster->bracket_of[t];
        out->rank[t] = i && tied(d, out->order[i - 1], t) ? out->rank[out->order[i - 1]]
                                                          : (int)i + 1;
        seen[br]++;
        out->bracket_rank[t] = seen[br] > 1 && tied(d, last[br], t) ? out->bracket_rank[last[br]]
                                                                  : seen[br];
        last[br] = t;
        int ro = d->roster->teams[t].role;
        size_t rs = ro >= 0 ? (size_t)ro : nr - 1;
        rseen[rs]++;
        out->role_rank[t] = rseen[rs] > 1 && tied(d, rlast[rs], t) ? out->role_rank[rlast[rs]]
                                                                  : rseen[rs];
        rlast[rs] = t;
    }
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && out->rank[out->order[j]] == out->rank[out->order[i]]; j++) {}
        for (size_t k = i; k < j; k++) out->tied[out->order[k]] = (int)(j - i);
    }
    free(tmp);
    free(seen);
    free(last);
    free(rseen);
    free(rlast);
    return DH_OK;
}

void dh_ranking_free(dh_ranking *r)
{
    free(r->order);
    free(r->rank);
    free(r->bracket_rank);
    free(r->role_rank);
    free(r->tied);
    memset(r, 0, sizeof *r);
}

int dh_rank_podium(const dh_ranking *r, int t)
{
    return r->rank[t] <= 3 && (size_t)r->tied[t] < r->nteams;
}
