/* dh_csv_write.h — writing one CSV cell (RFC 4180), safe to open in a spreadsheet.
 *
 * An output primitive any layer may need (the report's sheets, the history, MSEL
 * export); reading CSV is engine/author's (dh_csv.h). */
#ifndef DH_CSV_WRITE_H
#define DH_CSV_WRITE_H

#include "dh_buf.h"

/* Appends one field, quoted when it holds a comma, quote, CR or LF. A text that
 * a spreadsheet would take for a formula (it starts with = + - @ tab or CR and
 * is not a plain number such as -5 or +2.5) is written after a single quote,
 * which spreadsheets show as text (OWASP "CSV injection"). */
void dh_csv_add_field(dh_buf *b, const char *s);
/* The UTF-8 byte order mark that every CSV file drillhall writes starts with
 * (unless --no-bom): without it Excel on Windows reads the file in the locale's
 * code page and garbles the Vietnamese diacritics. Readers skip it. */
#define DH_CSV_BOM "\xEF\xBB\xBF"

/* 1 when s starts the way a formula does and is not a plain number. */
int dh_csv_formula_like(const char *s);

#endif
