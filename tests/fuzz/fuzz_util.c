#define _POSIX_C_SOURCE 200809L
/* fuzz_util.c — temp files and failure for the fuzz harnesses. */
#include "fuzz.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

const char *dh_fuzz_file(const char *name, const uint8_t *data, size_t size)
{
    static char path[512];
    const char *dir = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/dh-fuzz-%ld-%s", dir && *dir ? dir : "/tmp", (long)getpid(),
             name);
    FILE *f = fopen(path, "wb");
    if (!f) return NULL;
    int bad = size && fwrite(data, 1, size, f) != size;
    bad |= fclose(f) != 0;
    if (bad) {
        remove(path);
        return NULL;
    }
    return path;
}

void dh_fuzz_fail(const char *what)
{
    fprintf(stderr, "fuzz invariant broken: %s\n", what);
    abort();
}

void dh_fuzz_note(const char *fmt, ...)
{
    static int verbose = -1;
    if (verbose < 0) {
        const char *e = getenv("DH_FUZZ_VERBOSE");
        verbose = e && *e == '1';
    }
    if (!verbose) return;
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}
