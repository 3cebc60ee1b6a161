/* dh_recorded.c — rebuilding recorded drills for reports. */
#include "dh_recorded.h"
#include "dh_args.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int dh_recorded_open(dh_session *s, const char *path, const char *lang, dh_report_meta *meta)
{
    dh_session_opts o = {0};
    o.from = path;
    o.lang = lang;
    int rc = dh_session_open(s, &o);
    if (!rc) rc = dh_session_start(s);
    if (!rc) rc = dh_session_catch_up(s, dh_session_recorded_now(s));
    if (rc) return rc;
    memset(meta, 0, sizeof *meta);
    const char *base = strrchr(path, '/');
    meta->source = base ? base + 1 : path;
    meta->created_us = s->header.created_us;
    meta->fingerprint = dh_record_head(s->record);
    meta->engine_version = s->header.engine_version;
    meta->lang = s->lang;
    return 0;
}

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
