/* cmd_keygen.c — `drillhall keygen -o control.key`: exercise control's
 * signing key (Ed25519). Writes the private key (mode 0600) and, beside it, the
 * public key to hand out with the reports (control.pub). Never overwrites. */
#include "commands.h"
#include "dh_args.h"
#include "dh_sign.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
    "usage: drillhall keygen -o FILE.key\n\n"
    "Makes exercise control's signing key: FILE.key (private, mode 0600: keep it\n"
    "with exercise control, never with the records) and FILE.pub (public: publish\n"
    "it with the reports). Record a signed drill with `run --sign FILE.key` (or\n"
    "DRILLHALL_SIGNING_KEY=FILE.key); check it with `verify --key FILE.pub`.\n";

int dh_cmd_keygen(int argc, char **argv)
{
    int want_help = 0;
    const char *out = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help},
                     {"-o", DH_OPT_OUTPUT, &out},
                     {"--output", DH_OPT_OUTPUT, &out},
                     {NULL, 0, NULL}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return fputs(help, stdout), 0;
    if (a.npos || !out || !*out) return dh_fail(2, "keygen: name the key file with -o FILE.key");
    /* control.key → control.pub; a name without .key gets .pub added */
    size_t n = strlen(out);
    if (n > 4 && !strcmp(out + n - 4, ".key")) n -= 4;
    char *pub = malloc(n + 5);
    if (!pub) return dh_fail(1, "out of memory");
    memcpy(pub, out, n);
    strcpy(pub + n, ".pub");
    if (!strcmp(pub, out)) {
        free(pub);
        return dh_fail(2, "keygen: %s: name the private key FILE.key", out);
    }
    char err[512];
    dh_status st = dh_sign_keygen(out, pub, err, sizeof err);
    int rc = 0;
    if (st)
        rc = dh_fail(st == DH_EINPUT ? 2 : 1, "%s", err);
    else
        dh_term_printf(stderr, "drillhall: wrote %s (private: keep it with exercise control) and %s\n",
                out, pub);
    free(pub);
    return rc;
}
