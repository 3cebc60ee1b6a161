/* dh_record_impl.h — how a record is opened, shared by dh_record.c, dh_record_open.c,
 * dh_record_read.c and dh_verify.c (the struct is dh_record_state.h). */
#ifndef DH_RECORD_IMPL_H
#define DH_RECORD_IMPL_H

#include "dh_record.h"
#include "dh_record_state.h"

/* The tables a record holds and the statement that creates each, exactly as
 * SQLite keeps it in sqlite_schema (dh_record.c). */
typedef struct dh_record_table {
    const char *name, *sql;
} dh_record_table;
#define DH_RECORD_NTABLES 8

/* The longest texts an input row holds: its text (generous, and a bound on what
 * reading one row may allocate), the station's ref and who gave it (an
 * evaluator's name: DH_TEAM_TEXT_MAX characters, below it). The reader refuses
 * more, so dh_record_append refuses to write more. */
#define DH_RECORD_TEXT_MAX (1 << 20)
#define DH_RECORD_REF_MAX 64
#define DH_RECORD_BY_MAX 1024
extern const dh_record_table dh_record_tables[DH_RECORD_NTABLES];

/* Shared by dh_record.c and dh_record_open.c. */
dh_record *dh_record_new(const char *path);
/* Opens the SQLite database (read-only unless writable; a cleanly closed record
 * read-only as immutable, so reading leaves nothing beside it; one with a -wal
 * gets a -shm if it had none: see dh_record_open_db). */
dh_status dh_record_open_db(dh_record *r, const char *path, int writable, char *err,
                            size_t errlen);
dh_status dh_record_exec(dh_record *r, const char *sql, char *err, size_t errlen);
dh_status dh_record_prepare_writers(dh_record *r, char *err, size_t errlen);

/* Reads and checks the progress row and the header's signer into r. */
dh_status dh_record_load_progress(dh_record *r, char *err, size_t errlen);

/* The chain's start as stored in the record ("" when missing). */
dh_status dh_record_chain_start(dh_record *r, char out[DH_HASH_HEX], char *err, size_t errlen);

#endif
