/* dh_sign.c — Ed25519 keys and signatures for records. */
#define _POSIX_C_SOURCE 200809L
#include "dh_sign.h"
#include "dh_msg.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct dh_signer {
    EVP_PKEY *key;
    char pub[DH_PUBKEY_HEX];
};

static dh_status fail(char *err, size_t errlen, dh_status st, const char *msg)
{
    snprintf(err, errlen, "%s", msg);
    return st;
}

static void to_hex(const unsigned char *b, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++) snprintf(out + 2 * i, 3, "%02x", b[i]);
}

static int from_hex(const char *s, unsigned char *b, size_t n)
{
    if (strlen(s) != 2 * n) return -1;
    for (size_t i = 0; i < n; i++) {
        unsigned v = 0;
        for (int k = 0; k < 2; k++) {
            char c = s[2 * i + k];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
            else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
            else return -1;
        }
        b[i] = (unsigned char)v;
    }
    return 0;
}

static int public_hex(EVP_PKEY *k, char out[DH_PUBKEY_HEX])
{
    unsigned char raw[32];
    size_t n = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(k, raw, &n) != 1 || n != 32) return -1;
    to_hex(raw, 32, out);
    return 0;
}

/* Opens path for writing only if it does not exist yet, with `mode`. */
static FILE *create_new(const char *path, int mode)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, mode);
    if (fd < 0) return NULL;
    FILE *f = fdopen(fd, "w");
    if (!f) close(fd);
    return f;
}

dh_status dh_sign_keygen(const char *priv_path, const char *pub_path, char *err, size_t errlen)
{
    if (access(priv_path, F_OK) == 0 || access(pub_path, F_OK) == 0) {
        snprintf(err, errlen, dh_msg(E_KEY_EXISTS),
                 access(priv_path, F_OK) == 0 ? priv_path : pub_path);
        return DH_EINPUT;
    }
    EVP_PKEY *k = EVP_PKEY_Q_keygen(NULL, NULL, "ED25519");
    if (!k) return fail(err, errlen, DH_ENOMEM, "cannot make an Ed25519 key");
    dh_status st = DH_OK;
    FILE *f = create_new(priv_path, 0600);
    if (!f) {
        snprintf(err, errlen, dh_msg(E_CANNOT_CREATE), priv_path, strerror(errno));
        st = DH_EIO;
    } else {
        int ok = PEM_write_PrivateKey(f, k, NULL, NULL, 0, NULL, NULL) == 1;
        ok &= fflush(f) == 0 && fsync(fileno(f)) == 0;
        ok &= fclose(f) == 0;
        if (!ok) st = fail(err, errlen, DH_EIO, "cannot write the private key");
    }
    if (!st) {
        f = create_new(pub_path, 0644);
        if (!f) {
            snprintf(err, errlen, dh_msg(E_CANNOT_CREATE), pub_path, strerror(errno));
            st = DH_EIO;
        } else {
            int ok = PEM_write_PUBKEY(f, k) == 1;
            ok &= fclose(f) == 0;
            if (!ok) {
                st = fail(err, errlen, DH_EIO, "cannot write the public key");
                remove(pub_path);
            }
        }
        if (st) remove(priv_path);
    }
    EVP_PKEY_free(k);
    return st;
}

dh_status dh_signer_load(dh_signer **out, const char *path, char *err, size_t errlen)
{
    *out = NULL;
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, dh_msg(E_READ_PRIVATE), path, strerror(errno));
        return DH_EINPUT;
    }
    EVP_PKEY *k = PEM_read_PrivateKey(f, NULL, NULL, NULL);
    fclose(f);
    if (!k || EVP_PKEY_get_id(k) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(k);
        snprintf(err, errlen, dh_msg(E_NOT_PRIVATE),
                 path);
        return DH_EINPUT;
    }
    dh_signer *s = calloc(1, sizeof *s);
    if (!s || public_hex(k, s->pub)) {
        free(s);
        EVP_PKEY_free(k);
        return fail(err, errlen, DH_ENOMEM, "out of memory");
    }
    s->key = k;
    *out = s;
    return DH_OK;
}

void dh_signer_free(dh_signer *s)
{
    if (!s) return;
    EVP_PKEY_free(s->key);
    free(s);
}

const char *dh_signer_public(const dh_signer *s) { return s->pub; }

