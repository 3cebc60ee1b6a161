/* dh_time.h — exercise time: int64 milliseconds, parsed from and printed as text.
 *
 * Two spellings exist and are never mixed up:
 *   a point in exercise time  "H:MM" or "H:MM:SS"        ("0:05", "2:30:15")
 *   a duration                 "15m", "90s", "1h30m", "2h" (units h, m, s; each once, in order)
 * Neither accepts a bare number: "5" could mean minutes or seconds, so it is refused. */
#ifndef DH_TIME_H
#define DH_TIME_H

#include <stddef.h>
#include <stdint.h>

typedef int64_t dh_ms;

#define DH_MS_SECOND ((dh_ms)1000)
#define DH_MS_MINUTE ((dh_ms)60000)
#define DH_MS_HOUR ((dh_ms)3600000)
#define DH_MS_NEVER INT64_MAX

/* Parse a point in exercise time. Returns 0 and sets *out, or -1 and writes why
 * into err (which names what was expected). */
int dh_time_parse_clock(const char *s, dh_ms *out, char *err, size_t errlen);
/* Parse a duration. Same contract. */
int dh_time_parse_duration(const char *s, dh_ms *out, char *err, size_t errlen);
/* Accept either spelling (used where both read naturally, e.g. `--until`). */
int dh_time_parse_any(const char *s, dh_ms *out, char *err, size_t errlen);

/* The formatting family: the one place exercise time becomes text, each the
 * inverse of a parser above where one exists, so what is printed reads back.
 * All return what snprintf returns. */

/* "1:05:30" (H:MM:SS, hours unpadded). Negative values get a leading '-'. */
int dh_time_format(dh_ms t, char *buf, size_t len);
/* "T+1:05:30" — the exercise clock as facilitators read it. */
int dh_time_format_clock(dh_ms t, char *buf, size_t len);
/* "0:05", or "0:05:30" when there are seconds: the way planners write a time
 * (dh_time_parse_clock reads it back). */
int dh_time_format_short(dh_ms t, char *buf, size_t len);
/* "1h30m", "90s" → "1m30s", "0s": the inverse of dh_time_parse_duration. */
int dh_time_format_duration(dh_ms t, char *buf, size_t len);
/* How long something took, compact for tables: "4:05" (M:SS) under an hour,
 * "1:04:05" from an hour; a negative value means "none" and prints "–". */
int dh_time_format_elapsed(dh_ms t, char *buf, size_t len);

#endif
