/* cmd_keygen.c — `drillhall keygen -o control.key`: exercise control's
 * signing key (Ed25519). Writes the private key (mode 0600) and, beside it, the
 * public key to hand out with the reports (control.pub). Never overwrites. */
#include "commands.h"
#include "dh_args.h"
#include "dh_sign.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int dh_cmd_keygen(int argc, char **argv)
{
    int want_help = 0;
    const char *out = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"-o", DH_OPT_OUTPUT, &out, "FILE.key", H_KEYGEN_OUT},
                     {"--output", DH_OPT_OUTPUT, &out, "FILE.key", H_OUTPUT_ALIAS},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_KEYGEN_USAGE, H_KEYGEN_ABOUT);
    if (a.npos || !out || !*out) return dh_fail(2, dh_msg(A_KEYGEN_NO_FILE));
    /* control.key → control.pub; a name without .key gets .pub added */
    size_t n = strlen(out);
    if (n > 4 && !strcmp(out + n - 4, ".key")) n -= 4;
    char *pub = malloc(n + 5);
    if (!pub) return dh_fail(1, dh_msg(E_NOMEM));
    memcpy(pub, out, n);
    strcpy(pub + n, ".pub");
    if (!strcmp(pub, out)) {
        free(pub);
        return dh_fail(2, dh_msg(A_KEYGEN_NAME), out);
    }
    char err[512];
    dh_status st = dh_sign_keygen(out, pub, err, sizeof err);
    int rc = 0;
    if (st)
        rc = dh_fail(st == DH_EINPUT ? 2 : 1, "%s", err);
    else
        dh_term_printf(stderr, dh_msg(A_KEYGEN_WROTE),
                out, pub);
    free(pub);
    return rc;
}
