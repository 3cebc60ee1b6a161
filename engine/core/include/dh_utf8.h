/* dh_utf8.h — UTF-8: validation, decoding, length.
 *
 * A leaf: it needs nothing but libc, so the buffer (dh_buf) and the text module
 * (dh_text) can both build on it. */
#ifndef DH_UTF8_H
#define DH_UTF8_H

#include <stddef.h>

/* Returns NULL when s[0..n) is valid UTF-8, else a pointer to the first bad byte. */
const char *dh_utf8_invalid(const char *s, size_t n);
/* Number of code points (display width approximation for terminal tables). */
size_t dh_utf8_len(const char *s);
/* Length of the UTF-8 sequence at p (code point in *cp), or 0 when it is not one
 * (overlong, a surrogate, past U+10FFFF, or cut short by end). */
size_t dh_utf8_next(const unsigned char *p, const unsigned char *end, unsigned *cp);

#endif
