/* dh_csv.c — CSV reading (writing a cell is core's dh_csv_write.c). */
#include "dh_csv.h"
#include "dh_alloc.h"
#include "dh_file.h"
#include "dh_msg.h"
#include "dh_text.h"
#include "dh_vec.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dh_csv_free(dh_csv *csv)
{
    free(csv->file);
    free(csv->rows);
    free(csv->storage);
    free(csv->field_ptrs);
    memset(csv, 0, sizeof *csv);
}

/* Lines end with LF, CRLF or a lone CR (old spreadsheets on a Mac). */
static int line_of(const char *data, const char *p)
{
    int line = 1;
    for (const char *q = data; q < p; q++)
        line += *q == '\n' || (*q == '\r' && (q + 1 == p || q[1] != '\n'));
    return line;
}

/* The separator the header line uses most outside quotes: ';' over ',' only when
 * it has more of them (',' on a tie). */
static char guess_sep(const char *data, size_t len)
{
    size_t commas = 0, semis = 0;
    int quoted = 0;
    if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) data += 3, len -= 3;
    while (len && (*data == '\n' || *data == '\r')) data++, len--;
    for (size_t i = 0; i < len && (quoted || (data[i] != '\n' && data[i] != '\r')); i++) {
        if (data[i] == '"') quoted = !quoted;
        else if (!quoted) commas += data[i] == ',', semis += data[i] == ';';
    }
    return semis > commas ? ';' : ',';
}

static dh_status parse(const char *path, const char *data, size_t len, char sep, dh_csv *out,
                       dh_diags *diags)
{
    memset(out, 0, sizeof *out);
    out->file = dh_strdup(path);
    if (!out->file) return DH_ENOMEM;
    const char *bad = dh_utf8_invalid(data, len);
    if (bad) {
        dh_diags_add(diags, DH_ERROR, path, line_of(data, bad),
                     dh_msg(E_CSV_UTF8),
                     (unsigned char)*bad);
        dh_csv_free(out);
        return DH_EINPUT;
    }
    const char *nul = memchr(data, 0, len);
    if (nul) {
        dh_diags_add(diags, DH_ERROR, path, line_of(data, nul),
                     dh_msg(E_CSV_NUL));
        dh_csv_free(out);
        return DH_EINPUT;
    }
    if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) data += 3, len -= 3;
    if (!sep) {
        sep = guess_sep(data, len);
        if (sep != ',') dh_diags_add(diags, DH_WARNING, path, 1, dh_msg(E_CSV_SEPARATOR), sep);
    }
    out->separator = sep;

    /* fields are unescaped into storage: content ≤ len bytes, plus one NUL per field
     * (at most len + 1 fields) */
    out->storage = dh_malloc(2 * len + 2);
    if (!out->storage) goto oom;
    char *w = out->storage;
    size_t nptrs = 0;
    /* first pass collects field offsets in storage, rows reference ranges of them */
    size_t *offsets = NULL, noffsets = 0;
    typedef struct { int line; size_t first, count; } rowspan;
    rowspan *spans = NULL;
    size_t nspans = 0;
    const char *p = data, *end = data + len;
    int line = 1;
    while (p < end) {
        /* skip blank lines */
        if (*p == '\n' || *p == '\r') {
            p += *p == '\r' && p + 1 < end && p[1] == '\n' ? 2 : 1;
            line++;
            continue;
        }
        rowspan *rs = dh_vec_push(&spans, &nspans, sizeof *spans);
        if (!rs) goto oom_local;
        rs->line = line;
        rs->first = noffsets;
        for (;;) {
            size_t *off = dh_vec_push(&offsets, &noffsets, sizeof *offsets);
            if (!off) goto oom_local;
            *off = (size_t)(w - out->storage);
            rs->count++;
            if (p < end && *p == '"') {
                int qline = line;
                p++;
                for (;;) {
                    if (p >= end) {
                        dh_diags_add(diags, DH_ERROR, path, qline,
                                     dh_msg(E_CSV_UNTERMINATED));
                        goto bad_local;
                    }
                    if (*p == '"') {
                        if (p + 1 < end && p[1] == '"') {
                            *w++ = '"';
                            p += 2;
                            continue;
                        }
                        p++;
                        break;
                    }
                    if (*p == '\n' || (*p == '\r' && (p + 1 >= end || p[1] != '\n'))) line++;
                    *w++ = *p++;
                }
                if (p < end && *p != sep && *p != '\n' && *p != '\r') {
                    dh_diags_add(diags, DH_ERROR, path, line,
                                 dh_msg(E_CSV_AFTER_QUOTE));
                    goto bad_local;
                }
            } else {
                while (p < end && *p != sep && *p != '\n' && *p != '\r') {
                    if (*p == '"') {
                        dh_diags_add(diags, DH_ERROR, path, line,
                                     dh_msg(E_CSV_QUOTE_INSIDE));
                        goto bad_local;
                    }
                    *w++ = *p++;
                }
            }
            *w++ = 0;
            if (p < end && *p == sep) {
                p++;
                continue;
            }
            if (p < end && (*p == '\r' || *p == '\n')) {
                p += *p == '\r' && p + 1 < end && p[1] == '\n' ? 2 : 1;
                line++;
            }
            break;
        }
    }
    nptrs = noffsets;
    out->field_ptrs = dh_malloc((nptrs ? nptrs : 1) * sizeof *out->field_ptrs);
    out->rows = dh_malloc((nspans ? nspans : 1) * sizeof *out->rows);
    if (!out->field_ptrs || !out->rows) goto oom_local;
    for (size_t i = 0; i < nptrs; i++) out->field_ptrs[i] = out->storage + offsets[i];
    for (size_t i = 0; i < nspans; i++) {
        out->rows[i].line = spans[i].line;
        out->rows[i].nfields = spans[i].count;
        out->rows[i].fields = out->field_ptrs + spans[i].first;
    }
    out->nrows = nspans;
    free(offsets);
    free(spans);
    return DH_OK;

