/* dh_record_open.c — opening a .drill file: checked, writing nothing, that it
 * is a drillhall record of this schema whose tables are tables; then, for
 * writing, locked (one writer) and opened read-write. */
#include "dh_record_impl.h"
#include "dh_msg.h"
#include "dh_record_lock.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static int64_t pragma_int(sqlite3 *db, const char *sql, int *ok)
{
    sqlite3_stmt *s;
    int64_t v = 0;
    *ok = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) return 0;
    if (sqlite3_step(s) == SQLITE_ROW) {
        v = sqlite3_column_int64(s, 0);
        *ok = 1;
    }
    sqlite3_finalize(s);
    return v;
}

/* Only the record's own tables, and those exactly as the writer creates them:
 * a view could show other rows than the ones written, a trigger could act on a
 * resumed drill's writes, and a table rebuilt with a CHECK, a default, an extra
 * column or an index on an expression could refuse or change a resumed drill's
 * writes, or hold rows the writer never would (two progress rows). */
static dh_status check_schema(dh_record *r, char *err, size_t errlen)
{
    sqlite3_stmt *s;
    /* the record's own names first: "inputs is a view" says more than the
     * table the view reads from */
    if (sqlite3_prepare_v2(r->db,
                           "SELECT type, name, sql FROM sqlite_schema ORDER BY name NOT IN"
                           " ('drill', 'teams', 'responses', 'inputs', 'progress', 'writer',"
                           " 'codes', 'served'),"
                           " type = 'table', name",
                           -1, &s, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "damaged record");
    int seen[DH_RECORD_NTABLES] = {0};
    dh_status st = DH_OK;
    int rc;
    while (!st && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        const char *type = (const char *)sqlite3_column_text(s, 0);
        const char *name = (const char *)sqlite3_column_text(s, 1);
        const char *sql = (const char *)sqlite3_column_text(s, 2);
        /* NULL for a value that is there: SQLite ran out of memory reading it,
         * and skipping the row would report its table missing */
        if ((!type && sqlite3_column_type(s, 0) != SQLITE_NULL) ||
            (!name && sqlite3_column_type(s, 1) != SQLITE_NULL) ||
            (!sql && sqlite3_column_type(s, 2) != SQLITE_NULL)) {
            st = dh_record_db_fail(r, err, errlen, "damaged record");
            break;
        }
        if (!type || !name) continue;
        size_t i = 0;
        while (i < DH_RECORD_NTABLES && strcmp(name, dh_record_tables[i].name)) i++;
        if (i < DH_RECORD_NTABLES && !strcmp(type, "table")) {
            if (sql && !strcmp(sql, dh_record_tables[i].sql)) {
                seen[i] = 1;
            } else {
                snprintf(err, errlen, dh_msg(E_REC_TABLE_DEFINITION), name);
                st = DH_EINPUT;
            }
        } else if (i < DH_RECORD_NTABLES) {
            snprintf(err, errlen, dh_msg(E_REC_NOT_TABLE), name, type);
            st = DH_EINPUT;
        } else {
            /* the writer creates no index: any (an expression's too) is foreign */
            snprintf(err, errlen, dh_msg(E_REC_UNEXPECTED), type, name);
            st = DH_EINPUT;
        }
    }
    if (!st && rc != SQLITE_DONE) st = dh_record_db_fail(r, err, errlen, "damaged record");
    sqlite3_finalize(s);
    for (size_t i = 0; !st && i < DH_RECORD_NTABLES; i++)
        if (!seen[i])
            st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: no %s table",
                                dh_record_tables[i].name);
    return st;
}

