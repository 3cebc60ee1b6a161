/* dh_history_trends.h — the sector's year over year (engine/report internal):
 * headline figures per drill, the mean points per category as an SVG chart,
 * the share of teams choosing the best option per decision, each objective's
 * rating, and what every abbreviation of the history means. */
#ifndef DH_HISTORY_TRENDS_H
#define DH_HISTORY_TRENDS_H

#include "dh_aar.h"
#include "dh_buf.h"
#include "dh_history_objectives.h"

/* Appends the HTML sections for the analyses of n drills (oldest first);
 * labels[k] names drill k's column. Categories, decisions and objectives are
 * those of the last drill, matched in the earlier ones by id. */
void dh_history_trends(dh_buf *b, const dh_aar *aars, size_t n,
                       const char (*labels)[48], dh_lang lang);
/* The glossary of the history's abbreviations. */
void dh_history_glossary(dh_buf *b, dh_lang lang);

#endif
