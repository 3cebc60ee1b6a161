/* test_sign_alloc.c — allocation failure inside the signature check (STYLE.md
 * pattern 8).
 *
 * libcrypto's allocator is routed through a counter (CRYPTO_set_mem_functions,
 * before libcrypto allocates anything). A signed record is written and opened;
 * then, for n = 1, 2, … the n-th libcrypto allocation of a verify fails (and
 * every one after it; then it alone). Verify may fail only with DH_ENOMEM or DH_EIO ("could
 * not check"), never report the record as changed after it was signed. */
#define _POSIX_C_SOURCE 200809L
#include "dh_test.h"
#include "dh_record.h"
#include "dh_sign.h"

#include <openssl/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static long count, fail_at; /* fail_at 0: nothing fails */
static int once;             /* only the fail_at-th fails, not every one after it */

static int fails(void)
{
    if (!fail_at) return 0;
    ++count;
    return once ? count == fail_at : count >= fail_at;
}
static void *t_malloc(size_t n, const char *f, int l)
{
    (void)f, (void)l;
    return fails() ? NULL : malloc(n);
}
static void *t_realloc(void *p, size_t n, const char *f, int l)
{
    (void)f, (void)l;
    return fails() ? NULL : realloc(p, n);
}
static void t_free(void *p, const char *f, int l)
{
    (void)f, (void)l;
    free(p);
}

static const char source[] = "scenario { id = 'x' }\n";

static void a_failed_allocation_is_never_a_changed_signature(void **state)
{
    (void)state;
    char dir[] = "/tmp/dh-sign-alloc-XXXXXX", key[64], pub[64], path[64], err[512];
    assert_non_null(mkdtemp(dir));
    snprintf(key, sizeof key, "%s/k.key", dir);
    snprintf(pub, sizeof pub, "%s/k.pub", dir);
    snprintf(path, sizeof path, "%s/s.drill", dir);
    assert_int_equal(dh_sign_keygen(key, pub, err, sizeof err), DH_OK);
    dh_signer *signer;
    assert_int_equal(dh_signer_load(&signer, key, err, sizeof err), DH_OK);
    dh_record_header h;
    dh_record_header_init(&h);
    h.engine_version = "test";
    h.scenario_file = "x.lua";
    h.scenario_id = "x";
    h.scenario_source = (char *)source;
    h.scenario_len = sizeof source - 1;
    strcpy(h.lang, "en");
    strcpy(h.bots, "random");
    assert_int_equal(dh_roster_add(&h.roster, "a", "A", "", 0), DH_OK);
    dh_record *r;
    assert_int_equal(dh_record_create_signed(&r, path, &h, signer, err, sizeof err), DH_OK);
    dh_input in = {.kind = DH_IN_END, .source = DH_SRC_CONSOLE, .t = 1000};
    assert_int_equal(dh_record_append(r, &in, err, sizeof err), DH_OK);
    dh_record_close(r);
    dh_roster_free(&h.roster);
    dh_signer_free(signer);

    assert_int_equal(dh_record_open(&r, path, 0, err, sizeof err), DH_OK);
    dh_verify_result res;
    /* once without failures: libcrypto's one-time set-up is done, and the
     * record is sound */
    assert_int_equal(dh_record_verify(r, &res, err, sizeof err), DH_OK);
    assert_int_equal(res.problem, DH_VERIFY_OK);
    long failed = 0;
    for (once = 0; once < 2; once++)
    for (long n = 1;; n++) {
        count = 0;
        fail_at = n;
        dh_status st = dh_record_verify(r, &res, err, sizeof err);
        fail_at = 0;
        if (st == DH_OK && count < n) break; /* nothing failed: every allocation seen */
        if (st == DH_OK && res.problem != DH_VERIFY_OK)
            fail_msg("allocation %ld failing%s was reported as: %s", n, once ? " once" : "",
                     res.what);
        if (st != DH_OK && st != DH_ENOMEM && st != DH_EIO)
            fail_msg("allocation %ld failing gave status %d: %s", n, (int)st, err);
        failed += st != DH_OK;
    }
    dh_record_close(r);
    assert_true(failed > 0); /* the check does allocate: the loop tested something */
    dh_record_remove(path);
    remove(key);
    remove(pub);
    rmdir(dir);
}

int main(void)
{
    if (!CRYPTO_set_mem_functions(t_malloc, t_realloc, t_free)) return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_failed_allocation_is_never_a_changed_signature),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
