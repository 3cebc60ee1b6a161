/* dh_plan_csv.c — the filled improvement plan, read from its sheet. */
#include "dh_plan_csv.h"
#include "dh_csv.h"
#include "dh_msg.h"
#include "dh_text.h"

#include <stdio.h>
#include <string.h>

enum { COL_DECISION, COL_ACTION, COL_UNIT, COL_CONTACT, COL_DUE, COL_STATUS, NREAD,
       COL_OBJECTIVES = NREAD, COL_CAPABILITY, COL_FINDING, NCOLS };
static const char *const column[NCOLS] = {"decision", "action",     "unit",       "contact",
                                          "due",      "status",     "objectives", "capability",
                                          "finding"};

static const dh_msg_id status_words[DH_PLAN_STATUS_COUNT] = {R_PLAN_OPEN, R_PLAN_IN_PROGRESS,
                                                             R_PLAN_DONE, R_PLAN_DROPPED};

/* The status a cell names: the fixed English word, or its word in any language
 * of the catalog; -1 when none. */
static int status_of(const char *cell)
{
    if (!cell[0]) return DH_PLAN_OPEN;
    int s = dh_plan_status_parse(cell);
    if (s >= 0) return s;
    for (int l = 0; l < DH_LANG_COUNT; l++)
        for (int k = 0; k < DH_PLAN_STATUS_COUNT; k++)
            if (!strcmp(cell, dh_tr((dh_lang)l, status_words[k]))) return k;
    return -1;
}

/* "2027-06-30" stays; "30/06/2027" becomes "2027-06-30"; 0 when neither is a
 * real date. */
static int due_date(const char *cell, char out[11])
{
    if (!cell[0]) {
        out[0] = 0;
        return 1;
    }
    if (strlen(cell) == 10 && cell[2] == '/' && cell[5] == '/')
        snprintf(out, 11, "%.4s-%.2s-%.2s", cell + 6, cell + 3, cell);
    else
        snprintf(out, 11, "%.10s", cell);
    return strlen(cell) == 10 && dh_plan_date_ok(out);
}

static int decision_index(const dh_scenario *sc, const char *id)
{
    for (size_t k = 0; k < sc->ndecisions; k++)
        if (!strcmp(sc->decisions[k].id, id)) return (int)k;
    return -1;
}

static int read_header(const char *path, const dh_csv *csv, int *col, dh_diags *diags)
{
    for (int c = 0; c < NCOLS; c++) col[c] = -1;
    if (!csv->nrows) {
        dh_diags_add(diags, DH_ERROR, path, 1, dh_msg(E_PLAN_CSV_EMPTY));
        return 0;
    }
    const dh_csv_row *h = &csv->rows[0];
    for (size_t i = 0; i < h->nfields; i++) {
        int c = 0;
        while (c < NCOLS && strcmp(h->fields[i], column[c])) c++;
        if (c == NCOLS) {
            dh_diags_add(diags, DH_ERROR, path, h->line, dh_msg(E_PLAN_CSV_COLUMN), h->fields[i],
                         DH_PLAN_CSV_COLUMNS);
            return 0;
        }
        if (col[c] >= 0) {
            dh_diags_add(diags, DH_ERROR, path, h->line, dh_msg(E_PLAN_CSV_TWICE), column[c]);
            return 0;
        }
        col[c] = (int)i;
    }
    if (col[COL_DECISION] < 0) {
        dh_diags_add(diags, DH_ERROR, path, h->line, dh_msg(E_PLAN_CSV_NO_DECISION));
        return 0;
    }
    return 1;
}

dh_status dh_plan_csv_read(const char *path, const dh_scenario *sc, dh_plan *out,
                           dh_diags *diags)
{
    dh_plan_init(out);
    dh_csv csv;
    size_t errors = diags->errors;
    dh_status st = dh_csv_read_file(path, &csv, diags);
    if (st) return st;
    int col[NCOLS];
    if (!read_header(path, &csv, col, diags)) goto done;
    size_t ncol = csv.rows[0].nfields;
    for (size_t i = 1; i < csv.nrows && !st; i++) {
        const dh_csv_row *row = &csv.rows[i];
        if (row->nfields != ncol) {
            dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_PLAN_CSV_FIELDS), ncol,
                         row->nfields);
            continue;
        }
        const char *cell[NREAD];
        for (int c = 0; c < NREAD; c++)
            cell[c] = col[c] >= 0 ? dh_csv_unneutralise(row->fields[col[c]]) : "";
        size_t before = diags->errors;
        if (decision_index(sc, cell[COL_DECISION]) < 0)
            dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_PLAN_UNKNOWN_DECISION),
                         cell[COL_DECISION]);
        else if (dh_plan_find(out, cell[COL_DECISION]))
            dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_PLAN_CSV_DUPLICATE),
                         cell[COL_DECISION]);
        char due[11];
        if (!due_date(cell[COL_DUE], due))
            dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_PLAN_CSV_DUE), cell[COL_DUE]);
        int status = status_of(cell[COL_STATUS]);
        if (status < 0)
            dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_PLAN_CSV_STATUS),
                         cell[COL_STATUS]);
        for (int c = 0; c < NREAD; c++)
            if (strlen(cell[c]) > DH_PLAN_FIELD_MAX)
                dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_PLAN_CSV_LONG), column[c],
                             DH_PLAN_FIELD_MAX);
        if (diags->errors != before) continue;
        st = dh_plan_add(out, cell[COL_DECISION], (dh_plan_status)status, due, cell[COL_ACTION],
                         cell[COL_UNIT], cell[COL_CONTACT]);
        if (st == DH_EINPUT) {
            dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_PLAN_CSV_ROWS),
                         DH_PLAN_MAX_ROWS);
        }
    }
done:
    dh_csv_free(&csv);
    if (!st && diags->errors != errors) st = DH_EINPUT;
    if (st) dh_plan_free(out);
    return st;
}
