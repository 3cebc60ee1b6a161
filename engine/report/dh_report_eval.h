/* dh_report_eval.h — the HSEEP parts of the after-action report (engine/report
 * internal): the executive summary, objectives with their ratings, the
 * control log and the evaluators' ratings. Each appends
 * one HTML section in `lang`; dh_report_html.c places them. */
#ifndef DH_REPORT_EVAL_H
#define DH_REPORT_EVAL_H

#include "dh_aar.h"
#include "dh_buf.h"

/* How long the exercise ran, and how it ended: "3:00:00", or "3:00:00 — ended
 * early by the facilitator at T+2:34:36", or "… — stopped at …". */
void dh_report_exercise_time(dh_buf *b, const dh_drill *d, dh_lang lang);

void dh_report_exec_summary(dh_buf *b, const dh_aar *a, dh_lang lang);
void dh_report_objectives(dh_buf *b, const dh_aar *a, dh_lang lang);
/* A rating as a coloured badge with its meaning as the tooltip; "–" unrated. */
void dh_report_badge(dh_buf *b, int r, dh_lang lang);
void dh_report_control_log(dh_buf *b, const dh_aar *a, dh_lang lang);
void dh_report_evaluator_ratings(dh_buf *b, const dh_aar *a, dh_lang lang);
/* One team's objective ratings, as a line under its decisions. */
void dh_report_team_ratings(dh_buf *b, const dh_aar *a, dh_lang lang, int team);

#endif
