/* dh_record.h — the .drill file: a SQLite database (WAL) that holds everything a
 * drill cannot derive: the engine version, the scenario's source text and its
 * SHA-256, the roster, the seed, the language, the bot policy, the responses
 * file, and every input with its exercise and wall time.
 *
 * Inputs form a hash chain: each row's hash is SHA-256 over the previous row's
 * hash and the row's own content, starting from a hash of the header, so an
 * altered, removed or reordered row breaks the chain from that row on.
 *
 * dh_record_append makes an input durable (committed with synchronous=FULL)
 * before it returns; that is what the drill's gate waits for.
 *
 * Opening checks, before anything is written, that the file is a drillhall
 * record of a schema this engine reads; a read-only open never writes. Every
 * function returns DH_OK or a status with the reason in `err` (DH_EINPUT: the
 * file is not a usable record; DH_EIO: SQLite could not read or write it). */
#ifndef DH_RECORD_H
#define DH_RECORD_H

#include "dh_autoplay.h"
#include "dh_drill.h"
#include "dh_roster.h"
#include "dh_status.h"

#include <stddef.h>
#include <stdint.h>

#define DH_RECORD_SCHEMA 1
#define DH_HASH_HEX 65     /* 64 hex digits and a NUL */

typedef struct dh_record dh_record;

/* What a record holds besides its inputs. Strings are owned by the header. */
typedef struct dh_record_header {
    char *engine_version;
    char *scenario_file;          /* the path it was loaded from, for messages */
    char *scenario_id;
    int scenario_version;
    char *scenario_source;        /* the whole Lua text */
    size_t scenario_len;
    char scenario_sha256[DH_HASH_HEX];
    uint64_t seed;
    char lang[3];                 /* "en" / "vi" */
    char bots[8];                 /* bot policy name ("none" …) */
    int64_t created_us;           /* wall time, µs since the Unix epoch (UTC) */
    dh_roster roster;             /* teams in roster order */
    dh_responses responses;       /* the responses file, resolved to indexes */
} dh_record_header;

void dh_record_header_init(dh_record_header *h);
void dh_record_header_free(dh_record_header *h);

/* One recorded input. `in.text` points at `text`. */
typedef struct dh_record_input {
    int64_t seq;                  /* 1, 2, … */
    int64_t wall_us;
    dh_input in;
    char *text;                   /* owned, or NULL */
    char hash[DH_HASH_HEX];
} dh_record_input;

/* Where a drill stands: the last exercise time reached and whether it ended. */
typedef struct dh_record_progress {
    dh_ms now;
    int ended;
    int64_t ninputs;
} dh_record_progress;

/* Creates a new record at path (which must not exist) holding `h` (borrowed;
 * its scenario_sha256 is computed here). */
dh_status dh_record_create(dh_record **out, const char *path, const dh_record_header *h,
                           char *err, size_t errlen);
/* Opens an existing record: writable for resuming, else strictly read-only. */
dh_status dh_record_open(dh_record **out, const char *path, int writable, char *err,
                         size_t errlen);
void dh_record_close(dh_record *r);
/* Deletes the record at `path` with the -wal and -shm files SQLite keeps beside it. */
void dh_record_remove(const char *path);

dh_status dh_record_read_header(dh_record *r, dh_record_header *h, char *err, size_t errlen);
/* Every input in seq order; free with dh_record_inputs_free. */
dh_status dh_record_read_inputs(dh_record *r, dh_record_input **items, size_t *n, char *err,
                                size_t errlen);
void dh_record_inputs_free(dh_record_input *items, size_t n);
/* Where the drill stands: the progress row as read when the record was opened,
 * kept current by this handle's own appends and dh_record_set_progress (not by
 * another process's). Never fails once the record is open: opening checked it. */
dh_status dh_record_read_progress(dh_record *r, dh_record_progress *p, char *err,
                                  size_t errlen);

/* Appends an input, chained and durable when it returns DH_OK. */
dh_status dh_record_append(dh_record *r, const dh_input *in, char *err, size_t errlen);
/* Notes how far the drill got (cheap, not synced on its own). */
dh_status dh_record_set_progress(dh_record *r, dh_ms now, int ended, char *err,
                                 size_t errlen);

/* The head of the chain: the last input's hash (the header hash when none). */
const char *dh_record_head(const dh_record *r);

typedef enum dh_verify_problem {
    DH_VERIFY_OK,
    DH_VERIFY_HEADER,     /* scenario text, roster, seed … do not match the chain's start */
    DH_VERIFY_ALTERED,    /* a row's content does not give its hash */
    DH_VERIFY_REMOVED,    /* a sequence number is missing */
    DH_VERIFY_REORDERED,  /* rows are out of order */
    DH_VERIFY_COUNT       /* fewer rows than the record says it holds (tail removed) */
} dh_verify_problem;

typedef struct dh_verify_result {
    dh_verify_problem problem;
    int64_t seq;                  /* the first bad input */
    int64_t ninputs;
    char head[DH_HASH_HEX];
    char what[512];               /* a sentence describing the problem */
} dh_verify_result;

/* Walks the chain. DH_OK means it was read (check res->problem). */
dh_status dh_record_verify(dh_record *r, dh_verify_result *res, char *err, size_t errlen);

/* The input as a short human-readable phrase ("choice team 3 decision 2 option 1"). */
void dh_record_input_describe(const dh_record_input *ri, char *buf, size_t len);

/* Two inputs are the same action (kind, source, time, targets, amounts, text). */
int dh_input_same(const dh_input *a, const dh_input *b);

/* Wall time now, µs since the Unix epoch. */
int64_t dh_record_wall_us(void);

#endif
