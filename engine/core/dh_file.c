/* dh_file.c — reading a whole file. */
#include "dh_file.h"
#include "dh_alloc.h"
#include "dh_buf.h"
#include "dh_msg.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int dh_read_file(const char *path, char **data, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    dh_buf b;
    dh_buf_init(&b);
    char chunk[65536];
    size_t n;
    errno = 0;
    int err = 0;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n > DH_FILE_MAX) {
            err = EFBIG;
            break;
        }
        dh_buf_add(&b, chunk, n);
    }
    if (!err && ferror(f)) err = errno ? errno : EIO; /* e.g. EISDIR for a directory */
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

dh_status dh_read_input(const char *path, char **data, size_t *len, dh_diags *diags)
{
    if (!dh_read_file(path, data, len)) return DH_OK;
    if (errno == EFBIG) {
        dh_diags_add(diags, DH_ERROR, path, 0, dh_msg(E_FILE_TOO_LARGE), DH_FILE_MAX >> 20);
        return DH_EINPUT;
    }
    dh_diags_add(diags, DH_ERROR, path, 0, dh_msg(E_CANNOT_READ), strerror(errno));
    return errno == ENOMEM ? DH_ENOMEM : DH_EIO;
}
