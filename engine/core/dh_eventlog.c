/* dh_eventlog.c — JSON Lines formatting of drill events. */
#include "dh_eventlog.h"
#include "dh_drill.h"

#include <stdlib.h>
#include <string.h>

#define KEY(b, k) dh_buf_add((b), "," k ":", sizeof(k) + 1)

/* answer: text, elapsed, factor, by (the source); score: items, points,
 * comment, by (the evaluator); unanswered: elapsed (docs/event-log.md). */
static void dh_eventlog_question(dh_buf *b, const dh_logrec *r)
{
    if (r->type == DH_EV_SCORE) {
        KEY(b, "\"items\"");
        dh_buf_add_json_str(b, r->option ? r->option : "");
        KEY(b, "\"points\"");
        dh_buf_addc(b, '{');
        for (size_t i = 0, n = 0; i < r->npoints; i++) {
            if (!r->points[i]) continue;
            if (n++) dh_buf_addc(b, ',');
            dh_buf_add_json_str(b, r->categories[i]);
            dh_buf_addc(b, ':');
            dh_buf_add_milli(b, r->points[i]);
        }
        dh_buf_addc(b, '}');
        KEY(b, "\"comment\"");
        dh_buf_add_json_str(b, r->reason ? r->reason : "");
    } else {
        if (r->type == DH_EV_ANSWER) {
            KEY(b, "\"text\"");
            dh_buf_add_json_str(b, r->reason ? r->reason : "");
            KEY(b, "\"factor\"");
            dh_buf_add_milli(b, r->factor);
        }
        KEY(b, "\"elapsed\"");
        dh_buf_add_i64(b, r->elapsed);
    }
    if (r->by) {
        KEY(b, "\"by\"");
        dh_buf_add_json_str(b, r->by);
    }
}

void dh_eventlog_format(dh_buf *b, const dh_logrec *r)
{
    dh_buf_adds(b, "{\"t\":");
    dh_buf_add_i64(b, r->t);
    dh_buf_adds(b, ",\"type\":\"");
    dh_buf_adds(b, dh_evtype_name(r->type));
    dh_buf_addc(b, '"');
    if (r->team_id) {
        KEY(b, "\"team\"");
        dh_buf_add_json_str(b, r->team_id);
    }
    if (r->action) {
        KEY(b, "\"action\"");
        dh_buf_add_json_str(b, r->action);
    }
    if (r->id) {
        KEY(b, "\"id\"");
        dh_buf_add_json_str(b, r->id);
    }
    switch (r->type) {
    case DH_EV_QUESTION:
    case DH_EV_OPEN:
        if (r->deadline != DH_MS_NEVER) {
            KEY(b, "\"deadline\"");
            dh_buf_add_i64(b, r->deadline);
        }
        break;
    case DH_EV_CHOICE:
    case DH_EV_EXPIRE:
        if (r->option) {
            KEY(b, "\"option\"");
            dh_buf_add_json_str(b, r->option);
        }
        KEY(b, "\"elapsed\"");
        dh_buf_add_i64(b, r->elapsed);
        KEY(b, "\"factor\"");
        dh_buf_add_milli(b, r->factor);
        KEY(b, "\"points\"");
        dh_buf_addc(b, '{');
        for (size_t i = 0, n = 0; i < r->npoints; i++) {
            if (!r->points[i]) continue;
            if (n++) dh_buf_addc(b, ',');
            dh_buf_add_json_str(b, r->categories[i]);
            dh_buf_addc(b, ':');
            dh_buf_add_milli(b, r->points[i]);
        }
        dh_buf_addc(b, '}');
        if (r->by) {
            KEY(b, "\"by\"");
            dh_buf_add_json_str(b, r->by);
        }
        break;
    case DH_EV_ADJUST:
        KEY(b, "\"category\"");
        dh_buf_add_json_str(b, r->category);
        KEY(b, "\"points\"");
        dh_buf_add_milli(b, r->amount);
        KEY(b, "\"reason\"");
        dh_buf_add_json_str(b, r->reason ? r->reason : "");
        KEY(b, "\"by\"");
        dh_buf_add_json_str(b, r->by);
        break;
    case DH_EV_CONTROL:
        if (r->option && r->action && !strcmp(r->action, "feedback")) {
            KEY(b, "\"rating\""); /* feedback: the number given */
            dh_buf_add_i64(b, atoi(r->option));
        } else if (r->option) { /* rate: the letter given */
            KEY(b, "\"rating\"");
            dh_buf_add_json_str(b, r->option);
        }
        if (r->speed_milli) {
            KEY(b, "\"speed\"");
            dh_buf_add_milli(b, r->speed_milli);
        }
        if (r->to) {
            KEY(b, "\"to\"");
            dh_buf_add_i64(b, r->to);
        }
        if (r->reason) {
            KEY(b, "\"text\"");
            dh_buf_add_json_str(b, r->reason);
        }
        if (r->by) {
            KEY(b, "\"by\"");
            dh_buf_add_json_str(b, r->by);
        }
        break;
    case DH_EV_ANSWER:
    case DH_EV_SCORE:
    case DH_EV_UNANSWERED:
        dh_eventlog_question(b, r);
        break;
    default:
        break;
    }
    dh_buf_adds(b, "}\n");
}

void dh_eventlog_init(dh_eventlog *log, FILE *f)
{
    memset(log, 0, sizeof *log);
    log->f = f;
    dh_buf_init(&log->buf);
}

int dh_eventlog_flush(dh_eventlog *log)
{
    if (log->buf.failed) log->failed = 1;
    if (log->buf.len && fwrite(log->buf.data, 1, log->buf.len, log->f) != log->buf.len)
        log->failed = 1;
    dh_buf_reset(&log->buf);
    if (fflush(log->f)) log->failed = 1;
    return log->failed ? -1 : 0;
}

void dh_eventlog_sink(void *ctx, const dh_logrec *r)
{
    dh_eventlog *log = ctx;
    dh_eventlog_format(&log->buf, r);
    if (log->buf.len >= 65536) {
        if (fwrite(log->buf.data, 1, log->buf.len, log->f) != log->buf.len) log->failed = 1;
        dh_buf_reset(&log->buf);
    }
}

void dh_eventlog_free(dh_eventlog *log) { dh_buf_free(&log->buf); }
