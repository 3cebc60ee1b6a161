/* dh_report_page.h — what the whole report and a team's own page share
 * (engine/report internal): the style sheet, the NOT VERIFIED stamp and a
 * team's section. */
#ifndef DH_REPORT_PAGE_H
#define DH_REPORT_PAGE_H

#include "dh_aar.h"
#include "dh_buf.h"
#include "dh_report.h"

/* The report's CSS (screen and A4 print). */
extern const char dh_report_css[];
/* A record that failed verify: said at the top (banner) or at the head of a
 * team's section; nothing when it verified. */
void dh_report_not_verified(dh_buf *b, const dh_report_meta *m, int banner);
/* Team t's section: its decisions, points, objective ratings, the evaluators'
 * adjustments and notes about it, and the injects the facilitator wrote to it
 * or to every team. pts: room for the category count. */
void dh_report_team_section(dh_buf *b, const dh_aar *a, dh_lang lang, int t, int64_t *pts,
                            const dh_report_meta *m);

#endif
