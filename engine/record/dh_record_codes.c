/* dh_record_codes.c — the join codes' rows and where the drill was served
 * (schema 3). Neither is chained: a reissued code changes its row, and only a
 * salted hash of a code is ever stored (engine/net derives and checks codes). */
#include "dh_record_impl.h"
#include "dh_msg.h"
#include "dh_roster.h"
#include "dh_text.h"
#include "dh_vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dh_record_codes_free(dh_record_code *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(v[i].role);
        free(v[i].id);
        free(v[i].name);
        free(v[i].teams);
        free(v[i].hash);
    }
    free(v);
}

/* The longest text a codes row holds, column by column: the reader refuses
 * more, so the writer refuses it too (a row written must read back on resume).
 * A name is at most DH_TEAM_TEXT_MAX characters of UTF-8; teams lists every
 * team once, each id at most 64 bytes and a separator. */
enum { CODE_ROLE_MAX = 16, CODE_ID_MAX = 64, CODE_NAME_MAX = 1024, CODE_HASH_MAX = 200 };
_Static_assert(DH_TEAM_TEXT_MAX * 4 <= CODE_NAME_MAX, "a name of DH_TEAM_TEXT_MAX characters fits");
#define CODE_TEAMS_MAX ((size_t)DH_MAX_TEAMS * 65)

/* column col as owned text of at most max bytes, no NUL inside; NULL refused */
static char *col_text(sqlite3_stmt *s, int col, size_t max)
{
    if (sqlite3_column_type(s, col) != SQLITE_TEXT) return NULL;
    const char *t = (const char *)sqlite3_column_text(s, col);
    size_t n = (size_t)sqlite3_column_bytes(s, col);
    if (!t || n > max || strlen(t) != n) return NULL;
    return dh_strdup(t);
}

dh_status dh_record_read_codes(dh_record *r, dh_record_code **out, size_t *n, char *err,
                               size_t errlen)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(r->db, "SELECT role, id, name, teams, generation, hash FROM codes"
                                  " ORDER BY role = 'observer', role = 'evaluator', rowid",
                           -1, &s, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "damaged record");
    dh_record_code *v = NULL;
    size_t count = 0;
    dh_status st = DH_OK;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        dh_record_code *c = dh_vec_push(&v, &count, sizeof *v);
        if (!c) {
            st = dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
            break;
        }
        memset(c, 0, sizeof *c);
        c->role = col_text(s, 0, CODE_ROLE_MAX);
        c->id = col_text(s, 1, CODE_ID_MAX);
        c->name = col_text(s, 2, CODE_NAME_MAX);
        c->teams = col_text(s, 3, CODE_TEAMS_MAX);
        c->hash = col_text(s, 5, CODE_HASH_MAX);
        c->generation = sqlite3_column_int64(s, 4);
        if (!c->role || !c->id || !c->name || !c->teams || !c->hash ||
            sqlite3_column_type(s, 4) != SQLITE_INTEGER || c->generation < 0) {
            char where[96];
            snprintf(where, sizeof where, "codes row %zu", count);
            snprintf(err, errlen, dh_msg(E_REC_DAMAGED_AT), where, "not readable");
            st = DH_EINPUT;
            break;
        }
    }
    if (!st && rc != SQLITE_DONE) st = dh_record_db_fail(r, err, errlen, "damaged record");
    sqlite3_finalize(s);
    if (st) {
        dh_record_codes_free(v, count);
        return st;
    }
    *out = v;
    *n = count;
    return DH_OK;
}

dh_status dh_record_put_code(dh_record *r, const dh_record_code *c, char *err, size_t errlen)
{
    if (!r->insert) return dh_record_fail(err, errlen, DH_ESTATE, "the record is open read-only%s", NULL);
    if (!c->role || !c->id || !c->hash || strlen(c->role) > CODE_ROLE_MAX || strlen(c->id) > CODE_ID_MAX ||
        (c->name && strlen(c->name) > CODE_NAME_MAX) || (c->teams && strlen(c->teams) > CODE_TEAMS_MAX) ||
        strlen(c->hash) > CODE_HASH_MAX)
        return dh_record_fail(err, errlen, DH_EINPUT, "a join code's text is too long for the record%s", NULL);
    /* one row per (role, id), replaced in place: no index (the record's
     * schema has none), so an UPDATE, or an INSERT when nothing was updated */
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(r->db, "UPDATE codes SET role = ?1, id = ?2, name = ?3, teams = ?4,"
                                  " generation = ?5, hash = ?6 WHERE role = ?1 AND id = ?2",
                           -1, &s, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "cannot write the record");
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            if (sqlite3_changes(r->db) > 0) break;
            sqlite3_finalize(s);
            if (sqlite3_prepare_v2(r->db, "INSERT INTO codes(role, id, name, teams, generation,"
                                          " hash) VALUES(?1,?2,?3,?4,?5,?6)",
                                   -1, &s, NULL) != SQLITE_OK)
                return dh_record_db_fail(r, err, errlen, "cannot write the record");
        }
        sqlite3_bind_text(s, 1, c->role, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 2, c->id, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 3, c->name ? c->name : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 4, c->teams ? c->teams : "", -1, SQLITE_STATIC);
        sqlite3_bind_int64(s, 5, c->generation);
        sqlite3_bind_text(s, 6, c->hash, -1, SQLITE_STATIC);
        if (sqlite3_step(s) != SQLITE_DONE) {
            dh_status st = dh_record_db_fail(r, err, errlen, "cannot write the record");
            sqlite3_finalize(s);
            return st;
        }
    }
    sqlite3_finalize(s);
    return DH_OK;
}

dh_status dh_record_set_served(dh_record *r, const char *url, const char *fingerprint, char *err,
                               size_t errlen)
{
    if (!r->insert) return dh_record_fail(err, errlen, DH_ESTATE, "the record is open read-only%s", NULL);
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(r->db, "INSERT OR REPLACE INTO served(id, url, fingerprint) VALUES(1,?,?)",
                           -1, &s, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "cannot write the record");
    sqlite3_bind_text(s, 1, url ? url : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, fingerprint ? fingerprint : "", -1, SQLITE_STATIC);
    dh_status st = sqlite3_step(s) == SQLITE_DONE ? DH_OK
                                                  : dh_record_db_fail(r, err, errlen, "cannot write the record");
    sqlite3_finalize(s);
    return st;
}

dh_status dh_record_read_served(dh_record *r, char *url, size_t urllen, char *fingerprint,
                                size_t fplen, char *err, size_t errlen)
{
    if (urllen) url[0] = 0;
    if (fplen) fingerprint[0] = 0;
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(r->db, "SELECT url, fingerprint FROM served WHERE id = 1", -1, &s, NULL) !=
        SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "damaged record");
    if (sqlite3_step(s) == SQLITE_ROW) {
        const char *u = (const char *)sqlite3_column_text(s, 0);
        const char *f = (const char *)sqlite3_column_text(s, 1);
        snprintf(url, urllen, "%s", u ? u : "");
        snprintf(fingerprint, fplen, "%s", f ? f : "");
    }
    sqlite3_finalize(s);
    return DH_OK;
}
