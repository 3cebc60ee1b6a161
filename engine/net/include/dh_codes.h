/* dh_codes.h — join codes: derived from a secret kept beside the record, stored
 * in the record only as salted hashes.
 *
 * A code is DH_CODE_LEN characters of DH_CODE_ALPHABET (no 0/O, 1/I/L: read over
 * the phone without mistakes), about 49 bits. It is HMAC-SHA256(secret,
 * "role|id|generation") mapped onto the alphabet without bias, so `drillhall
 * codes F.drill` prints the same codes again and reissuing one (generation + 1)
 * gives a new code that the old one cannot be guessed from. The secret is the
 * file F.drill.codes: 32 random bytes (RAND_bytes), mode 0600, created with
 * O_EXCL so two processes never make two secrets. */
#ifndef DH_CODES_H
#define DH_CODES_H

#include "dh_status.h"

#include <stddef.h>
#include <stdint.h>

#define DH_CODE_LEN 10
#define DH_CODE_ALPHABET "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
#define DH_CODE_HASH_MAX 100   /* "SALT$SHA256" in hex, with its NUL */
#define DH_CODES_SECRET_LEN 32

typedef struct dh_codes_secret {
    unsigned char key[DH_CODES_SECRET_LEN];
} dh_codes_secret;

/* The secret's path for a record: "RECORD.codes" (written into out). */
void dh_codes_secret_path(const char *record_path, char *out, size_t n);
/* Reads the secret beside the record; when it does not exist and `create`, makes
 * it (O_EXCL, 0600). DH_EIO/DH_EINPUT with the reason in err (a file that is not
 * exactly 32 bytes, or that others may read, is refused). */
dh_status dh_codes_secret_load(const char *record_path, int create, dh_codes_secret *out,
                               char *err, size_t errlen);

/* The code of (role, id, generation): DH_CODE_LEN characters and a NUL. */
void dh_codes_derive(const dh_codes_secret *s, const char *role, const char *id, int64_t generation,
                     char out[DH_CODE_LEN + 1]);
/* "XXXX-XXXX-XX" for people (out: at least 13 bytes). */
void dh_codes_format(const char *code, char *out, size_t n);

/* A fresh salted hash of a code ("SALT$SHA256", hex). DH_EIO when no random salt. */
dh_status dh_codes_hash(const char *code, char out[DH_CODE_HASH_MAX]);
/* 1 when code (normalised) matches a stored "SALT$SHA256"; compared in constant time. */
int dh_codes_match(const char *code, const char *stored);

#endif
