/* dh_record.c — creating and appending to a .drill file (opening one: dh_record_open.c). */
#define _POSIX_C_SOURCE 200809L
#include "dh_record_impl.h"
#include "dh_buf.h"
#include "dh_chain.h"
#include "dh_record_lock.h"
#include "dh_outfile.h"
#include "dh_text.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>


/* The record's tables, statement by statement: created from these, and every
 * opened record's sqlite_schema is compared with them (dh_record_open.c), so a
 * table rebuilt with a CHECK, an extra column or an index is refused. SQLite
 * keeps each statement's text as written, so these strings must not change
 * within a schema version. */
#define DRILL_SQL                                                                              \
    "CREATE TABLE drill(id INTEGER PRIMARY KEY CHECK (id = 1), engine_version TEXT NOT NULL,"  \
    " scenario_file TEXT NOT NULL, scenario_id TEXT NOT NULL, scenario_version INTEGER NOT NULL," \
    " scenario_source BLOB NOT NULL, scenario_sha256 TEXT NOT NULL, seed TEXT NOT NULL,"       \
    " lang TEXT NOT NULL, bots TEXT NOT NULL, created_us INTEGER NOT NULL,"                    \
    " chain_start TEXT NOT NULL, signer TEXT NOT NULL)"
#define TEAMS_SQL                                                                              \
    "CREATE TABLE teams(idx INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL,"        \
    " bracket TEXT NOT NULL, role TEXT NOT NULL, bracket_name TEXT NOT NULL)"
#define RESPONSES_SQL                                                                          \
    "CREATE TABLE responses(idx INTEGER PRIMARY KEY, team INTEGER NOT NULL,"                   \
    " decision INTEGER NOT NULL, option INTEGER NOT NULL, at INTEGER NOT NULL,"                \
    " line INTEGER NOT NULL)"
#define INPUTS_SQL                                                                             \
    "CREATE TABLE inputs(seq INTEGER PRIMARY KEY, t INTEGER NOT NULL, wall_us INTEGER NOT NULL," \
    " kind TEXT NOT NULL, source TEXT NOT NULL, team INTEGER NOT NULL, decision INTEGER NOT NULL," \
    " option INTEGER NOT NULL, category INTEGER NOT NULL, inject INTEGER NOT NULL,"            \
    " milli INTEGER NOT NULL, speed_milli INTEGER NOT NULL, text TEXT, ref TEXT, \"by\" TEXT,"  \
    " hash TEXT NOT NULL)"
#define PROGRESS_SQL                                                                           \
    "CREATE TABLE progress(id INTEGER PRIMARY KEY CHECK (id = 1), now INTEGER NOT NULL,"       \
    " ended INTEGER NOT NULL, ninputs INTEGER NOT NULL, head TEXT NOT NULL,"                   \
    " checkpoint TEXT NOT NULL, signature TEXT NOT NULL)"
/* join codes (not chained: reissuing one changes its row; only hashes are kept) */
#define CODES_SQL                                                                              \
    "CREATE TABLE codes(role TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,"             \
    " teams TEXT NOT NULL, generation INTEGER NOT NULL, hash TEXT NOT NULL)"
/* where the drill was last served, for the code sheet (not chained) */
#define SERVED_SQL                                                                             \
    "CREATE TABLE served(id INTEGER PRIMARY KEY CHECK (id = 1), url TEXT NOT NULL,"            \
    " fingerprint TEXT NOT NULL)"
/* who writes it (not chained: the flock is what keeps a second writer out) */
#define WRITER_SQL                                                                             \
    "CREATE TABLE writer(id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL,"         \
    " host TEXT NOT NULL, since_us INTEGER NOT NULL)"

const dh_record_table dh_record_tables[DH_RECORD_NTABLES] = {
    {"drill", DRILL_SQL},   {"teams", TEAMS_SQL},       {"responses", RESPONSES_SQL},
    {"inputs", INPUTS_SQL}, {"progress", PROGRESS_SQL}, {"writer", WRITER_SQL},
    {"codes", CODES_SQL},   {"served", SERVED_SQL},
};

static const char schema_sql[] = DRILL_SQL ";" TEAMS_SQL ";" RESPONSES_SQL ";" INPUTS_SQL ";"
    PROGRESS_SQL ";" WRITER_SQL ";" CODES_SQL ";" SERVED_SQL ";";

