/* dh_msel_cells.c — list cells of an MSEL sheet, split and read. */
#include "dh_msel_cells.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int copy_trimmed(char *out, const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    if (n > DH_MSEL_ITEM_MAX) return -1;
    memcpy(out, s, n);
    out[n] = 0;
    return 0;
}

int dh_msel_each_item(const char *cell, int triggers, dh_msel_item_fn fn, void *ud)
{
    const char *p = cell;
    while (*p) {
        const char *end = strchr(p, ';');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        dh_msel_item it;
        const char *sep = NULL;
        size_t seplen = 0;
        for (size_t i = 0; i < n && !sep; i++) {
            if (triggers && i + 7 <= n && !memcmp(p + i, " after ", 7)) sep = p + i, seplen = 7;
            else if (!triggers && p[i] == '=') sep = p + i, seplen = 1;
        }
        it.has_value = sep != NULL;
        size_t kn = sep ? (size_t)(sep - p) : n;
        if (copy_trimmed(it.key, p, kn)) return -1;
        if (sep) {
            if (copy_trimmed(it.value, sep + seplen, n - kn - seplen)) return -1;
        } else {
            it.value[0] = 0;
        }
        if (it.key[0] || it.has_value) {
            int r = fn(ud, &it);
            if (r) return r;
        }
        p += n;
        if (*p == ';') p++;
    }
    return 0;
}

int dh_msel_points(const char *value, double *out)
{
    char *end;
    if (!*value) return 0;
    double v = strtod(value, &end);
    if (*end || !isfinite(v) || fabs(v) > 1e9) return 0;
    *out = v;
    return 1;
}

int dh_msel_flag_value(const char *value, double *num, const char **str, size_t *len)
{
    if (!strcmp(value, "true")) return 1;
    if (!strcmp(value, "false")) return 2;
    if (dh_msel_points(value, num)) return 3;
    size_t n = strlen(value);
    if (n >= 2 && value[0] == '"' && value[n - 1] == '"') {
        *str = value + 1;
        *len = n - 2;
    } else {
        *str = value;
        *len = n;
    }
    return 4;
}
