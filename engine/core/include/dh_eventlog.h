/* dh_eventlog.h — the event log as JSON Lines: one object per event.
 *
 * Every line has "t" (exercise ms, integer) and "type"; then, where they apply,
 * "team", "id", "option", points and details. Field order is fixed, so two equal
 * drills give byte-identical logs. Format reference: docs/event-log.md. */
#ifndef DH_EVENTLOG_H
#define DH_EVENTLOG_H

#include "dh_buf.h"
#include "dh_event.h"

#include <stdio.h>

/* Appends one record as a JSON object and a newline. */
void dh_eventlog_format(dh_buf *b, const dh_logrec *r);

/* A sink that writes to a FILE, buffered; flushes every 64 KiB and on close. */
typedef struct dh_eventlog {
    FILE *f;        /* borrowed */
    dh_buf buf;
    int failed;     /* a write failed (disk full …) */
} dh_eventlog;

void dh_eventlog_init(dh_eventlog *log, FILE *f);
void dh_eventlog_sink(void *ctx, const dh_logrec *r);  /* ctx: dh_eventlog* */
/* Writes what is buffered; returns 0, or -1 when any write failed. */
int dh_eventlog_flush(dh_eventlog *log);
void dh_eventlog_free(dh_eventlog *log);

#endif