int64_t dh_record_wall_us(void)
{
    struct timespec ts;
    if (!timespec_get(&ts, TIME_UTC)) return 0;
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* --- opening ----------------------------------------------------------------- */

dh_status dh_record_exec(dh_record *r, const char *sql, char *err, size_t errlen)
{
    if (sqlite3_exec(r->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "cannot write the record");
    return DH_OK;
}

dh_status dh_record_prepare_writers(dh_record *r, char *err, size_t errlen)
{
    if (sqlite3_prepare_v2(r->db,
                           "INSERT INTO inputs(seq,t,wall_us,kind,source,team,decision,option,"
                           "category,inject,milli,speed_milli,text,ref,\"by\",hash)"
                           " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                           -1, &r->insert, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(r->db,
                           "UPDATE progress SET now = ?, ended = ?, ninputs = ?, head = ?,"
                           " checkpoint = ?, signature = ? WHERE id = 1",
                           -1, &r->progress, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "cannot prepare the record");
    return DH_OK;
}

dh_record *dh_record_new(const char *path)
{
    dh_record *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->lock_fd = -1;
    r->path = dh_strdup(path);
    if (!r->path) {
        free(r);
        return NULL;
    }
    return r;
}

void dh_record_remove(const char *path)
{
    static const char *const side[] = {"", "-wal", "-shm"};
    char p[4096];
    for (size_t i = 0; i < sizeof side / sizeof side[0]; i++)
        if (snprintf(p, sizeof p, "%s%s", path, side[i]) < (int)sizeof p) remove(p);
}

void dh_record_close(dh_record *r)
{
    if (!r) return;
    sqlite3_finalize(r->insert);
    sqlite3_finalize(r->progress);
    sqlite3_close(r->db);
    dh_record_unlock(r);
    free(r->path);
    free(r);
}

/* Read-only opens of a cleanly closed record (no -wal file: every write is in
 * the main file) use immutable=1, so reading leaves no -shm or -wal beside it.
 * A record whose writer is running or was killed keeps its -wal, which must be
 * read, so it is opened normally, and SQLite then creates the -shm (the WAL's
 * index) if it is missing. There is no way around that: immutable would skip
 * the -wal's inputs, readonly_shm refuses to open without a -shm, and
 * locking_mode=EXCLUSIVE (an index in memory) needs a write lock that a
 * read-only descriptor cannot take. */
dh_status dh_record_open_db(dh_record *r, const char *path, int writable, char *err, size_t errlen)
{
    dh_buf uri;
    dh_buf_init(&uri);
    dh_buf_adds(&uri, "file:");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if (*p == '%' || *p == '?' || *p == '#' || *p < 0x20)
            dh_buf_printf(&uri, "%%%02X", *p);
        else
            dh_buf_addc(&uri, (char)*p);
    }
    char wal[4096];
    snprintf(wal, sizeof wal, "%s-wal", path);
    struct stat sb;
    if (!writable && stat(wal, &sb) != 0) dh_buf_adds(&uri, "?immutable=1");
    int flags = (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_URI;
    dh_status st = DH_OK;
    if (uri.failed) {
        st = dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
    } else if (sqlite3_open_v2(dh_buf_cstr(&uri), &r->db, flags, NULL) != SQLITE_OK) {
        st = r->db ? dh_record_db_fail(r, err, errlen, "cannot open")
                   : dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
    } else {
        sqlite3_busy_timeout(r->db, 2000);
    }
    dh_buf_free(&uri);
    return st;
}

/* The checkpoint of r's current progress (hash and, when signing, signature). */
static dh_status checkpoint(dh_record *r, dh_ms now, int ended, char cp[DH_HASH_HEX],
                            char sig[DH_SIG_HEX], char *err, size_t errlen)
{
    sig[0] = 0;
    if (dh_chain_checkpoint(r->head, r->prog.ninputs, now, ended, cp))
        return dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
    if (r->signer) return dh_signer_sign(r->signer, cp, 64, sig, err, errlen);
    return DH_OK;
}

dh_status dh_record_create(dh_record **out, const char *path, const dh_record_header *h,
                           char *err, size_t errlen)
{
    return dh_record_create_signed(out, path, h, NULL, err, errlen);
}

dh_status dh_record_create_signed(dh_record **out, const char *path, const dh_record_header *h,
                                  const dh_signer *signer, char *err, size_t errlen)
{
    *out = NULL;
    struct stat sb;
    /* lstat: a symlink (dangling or not), a FIFO or a device is never replaced */
    if (lstat(path, &sb) == 0)
        return dh_record_fail(err, errlen, DH_EINPUT,
                    "already exists; continue it with `drillhall resume %s` or choose another "
                    "name",
                    path);
    /* the folder must be there: say so rather than SQLite's "unable to open" */
    const char *slash = strrchr(path, '/');
    if (slash && slash != path) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
        if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
            return dh_record_fail(err, errlen, DH_EINPUT,
                                  "cannot create it: there is no directory %s", dir);
    }
    /* built under a temporary name of its own (".NAME.XXXXXX", made new, never
     * through a symlink) and linked into place, so a crash while creating
     * leaves no half-made record behind that resume would refuse */
    dh_record *r = dh_record_new(path);
    if (!r) return dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
    char *tmpname = NULL;
    int fd = dh_outfile_temp(path, 0644, &tmpname);
    if (fd < 0) {
        int e = errno;
        dh_record_close(r);
        return e == ENOMEM ? dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL)
                           : dh_record_fail(err, errlen, DH_EIO, "cannot create: %s", strerror(e));
    }
    close(fd);
    char tmp[4096];
    int toolong = snprintf(tmp, sizeof tmp, "%s", tmpname) >= (int)sizeof tmp;
    if (toolong) remove(tmpname);
    free(tmpname);
    if (toolong) {
        dh_record_close(r);
        return dh_record_fail(err, errlen, DH_EINPUT, "path too long%s", NULL);
    }
    /* the writer's lock is taken on the file being built and moves with it into
     * place */
    dh_status lst = dh_record_lock(r, tmp, err, errlen);
    if (lst) {
        dh_record_close(r);
        remove(tmp);
        return lst;
    }
    /* sidecars of a deleted record would be read as part of the new one (the
     * record itself is not there: checked above) */
    static const char *const side[] = {"-wal", "-shm", "-journal"};
    for (size_t i = 0; i < 3; i++) {
        char p[4096 + 16];
        snprintf(p, sizeof p, "%s%s", path, side[i]);
        remove(p);
    }
    if (sqlite3_open_v2(tmp, &r->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        dh_status st = !r->db || (sqlite3_errcode(r->db) & 0xff) == SQLITE_NOMEM
                           ? dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL)
                           : dh_record_fail(err, errlen, DH_EIO, "cannot create: %s",
                                            sqlite3_errmsg(r->db));
        dh_record_close(r);
        dh_record_remove(tmp);
        return st;
    }
    dh_record_header hh = *h;
    snprintf(hh.signer, sizeof hh.signer, "%s", signer ? dh_signer_public(signer) : "");
    r->signer = signer;
    memcpy(r->signer_pub, hh.signer, DH_PUBKEY_HEX);
    char start[DH_HASH_HEX], appid[96];
    if (dh_chain_sha256(h->scenario_source, h->scenario_len, NULL, 0, hh.scenario_sha256) ||
        dh_chain_header(&hh, start)) {
        dh_record_close(r);
        dh_record_remove(tmp);
        return dh_record_fail(err, errlen, DH_ENOMEM, "cannot hash the header%s", NULL);
    }
    snprintf(appid, sizeof appid, "PRAGMA application_id = %d; PRAGMA user_version = %d;",
             DH_RECORD_APP_ID, DH_RECORD_SCHEMA);
    dh_status st = dh_record_exec(r, "PRAGMA synchronous = FULL;", err, errlen);
    if (!st) st = dh_record_exec(r, "BEGIN", err, errlen);
    if (!st) st = dh_record_exec(r, appid, err, errlen);
    if (!st) st = dh_record_exec(r, schema_sql, err, errlen);
    sqlite3_stmt *s = NULL;
    if (!st && sqlite3_prepare_v2(r->db,
                                  "INSERT INTO drill VALUES(1,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &s,
                                  NULL) != SQLITE_OK)
        st = dh_record_db_fail(r, err, errlen, "cannot write the record");
    if (!st) {
        char seed[32];
        snprintf(seed, sizeof seed, "%llu", (unsigned long long)h->seed);
        sqlite3_bind_text(s, 1, h->engine_version, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 2, h->scenario_file, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 3, h->scenario_id, -1, SQLITE_STATIC);
        sqlite3_bind_int(s, 4, h->scenario_version);
        sqlite3_bind_blob(s, 5, h->scenario_source, (int)h->scenario_len, SQLITE_STATIC);
        sqlite3_bind_text(s, 6, hh.scenario_sha256, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 7, seed, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 8, h->lang, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 9, h->bots, -1, SQLITE_STATIC);
        sqlite3_bind_int64(s, 10, h->created_us);
        sqlite3_bind_text(s, 11, start, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 12, hh.signer, -1, SQLITE_STATIC);
        if (sqlite3_step(s) != SQLITE_DONE) st = dh_record_db_fail(r, err, errlen, "cannot write the record");
    }
    sqlite3_finalize(s);
    s = NULL;
    if (!st && sqlite3_prepare_v2(r->db, "INSERT INTO teams VALUES(?,?,?,?,?,?)", -1, &s, NULL))
        st = dh_record_db_fail(r, err, errlen, "cannot write the record");
    for (size_t i = 0; !st && i < h->roster.nteams; i++) {
        const dh_team_info *t = &h->roster.teams[i];
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, (int64_t)i);
        sqlite3_bind_text(s, 2, t->id, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 3, t->name, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 4, t->bracket, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 5, dh_roster_team_role(&h->roster, i), -1, SQLITE_STATIC);
        /* schema 4: the bracket's display name as the roster gave it ("" = none) */
        sqlite3_bind_text(s, 6, dh_record_bracket_display(&h->roster, i), -1, SQLITE_STATIC);
        if (sqlite3_step(s) != SQLITE_DONE) st = dh_record_db_fail(r, err, errlen, "cannot write the record");
    }
    sqlite3_finalize(s);
    s = NULL;
    if (!st && sqlite3_prepare_v2(r->db, "INSERT INTO responses VALUES(?,?,?,?,?,?)", -1, &s,
                                  NULL))
        st = dh_record_db_fail(r, err, errlen, "cannot write the record");
    for (size_t i = 0; !st && i < h->responses.count; i++) {
        const dh_response *p = &h->responses.items[i];
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, (int64_t)i);
        sqlite3_bind_int(s, 2, p->team);
        sqlite3_bind_int(s, 3, p->decision);
        sqlite3_bind_int(s, 4, p->option);
        sqlite3_bind_int64(s, 5, p->at);
        sqlite3_bind_int(s, 6, p->line > 0 ? p->line : 0);
        if (sqlite3_step(s) != SQLITE_DONE) st = dh_record_db_fail(r, err, errlen, "cannot write the record");
    }
    sqlite3_finalize(s);
    memcpy(r->head, start, DH_HASH_HEX);
    char cp[DH_HASH_HEX], sig[DH_SIG_HEX];
    if (!st) st = checkpoint(r, 0, 0, cp, sig, err, errlen);
    if (!st) st = dh_record_note_writer(r, dh_record_wall_us(), err, errlen);
    r->noted = !st;
    if (!st && sqlite3_prepare_v2(r->db, "INSERT INTO progress VALUES(1,0,0,0,?,?,?)", -1, &s,
                                  NULL) == SQLITE_OK) {
        sqlite3_bind_text(s, 1, start, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 2, cp, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 3, sig, -1, SQLITE_STATIC);
        if (sqlite3_step(s) != SQLITE_DONE) st = dh_record_db_fail(r, err, errlen, "cannot write the record");
        sqlite3_finalize(s);
    } else if (!st) {
        st = dh_record_db_fail(r, err, errlen, "cannot write the record");
    }
    if (!st) st = dh_record_exec(r, "COMMIT", err, errlen);
    if (!st) st = dh_record_exec(r, "PRAGMA journal_mode = WAL", err, errlen);
    sqlite3_close(r->db);
    r->db = NULL;
    /* link, not rename: a record made meanwhile under the same name (another
     * run) is never replaced; the first to finish keeps it */
    int linked = !st && link(tmp, path) == 0;
    int e = errno;
    /* a file system without hard links: the name was free a moment ago */
    if (!st && !linked && e != EEXIST && lstat(path, &sb) != 0 && rename(tmp, path) == 0)
        linked = 2;
    if (!st && !linked) {
        st = e == EEXIST
                 ? dh_record_fail(err, errlen, DH_EINPUT,
                                  "already exists; continue it with `drillhall resume %s` or "
                                  "choose another name",
                                  path)
                 : dh_record_fail(err, errlen, DH_EIO, "cannot create the record%s", NULL);
    }
    if (linked == 1) remove(tmp);
    if (!st) st = dh_record_open_db(r, path, 1, err, errlen);
    if (!st) st = dh_record_exec(r, "PRAGMA synchronous = FULL;", err, errlen);
    if (!st) st = dh_record_prepare_writers(r, err, errlen);
    if (st) {
        dh_record_close(r);
        dh_record_remove(tmp);
        return st;
    }
    memcpy(r->checkpoint, cp, DH_HASH_HEX);
    memcpy(r->signature, sig, DH_SIG_HEX);
    *out = r;
    return DH_OK;
}