/* Checks, writing nothing, that this is a drillhall record this engine reads. */
static dh_status check_file(dh_record *r, char *err, size_t errlen)
{
    int ok;
    int64_t app = pragma_int(r->db, "PRAGMA application_id", &ok);
    if (!ok)
        return dh_record_db_fail(r, err, errlen,
                       sqlite3_errcode(r->db) == SQLITE_CORRUPT ? "damaged or truncated record"
                                                                : "not a drillhall record");
    int64_t version = pragma_int(r->db, "PRAGMA user_version", &ok);
    /* unread (out of memory, I/O) is not "no schema version" */
    if (!ok) return dh_record_db_fail(r, err, errlen, "damaged or truncated record");
    if (app != DH_RECORD_APP_ID)
        return dh_record_fail(err, errlen, DH_EINPUT,
                    "not a drillhall record (a SQLite database of another program)%s", NULL);
    if (version > DH_RECORD_SCHEMA) {
        snprintf(err, errlen,
                 dh_msg(E_SCHEMA_NEWER),
                 (long long)version, DH_RECORD_SCHEMA);
        return DH_EINPUT;
    }
    if (version < 1)
        return dh_record_fail(err, errlen, DH_EINPUT, "not a drillhall record (no schema version)%s",
                    NULL);
    if (version < DH_RECORD_SCHEMA) {
        snprintf(err, errlen,
                 dh_msg(version == 1 ? E_SCHEMA_OLDER : version == 2 ? E_SCHEMA_OLDER2
                                                                     : E_SCHEMA_OLDER3),
                 (long long)version, DH_RECORD_SCHEMA);
        return DH_EINPUT;
    }
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(r->db, "PRAGMA quick_check", -1, &s, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "damaged record");
    int rc = sqlite3_step(s);
    const char *res = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(s, 0) : NULL;
    dh_status st = DH_OK;
    /* a check that could not run (out of memory, I/O) found nothing: only
     * SQLite's own verdict (corrupt, or a row other than "ok") is damage */
    if (rc != SQLITE_ROW || (!res && sqlite3_column_type(s, 0) != SQLITE_NULL)) {
        st = dh_record_db_fail(r, err, errlen, "damaged record");
    } else if (!res || strcmp(res, "ok")) {
        snprintf(err, errlen, dh_msg(E_DAMAGED), res ? res : "the integrity check failed");
        st = DH_EINPUT;
    }
    sqlite3_finalize(s);
    if (st) return st;
    st = check_schema(r, err, errlen);
    if (st) return st;
    return dh_record_load_progress(r, err, errlen);
}

dh_status dh_record_open(dh_record **out, const char *path, int writable, char *err,
                         size_t errlen)
{
    *out = NULL;
    struct stat sb;
    if (stat(path, &sb) != 0) return dh_record_fail(err, errlen, DH_EINPUT, "no such file%s", NULL);
    if (S_ISDIR(sb.st_mode)) return dh_record_fail(err, errlen, DH_EINPUT, "is a directory%s", NULL);
    if (sb.st_size == 0)
        return dh_record_fail(err, errlen, DH_EINPUT, "empty file: not a drillhall record%s", NULL);
    if (sb.st_size < 512)
        return dh_record_fail(err, errlen, DH_EINPUT, "too short to be a drillhall record (truncated?)%s",
                    NULL);
    dh_record *r = dh_record_new(path);
    if (!r) return dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
    /* checked read-only first, so a file that is not a usable record is never
     * touched, not even by a journal-mode change */
    dh_status st = dh_record_open_db(r, path, 0, err, errlen);
    /* a reader sees one snapshot for as long as it is open: header, inputs and
     * checkpoint all as of one moment, however far a writer has got since */
    if (!st && !writable) st = dh_record_exec(r, "BEGIN", err, errlen);
    if (!st) st = check_file(r, err, errlen);
    /* one writer: locked before anything is written, and the progress read
     * again under the lock (the previous writer may have moved it on) */
    if (!st && writable) st = dh_record_lock(r, path, err, errlen);
    if (!st && writable) {
        sqlite3_close(r->db);
        r->db = NULL;
        st = dh_record_open_db(r, path, 1, err, errlen);
        if (!st) st = dh_record_exec(r, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;", err, errlen);
        if (!st) st = dh_record_load_progress(r, err, errlen);
        if (!st) st = dh_record_prepare_writers(r, err, errlen);
    }
    if (st) {
        dh_record_close(r);
        return st;
    }
    *out = r;
    return DH_OK;
}

