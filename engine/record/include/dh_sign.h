/* dh_sign.h — Ed25519 signing keys for records (libcrypto's EVP_PKEY API).
 *
 * Exercise control keeps one private key (PEM, PKCS#8, file mode 0600) and
 * hands out its public key (PEM, SubjectPublicKeyInfo). A record names the key
 * it is signed with by the raw 32-byte public key as 64 hex digits; that is
 * what `verify` compares with a given .pub file.
 *
 * Every function returns DH_OK or a status with the reason in err: DH_EINPUT
 * (not a usable Ed25519 key file), DH_EIO (cannot read or write the file),
 * DH_ENOMEM. */
#ifndef DH_SIGN_H
#define DH_SIGN_H

#include "dh_status.h"

#include <stddef.h>

#define DH_PUBKEY_HEX 65     /* 32 bytes as hex and a NUL */
#define DH_SIG_HEX 129       /* 64 bytes as hex and a NUL */

typedef struct dh_signer dh_signer;

/* Writes a new key pair: priv_path (created, mode 0600; must not exist) and
 * pub_path (must not exist). Nothing is left behind on failure. */
dh_status dh_sign_keygen(const char *priv_path, const char *pub_path, char *err, size_t errlen);

/* Loads a private key written by dh_sign_keygen; the signer owns it. */
dh_status dh_signer_load(dh_signer **out, const char *path, char *err, size_t errlen);
void dh_signer_free(dh_signer *s);
/* The signer's public key as 64 hex digits (borrowed from s). */
const char *dh_signer_public(const dh_signer *s);
/* Signs msg; sig receives 128 hex digits. */
dh_status dh_signer_sign(const dh_signer *s, const void *msg, size_t len, char sig[DH_SIG_HEX],
                         char *err, size_t errlen);

/* Reads a public key file (PEM) into 64 hex digits. */
dh_status dh_sign_load_public(const char *path, char pub[DH_PUBKEY_HEX], char *err,
                              size_t errlen);
/* Checks sig (128 hex digits) against pub and msg: DH_OK with *valid 1 when it
 * is pub's signature of msg, 0 when it is not; DH_ENOMEM or DH_EIO (*valid 0)
 * when the check could not be made, which says nothing about the signature. */
dh_status dh_sign_verify(const char *pub, const void *msg, size_t len, const char *sig,
                         int *valid, char *err, size_t errlen);

#endif
