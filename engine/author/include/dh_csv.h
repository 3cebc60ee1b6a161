/* dh_csv.h — RFC 4180 CSV reading (with line numbers); cells are written with
 * core's dh_csv_write.h.
 *
 * Reading is strict where a mistake would silently change meaning (bad UTF-8,
 * an unterminated quote, stray text after a closing quote) and lenient where it
 * would not (CRLF or LF, a UTF-8 byte order mark, a missing final newline).
 * Blank lines are skipped. Every row keeps the line it started on. The separator
 * is ',' or, when the header line has more ';' than ',' outside quotes (a
 * spreadsheet saved where ';' is the list separator, as in Vietnamese), ';' — said
 * as a warning at line 1 so the person knows how the file was read. */
#ifndef DH_CSV_H
#define DH_CSV_H

#include "dh_buf.h"
#include "dh_csv_write.h"
#include "dh_diag.h"
#include "dh_status.h"

#include <stddef.h>

typedef struct dh_csv_row {
    int line;
    size_t nfields;
    char **fields;         /* point into the table's storage */
} dh_csv_row;

typedef struct dh_csv {
    char *file;
    dh_csv_row *rows; size_t nrows;
    char *storage;
    char **field_ptrs;
    char separator;        /* ',' or ';' */
} dh_csv;

/* Reads and parses path. On failure adds file:line diagnostics and returns
 * DH_EINPUT (malformed) or DH_EIO (unreadable); *out is then empty. */
dh_status dh_csv_read_file(const char *path, dh_csv *out, dh_diags *diags);
dh_status dh_csv_parse(const char *path, const char *data, size_t len, dh_csv *out,
                       dh_diags *diags);
void dh_csv_free(dh_csv *csv);

/* Checks that row 0 is exactly `names` (case-sensitive, in order). */
int dh_csv_check_header(const dh_csv *csv, const char *const *names, size_t n,
                        dh_diags *diags);

/* A cell that dh_csv_add_field neutralised, without its quote (for reading a
 * sheet this program wrote back); any other cell as it is. */
const char *dh_csv_unneutralise(const char *cell);

#endif
