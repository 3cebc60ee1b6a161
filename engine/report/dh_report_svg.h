/* dh_report_svg.h — the report's inline SVG charts (engine/report internal). */
#ifndef DH_REPORT_SVG_H
#define DH_REPORT_SVG_H

#include "dh_aar.h"
#include "dh_buf.h"

/* Points by category: mean across teams, with the lowest and highest team. */
void dh_svg_categories(dh_buf *b, const dh_aar *a, dh_lang lang);
/* The exercise timeline: injects on stage lanes, then one row per team (in rank
 * order) with a mark for each decision: best option, other option, missed. */
void dh_svg_timeline(dh_buf *b, const dh_aar *a, dh_lang lang);
/* The axis step (milli) for points from lo to hi: 5, 10, 20, 50, 100, … points,
 * at most ten steps (every chart of points shares it). */
int64_t dh_svg_tick_step(int64_t lo, int64_t hi);

#endif
