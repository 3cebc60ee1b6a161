/* dh_report_plan.h — the improvement plan (engine/report internal): which rows
 * it has, and those rows as the report's table, the sheet the agency fills in,
 * a team's share of it and last year's plan beside this year's ratings.
 *
 * One source of truth: every writer walks dh_report_plan_items, so the sheet
 * has exactly the rows the report's table shows. */
#ifndef DH_REPORT_PLAN_H
#define DH_REPORT_PLAN_H

#include "dh_aar.h"
#include "dh_buf.h"
#include "dh_plan.h"

/* One row: an area for improvement (the decision it came from) with what the
 * agency filled in for it, or NULL while nothing was. */
typedef struct dh_plan_item {
    int decision;
    const dh_plan_row *filled;
} dh_plan_item;

/* The rows, in scenario order: every decision found to be an area for
 * improvement, then any other decision the filled plan has a row for (so
 * nothing recorded is dropped). Returns how many (at most the decision count);
 * out has room for dh_drill_decision_count entries. */
size_t dh_report_plan_items(const dh_aar *a, dh_plan_item *out);

/* The capability a row belongs to (its objectives' categories, else the
 * category the best option scores most in), as plain text. */
void dh_report_plan_capability(dh_buf *b, const dh_aar *a, int dec, dh_lang lang);
/* The objective ids a decision evidences (its own and its options'), separated
 * by spaces, as plain text. */
void dh_report_plan_objective_ids(dh_buf *b, const dh_scenario *sc, int dec);

/* "plan":{"imports":N,"rows":[…]} for the JSON report: the same rows, with
 * decision and objective ids, the action, unit, contact, due date and status
 * ("open" … "dropped"). */
void dh_report_plan_json(dh_buf *b, const dh_aar *a);
/* The plan table; team ≥ 0: only the rows where that team did not choose the
 * best option (its share of the plan). */
void dh_report_plan(dh_buf *b, const dh_aar *a, dh_lang lang, int team);
/* Last year's plan (the rows of `prev`, a drill of the year before) with its
 * status, beside this drill's rating of the same objectives, matched by
 * objective id; a row whose objectives this scenario does not have says so.
 * heading: NULL for "Last year's improvement plan" (id previous-plan), else the
 * heading to show (id plan-IDX, for a history of several years). */
void dh_report_previous_plan(dh_buf *b, const dh_aar *a, const dh_aar *prev, dh_lang lang,
                             const char *heading, int idx);
/* The same rows for the JSON report: "previous_plan":{"filled","imports","rows":[
 * {decision, action (in lang), unit, contact, due, status, objectives:[{id,
 * counterpart, rating}]}]}; rating is this drill's overall rating of the
 * objective with the same id, null without a counterpart or a rating. */
void dh_report_previous_plan_json(dh_buf *b, const dh_aar *a, const dh_aar *prev, dh_lang lang);
/* The columns of a previous plan as CSV (report --previous, history). */
#define DH_PREV_PLAN_CSV_COLUMNS "decision,action,unit,contact,due,status,objective,counterpart,rating"
/* prev's plan rows as CSV lines (no header), one per row and objective: with
 * `label`, a first column naming prev's drill; counterpart and rating are
 * `now`'s (the next drill), empty when now is NULL. */
void dh_report_plan_rows_csv(dh_buf *b, const dh_aar *now, const dh_aar *prev, dh_lang lang,
                             const char *label);
/* prev's plan rows as lines of text for `history`: decision, [status], action,
 * unit, due, then (now not NULL) now's rating of each objective. */
void dh_report_plan_rows_text(dh_buf *b, const dh_aar *now, const dh_aar *prev, dh_lang lang);

#endif
