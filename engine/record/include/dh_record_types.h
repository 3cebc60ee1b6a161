/* dh_record_types.h — what a .drill record holds: its header, its inputs, its
 * progress row, and the size of a hash in hex.
 *
 * Apart from the record's API (dh_record.h) so that what only works on these
 * values — the hash chain over a header and its inputs — does not depend on the
 * functions that open and write a record. */
#ifndef DH_RECORD_TYPES_H
#define DH_RECORD_TYPES_H

#include "dh_autoplay.h"
#include "dh_drill.h"
#include "dh_roster.h"
#include "dh_sign.h"

#include <stddef.h>
#include <stdint.h>

#define DH_RECORD_SCHEMA 4
#define DH_HASH_HEX 65     /* 64 hex digits and a NUL */

typedef struct dh_record dh_record;

/* Team t's bracket display name as a record keeps it (schema 4): the roster's
 * `bracket_name`, or "" when it gave none (never the bracket id in its place). */
static inline const char *dh_record_bracket_display(const dh_roster *r, size_t t)
{
    size_t b = (size_t)r->bracket_of[t];
    return r->bracket_names && b < r->nnamed && r->bracket_names[b] ? r->bracket_names[b] : "";
}

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
    char signer[DH_PUBKEY_HEX];   /* the signing key's public half, or "" (unsigned) */
} dh_record_header;

/* One recorded input. `in.text`, `in.ref` and `in.by` point at `text`, `ref`
 * and `by`. */
typedef struct dh_record_input {
    int64_t seq;                  /* 1, 2, … */
    int64_t wall_us;
    dh_input in;
    char *text;                   /* owned, or NULL */
    char *ref;                    /* owned, or NULL: the station's id for it */
    char *by;                     /* owned, or NULL: the evaluator who made it */
    char hash[DH_HASH_HEX];
} dh_record_input;

/* One join code's row (schema 3): who it admits and a salted hash of the code,
 * never the code. role: "team", "evaluator" or "observer"; teams: the team ids
 * an evaluator evaluates, separated by spaces ("" otherwise); generation: how
 * many times the code was reissued (the code is derived from it); hash:
 * "SALT$SHA256" in hex. Strings are owned. */
typedef struct dh_record_code {
    char *role, *id, *name, *teams, *hash;
    int64_t generation;
} dh_record_code;

/* Where a drill stands: the last exercise time reached and whether it ended. */
typedef struct dh_record_progress {
    dh_ms now;
    int ended;
    int64_t ninputs;
} dh_record_progress;

#endif
