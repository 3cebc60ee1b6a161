/* dh_rank.h — ranking teams: overall, within each bracket and within each role.
 *
 * Order: higher total first, then less total decision time. Teams equal on both
 * are tied and share a rank, the next rank skipping as many places ("standard
 * competition ranking": 1, 2, 2, 4) — overall and within a bracket. Tied teams
 * are listed by id (bytes) so the order of the rows never depends on anything
 * but the drill's state, but nothing may read a place from that order: the
 * rank is the only standing. */
#ifndef DH_RANK_H
#define DH_RANK_H

#include "dh_drill.h"

typedef struct dh_ranking {
    int *order;         /* team indexes, best first */
    int *rank;          /* [team] 1-based overall rank */
    int *bracket_rank;  /* [team] 1-based rank within the team's bracket */
    int *role_rank;     /* [team] 1-based rank among the teams of its role (like is
                           compared with like: a role decides other things); teams
                           without a role are ranked together */
    int *tied;          /* [team] how many teams share its overall rank (1 = alone) */
    size_t nteams;
} dh_ranking;

dh_status dh_rank_compute(const dh_drill *d, dh_ranking *out);
void dh_ranking_free(dh_ranking *r);

/* Non-zero when team t is on the podium: overall rank 1 to 3, and not a rank
 * every team shares (a drill where all tie has no podium). */
int dh_rank_podium(const dh_ranking *r, int t);

#endif
