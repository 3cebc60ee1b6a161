/* dh_roster_csv.c — reading a roster CSV (`id,name,bracket`, optionally
 * `bracket_name` and `role`, columns in any order) into core's dh_roster. */
#include "dh_roster_csv.h"
#include "dh_msg.h"
#include "dh_csv.h"
#include "dh_text.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* The columns a roster may have, found by their header names in any order; the
 * first three are required. */
enum { COL_ID, COL_NAME, COL_BRACKET, COL_BRACKET_NAME, COL_ROLE, NCOLS };
static const char *const column[NCOLS] = {"id", "name", "bracket", "bracket_name", "role"};

/* Maps the header's columns to col[] (-1 = absent); 0 after reporting at line 1
 * a column it does not know, one named twice or a required one missing. */
static int read_header(const dh_csv *csv, int *col, dh_diags *diags)
{
    for (int c = 0; c < NCOLS; c++) col[c] = -1;
    if (!csv->nrows) return dh_csv_check_header(csv, column, 3, diags);
    const dh_csv_row *h = &csv->rows[0];
    int ok = 1;
    for (size_t i = 0; i < h->nfields; i++) {
        int c = 0;
        while (c < NCOLS && strcmp(h->fields[i], column[c])) c++;
        if (c == NCOLS || col[c] >= 0) {
            ok = 0;
            break;
        }
        col[c] = (int)i;
    }
    if (ok && col[COL_ID] >= 0 && col[COL_NAME] >= 0 && col[COL_BRACKET] >= 0) return 1;
    /* says what a roster's header is, and what this one is */
    return dh_csv_check_header(csv, column, 3, diags);
}

static void list_header(const dh_csv_row *h, char *out, size_t size)
{
    size_t n = 0;
    out[0] = 0;
    for (size_t i = 0; i < h->nfields && n + 1 < size; i++) {
        int w = snprintf(out + n, size - n, "%s%s", i ? "," : "", h->fields[i]);
        if (w < 0) break;
        n += (size_t)w;
    }
}

dh_status dh_roster_load(dh_roster *r, const char *path, dh_diags *diags)
{
    dh_csv csv;
    int col[NCOLS];
    char header[128];
    size_t errors = diags->errors;
    dh_roster_init(r);
    dh_status st = dh_csv_read_file(path, &csv, diags);
    if (st) return st;
    if (!read_header(&csv, col, diags)) goto done;
    size_t ncol = csv.rows[0].nfields;
    list_header(&csv.rows[0], header, sizeof header);
    if (csv.nrows == 1)
        dh_diags_add(diags, DH_ERROR, path, csv.rows[0].line,
                     dh_msg(E_ROSTER_EMPTY));
    for (size_t i = 1; i < csv.nrows && st == DH_OK; i++) {
        const dh_csv_row *row = &csv.rows[i];
        if (row->nfields != ncol) {
            dh_diags_add(diags, DH_ERROR, path, row->line,
                         dh_msg(E_ROSTER_FIELDS), ncol, header, row->nfields);
            continue;
        }
        const char *id = row->fields[col[COL_ID]], *name = row->fields[col[COL_NAME]],
                   *bracket = row->fields[col[COL_BRACKET]];
        const char *role = col[COL_ROLE] >= 0 ? row->fields[col[COL_ROLE]] : "";
        const char *why = dh_team_id_problem(id);
        if (why) {
            dh_diags_add(diags, DH_ERROR, path, row->line, "%s: \"%s\"", why, id);
            continue;
        }
        int prev = dh_roster_find(r, id);
        if (prev >= 0) {
            dh_diags_add(diags, DH_ERROR, path, row->line,
                         dh_msg(E_ROSTER_DUP), id,
                         r->teams[prev].line);
            continue;
        }
        if (!*name) {
            dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_ROSTER_NO_NAME), id);
            continue;
        }
        why = dh_team_name_problem(name);
        if (!why) why = dh_team_bracket_problem(bracket);
        if (why) {
            dh_diags_add(diags, DH_ERROR, path, row->line, "%s", why);
            continue;
        }
        if (*role && !dh_id_valid(role)) {
            dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_ROSTER_ROLE), role);
            continue;
        }
        if (r->nteams >= DH_MAX_TEAMS) {
            dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_ROSTER_TOO_MANY),
                         DH_MAX_TEAMS);
            break;
        }
        st = dh_roster_add(r, id, name, *bracket ? bracket : "all", row->line);
        if (!st && *role) st = dh_roster_set_role(r, r->nteams - 1, role);
        const char *bname = col[COL_BRACKET_NAME] >= 0 ? row->fields[col[COL_BRACKET_NAME]] : "";
        if (st || !*bname) continue;
        size_t b = (size_t)r->bracket_of[r->nteams - 1];
        const char *had = dh_roster_bracket_name(r, b);
        if (had != r->brackets[b] && strcmp(had, bname)) {
            dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_ROSTER_BRACKET_NAME),
                         r->brackets[b], bname, had);
            continue;
        }
        st = dh_roster_set_bracket_name(r, b, bname);
        if (st == DH_EINPUT) {
            dh_diags_add(diags, DH_ERROR, path, row->line, "%s", dh_msg(E_TEAM_BRACKET_LONG));
            st = DH_OK;
        }
    }
done:
    dh_csv_free(&csv);
    if (st == DH_OK && diags->errors > errors) st = DH_EINPUT;
    if (st) dh_roster_free(r);
    return st;
}
