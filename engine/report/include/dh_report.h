/* dh_report.h — the after-action report of a drill: HTML (one self-contained
 * file, inline CSS and SVG, print-ready for A4), CSV and JSON.
 *
 * Every writer reads a drill's state (borrowed, not changed) and its scenario,
 * and appends to a caller-owned buffer; the caller writes the file. Writers
 * return DH_OK, or DH_ENOMEM when the buffer or the analysis ran out of memory. */
#ifndef DH_REPORT_H
#define DH_REPORT_H

#include "dh_buf.h"
#include "dh_drill.h"
#include "dh_text.h"

#include <stdint.h>

typedef struct dh_report_meta {
    const char *source;          /* what the report was made from (the .drill file name) */
    int64_t created_us;          /* when the drill started, µs since the Unix epoch (UTC) */
    const char *fingerprint;     /* the chain head computed while verifying, or NULL */
    const char *engine_version;
    dh_lang lang;
    /* NULL when the record verified; else why it did not (report --unverified):
     * every page is stamped NOT VERIFIED and the JSON says "verified": false */
    const char *unverified;
    /* the drill of the year before (report --previous), or NULL: its improvement
     * plan is shown with its status beside this drill's ratings (borrowed) */
    const dh_drill *previous;
} dh_report_meta;

/* The stamp on everything made from a record that failed verify. */
#define DH_NOT_VERIFIED "NOT VERIFIED"

dh_status dh_report_html(dh_buf *out, const dh_drill *d, const dh_report_meta *m);
/* Team `team`'s own page, self-contained, to send to that office alone: its
 * results against the sector's median (and its role's), its decisions and
 * objective ratings, the evaluators' adjustments and notes about it, and its
 * share of the improvement plan. It names no other team. */
dh_status dh_report_team_html(dh_buf *out, const dh_drill *d, const dh_report_meta *m, int team);
dh_status dh_report_json(dh_buf *out, const dh_drill *d, const dh_report_meta *m);
/* One row per team × decision that opened: team, name, bracket, decision,
 * option, status, seconds to decide, points per category, total. */
dh_status dh_report_csv_decisions(dh_buf *out, const dh_drill *d);
/* One row per team, best first: rank, team, name, bracket, bracket rank,
 * points per category, total, decision seconds, answered, missed. */
dh_status dh_report_csv_scoreboard(dh_buf *out, const dh_drill *d);

/* One row per objective and team it was rated for, then one per objective for
 * the whole drill (team empty): objective, capability, team, name, bracket,
 * rating (P/S/M/U), computed rating, and the evaluator's reason when one
 * replaced it. */
dh_status dh_report_csv_objectives(dh_buf *out, const dh_drill *d);
/* One row per team and feedback question it answered (the answer that stands):
 * team, name, bracket, question, kind (rating|text), rating, answer. */
dh_status dh_report_csv_feedback(dh_buf *out, const dh_drill *d);

/* The improvement plan as a sheet for the agency to fill in: the rows the
 * report's table shows (one per area for improvement), with the columns of
 * DH_PLAN_CSV_COLUMNS (dh_plan.h). decision and objectives are ids (how the sheet is read
 * back and matched next year); capability, finding and action are in `lang`;
 * status is one of open, in progress, done, dropped. */
dh_status dh_report_csv_plan(dh_buf *out, const dh_drill *d, dh_lang lang);
/* Last year's plan (`previous`, borrowed) beside this drill's ratings: one row per
 * plan row and objective it evidenced (a row with none: one line, objective
 * empty) — decision, action (in lang), unit, contact, due, status, objective id,
 * counterpart (yes|no: this scenario has an objective with that id), and this
 * drill's overall rating of it (P/S/M/U, empty when none). */
dh_status dh_report_csv_previous_plan(dh_buf *out, const dh_drill *d, const dh_drill *previous,
                                      dh_lang lang);

/* Local time (TZ, else the system's zone) with its offset:
 * "2026-11-24 06:30 UTC+07:00"; "2026-11-24 09:30 UTC" where the offset is 0. */
void dh_report_date(int64_t us, char *buf, size_t len);

#endif
