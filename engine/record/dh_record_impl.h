/* dh_record_impl.h — what the engine/record files share about a record. */
#ifndef DH_RECORD_IMPL_H
#define DH_RECORD_IMPL_H

#include "dh_record.h"

#include <sqlite3.h>

/* 'DRLH': tells a drillhall record from any other SQLite database */
#define DH_RECORD_APP_ID 0x44524C48

struct dh_record {
    sqlite3 *db;
    sqlite3_stmt *insert, *progress;
    dh_record_progress prog;  /* the progress row: read once at open, then kept
                                 current by this handle's own writes */
    char head[DH_HASH_HEX];
    char checkpoint[DH_HASH_HEX];   /* the progress row's hash and signature */
    char signature[DH_SIG_HEX];
    char signer_pub[DH_PUBKEY_HEX]; /* the key the record is signed with, or "" */
    const dh_signer *signer;        /* borrowed: signs this handle's checkpoints */
    int lock_fd;                    /* the writer's flock, or -1 */
    int noted;                      /* the writer row names this process */
    char *path;
};

/* Shared by dh_record.c and dh_record_open.c. */
dh_record *dh_record_new(const char *path);
/* Opens the SQLite database (read-only unless writable; a cleanly closed record
 * read-only as immutable, so reading leaves nothing beside it). */
dh_status dh_record_open_db(dh_record *r, const char *path, int writable, char *err,
                            size_t errlen);
dh_status dh_record_exec(dh_record *r, const char *sql, char *err, size_t errlen);
dh_status dh_record_prepare_writers(dh_record *r, char *err, size_t errlen);

/* Reads and checks the progress row and the header's signer into r. */
dh_status dh_record_load_progress(dh_record *r, char *err, size_t errlen);

/* The writer's lock on `file` (engine/record/dh_record_lock.c). Takes it into
 * r->lock_fd, or returns DH_ESTATE with who holds it in err (read through r->db,
 * which must be open). */
dh_status dh_record_lock(dh_record *r, const char *file, char *err, size_t errlen);
/* Notes this process as the writer (pid, host) in the writer row. */
dh_status dh_record_note_writer(dh_record *r, char *err, size_t errlen);
void dh_record_unlock(dh_record *r);

/* Writes fmt (with one %s for a, or none) into err; returns st. */
dh_status dh_record_fail(char *err, size_t errlen, dh_status st, const char *fmt, const char *a);
/* SQLite's last error as "what: message"; DH_EINPUT for a damaged or foreign
 * file, else DH_EIO. */
dh_status dh_record_db_fail(dh_record *r, char *err, size_t errlen, const char *what);

#endif