dh_status dh_signer_sign(const dh_signer *s, const void *msg, size_t len, char sig[DH_SIG_HEX],
                         char *err, size_t errlen)
{
    unsigned char raw[64];
    size_t n = sizeof raw;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    int ok = ctx && EVP_DigestSignInit(ctx, NULL, NULL, NULL, s->key) == 1 &&
             EVP_DigestSign(ctx, raw, &n, msg, len) == 1 && n == 64;
    EVP_MD_CTX_free(ctx);
    if (!ok) return fail(err, errlen, DH_ENOMEM, "cannot sign the record");
    to_hex(raw, 64, sig);
    return DH_OK;
}

dh_status dh_sign_load_public(const char *path, char pub[DH_PUBKEY_HEX], char *err,
                              size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, dh_msg(E_READ_PUBLIC), path, strerror(errno));
        return DH_EINPUT;
    }
    EVP_PKEY *k = PEM_read_PUBKEY(f, NULL, NULL, NULL);
    fclose(f);
    int ok = k && EVP_PKEY_get_id(k) == EVP_PKEY_ED25519 && !public_hex(k, pub);
    EVP_PKEY_free(k);
    if (!ok) {
        snprintf(err, errlen, dh_msg(E_NOT_PUBLIC),
                 path);
        return DH_EINPUT;
    }
    return DH_OK;
}

/* One check: 1 the signature matches, 0 it does not or the check failed
 * inside without saying so, -1 out of memory, -2 another failure. */
static int check_once(const unsigned char pub[32], const void *msg, size_t len,
                      const unsigned char sig[64])
{
    ERR_clear_error();
    EVP_PKEY *k = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, pub, 32);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    int rc;
    if (!k || !ctx)
        rc = -1;
    else if (EVP_DigestVerifyInit(ctx, NULL, NULL, NULL, k) != 1)
        rc = -2;
    else
        rc = EVP_DigestVerify(ctx, sig, 64, msg, len);
    /* a signature that does not match fails quietly: an error left behind is
     * a check that did not run */
    if (rc == 0 && ERR_peek_error()) rc = -2;
    if (rc < -2) rc = -2;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(k);
    ERR_clear_error();
    return rc;
}

dh_status dh_sign_verify(const char *pub, const void *msg, size_t len, const char *sig,
                         int *valid, char *err, size_t errlen)
{
    /* RFC 8032, section 7.1, test 1: the empty message under this key */
    static const unsigned char known_pub[32] = {
        0xd7, 0x5a, 0x98, 0x01, 0x82, 0xb1, 0x0a, 0xb7, 0xd5, 0x4b, 0xfe, 0xd3, 0xc9, 0x64, 0x07, 0x3a,
        0x0e, 0xe1, 0x72, 0xf3, 0xda, 0xa6, 0x23, 0x25, 0xaf, 0x02, 0x1a, 0x68, 0xf7, 0x07, 0x51, 0x1a};
    static const unsigned char known_sig[64] = {
        0xe5, 0x56, 0x43, 0x00, 0xc3, 0x60, 0xac, 0x72, 0x90, 0x86, 0xe2, 0xcc, 0x80, 0x6e, 0x82, 0x8a,
        0x84, 0x87, 0x7f, 0x1e, 0xb8, 0xe5, 0xd9, 0x74, 0xd8, 0x73, 0xe0, 0x65, 0x22, 0x49, 0x01, 0x55,
        0x5f, 0xb8, 0x82, 0x15, 0x90, 0xa3, 0x3b, 0xac, 0xc6, 0x1e, 0x39, 0x70, 0x1c, 0xf9, 0xb4, 0x6b,
        0xd2, 0x5b, 0xf5, 0xf0, 0x59, 0x5b, 0xbe, 0x24, 0x65, 0x51, 0x41, 0x43, 0x8e, 0x7a, 0x10, 0x0b};
    unsigned char rawpub[32], rawsig[64];
    *valid = 0;
    /* a key or signature that is not hex is one that does not match */
    if (!pub || !sig || from_hex(pub, rawpub, 32) || from_hex(sig, rawsig, 64)) return DH_OK;
    /* from here a failure of the library is no finding against the record:
     * "could not check" must never read as "changed after it was signed" */
    int rc = check_once(rawpub, msg, len, rawsig);
    if (rc == 0) {
        /* libcrypto's Ed25519 answers "no" also when it failed inside (an
         * allocation) without a word: a "no" counts only once a signature
         * known to be good checks as good, and this one still does not */
        int known = check_once(known_pub, "", 0, known_sig);
        rc = known == 1 ? check_once(rawpub, msg, len, rawsig) : known == 0 ? -2 : known;
    }
    if (rc == -1) return fail(err, errlen, DH_ENOMEM, "out of memory");
    if (rc < 0) return fail(err, errlen, DH_EIO, "cannot check the signature");
    *valid = rc == 1;
    return DH_OK;
}
