/* dh_rank.h — ranking teams: overall and within each bracket.
 *
 * Order: higher total first, then less total decision time, then team id (bytes),
 * so a ranking never depends on anything but the drill's state. Equal totals and
 * times still get distinct ranks, ordered by id. */
#ifndef DH_RANK_H
#define DH_RANK_H

#include "dh_drill.h"

typedef struct dh_ranking {
    int *order;         /* team indexes, best first */
    int *rank;          /* [team] 1-based overall rank */
    int *bracket_rank;  /* [team] 1-based rank within the team's bracket */
    size_t nteams;
} dh_ranking;

dh_status dh_rank_compute(const dh_drill *d, dh_ranking *out);
void dh_ranking_free(dh_ranking *r);

#endif
