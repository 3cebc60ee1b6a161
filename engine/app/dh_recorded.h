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

/* Verifies the record in `path` (signed by the key in the .pub file `key`, when
 * not NULL), rebuilds the drill (read-only) to where its record stops and fills
 * in the report's metadata (borrowing from s). A record that fails verify is
 * refused (exit 1, naming the first bad input) unless `unverified`: then
 * meta->unverified says why and the report stamps it NOT VERIFIED. The
 * fingerprint is the head computed while verifying, never the stored one.
 * Returns 0, or the exit status after printing why. */
int dh_recorded_open(dh_session *s, const char *path, const char *lang, const char *key,
                     int unverified, dh_report_meta *meta);

/* Shows the brackets of a rebuilt drill by the display names (`bracket_name`)
 * the roster CSV at `path` gives them, matched by bracket id: the record keeps
 * bracket ids only. Brackets the roster does not name keep their ids. Returns
 * 0, or the exit status after printing why (a roster that does not load). */
int dh_recorded_bracket_names(dh_session *s, const char *path);

#endif
