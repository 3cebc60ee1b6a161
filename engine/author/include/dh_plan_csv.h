/* dh_plan_csv.h — reading back the improvement plan the agency filled in: the
 * sheet `drillhall plan --format csv` wrote (or any sheet with its column names),
 * checked against the drill's scenario, into core's dh_plan.
 *
 * Columns are found by name in any order, separated by ',' or ';' (dh_csv.h):
 * `decision` is required; `action`, `unit`, `contact`, `due` and `status` are
 * read; `objectives`, `capability` and `finding` are what the sheet showed and
 * are ignored. A due date is YYYY-MM-DD or DD/MM/YYYY (as a spreadsheet set to
 * Vietnamese saves it), empty when not set; a status is open, in progress, done
 * or dropped, in English or in any language of the catalog (empty: open). */
#ifndef DH_PLAN_CSV_H
#define DH_PLAN_CSV_H

#include "dh_diag.h"
#include "dh_plan.h"
#include "dh_scenario.h"

/* Reads path into an empty plan. Every problem is added to diags as
 * path:line; DH_EINPUT when there was one (the plan is then empty), DH_EIO
 * when the file could not be read, DH_ENOMEM. */
dh_status dh_plan_csv_read(const char *path, const dh_scenario *sc, dh_plan *out,
                           dh_diags *diags);

#endif
