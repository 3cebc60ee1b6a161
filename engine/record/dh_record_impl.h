/* dh_record_impl.h — what the engine/record files share about a record. */
#ifndef DH_RECORD_IMPL_H
#define DH_RECORD_IMPL_H

#include "dh_record.h"

#include <sqlite3.h>

struct dh_record {
    sqlite3 *db;
    sqlite3_stmt *insert, *progress;
    dh_record_progress prog;  /* the progress row: read once at open, then kept
                                 current by this handle's own writes */
    char head[DH_HASH_HEX];
    char *path;
};

/* Writes fmt (with one %s for a, or none) into err; returns st. */
dh_status dh_record_fail(char *err, size_t errlen, dh_status st, const char *fmt, const char *a);
/* SQLite's last error as "what: message"; DH_EINPUT for a damaged or foreign
 * file, else DH_EIO. */
dh_status dh_record_db_fail(dh_record *r, char *err, size_t errlen, const char *what);

#endif
