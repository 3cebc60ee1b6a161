/* dh_tls.c — the self-signed certificate and fingerprints (OpenSSL 3). */
#define _POSIX_C_SOURCE 200809L
#include "dh_tls.h"
#include "dh_msg.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static dh_status fail(char *err, size_t errlen, const char *what)
{
    char ossl[160] = "";
    unsigned long e = ERR_get_error();
    if (e) ERR_error_string_n(e, ossl, sizeof ossl);
    ERR_clear_error();
    char both[400];
    snprintf(both, sizeof both, "%s%s%s", what, ossl[0] ? ": " : "", ossl);
    snprintf(err, errlen, dh_msg(E_NET_CERT_MAKE), both);
    return DH_EIO;
}

/* Opens path for writing, new (O_EXCL) and private. */
static FILE *create_private(const char *path)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return NULL;
    FILE *f = fdopen(fd, "w");
    if (!f) close(fd);
    return f;
}

static int is_ip(const char *s)
{
    unsigned char buf[16];
    return inet_pton(AF_INET, s, buf) == 1 || inet_pton(AF_INET6, s, buf) == 1;
}

static dh_status make(const char *cert_path, const char *key_path, const char *host, char *err,
                      size_t errlen)
{
    dh_status st = DH_EIO;
    X509 *x = NULL;
    X509_EXTENSION *ext = NULL;
    FILE *kf = NULL, *cf = NULL;
    EVP_PKEY *key = EVP_EC_gen("P-256");
    if (!key) return fail(err, errlen, "EC P-256 key");
    x = X509_new();
    if (!x) {
        st = fail(err, errlen, "X509_new");
        goto done;
    }
    unsigned char serial[16];
    FILE *ur = fopen("/dev/urandom", "rb");
    size_t got = ur ? fread(serial, 1, sizeof serial, ur) : 0;
    if (ur) fclose(ur);
    if (got != sizeof serial) memset(serial, 0x5a, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, NULL);
    ASN1_INTEGER *sn = bn ? BN_to_ASN1_INTEGER(bn, NULL) : NULL;
    BN_free(bn);
    X509_NAME *name = X509_get_subject_name(x);
    char san[512];
    if (host && host[0] && strcmp(host, "0.0.0.0") && strcmp(host, "::") && strcmp(host, "localhost") &&
        strcmp(host, "127.0.0.1") && strlen(host) < 256)
        snprintf(san, sizeof san, "DNS:localhost,IP:127.0.0.1,%s:%s", is_ip(host) ? "IP" : "DNS", host);
    else
        snprintf(san, sizeof san, "DNS:localhost,IP:127.0.0.1");
    X509V3_CTX v3;
    int ok = sn && X509_set_version(x, 2) && X509_set_serialNumber(x, sn) &&
             X509_gmtime_adj(X509_getm_notBefore(x), -3600) &&
             X509_gmtime_adj(X509_getm_notAfter(x), 10L * 365 * 24 * 3600) && X509_set_pubkey(x, key) &&
             X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, (const unsigned char *)"drillhall", -1,
                                        -1, 0) &&
             X509_set_issuer_name(x, name);
    ASN1_INTEGER_free(sn);
    if (ok) {
        X509V3_set_ctx_nodb(&v3);
        X509V3_set_ctx(&v3, x, x, NULL, NULL, 0);
        ext = X509V3_EXT_conf_nid(NULL, &v3, NID_subject_alt_name, san);
        ok = ext && X509_add_ext(x, ext, -1) && X509_sign(x, key, EVP_sha256()) > 0;
    }
    if (!ok) {
        st = fail(err, errlen, "X509");
        goto done;
    }
    kf = create_private(key_path);
    if (!kf) {
        char what[4200];
        snprintf(what, sizeof what, "%s: %s", key_path, strerror(errno));
        st = fail(err, errlen, what);
        goto done;
    }
    if (!PEM_write_PrivateKey(kf, key, NULL, NULL, 0, NULL, NULL) || fflush(kf) || fsync(fileno(kf))) {
        st = fail(err, errlen, key_path);
        goto done;
    }
    cf = create_private(cert_path);
    if (!cf || !PEM_write_X509(cf, x) || fflush(cf)) {
        char what[4200];
        snprintf(what, sizeof what, "%s: %s", cert_path, strerror(errno));
        st = fail(err, errlen, what);
        goto done;
    }
    fchmod(fileno(cf), 0644);   /* the certificate is public */
    st = DH_OK;
done:
    if (kf) fclose(kf);
    if (cf) fclose(cf);
    if (st) {
        if (kf) unlink(key_path);
        if (cf) unlink(cert_path);
    }
    X509_EXTENSION_free(ext);
    X509_free(x);
    EVP_PKEY_free(key);
    return st;
}

dh_status dh_tls_self_signed(const char *record_path, const char *host, char *cert_path,
                             size_t cert_len, char *key_path, size_t key_len, int *made, char *err,
                             size_t errlen)
{
    *made = 0;
    snprintf(cert_path, cert_len, "%s.cert.pem", record_path);
    snprintf(key_path, key_len, "%s.key.pem", record_path);
    struct stat a, b;
    int have_cert = stat(cert_path, &a) == 0, have_key = stat(key_path, &b) == 0;
    if (have_cert && have_key) return DH_OK;
    if (have_cert != have_key) {
        char what[4200];
        snprintf(what, sizeof what, "%s exists without %s", have_cert ? cert_path : key_path,
                 have_cert ? key_path : cert_path);
        return fail(err, errlen, what);
    }
    dh_status st = make(cert_path, key_path, host, err, errlen);
    if (!st) *made = 1;
    return st;
}

dh_status dh_tls_fingerprint(const char *cert_path, char out[DH_TLS_FP_LEN], char *err, size_t errlen)
{
    out[0] = 0;
    FILE *f = fopen(cert_path, "r");
    X509 *x = f ? PEM_read_X509(f, NULL, NULL, NULL) : NULL;
    if (f) fclose(f);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned n = 0;
    if (!x || !X509_digest(x, EVP_sha256(), md, &n) || n != 32) {
        X509_free(x);
        ERR_clear_error();
        snprintf(err, errlen, dh_msg(E_NET_CERT_READ), cert_path);
        return DH_EINPUT;
    }
    X509_free(x);
    static const char hex[] = "0123456789ABCDEF";
    for (unsigned i = 0; i < n; i++) {
        out[3 * i] = hex[md[i] >> 4];
        out[3 * i + 1] = hex[md[i] & 15];
        out[3 * i + 2] = i + 1 < n ? ':' : 0;
    }
    return DH_OK;
}
