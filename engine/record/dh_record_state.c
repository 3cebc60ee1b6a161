/* dh_record_state.c — how the record's files report a failure. */
#include "dh_record_state.h"

#include <stdio.h>

dh_status dh_record_fail(char *err, size_t errlen, dh_status st, const char *fmt, const char *a)
{
    snprintf(err, errlen, fmt, a ? a : "");
    return st;
}

dh_status dh_record_db_fail(dh_record *r, char *err, size_t errlen, const char *what)
{
    int code = sqlite3_errcode(r->db) & 0xff;
    /* out of memory says nothing about the file: not "damaged record: out of
     * memory", which a facilitator would read as a finding against the record */
    if (code == SQLITE_NOMEM) return dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
    snprintf(err, errlen, "%s: %s", what, sqlite3_errmsg(r->db));
    /* a damaged or foreign file is bad input; anything else is the machine's fault */
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_FORMAT ||
                   code == SQLITE_ERROR
               ? DH_EINPUT
               : DH_EIO;
}
