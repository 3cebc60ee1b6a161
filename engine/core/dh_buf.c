/* dh_buf.c — growable byte buffer. */
#include "dh_buf.h"
#include "dh_alloc.h"
#include "dh_utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dh_buf_init(dh_buf *b) { memset(b, 0, sizeof *b); }

void dh_buf_free(dh_buf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}

void dh_buf_reset(dh_buf *b) { b->len = 0; }

int dh_buf_reserve(dh_buf *b, size_t extra)
{
    if (b->failed) return 0;
    if (b->len + extra + 1 <= b->cap) return 1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) cap *= 2;
    char *p = dh_realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return 0;
    }
    b->data = p;
    b->cap = cap;
    return 1;
}

void dh_buf_add(dh_buf *b, const void *p, size_t n)
{
    if (!dh_buf_reserve(b, n)) return;
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

void dh_buf_adds(dh_buf *b, const char *s) { dh_buf_add(b, s, strlen(s)); }

void dh_buf_addc(dh_buf *b, char c)
{
    if (!dh_buf_reserve(b, 1)) return;
    b->data[b->len++] = c;
}

void dh_buf_add_i64(dh_buf *b, int64_t v)
{
    char tmp[24];
    int n = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (!dh_buf_reserve(b, (size_t)n + 1)) return;
    if (v < 0) b->data[b->len++] = '-';
    while (n) b->data[b->len++] = tmp[--n];
}

void dh_buf_add_milli(dh_buf *b, int64_t milli)
{
    /* unsigned, so that INT64_MIN (a damaged record's adjustment) prints too */
    uint64_t u = milli < 0 ? (uint64_t)0 - (uint64_t)milli : (uint64_t)milli;
    if (milli < 0) dh_buf_addc(b, '-');
    char whole[24];
    snprintf(whole, sizeof whole, "%llu", (unsigned long long)(u / 1000));
    dh_buf_adds(b, whole);
    int frac = (int)(u % 1000);
    if (frac) {
        char f[5] = {'.', (char)('0' + frac / 100), (char)('0' + frac / 10 % 10),
                     (char)('0' + frac % 10), 0};
        int n = 4;
        while (f[n - 1] == '0') n--;
        dh_buf_add(b, f, (size_t)n);
    }
}

void dh_fmt_tenths(char *out, size_t n, int64_t milli, unsigned flags)
{
    /* split first so that rounding cannot overflow near INT64_MAX */
    int64_t tenths = milli / 100, rest = milli % 100;
    if (rest >= 50) tenths++;
    if (rest <= -50) tenths--;
    uint64_t u = tenths < 0 ? (uint64_t)0 - (uint64_t)tenths : (uint64_t)tenths;
    const char *sign = tenths < 0 ? "-" : tenths > 0 && (flags & DH_TENTHS_PLUS) ? "+" : "";
    if (u % 10 || (flags & DH_TENTHS_KEEP_ZERO))
        snprintf(out, n, "%s%llu.%u", sign, (unsigned long long)(u / 10), (unsigned)(u % 10));
    else
        snprintf(out, n, "%s%llu", sign, (unsigned long long)(u / 10));
}

void dh_buf_add_tenths(dh_buf *b, int64_t milli, unsigned flags)
{
    char tmp[32];
    dh_fmt_tenths(tmp, sizeof tmp, milli, flags);
    dh_buf_adds(b, tmp);
}

void dh_buf_add_padded(dh_buf *b, const char *s, size_t width, int right_align)
{
    size_t n = dh_utf8_len(s);
    if (right_align)
        for (size_t i = n; i < width; i++) dh_buf_addc(b, ' ');
    dh_buf_adds(b, s);
    if (!right_align)
        for (size_t i = n; i < width; i++) dh_buf_addc(b, ' ');
}

/* Appends s as a JSON string. The log promises UTF-8: a byte that does not
 * start a valid sequence is written as U+FFFD instead of passing through. */
void dh_buf_add_json_str(dh_buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    dh_buf_addc(b, '"');
    const char *run = s;
    while (*s) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x80) {
            size_t avail = 1;
            while (avail < 4 && s[avail]) avail++;
            const char *bad = dh_utf8_invalid(s, avail);
            size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
            if (bad != s) { /* a valid sequence (possibly followed by more text) */
                s += len;
                continue;
            }
            dh_buf_add(b, run, (size_t)(s - run));
            dh_buf_adds(b, "\xEF\xBF\xBD");
            run = ++s;
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\') {
            s++;
            continue;
        }
        dh_buf_add(b, run, (size_t)(s - run));
        run = ++s;
        switch (c) {
        case '"': dh_buf_adds(b, "\\\""); break;
        case '\\': dh_buf_adds(b, "\\\\"); break;
        case '\n': dh_buf_adds(b, "\\n"); break;
        case '\r': dh_buf_adds(b, "\\r"); break;
        case '\t': dh_buf_adds(b, "\\t"); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            dh_buf_add(b, e, 6);
        }
        }
    }
    dh_buf_add(b, run, (size_t)(s - run));
    dh_buf_addc(b, '"');
}

void dh_buf_printf(dh_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !dh_buf_reserve(b, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

const char *dh_buf_cstr(dh_buf *b)
{
    if (!dh_buf_reserve(b, 0)) return "";
    b->data[b->len] = 0;
    return b->data;
}
