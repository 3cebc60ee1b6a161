/* dh_history_objectives.h — the objectives year over year (engine/report
 * internal), placed by dh_history_trends.c. Drills are given oldest first;
 * labels[k] names drill k's column; objectives are the last drill's, matched
 * in the earlier ones by id. */
#ifndef DH_HISTORY_OBJECTIVES_H
#define DH_HISTORY_OBJECTIVES_H

#include "dh_aar.h"
#include "dh_buf.h"

/* The objectives year over year (dh_history_objectives.c): the share of teams
 * rated P or S per objective as an SVG chart and a table; each team of the
 * last drill, its rating per objective against its previous one; each drill's
 * improvement plan with its status beside the next drill's ratings. */
void dh_history_objective_chart(dh_buf *b, const dh_aar *aars, size_t n,
                                const char (*labels)[48], dh_lang lang);
void dh_history_team_objectives(dh_buf *b, const dh_aar *aars, size_t n, dh_lang lang);
void dh_history_plans(dh_buf *b, const dh_aar *aars, size_t n, const char (*labels)[48],
                      dh_lang lang);

#endif
