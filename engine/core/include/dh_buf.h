/* dh_buf.h — a growable byte buffer for building text (logs, JSON, CSV).
 *
 * Appends never fail visibly: on allocation failure the buffer sets `failed` and
 * ignores further appends, so a writer checks once at the end. */
#ifndef DH_BUF_H
#define DH_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct dh_buf {
    char *data;
    size_t len, cap;
    int failed;
} dh_buf;

void dh_buf_init(dh_buf *b);
void dh_buf_free(dh_buf *b);
void dh_buf_reset(dh_buf *b);              /* len = 0, keeps the memory */
int dh_buf_reserve(dh_buf *b, size_t extra);
void dh_buf_add(dh_buf *b, const void *p, size_t n);
void dh_buf_adds(dh_buf *b, const char *s);
void dh_buf_addc(dh_buf *b, char c);
void dh_buf_add_i64(dh_buf *b, int64_t v);
/* Appends a fixed-point value held in thousandths ("12.5", "-3", "0.125"). */
void dh_buf_add_milli(dh_buf *b, int64_t milli);

/* Points as people read them: rounded half away from zero to one decimal.
 * Without flags a whole number drops its ".0" ("12.5", "-3", "55"); with
 * DH_TENTHS_KEEP_ZERO it keeps it ("55.0"), for columns that line up;
 * DH_TENTHS_PLUS marks a positive value ("+2.5"), for changes. Truncates to fit
 * n like snprintf; out is always NUL-terminated when n > 0. */
enum { DH_TENTHS_KEEP_ZERO = 1, DH_TENTHS_PLUS = 2 };
void dh_fmt_tenths(char *out, size_t n, int64_t milli, unsigned flags);
void dh_buf_add_tenths(dh_buf *b, int64_t milli, unsigned flags);
/* Appends s padded with spaces to `width` code points (dh_utf8_len), on the
 * left when right_align, else on the right; a longer s is not cut. */
void dh_buf_add_padded(dh_buf *b, const char *s, size_t width, int right_align);
/* Appends s as a JSON string literal, quotes included. */
void dh_buf_add_json_str(dh_buf *b, const char *s);
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void dh_buf_printf(dh_buf *b, const char *fmt, ...);
/* NUL-terminates and returns the data (empty string when nothing was added). */
const char *dh_buf_cstr(dh_buf *b);

#endif
