/* dh_csv_write.c — writing CSV cells. */
#include "dh_csv_write.h"

#include <string.h>

/* A whole decimal number: [+-]digits[.digits][e[+-]digits]. */
static int is_number(const char *s)
{
    if (*s == '+' || *s == '-') s++;
    int digits = 0;
    while (*s >= '0' && *s <= '9') s++, digits++;
    if (*s == '.') {
        s++;
        while (*s >= '0' && *s <= '9') s++, digits++;
    }
    if (!digits) return 0;
    if (*s == 'e' || *s == 'E') {
        s++;
        if (*s == '+' || *s == '-') s++;
        if (!(*s >= '0' && *s <= '9')) return 0;
        while (*s >= '0' && *s <= '9') s++;
    }
    return !*s;
}

int dh_csv_formula_like(const char *s)
{
    return *s && strchr("=+-@\t\r", *s) && !is_number(s);
}

void dh_csv_add_field(dh_buf *b, const char *s)
{
    /* a spreadsheet would run it (OWASP CSV injection): the quote makes it text */
    const char *lead = dh_csv_formula_like(s) ? "'" : "";
    if (!strpbrk(s, ",\"\r\n")) {
        dh_buf_adds(b, lead);
        dh_buf_adds(b, s);
        return;
    }
    dh_buf_addc(b, '"');
    dh_buf_adds(b, lead);
    for (; *s; s++) {
        if (*s == '"') dh_buf_addc(b, '"');
        dh_buf_addc(b, *s);
    }
    dh_buf_addc(b, '"');
}
