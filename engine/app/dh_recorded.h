/* dh_recorded.h — a finished (or stopped) drill rebuilt from its .drill file,
 * for the commands that only read records: report and history. */
#ifndef DH_RECORDED_H
#define DH_RECORDED_H

#include "dh_report.h"
#include "dh_session.h"

/* Rebuilds the drill in `path` (read-only) to where its record stops and fills
 * in the report's metadata (borrowing from s). Returns 0, or the exit status
 * after printing why. */
int dh_recorded_open(dh_session *s, const char *path, const char *lang, dh_report_meta *meta);

#endif
