/* dh_plan.h — the improvement plan as the agency filled it in: one row per area
 * for improvement (keyed by the scenario decision it came from) with the
 * corrective action, responsible unit, point of contact, due date and status.
 *
 * A plan travels inside a drill's record as the text of a DH_IN_PLAN input, in
 * one canonical form that this module writes and parses (the only place that
 * reads it): a first line "drillhall-plan 1", then one line per row,
 * tab-separated — decision id, status, due date (YYYY-MM-DD or empty), action,
 * unit, point of contact — with \t, \n and \\ escaped. Parsing is strict and
 * bounded: a record is hostile input like any other. */
#ifndef DH_PLAN_H
#define DH_PLAN_H

#include "dh_buf.h"
#include "dh_status.h"

#include <stddef.h>

/* The columns of the sheet the agency fills in (written by engine/report, read
 * back by engine/author). */
#define DH_PLAN_CSV_COLUMNS "decision,objectives,capability,finding,action,unit,contact,due,status"

#define DH_PLAN_MAX_ROWS 4096
#define DH_PLAN_FIELD_MAX 2000   /* bytes, per field */

typedef enum dh_plan_status {
    DH_PLAN_OPEN,
    DH_PLAN_IN_PROGRESS,
    DH_PLAN_DONE,
    DH_PLAN_DROPPED,
    DH_PLAN_STATUS_COUNT
} dh_plan_status;

/* One row; strings owned by the plan. */
typedef struct dh_plan_row {
    char *decision;      /* the scenario decision id the area for improvement came from */
    dh_plan_status status;
    char *due;           /* "YYYY-MM-DD" or "" */
    char *action, *unit, *poc;
} dh_plan_row;

typedef struct dh_plan {
    dh_plan_row *rows;
    size_t nrows;
} dh_plan;

/* "open", "in progress", "done", "dropped"; and back (-1 when none of them;
 * case and surrounding spaces ignored; "in-progress" is accepted). */
const char *dh_plan_status_name(dh_plan_status s);
int dh_plan_status_parse(const char *s);
/* 1 when s is a real calendar date written YYYY-MM-DD (years 2000–2999). */
int dh_plan_date_ok(const char *s);

void dh_plan_init(dh_plan *p);
void dh_plan_free(dh_plan *p);
/* Appends a row (copies every string). DH_ENOMEM, or DH_EINPUT when the plan
 * already has DH_PLAN_MAX_ROWS rows or a field is longer than DH_PLAN_FIELD_MAX. */
dh_status dh_plan_add(dh_plan *p, const char *decision, dh_plan_status status, const char *due,
                      const char *action, const char *unit, const char *poc);
/* The row for `decision`, or NULL. */
const dh_plan_row *dh_plan_find(const dh_plan *p, const char *decision);

/* The canonical text (appended to out; check out->failed). */
void dh_plan_format(const dh_plan *p, dh_buf *out);
/* Parses the canonical text into an empty plan. DH_EINPUT with "line N: why"
 * in err (the plan is then empty), or DH_ENOMEM. */
dh_status dh_plan_parse(dh_plan *p, const char *text, char *err, size_t errlen);

#endif
