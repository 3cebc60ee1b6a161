/* dh_file.c — reading a whole file. */
#include "dh_file.h"
#include "dh_alloc.h"
#include "dh_buf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

int dh_read_file(const char *path, char **data, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    dh_buf b;
    dh_buf_init(&b);
    char chunk[65536];
    size_t n;
    errno = 0;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) dh_buf_add(&b, chunk, n);
    int err = ferror(f) ? (errno ? errno : EIO) : 0; /* e.g. EISDIR for a directory */
    fclose(f);
    dh_buf_cstr(&b);
    if (err || b.failed) {
        dh_buf_free(&b);
        errno = err ? err : ENOMEM;
        return -1;
    }
    if (!b.data) { /* empty file */
        b.data = dh_calloc(1, 1);
        if (!b.data) return -1;
    }
    *data = b.data;
    *len = b.len;
    return 0;
}
