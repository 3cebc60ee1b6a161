/* dh_recorded.h — a finished (or stopped) drill rebuilt from its .drill file,
 * for the commands that only read records: replay, report and history. */
#ifndef DH_RECORDED_H
#define DH_RECORDED_H

#include "dh_report.h"
#include "dh_session.h"

/* Opens the record o->from (read-only unless o->resume), starts the drill and
 * replays the record up to `until` or where it stops, whichever comes first
 * (DH_MS_NEVER: where it stops). Returns 0, or the exit status after printing
 * why; close s either way. */
int dh_recorded_rebuild(dh_session *s, const dh_session_opts *o, dh_ms until);

/* Rebuilds the drill in `path` (read-only) to where its record stops and fills
 * in the report's metadata (borrowing from s). Returns 0, or the exit status
 * after printing why. */
int dh_recorded_open(dh_session *s, const char *path, const char *lang, dh_report_meta *meta);

#endif
