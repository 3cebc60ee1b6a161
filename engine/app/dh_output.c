/* dh_output.c — writing a command's output to a file or standard output. */
#include "dh_output.h"
#include "dh_args.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int dh_write_file(const char *path, const dh_buf *data)
{
    if (data->failed) return dh_fail(1, "out of memory");
    size_t n = strlen(path) + 5;
    char *tmp = malloc(n);
    if (!tmp) return dh_fail(1, "out of memory");
    snprintf(tmp, n, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    int rc = 0;
    if (!f) {
        rc = dh_fail(2, "%s: cannot write: %s", path, strerror(errno));
    } else {
        int bad = data->len && fwrite(data->data, 1, data->len, f) != data->len;
        bad |= fclose(f) != 0;
        if (bad || rename(tmp, path) != 0) {
            remove(tmp);
            rc = dh_fail(1, "%s: could not write", path);
        }
    }
    free(tmp);
    return rc;
}

int dh_emit(const char *path, const dh_buf *data, const char *what)
{
    if (path) return dh_write_file(path, data);
    if (data->failed) return dh_fail(1, "out of memory");
    if (fwrite(data->data, 1, data->len, stdout) != data->len || fflush(stdout))
        return dh_fail(1, "could not write the %s", what);
    return 0;
}
