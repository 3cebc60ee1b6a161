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
 * Everything a report shows is covered: the chain's start hashes every header
 * field (engine version, scenario file, id, version and text, seed, language,
 * bots, created time, the signer's public key, every team, every response with
 * its line), and the progress row is a checkpoint: its hash covers the head, the
 * number of inputs, the exercise time reached and whether the drill ended. A
 * record created with a signing key stores the key's public half in its header
 * and an Ed25519 signature of every checkpoint it writes, so a copy cut short,
 * extended or edited (chain recomputed or not) no longer verifies against the
 * key; a checkpoint with `ended` marks the end of the drill.
 *
 * One writer: opening for writing (create, resume) takes an exclusive flock on
 * the file for as long as the handle lives (the kernel drops it if the process
 * dies) and notes pid and host in the writer row; a second writer is refused at
 * once with DH_ESTATE and "is being recorded by another drillhall (pid N on
 * HOST)". Readers take no lock: the file is in WAL mode and they read while it
 * is written.
 *
 * Opening checks, before anything is written, that the file is a drillhall
 * record of a schema this engine reads, that its tables are tables (no views, no
 * triggers) and that its progress row is sound; reading the header and inputs
 * checks every value's type and range (a team index must name a team, …) and
 * refuses anything else as "damaged record: …". A read-only open never writes. Every
 * function returns DH_OK or a status with the reason in `err` (DH_EINPUT: the
 * file is not a usable record; DH_EIO: SQLite could not read or write it). */
#ifndef DH_RECORD_H
#define DH_RECORD_H

#include "dh_drill.h"
#include "dh_record_types.h"
#include "dh_scenario.h"
#include "dh_sign.h"
#include "dh_status.h"

#include <stddef.h>
#include <stdint.h>

void dh_record_header_init(dh_record_header *h);
void dh_record_header_free(dh_record_header *h);

/* Creates a new record at path (which must not exist) holding `h` (borrowed;
 * its scenario_sha256 is computed here). */
dh_status dh_record_create(dh_record **out, const char *path, const dh_record_header *h,
                           char *err, size_t errlen);
/* The same, signing every checkpoint with `signer` (borrowed; must outlive the
 * record; NULL: unsigned). h->signer is ignored: the signer's key is stored. */
dh_status dh_record_create_signed(dh_record **out, const char *path, const dh_record_header *h,
                                  const dh_signer *signer, char *err, size_t errlen);
/* Opens an existing record: writable for resuming (locked: DH_ESTATE when another
 * process writes it), else strictly read-only. */
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

/* Sets the key that signs what a writable handle writes from now on (borrowed;
 * NULL: none). DH_EINPUT when it is not the key the record was signed with, or
 * when the record is signed and no key is given, or unsigned and one is. */
dh_status dh_record_set_signer(dh_record *r, const dh_signer *signer, char *err, size_t errlen);

/* Checks a header and inputs read from a record against the scenario its text
 * loaded into: every decision, option, category and inject index names one, every
 * time lies inside the drill, no team answers a decision twice in the responses.
 * DH_EINPUT with "damaged record: …" in err. */
dh_status dh_record_check_model(const dh_record_header *h, const dh_record_input *inputs,
                                size_t n, const dh_scenario *sc, char *err, size_t errlen);

/* Appends an input, chained and durable when it returns DH_OK. */
dh_status dh_record_append(dh_record *r, const dh_input *in, char *err, size_t errlen);
/* Notes how far the drill got (cheap, not synced on its own). */
dh_status dh_record_set_progress(dh_record *r, dh_ms now, int ended, char *err,
                                 size_t errlen);

/* Join codes (schema 3): every row, teams first, then evaluators, then
 * observers, each in the order written; free with dh_record_codes_free. */
dh_status dh_record_read_codes(dh_record *r, dh_record_code **v, size_t *n, char *err,
                               size_t errlen);
void dh_record_codes_free(dh_record_code *v, size_t n);
/* Writes (or replaces) the row of (c->role, c->id); writable records only. */
dh_status dh_record_put_code(dh_record *r, const dh_record_code *c, char *err, size_t errlen);
/* Where the drill is served (its URL, the certificate's SHA-256 fingerprint), for
 * the code sheet; read: "" when it never was. */
dh_status dh_record_set_served(dh_record *r, const char *url, const char *fingerprint, char *err,
                               size_t errlen);
dh_status dh_record_read_served(dh_record *r, char *url, size_t urllen, char *fingerprint,
                                size_t fplen, char *err, size_t errlen);

/* The head of the chain: the last input's hash (the header hash when none). */
const char *dh_record_head(const dh_record *r);

typedef enum dh_verify_problem {
    DH_VERIFY_OK,
    DH_VERIFY_HEADER,     /* scenario text, roster, seed … do not match the chain's start */
    DH_VERIFY_ALTERED,    /* a row's content does not give its hash */
    DH_VERIFY_REMOVED,    /* a sequence number is missing */
    DH_VERIFY_REORDERED,  /* rows are out of order */
    DH_VERIFY_COUNT,      /* fewer rows than the record says it holds (tail removed) */
    DH_VERIFY_ADDED,      /* more rows than the last checkpoint covers */
    DH_VERIFY_PROGRESS,   /* the checkpoint (time reached, ended, count) was changed */
    DH_VERIFY_SIGNATURE,  /* the checkpoint's signature does not match */
    DH_VERIFY_KEY,        /* signed with another key than the one given */
    DH_VERIFY_UNSIGNED    /* a key was given and the record is not signed */
} dh_verify_problem;

typedef struct dh_verify_result {
    dh_verify_problem problem;
    int64_t seq;                  /* the first bad input */
    int64_t ninputs;
    char head[DH_HASH_HEX];       /* computed while verifying, never a stored value */
    char signer[DH_PUBKEY_HEX];   /* the key it is signed with, or "" */
    dh_ms now;                    /* the checkpoint: exercise time reached */
    int ended;                    /*                 and whether the drill ended */
    char what[512];               /* a sentence describing the problem */
} dh_verify_result;

/* Walks the chain and checks the checkpoint and its signature (against the key
 * stored in the record). DH_OK means it was read (check res->problem). */
dh_status dh_record_verify(dh_record *r, dh_verify_result *res, char *err, size_t errlen);
/* The same, and the record must be signed by `pub` (64 hex digits). */
dh_status dh_record_verify_key(dh_record *r, const char *pub, dh_verify_result *res, char *err,
                               size_t errlen);

/* The input as a short human-readable phrase ("choice team 3 decision 2 option 1"). */
void dh_record_input_describe(const dh_record_input *ri, char *buf, size_t len);

/* Two inputs are the same action (kind, source, time, targets, amounts, text). */
int dh_input_same(const dh_input *a, const dh_input *b);

/* Wall time now, µs since the Unix epoch. */
int64_t dh_record_wall_us(void);

#endif