/* --- writing ----------------------------------------------------------------- */

static dh_status write_progress(dh_record *r, dh_ms now, int ended, char *err, size_t errlen)
{
    /* time and ended never go back */
    if (now < r->prog.now) now = r->prog.now;
    if (ended < r->prog.ended) ended = r->prog.ended;
    char cp[DH_HASH_HEX], sig[DH_SIG_HEX];
    dh_status st = checkpoint(r, now, ended, cp, sig, err, errlen);
    if (st) return st;
    sqlite3_stmt *s = r->progress;
    sqlite3_reset(s);
    sqlite3_bind_int64(s, 1, now);
    sqlite3_bind_int(s, 2, ended);
    sqlite3_bind_int64(s, 3, r->prog.ninputs);
    sqlite3_bind_text(s, 4, r->head, 64, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, cp, 64, SQLITE_STATIC);
    sqlite3_bind_text(s, 6, sig, -1, SQLITE_STATIC);
    if (sqlite3_step(s) != SQLITE_DONE) return dh_record_db_fail(r, err, errlen, "cannot write the record");
    r->prog.now = now;
    r->prog.ended = ended;
    memcpy(r->checkpoint, cp, DH_HASH_HEX);
    memcpy(r->signature, sig, DH_SIG_HEX);
    return DH_OK;
}

