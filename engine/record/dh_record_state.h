/* dh_record_state.h — the state of an open record and how its failures are
 * reported (dh_record_state.c), what every file of the layer shares; not a public
 * contract. It sees only the record's types, never its API, so any file may
 * include it without closing a circle. */
#ifndef DH_RECORD_STATE_H
#define DH_RECORD_STATE_H

#include "dh_record_types.h"
#include "dh_sign.h"
#include "dh_status.h"

#include <sqlite3.h>
#include <stddef.h>

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

/* Writes fmt (with one %s for a, or none) into err; returns st. */
dh_status dh_record_fail(char *err, size_t errlen, dh_status st, const char *fmt, const char *a);
/* SQLite's last error as "what: message"; DH_ENOMEM ("out of memory") when
 * SQLite ran out of memory, DH_EINPUT for a damaged or foreign file, else DH_EIO. */
dh_status dh_record_db_fail(dh_record *r, char *err, size_t errlen, const char *what);

#endif
