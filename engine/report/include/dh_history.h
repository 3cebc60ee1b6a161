/* dh_history.h — one scenario across several drills (e.g. the 2025 and 2026
 * annual drills): per team, each drill's total, rank and median time to decide,
 * and the change from the previous drill the team took part in.
 *
 * Drills are compared in the order given (the caller orders them by date); teams
 * are matched by roster id, listed in the last drill's rank order, then teams
 * that only took part earlier. The entries and their drills are borrowed. */
#ifndef DH_HISTORY_H
#define DH_HISTORY_H

#include "dh_buf.h"
#include "dh_drill.h"
#include "dh_report.h"

typedef enum dh_history_format { DH_HISTORY_TEXT, DH_HISTORY_CSV, DH_HISTORY_HTML } dh_history_format;

typedef struct dh_history_entry {
    const dh_drill *d;
    const dh_report_meta *meta;   /* date and source name label the column */
} dh_history_entry;

/* DH_OK, or DH_ENOMEM. */
dh_status dh_history_write(dh_buf *out, const dh_history_entry *e, size_t n,
                           dh_history_format fmt, dh_lang lang);

/* Each drill's improvement plan as CSV, for `history --format csv` (a file of
 * its own beside the teams'): the columns "drill" (its label, as the teams'
 * table heads it), then DH_PREV_PLAN_CSV_COLUMNS of dh_report_plan.h, counterpart
 * and rating being the next drill's (empty for the last). DH_OK, or DH_ENOMEM. */
dh_status dh_history_write_plans_csv(dh_buf *out, const dh_history_entry *e, size_t n, dh_lang lang);

#endif
