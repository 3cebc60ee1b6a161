/* dh_diag.h — a list of diagnostics, each `file:line: message`.
 *
 * Loaders append every problem they find instead of stopping at the first, so a
 * scenario author or facilitator sees all of them at once. The list owns copies
 * of the file names and messages it is given. */
#ifndef DH_DIAG_H
#define DH_DIAG_H

#include <stdarg.h>
#include <stddef.h>

typedef enum dh_severity { DH_ERROR, DH_WARNING } dh_severity;

typedef struct dh_diag {
    dh_severity severity;
    char *file;    /* may be NULL when the problem belongs to no file */
    int line;      /* 0 when unknown */
    char *message;
} dh_diag;

typedef struct dh_diags {
    dh_diag *items;
    size_t count, cap;
    size_t errors, warnings;
    size_t limit;  /* stop recording after this many errors (0 = no limit) */
} dh_diags;

void dh_diags_init(dh_diags *d);
void dh_diags_free(dh_diags *d);

/* Appends a diagnostic. Out of memory drops it silently but still counts it, so
 * the caller's decision (errors > 0) stays right. */
#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
void dh_diags_add(dh_diags *d, dh_severity sev, const char *file, int line,
                  const char *fmt, ...);
/* The same with a va_list, for modules that wrap dh_diags_add in their own
 * printf-like reporter. */
#if defined(__GNUC__)
__attribute__((format(printf, 5, 0)))
#endif
void dh_diags_vadd(dh_diags *d, dh_severity sev, const char *file, int line,
                   const char *fmt, va_list ap);

/* Puts items [from, count) in order of line, stable (problems on one line keep
 * the order they were found in), so a file reads from top to bottom whatever
 * found each problem. */
void dh_diags_sort_by_line(dh_diags *d, size_t from);

/* Formats item i as "file:line: message" (or "warning: ..." prefix for warnings). */
int dh_diag_format(const dh_diag *item, char *buf, size_t len);

#endif
