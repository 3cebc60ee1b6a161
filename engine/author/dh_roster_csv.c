/* dh_roster_csv.c — reading a roster CSV (`id,name,bracket`, optionally
 * `,bracket_name`) into core's dh_roster. */
#include "dh_roster_csv.h"
#include "dh_msg.h"
#include "dh_csv.h"

#include <stddef.h>
#include <string.h>

dh_status dh_roster_load(dh_roster *r, const char *path, dh_diags *diags)
{
    static const char *const header[] = {"id", "name", "bracket", "bracket_name"};
    dh_csv csv;
    size_t errors = diags->errors;
    dh_roster_init(r);
    dh_status st = dh_csv_read_file(path, &csv, diags);
    if (st) return st;
    /* the display-name column is optional */
    size_t ncol = csv.nrows && csv.rows[0].nfields == 4 ? 4 : 3;
    if (!dh_csv_check_header(&csv, header, ncol, diags)) goto done;
    if (csv.nrows == 1)
        dh_diags_add(diags, DH_ERROR, path, csv.rows[0].line,
                     dh_msg(E_ROSTER_EMPTY));
    for (size_t i = 1; i < csv.nrows && st == DH_OK; i++) {
        const dh_csv_row *row = &csv.rows[i];
        if (row->nfields != ncol) {
            dh_diags_add(diags, DH_ERROR, path, row->line,
                         dh_msg(ncol == 4 ? E_ROSTER_FIELDS4 : E_ROSTER_FIELDS), row->nfields);
            continue;
        }
        const char *id = row->fields[0], *name = row->fields[1], *bracket = row->fields[2];
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
        if (r->nteams >= DH_MAX_TEAMS) {
            dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_ROSTER_TOO_MANY),
                         DH_MAX_TEAMS);
            break;
        }
        st = dh_roster_add(r, id, name, *bracket ? bracket : "all", row->line);
        const char *bname = ncol == 4 ? row->fields[3] : "";
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
