/* cmd_verify.c — `drillhall verify F.drill`: check the record's hash chain.
 *
 * Exit 0 when every input chains from the header to the head; 1 naming the first
 * altered, removed or reordered input; 2 when the file is not a readable record. */
#include "commands.h"
#include "dh_args.h"
#include "dh_record.h"

#include <stdio.h>

static const char help[] =
    "usage: drillhall verify FILE.drill...\n\n"
    "Checks each record's SHA-256 chain of inputs (read-only). Prints the chain's\n"
    "head: keep it with the report, and a later copy of the file can be checked\n"
    "against it.\n";

static int verify_one(const char *path)
{
    dh_record *r;
    char err[512];
    dh_status st = dh_record_open(&r, path, 0, err, sizeof err);
    dh_verify_result res;
    if (!st) st = dh_record_verify(r, &res, err, sizeof err);
    dh_record_close(r);
    if (st) return dh_fail(st == DH_EINPUT ? 2 : 1, "%s: %s", path, err);
    if (res.problem) return dh_fail(1, "%s: %s", path, res.what);
    printf("%s: chain holds: %lld inputs, head %s\n", path, (long long)res.ninputs, res.head);
    return 0;
}

int dh_cmd_verify(int argc, char **argv)
{
    int want_help = 0;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help}, {NULL, 0, NULL}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return fputs(help, stdout), 0;
    if (a.npos < 1) return dh_fail(2, "verify: name a .drill file (see --help)");
    int rc = 0;
    for (size_t i = 0; i < a.npos; i++) {
        int r = verify_one(a.pos[i]);
        if (r > rc) rc = r;
    }
    return rc;
}
