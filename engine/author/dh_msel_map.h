/* dh_msel_map.h — which column of a sheet holds what: the sheet's header read
 * by name, not by position, so a sheet from another tool (HSEEP-style names:
 * MSEL number, time, synopsis, from/to, method, inject text, expected player
 * action, objective, notes), with its columns reordered, extra or missing (no
 * `_vi` columns), imports as well as the sheet `msel export` writes. Private
 * to engine/author. */
#ifndef DH_MSEL_MAP_H
#define DH_MSEL_MAP_H

#include "dh_csv.h"
#include "dh_diag.h"

#include <stddef.h>

/* What a column can hold. The texts (from, title, body, action, prompt) come in
 * two languages; the others once. TO, OBJECTIVE and NOTES have no place in a
 * scenario and go to the inject's notes, as do columns no name matches. */
typedef enum dh_msel_field {
    M_NUMBER, M_TIME, M_STAGE, M_ATTACK, M_SEVERITY, M_FROM, M_CHANNEL, M_INJECT, M_TITLE,
    M_BODY, M_ACTION, M_DECISION, M_WITHIN, M_PROMPT, M_TO, M_OBJECTIVE, M_NOTES,
    /* what msel export writes of the drill itself */
    M_TIMEOUT, M_SPEED, M_OPTION, M_OPTION_TEXT, M_SCORE, M_SET, M_TRIGGERS, M_PLACE,
    M_CONDITION,
    M_COUNT
} dh_msel_field;

typedef struct dh_msel_map {
    int col[M_COUNT][2];   /* the sheet's column per field and language (0: en or
                              the only one, 1: vi); -1 when the sheet has none */
    int *kept;             /* further columns whose cells go to the notes (owned) */
    size_t nkept;
    size_t ncols;          /* the header's width */
    int exact;             /* the header is exactly the one msel export writes */
} dh_msel_map;

/* Reads the header row (csv->rows[0]); `own` (nown names) is the header msel
 * export writes, which sets m->exact. Each problem is a diagnostic at the
 * header's line naming the column; a column it cannot place is a warning (its
 * cells are kept as notes). Returns 0, -1 on a header error, or -2 out of
 * memory. m is to be freed with dh_msel_map_free in every case. */
int dh_msel_map_header(const dh_csv *csv, const char *const *own, size_t nown, dh_msel_map *m,
                       dh_diags *diags);
/* The same, with a mapping file read first (msel import --map): rows
 * `sheet column,drillhall column` (e.g. `Serial,number`, `Inject heading,title_en`),
 * which name the sheet's columns that no alias knows. map may be NULL. A bad
 * mapping row is an error at its line. */
int dh_msel_map_header_with(const dh_csv *csv, const dh_csv *map, const char *const *own,
                            size_t nown, dh_msel_map *m, dh_diags *diags);
void dh_msel_map_free(dh_msel_map *m);

/* The header cell of column c as written (trimmed of nothing), for notes. */
const char *dh_msel_map_label(const dh_csv *csv, int c);

#endif
