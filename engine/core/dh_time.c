/* dh_time.c — exercise time parsing and formatting. */
#include "dh_time.h"
#include "dh_msg.h"

#include <stdio.h>
#include <string.h>

static int digits(const char **p, int64_t *v, int max_digits)
{
    int n = 0;
    int64_t x = 0;
    while (**p >= '0' && **p <= '9') {
        if (++n > max_digits) return -1;
        x = x * 10 + (**p - '0');
        (*p)++;
    }
    *v = x;
    return n;
}

static int all_digits(const char *s)
{
    if (!*s) return 0;
    for (; *s; s++)
        if ((*s < '0' || *s > '9') && *s != '.') return 0;
    return 1;
}

int dh_time_parse_clock(const char *s, dh_ms *out, char *err, size_t errlen)
{
    const char *p = s;
    int64_t h, m, sec = 0;
    if (all_digits(s)) {
        snprintf(err, errlen, dh_msg(E_TIME_BARE), s);
        return -1;
    }
    if (digits(&p, &h, 3) < 1 || *p++ != ':' || digits(&p, &m, 2) != 2 || m > 59)
        goto bad;
    if (*p == ':') {
        p++;
        if (digits(&p, &sec, 2) != 2 || sec > 59) goto bad;
    }
    if (*p) goto bad;
    *out = h * DH_MS_HOUR + m * DH_MS_MINUTE + sec * DH_MS_SECOND;
    return 0;
bad:
    snprintf(err, errlen, dh_msg(E_TIME_BAD), s);
    return -1;
}

int dh_time_parse_duration(const char *s, dh_ms *out, char *err, size_t errlen)
{
    static const struct { char unit; dh_ms ms; } units[] = {
        {'h', DH_MS_HOUR}, {'m', DH_MS_MINUTE}, {'s', DH_MS_SECOND}};
    const char *p = s;
    dh_ms total = 0;
    size_t next = 0;
    if (all_digits(s)) {
        snprintf(err, errlen, dh_msg(E_DURATION_BARE), s, s, s);
        return -1;
    }
    if (!*p) goto bad;
    while (*p) {
        int64_t v;
        if (digits(&p, &v, 6) < 1) goto bad;
        size_t u = next;
        while (u < 3 && units[u].unit != *p) u++;
        if (u == 3) goto bad;
        total += v * units[u].ms;
        next = u + 1;
        p++;
    }
    *out = total;
    return 0;
bad:
    snprintf(err, errlen, dh_msg(E_DURATION_BAD), s);
    return -1;
}

int dh_time_parse_any(const char *s, dh_ms *out, char *err, size_t errlen)
{
    if (strchr(s, ':')) return dh_time_parse_clock(s, out, err, errlen);
    return dh_time_parse_duration(s, out, err, errlen);
}

int dh_time_format(dh_ms t, char *buf, size_t len)
{
    /* the magnitude in unsigned arithmetic: -INT64_MIN does not fit an int64 */
    uint64_t mag = t < 0 ? 0u - (uint64_t)t : (uint64_t)t;
    uint64_t sec = mag / 1000, h = sec / 3600;
    /* by hand rather than snprintf: a big drill's scoreboard prints one per team;
     * the result is what "%s%llu:%02llu:%02llu" gives, truncated the same way */
    char tmp[32], rev[24];
    size_t n = 0, k = 0;
    if (t < 0) tmp[k++] = '-';
    do rev[n++] = (char)('0' + h % 10); while ((h /= 10) != 0);
    while (n) tmp[k++] = rev[--n];
    unsigned m = (unsigned)(sec / 60 % 60), s = (unsigned)(sec % 60);
    tmp[k++] = ':';
    tmp[k++] = (char)('0' + m / 10);
    tmp[k++] = (char)('0' + m % 10);
    tmp[k++] = ':';
    tmp[k++] = (char)('0' + s / 10);
    tmp[k++] = (char)('0' + s % 10);
    if (len) {
        size_t c = k < len - 1 ? k : len - 1;
        memcpy(buf, tmp, c);
        buf[c] = 0;
    }
    return (int)k;
}

int dh_time_format_clock(dh_ms t, char *buf, size_t len)
{
    char tmp[32];
    dh_time_format(t, tmp, sizeof tmp);
    return snprintf(buf, len, "T+%s", tmp);
}

int dh_time_format_short(dh_ms t, char *buf, size_t len)
{
    long long s = (long long)(t / 1000);
    if (s % 60) return snprintf(buf, len, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
    return snprintf(buf, len, "%lld:%02lld", s / 3600, s / 60 % 60);
}

int dh_time_format_duration(dh_ms t, char *buf, size_t len)
{
    long long s = (long long)(t / 1000), h = s / 3600, m = s / 60 % 60, sec = s % 60;
    int n = 0;
    if (len) buf[0] = 0;
    /* each unit only when it is not zero, but never an empty string */
    if (h) n += snprintf(buf + n, len > (size_t)n ? len - (size_t)n : 0, "%lldh", h);
    if (m) n += snprintf(buf + n, len > (size_t)n ? len - (size_t)n : 0, "%lldm", m);
    if (sec || !n) n += snprintf(buf + n, len > (size_t)n ? len - (size_t)n : 0, "%llds", sec);
    return n;
}

int dh_time_format_elapsed(dh_ms t, char *buf, size_t len)
{
    if (t < 0) return snprintf(buf, len, "–");
    long long s = (long long)(t / 1000);
    if (s >= 3600) return snprintf(buf, len, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
    return snprintf(buf, len, "%lld:%02lld", s / 60, s % 60);
}
