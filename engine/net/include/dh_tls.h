/* dh_tls.h — the server's certificate: the agency's own, or a self-signed one
 * made on first use beside the record and reused on every resume, so stations
 * that pinned its fingerprint keep joining. */
#ifndef DH_TLS_H
#define DH_TLS_H

#include "dh_status.h"

#include <stddef.h>

#define DH_TLS_FP_LEN 96   /* SHA-256 as colon hex "AB:CD:…" (95) and a NUL */

/* RECORD.cert.pem and RECORD.key.pem: reused when both exist, else made (an EC
 * P-256 key, mode 0600, O_EXCL; a certificate for CN drillhall valid ten years,
 * with subjectAltName localhost, 127.0.0.1 and `host` when it is a name or an
 * address other than 0.0.0.0). Writes the two paths. DH_EIO/DH_EINPUT with the
 * reason in err. *made is 1 when they were made now. */
dh_status dh_tls_self_signed(const char *record_path, const char *host, char *cert_path,
                             size_t cert_len, char *key_path, size_t key_len, int *made, char *err,
                             size_t errlen);

/* The SHA-256 fingerprint of the first certificate in a PEM file, upper-case
 * colon hex (what `openssl x509 -fingerprint -sha256` prints). */
dh_status dh_tls_fingerprint(const char *cert_path, char out[DH_TLS_FP_LEN], char *err,
                             size_t errlen);

#endif
