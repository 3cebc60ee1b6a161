/* cmd_verify.c — `drillhall verify F.drill`: check the record's hash chain,
 * its last checkpoint and, for a signed record, the checkpoint's signature.
 *
 * Exit 0 when every input chains from the header to the head and the checkpoint
 * (time reached, ended, count) matches it; 1 naming the first altered, removed,
 * added or reordered input, a changed checkpoint, a signature that does not
 * match or (with --key) another key or none; 2 when the file is not a readable
 * record or the key file is not a public key. */
#include "commands.h"
#include "dh_args.h"
#include "dh_record.h"

#include <stdio.h>

static int verify_one(const char *path, const char *pub)
{
    dh_record *r;
    char err[512];
    dh_status st = dh_record_open(&r, path, 0, err, sizeof err);
    dh_verify_result res;
    if (!st) st = dh_record_verify_key(r, pub, &res, err, sizeof err);
    dh_record_close(r);
    if (st) return dh_fail(st == DH_EINPUT ? 2 : 1, "%s: %s", path, err);
    if (res.problem) return dh_fail(1, "%s: %s", path, res.what);
    char at[32];
    dh_time_format_clock(res.now, at, sizeof at);
    dh_term_printf(stdout, dh_msg(A_VERIFY_HOLDS), path, (long long)res.ninputs, res.head);
    /* a record without its end is a drill in progress or cut short (a crash,
     * a copy taken while it ran): neither is damage, and resume continues it */
    if (res.ended) dh_term_printf(stdout, dh_msg(A_VERIFY_STATE), path, dh_msg(A_DRILL_ENDED), at);
    else dh_term_printf(stdout, dh_msg(A_VERIFY_NOT_ENDED), path, at, path);
    if (res.signer[0])
        dh_term_printf(stdout, dh_msg(A_VERIFY_SIGNED), path, res.signer,
               dh_msg(pub ? A_KEY_GIVEN : A_KEY_CHECK));
    else
        dh_term_printf(stdout, dh_msg(A_VERIFY_UNSIGNED), path);
    return 0;
}

int dh_cmd_verify(int argc, char **argv)
{
    int want_help = 0;
    const char *key = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--key", DH_OPT_INPUT, &key, "F.pub", H_VERIFY_KEY},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_VERIFY_USAGE, H_VERIFY_ABOUT);
    if (a.npos < 1) return dh_fail(2, dh_msg(A_VERIFY_NO_FILE));
    char pub[DH_PUBKEY_HEX], err[512];
    if (key && dh_sign_load_public(key, pub, err, sizeof err)) return dh_fail(2, "%s", err);
    int rc = 0;
    for (size_t i = 0; i < a.npos; i++) {
        int r = verify_one(a.pos[i], key ? pub : NULL);
        if (r > rc) rc = r;
    }
    return rc;
}
