/* test_codes.c — join codes come from the secret beside the record, are stored
 * only as salted hashes, and the self-signed certificate is made once and kept. */
#define _POSIX_C_SOURCE 200809L
#include "dh_test.h"
#include "dh_codes.h"
#include "dh_tls.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char rec[256];

static void cleanup(void)
{
    char p[300];
    const char *side[] = {".codes", ".cert.pem", ".key.pem"};
    for (int i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s%s", rec, side[i]);
        unlink(p);
    }
}

static void codes_are_derived_from_a_private_secret(void **state)
{
    (void)state;
    snprintf(rec, sizeof rec, "test-codes-%d.drill", (int)getpid());
    cleanup();
    dh_codes_secret s1, s2;
    char err[256];
    assert_int_equal(dh_codes_secret_load(rec, 0, &s1, err, sizeof err), DH_EIO);
    assert_int_equal(dh_codes_secret_load(rec, 1, &s1, err, sizeof err), DH_OK);
    char p[300];
    snprintf(p, sizeof p, "%s.codes", rec);
    struct stat sb;
    assert_int_equal(stat(p, &sb), 0);
    assert_int_equal(sb.st_mode & 0777, 0600);
    assert_int_equal(sb.st_size, 32);
    assert_int_equal(dh_codes_secret_load(rec, 1, &s2, err, sizeof err), DH_OK);
    assert_memory_equal(s1.key, s2.key, 32);
    char a[DH_CODE_LEN + 1], b[DH_CODE_LEN + 1], c[DH_CODE_LEN + 1];
    dh_codes_derive(&s1, "team", "hanoi", 0, a);
    dh_codes_derive(&s2, "team", "hanoi", 0, b);
    dh_codes_derive(&s1, "team", "hanoi", 1, c);
    assert_string_equal(a, b);
    assert_string_not_equal(a, c);
    assert_int_equal(strlen(a), DH_CODE_LEN);
    assert_int_equal(strspn(a, DH_CODE_ALPHABET), DH_CODE_LEN);
    char shown[16];
    dh_codes_format(a, shown, sizeof shown);
    assert_int_equal(strlen(shown), 12);
    assert_int_equal(shown[4], '-');
    /* a secret others may read is refused */
    chmod(p, 0644);
    assert_int_equal(dh_codes_secret_load(rec, 1, &s2, err, sizeof err), DH_EINPUT);
    assert_non_null(strstr(err, "chmod 600"));
    cleanup();
}

static void only_a_salted_hash_is_kept(void **state)
{
    (void)state;
    char h1[DH_CODE_HASH_MAX], h2[DH_CODE_HASH_MAX];
    assert_int_equal(dh_codes_hash("K7QXM2PA9F", h1), DH_OK);
    assert_int_equal(dh_codes_hash("K7QXM2PA9F", h2), DH_OK);
    assert_string_not_equal(h1, h2);            /* salted */
    assert_null(strstr(h1, "K7QXM2PA9F"));
    assert_true(dh_codes_match("K7QXM2PA9F", h1));
    assert_true(dh_codes_match("K7QXM2PA9F", h2));
    assert_false(dh_codes_match("K7QXM2PA9G", h1));
    assert_false(dh_codes_match("K7QXM2PA9F", "nonsense"));
}

static void the_self_signed_certificate_is_made_once(void **state)
{
    (void)state;
    snprintf(rec, sizeof rec, "test-tls-%d.drill", (int)getpid());
    cleanup();
    char cert[300], key[300], fp1[DH_TLS_FP_LEN], fp2[DH_TLS_FP_LEN], err[512];
    int made;
    assert_int_equal(dh_tls_self_signed(rec, "127.0.0.1", cert, sizeof cert, key, sizeof key, &made, err,
                                        sizeof err), DH_OK);
    assert_int_equal(made, 1);
    struct stat sb;
    assert_int_equal(stat(key, &sb), 0);
    assert_int_equal(sb.st_mode & 0777, 0600);
    assert_int_equal(dh_tls_fingerprint(cert, fp1, err, sizeof err), DH_OK);
    assert_int_equal(strlen(fp1), 95);
    assert_int_equal(fp1[2], ':');
    assert_int_equal(dh_tls_self_signed(rec, "127.0.0.1", cert, sizeof cert, key, sizeof key, &made, err,
                                        sizeof err), DH_OK);
    assert_int_equal(made, 0);
    assert_int_equal(dh_tls_fingerprint(cert, fp2, err, sizeof err), DH_OK);
    assert_string_equal(fp1, fp2);
    assert_int_equal(dh_tls_fingerprint(key, fp2, err, sizeof err), DH_EINPUT);
    cleanup();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(codes_are_derived_from_a_private_secret),
        cmocka_unit_test(only_a_salted_hash_is_kept),
        cmocka_unit_test(the_self_signed_certificate_is_made_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
