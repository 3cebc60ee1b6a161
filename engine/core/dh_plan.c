/* dh_plan.c — the filled improvement plan: its canonical text, both ways. */
#include "dh_plan.h"
#include "dh_text.h"
#include "dh_utf8.h"
#include "dh_vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PLAN_MAGIC "drillhall-plan 1"

static const char *const status_names[DH_PLAN_STATUS_COUNT] = {"open", "in progress", "done",
                                                               "dropped"};

const char *dh_plan_status_name(dh_plan_status s)
{
    return s < DH_PLAN_STATUS_COUNT ? status_names[s] : "?";
}

int dh_plan_status_parse(const char *s)
{
    if (!s) return -1;
    while (*s == ' ') s++;
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ') n--;
    char low[16];
    if (n == 0 || n >= sizeof low) return -1;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        low[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c == '-' || c == '_' ? ' ' : c;
    }
    low[n] = 0;
    for (int i = 0; i < DH_PLAN_STATUS_COUNT; i++)
        if (!strcmp(low, status_names[i])) return i;
    return -1;
}

int dh_plan_date_ok(const char *s)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-') return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return 0;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 2000 || y > 2999 || m < 1 || m > 12 || d < 1) return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap);
}

void dh_plan_init(dh_plan *p) { memset(p, 0, sizeof *p); }

static void row_free(dh_plan_row *r)
{
    free(r->decision);
    free(r->due);
    free(r->action);
    free(r->unit);
    free(r->poc);
}

void dh_plan_free(dh_plan *p)
{
    for (size_t i = 0; i < p->nrows; i++) row_free(&p->rows[i]);
    free(p->rows);
    dh_plan_init(p);
}

dh_status dh_plan_add(dh_plan *p, const char *decision, dh_plan_status status, const char *due,
                      const char *action, const char *unit, const char *poc)
{
    const char *f[] = {decision, due, action, unit, poc};
    for (size_t i = 0; i < sizeof f / sizeof *f; i++)
        if (strlen(f[i]) > DH_PLAN_FIELD_MAX) return DH_EINPUT;
    if (p->nrows >= DH_PLAN_MAX_ROWS || status >= DH_PLAN_STATUS_COUNT) return DH_EINPUT;
    dh_plan_row *r = dh_vec_push(&p->rows, &p->nrows, sizeof *r);
    if (!r) return DH_ENOMEM;
    *r = (dh_plan_row){.decision = dh_strdup(decision), .status = status, .due = dh_strdup(due),
                       .action = dh_strdup(action), .unit = dh_strdup(unit), .poc = dh_strdup(poc)};
    if (!r->decision || !r->due || !r->action || !r->unit || !r->poc) {
        row_free(r);
        p->nrows--;
        return DH_ENOMEM;
    }
    return DH_OK;
}

const dh_plan_row *dh_plan_find(const dh_plan *p, const char *decision)
{
    for (size_t i = 0; p && i < p->nrows; i++)
        if (!strcmp(p->rows[i].decision, decision)) return &p->rows[i];
    return NULL;
}

static void add_escaped(dh_buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '\t') dh_buf_adds(b, "\\t");
        else if (*s == '\n') dh_buf_adds(b, "\\n");
        else if (*s == '\\') dh_buf_adds(b, "\\\\");
        else if (*s != '\r') dh_buf_addc(b, *s);
    }
}

void dh_plan_format(const dh_plan *p, dh_buf *out)
{
    dh_buf_adds(out, PLAN_MAGIC "\n");
    for (size_t i = 0; i < p->nrows; i++) {
        const dh_plan_row *r = &p->rows[i];
        const char *f[] = {r->decision, dh_plan_status_name(r->status), r->due, r->action,
                           r->unit, r->poc};
        for (size_t k = 0; k < 6; k++) {
            if (k) dh_buf_addc(out, '\t');
            add_escaped(out, f[k]);
        }
        dh_buf_addc(out, '\n');
    }
}

/* Unescapes one tab-separated field of [s, end) into dst (room for n bytes). */
static int unescape(const char *s, const char *end, char *dst, size_t n)
{
    size_t k = 0;
    for (; s < end; s++) {
        char c = *s;
        if (c == '\\') {
            if (++s >= end) return -1;
            c = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s == '\\' ? '\\' : 0;
            if (!c) return -1;
        } else if ((unsigned char)c < 0x20) {
            return -1;
        }
        if (k + 1 >= n) return -1;
        dst[k++] = c;
    }
    dst[k] = 0;
    return 0;
}

static dh_status fail(dh_plan *p, char *err, size_t errlen, int line, const char *why)
{
    dh_plan_free(p);
    snprintf(err, errlen, "line %d: %s", line, why);
    return DH_EINPUT;
}

dh_status dh_plan_parse(dh_plan *p, const char *text, char *err, size_t errlen)
{
    dh_plan_init(p);
    size_t len = strlen(text);
    if (dh_utf8_invalid(text, len)) return fail(p, err, errlen, 1, "not UTF-8");
    const char *nl = strchr(text, '\n');
    if (!nl || (size_t)(nl - text) != strlen(PLAN_MAGIC) || strncmp(text, PLAN_MAGIC, strlen(PLAN_MAGIC)))
        return fail(p, err, errlen, 1, "not an improvement plan");
    char *cell = malloc(DH_PLAN_FIELD_MAX + 1);
    if (!cell) return DH_ENOMEM;
    char *f[6] = {0};
    int line = 1;
    dh_status st = DH_OK;
    const char *why = NULL;
    for (const char *s = nl + 1; *s && !st;) {
        line++; /* the line this row is on */
        const char *eol = strchr(s, '\n');
        if (!eol) {
            why = "the last line has no end";
            st = DH_EINPUT;
            break;
        }
        size_t k = 0;
        const char *a = s;
        for (; k < 6 && !st; k++) {
            const char *b = a;
            while (b < eol && *b != '\t') b++;
            if (unescape(a, b, cell, DH_PLAN_FIELD_MAX + 1)) {
                why = "a field is too long or badly escaped";
                st = DH_EINPUT;
            } else if (!(f[k] = dh_strdup(cell))) {
                st = DH_ENOMEM;
            }
            a = b < eol ? b + 1 : b;
            if (b == eol && k < 5) {
                if (!st) why = "a row has fewer than 6 fields";
                st = st ? st : DH_EINPUT;
                k++;
                break;
            }
        }
        if (!st && a != eol) {
            why = "a row has more than 6 fields";
            st = DH_EINPUT;
        }
        int status = st ? -1 : dh_plan_status_parse(f[1]);
        if (!st && (!f[0][0] || status < 0 || (f[2][0] && !dh_plan_date_ok(f[2])))) {
            why = !f[0][0] ? "a row names no decision"
                  : status < 0 ? "unknown status" : "the due date is not a date";
            st = DH_EINPUT;
        }
        if (!st && dh_plan_find(p, f[0])) {
            why = "a decision has two rows";
            st = DH_EINPUT;
        }
        if (!st) {
            st = dh_plan_add(p, f[0], (dh_plan_status)status, f[2], f[3], f[4], f[5]);
            if (st == DH_EINPUT) why = "too many rows";
        }
        for (size_t i = 0; i < 6; i++) {
            free(f[i]);
            f[i] = NULL;
        }
        s = eol + 1;
    }
    free(cell);
    if (st == DH_EINPUT) return fail(p, err, errlen, line, why);
    if (st) dh_plan_free(p);
    return st;
}
