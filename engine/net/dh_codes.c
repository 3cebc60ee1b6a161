/* dh_codes.c — join codes: the secret file, derivation, salted hashes. */
#define _POSIX_C_SOURCE 200809L
#include "dh_codes.h"
#include "dh_msg.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void dh_codes_secret_path(const char *record_path, char *out, size_t n)
{
    snprintf(out, n, "%s.codes", record_path);
}

static dh_status read_secret(const char *path, int fd, dh_codes_secret *out, char *err, size_t errlen)
{
    struct stat sb;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        snprintf(err, errlen, dh_msg(E_NET_SECRET_NOT_FILE), path);
        return DH_EINPUT;
    }
    if (sb.st_mode & 077) {
        snprintf(err, errlen, dh_msg(E_NET_SECRET_OPEN), path, path);
        return DH_EINPUT;
    }
    unsigned char buf[DH_CODES_SECRET_LEN + 1];
    ssize_t got = read(fd, buf, sizeof buf);
    if (got != DH_CODES_SECRET_LEN) {
        snprintf(err, errlen, dh_msg(E_NET_SECRET_SIZE), path, (int)got, DH_CODES_SECRET_LEN);
        OPENSSL_cleanse(buf, sizeof buf);
        return DH_EINPUT;
    }
    memcpy(out->key, buf, DH_CODES_SECRET_LEN);
    OPENSSL_cleanse(buf, sizeof buf);
    return DH_OK;
}

dh_status dh_codes_secret_load(const char *record_path, int create, dh_codes_secret *out,
                               char *err, size_t errlen)
{
    char path[4096];
    dh_codes_secret_path(record_path, path, sizeof path);
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
        dh_status st = read_secret(path, fd, out, err, errlen);
        close(fd);
        return st;
    }
    if (errno != ENOENT || !create) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return DH_EIO;
    }
    if (RAND_bytes(out->key, DH_CODES_SECRET_LEN) != 1) {
        snprintf(err, errlen, dh_msg(E_NET_SECRET_RANDOM), path);
        return DH_EIO;
    }
    fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        /* another process made it first: use that one */
        if (errno == EEXIST) return dh_codes_secret_load(record_path, 0, out, err, errlen);
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return DH_EIO;
    }
    int ok = write(fd, out->key, DH_CODES_SECRET_LEN) == DH_CODES_SECRET_LEN && fsync(fd) == 0;
    ok = close(fd) == 0 && ok;
    if (!ok) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        unlink(path);
        return DH_EIO;
    }
    return DH_OK;
}

void dh_codes_derive(const dh_codes_secret *s, const char *role, const char *id, int64_t generation,
                     char out[DH_CODE_LEN + 1])
{
    static const char alphabet[] = DH_CODE_ALPHABET;
    const unsigned n = sizeof alphabet - 1;          /* 31 */
    const unsigned limit = 256 - 256 % n;            /* bytes below it map without bias */
    size_t k = 0;
    for (unsigned round = 0; k < DH_CODE_LEN; round++) {
        char msg[256];
        int len = snprintf(msg, sizeof msg, "%s|%s|%lld|%u", role, id, (long long)generation, round);
        if (len < 0 || len >= (int)sizeof msg) len = (int)sizeof msg - 1;
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned mdlen = 0;
        /* round 0 is HMAC(secret, role|id|generation|0); more rounds only when
         * more than 22 of the 32 bytes fell on the biased tail (rare) */
        if (!HMAC(EVP_sha256(), s->key, DH_CODES_SECRET_LEN, (const unsigned char *)msg, (size_t)len, md,
                  &mdlen))
            mdlen = 0;
        for (unsigned i = 0; i < mdlen && k < DH_CODE_LEN; i++)
            if (md[i] < limit) out[k++] = alphabet[md[i] % n];
        if (round > 64) {          /* HMAC failed every time: never an empty code */
            while (k < DH_CODE_LEN) out[k++] = alphabet[0];
        }
    }
    out[DH_CODE_LEN] = 0;
}

void dh_codes_format(const char *code, char *out, size_t n)
{
    snprintf(out, n, "%.4s-%.4s-%.2s", code, strlen(code) > 4 ? code + 4 : "",
             strlen(code) > 8 ? code + 8 : "");
}

static void hex(const unsigned char *p, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[p[i] >> 4];
        out[2 * i + 1] = digits[p[i] & 15];
    }
    out[2 * n] = 0;
}

static int salted(const unsigned char *salt, size_t saltlen, const char *code, unsigned char md[32])
{
    unsigned mdlen = 0;
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    int ok = c && EVP_DigestInit_ex(c, EVP_sha256(), NULL) && EVP_DigestUpdate(c, salt, saltlen) &&
             EVP_DigestUpdate(c, code, strlen(code)) && EVP_DigestFinal_ex(c, md, &mdlen) && mdlen == 32;
    EVP_MD_CTX_free(c);
    return ok;
}

dh_status dh_codes_hash(const char *code, char out[DH_CODE_HASH_MAX])
{
    unsigned char salt[16], md[32];
    if (RAND_bytes(salt, sizeof salt) != 1 || !salted(salt, sizeof salt, code, md)) return DH_EIO;
    hex(salt, sizeof salt, out);
    out[32] = '$';
    hex(md, sizeof md, out + 33);
    return DH_OK;
}

static int unhex(const char *s, unsigned char *out, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int v = 0;
        for (int j = 0; j < 2; j++) {
            char c = s[2 * i + j];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0) return 0;
            v = v * 16 + d;
        }
        out[i] = (unsigned char)v;
    }
    return 1;
}

int dh_codes_match(const char *code, const char *stored)
{
    unsigned char salt[16], want[32], md[32];
    if (!stored || strlen(stored) != 32 + 1 + 64 || stored[32] != '$') return 0;
    if (!unhex(stored, salt, 16) || !unhex(stored + 33, want, 32)) return 0;
    if (!salted(salt, sizeof salt, code, md)) return 0;
    return CRYPTO_memcmp(md, want, 32) == 0;
}