bad_local:
    free(offsets);
    free(spans);
    dh_csv_free(out);
    return DH_EINPUT;
oom_local:
    free(offsets);
    free(spans);
oom:
    dh_csv_free(out);
    return DH_ENOMEM;
}

dh_status dh_csv_parse(const char *path, const char *data, size_t len, dh_csv *out,
                       dh_diags *diags)
{
    return parse(path, data, len, 0, out, diags);
}


dh_status dh_csv_read_file(const char *path, dh_csv *out, dh_diags *diags)
{
    char *data;
    size_t len;
    memset(out, 0, sizeof *out);
    dh_status st = dh_read_input(path, &data, &len, diags);
    if (st) return st;
    st = dh_csv_parse(path, data, len, out, diags);
    free(data);
    return st;
}

int dh_csv_check_header(const dh_csv *csv, const char *const *names, size_t n,
                        dh_diags *diags)
{
    dh_buf want;
    dh_buf_init(&want);
    for (size_t i = 0; i < n; i++) {
        if (i) dh_buf_addc(&want, ',');
        dh_buf_adds(&want, names[i]);
    }
    int ok = csv->nrows > 0 && csv->rows[0].nfields == n;
    for (size_t i = 0; ok && i < n; i++) ok = !strcmp(csv->rows[0].fields[i], names[i]);
    if (!ok) {
        if (!csv->nrows)
            dh_diags_add(diags, DH_ERROR, csv->file, 1, dh_msg(E_CSV_EMPTY),
                         dh_buf_cstr(&want));
        else {
            const dh_csv_row *h = &csv->rows[0];
            dh_buf got;
            dh_buf_init(&got);
            for (size_t i = 0; i < h->nfields; i++) {
                if (i) dh_buf_addc(&got, ',');
                dh_buf_adds(&got, h->fields[i]);
            }
            /* spreadsheets in many locales (vi-VN among them) save with ';' */
            int semicolons = h->nfields == 1 && strchr(h->fields[0], ';');
            dh_diags_add(diags, DH_ERROR, csv->file, h->line,
                         dh_msg(E_CSV_HEADER), dh_buf_cstr(&want),
                         dh_buf_cstr(&got),
                         semicolons ? " (the file uses ';' between fields: save it as "
                                      "\"CSV UTF-8 (comma delimited)\")" : "");
            dh_buf_free(&got);
        }
    }
    dh_buf_free(&want);
    return ok;
}

const char *dh_csv_unneutralise(const char *cell)
{
    return cell[0] == '\'' && dh_csv_formula_like(cell + 1) ? cell + 1 : cell;
}