dh_status dh_record_append(dh_record *r, const dh_input *in, char *err, size_t errlen)
{
    if (!r->insert) return dh_record_fail(err, errlen, DH_ESTATE, "the record is open read-only%s", NULL);
    if (r->signer_pub[0] && !r->signer)
        return dh_record_fail(err, errlen, DH_ESTATE, "the record is signed and no key was given%s", NULL);
    if ((in->text && strlen(in->text) > DH_RECORD_TEXT_MAX) || (in->ref && strlen(in->ref) > DH_RECORD_REF_MAX) ||
        (in->by && strlen(in->by) > DH_RECORD_BY_MAX))
        return dh_record_fail(err, errlen, DH_EINPUT, "an input's text is too long for the record%s", NULL);
    /* the writer row is written with the first write, so a resume refused for
     * its flags leaves the file as it was */
    if (!r->noted) {
        dh_status nst = dh_record_note_writer(r, dh_record_wall_us(), err, errlen);
        if (nst) return nst;
        r->noted = 1;
    }
    int64_t wall = dh_record_wall_us();
    char hash[DH_HASH_HEX];
    if (dh_chain_input(r->head, in, wall, hash)) return dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
    dh_status st = dh_record_exec(r, "BEGIN IMMEDIATE", err, errlen);
    if (st) return st;
    sqlite3_stmt *s = r->insert;
    sqlite3_reset(s);
    sqlite3_bind_int64(s, 1, r->prog.ninputs + 1);
    sqlite3_bind_int64(s, 2, in->t);
    sqlite3_bind_int64(s, 3, wall);
    sqlite3_bind_text(s, 4, dh_input_kind_name(in->kind), -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, dh_input_source_name(in->source), -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 6, in->team);
    sqlite3_bind_int(s, 7, in->decision);
    sqlite3_bind_int(s, 8, in->option);
    sqlite3_bind_int(s, 9, in->category);
    sqlite3_bind_int(s, 10, in->inject);
    sqlite3_bind_int64(s, 11, in->milli);
    sqlite3_bind_int64(s, 12, in->speed_milli);
    if (in->text)
        sqlite3_bind_text(s, 13, in->text, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, 13);
    if (in->ref)
        sqlite3_bind_text(s, 14, in->ref, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, 14);
    if (in->by)
        sqlite3_bind_text(s, 15, in->by, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, 15);
    sqlite3_bind_text(s, 16, hash, 64, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    /* the row this process was about to write exists; any other constraint
     * (the schema is checked on open, so none should fail) is no second writer */
    if (rc == SQLITE_CONSTRAINT &&
        sqlite3_extended_errcode(r->db) == SQLITE_CONSTRAINT_PRIMARYKEY)
        st = dh_record_fail(err, errlen, DH_ESTATE,
                            "another drillhall is writing this record%s", NULL);
    else if (rc != SQLITE_DONE)
        st = dh_record_db_fail(r, err, errlen, "cannot write the record");
    sqlite3_clear_bindings(s);
    char old[DH_HASH_HEX], old_cp[DH_HASH_HEX], old_sig[DH_SIG_HEX];
    memcpy(old, r->head, DH_HASH_HEX);
    memcpy(old_cp, r->checkpoint, DH_HASH_HEX);
    memcpy(old_sig, r->signature, DH_SIG_HEX);
    dh_record_progress old_prog = r->prog;
    if (!st) {
        r->prog.ninputs++;
        memcpy(r->head, hash, DH_HASH_HEX);
        st = write_progress(r, in->t, in->kind == DH_IN_END, err, errlen);
    }
    /* COMMIT with synchronous=FULL syncs the WAL: the input is durable here */
    if (!st) st = dh_record_exec(r, "COMMIT", err, errlen);
    if (st) {
        sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
        memcpy(r->head, old, DH_HASH_HEX);
        memcpy(r->checkpoint, old_cp, DH_HASH_HEX);
        memcpy(r->signature, old_sig, DH_SIG_HEX);
        r->prog = old_prog;
        return st;
    }
    return DH_OK;
}

dh_status dh_record_set_progress(dh_record *r, dh_ms now, int ended, char *err, size_t errlen)
{
    if (!r->progress) return dh_record_fail(err, errlen, DH_ESTATE, "the record is open read-only%s", NULL);
    if (r->signer_pub[0] && !r->signer)
        return dh_record_fail(err, errlen, DH_ESTATE, "the record is signed and no key was given%s", NULL);
    /* the row is current when an input was the last thing that happened */
    int news = now > r->prog.now || ended > r->prog.ended;
    dh_status st = DH_OK;
    if (news && !r->noted) {
        st = dh_record_note_writer(r, dh_record_wall_us(), err, errlen);
        r->noted = !st;
    }
    if (!st && news) st = write_progress(r, now, ended, err, errlen);
    /* Inputs are durable in the -wal file from their commit; copying them into
     * the main file now and then means a copy of the .drill file alone, taken
     * while a drill runs or after a crash, lacks at most the last moments. */
    if (!st) sqlite3_wal_checkpoint_v2(r->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    return st;
}

const char *dh_record_head(const dh_record *r) { return r->head; }

dh_status dh_record_set_signer(dh_record *r, const dh_signer *signer, char *err, size_t errlen)
{
    if (!signer && r->signer_pub[0])
        return dh_record_fail(err, errlen, DH_EINPUT,
                              "is signed: continue it with --sign and the key it was signed "
                              "with (public key %s)",
                              r->signer_pub);
    if (signer && !r->signer_pub[0])
        return dh_record_fail(err, errlen, DH_EINPUT,
                              "was recorded unsigned; a record is signed from its start, so "
                              "continue it without --sign (and without DRILLHALL_SIGNING_KEY)%s",
                              NULL);
    if (signer && strcmp(dh_signer_public(signer), r->signer_pub))
        return dh_record_fail(err, errlen, DH_EINPUT,
                              "was signed with another key (public key %s)", r->signer_pub);
    r->signer = signer;
    return DH_OK;
}

dh_status dh_record_chain_start(dh_record *r, char out[DH_HASH_HEX], char *err, size_t errlen)
{
    sqlite3_stmt *s;
    out[0] = 0;
    if (sqlite3_prepare_v2(r->db, "SELECT chain_start FROM drill WHERE id = 1", -1, &s, NULL) !=
        SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "damaged record");
    /* a missing or malformed start is left "" for verify to report; a failed
     * step or read (out of memory, I/O) is not a finding against the record */
    int rc = sqlite3_step(s);
    const unsigned char *t = rc == SQLITE_ROW ? sqlite3_column_text(s, 0) : NULL;
    dh_status st = DH_OK;
    if (rc == SQLITE_ROW && t && sqlite3_column_bytes(s, 0) == 64)
        memcpy(out, t, DH_HASH_HEX);
    else if ((rc != SQLITE_ROW && rc != SQLITE_DONE) ||
             (rc == SQLITE_ROW && !t && sqlite3_column_type(s, 0) != SQLITE_NULL))
        st = dh_record_db_fail(r, err, errlen, "damaged record");
    sqlite3_finalize(s);
    return st;
}
