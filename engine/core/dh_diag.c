/* dh_diag.c — diagnostic lists. */
#include "dh_diag.h"
#include "dh_alloc.h"
#include "dh_msg.h"
#include "dh_status.h"
#include "dh_text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *dh_status_str(dh_status s)
{
    switch (s) {
    case DH_OK: return "ok";
    case DH_ENOMEM: return "out of memory";
    case DH_EINPUT: return "bad input";
    case DH_ESCRIPT: return "script error";
    case DH_EIO: return "input/output error";
    case DH_ESTATE: return "not possible in the current state";
    }
    return "unknown status";
}

void dh_diags_init(dh_diags *d)
{
    memset(d, 0, sizeof *d);
    d->limit = 100;
}

void dh_diags_free(dh_diags *d)
{
    for (size_t i = 0; i < d->count; i++) {
        free(d->items[i].file);
        free(d->items[i].message);
    }
    free(d->items);
    memset(d, 0, sizeof *d);
}

void dh_diags_add(dh_diags *d, dh_severity sev, const char *file, int line,
                  const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dh_diags_vadd(d, sev, file, line, fmt, ap);
    va_end(ap);
}

void dh_diags_vadd(dh_diags *d, dh_severity sev, const char *file, int line,
                   const char *fmt, va_list ap)
{
    if (sev == DH_ERROR) d->errors++;
    else d->warnings++;
    if (d->limit && d->count >= d->limit) return;
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 8;
        dh_diag *items = dh_realloc(d->items, cap * sizeof *items);
        if (!items) return;
        d->items = items;
        d->cap = cap;
    }
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    dh_diag *it = &d->items[d->count];
    it->severity = sev;
    it->file = file ? dh_strdup(file) : NULL;
    it->line = line;
    it->message = dh_strdup(msg);
    if (!it->message || (file && !it->file)) {
        free(it->file);
        free(it->message);
        return;
    }
    d->count++;
}

int dh_diag_format(const dh_diag *it, char *buf, size_t len)
{
    const char *pre = it->severity == DH_WARNING ? dh_msg(E_WARNING) : "";
    if (it->file && it->line > 0)
        return snprintf(buf, len, "%s:%d: %s%s", it->file, it->line, pre, it->message);
    if (it->file)
        return snprintf(buf, len, "%s: %s%s", it->file, pre, it->message);
    return snprintf(buf, len, "%s%s", pre, it->message);
}

void dh_diags_sort_by_line(dh_diags *d, size_t from)
{
    dh_diag *v = d->items;
    for (size_t i = from + 1; i < d->count; i++) {
        dh_diag x = v[i];
        size_t j = i;
        while (j > from && v[j - 1].line > x.line) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}
