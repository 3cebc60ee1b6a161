/* dh_msel.h — the master scenario events list (MSEL) as a CSV sheet, both ways.
 *
 * Exercise planners keep the schedule of injects in a spreadsheet. Export writes
 * one row per inject, in order of exercise time (untimed injects, delivered only
 * by triggers or hooks, last), with every text in English and Vietnamese, and one
 * more row for each further decision an inject opens. Import turns such a sheet
 * into the text of a scenario file: the injects as written, and each decision
 * prompt as a decision whose options are a marked skeleton for the author to
 * finish (a sheet carries no options or scores).
 *
 * What a sheet cannot hold — options, scores, `when` conditions, triggers, hooks —
 * is not exported; exporting an imported sheet gives the same sheet back.
 *
 * Import reads the header by name (dh_msel_map.h): a sheet from another tool,
 * with HSEEP column names, its columns in any order, without the `_vi` ones, or
 * with columns of its own (kept in the notes) imports too. */
#ifndef DH_MSEL_H
#define DH_MSEL_H

#include "dh_buf.h"
#include "dh_csv.h"
#include "dh_diag.h"
#include "dh_scenario.h"
#include "dh_status.h"

#define DH_MSEL_NCOLS 29
/* The most rows a sheet of one scenario can need: its own row, every inject,
 * every decision and every option of each. A longer sheet is refused before
 * its rows are read. */
#define DH_MSEL_MAX_ROWS \
    (1 + (size_t)DH_MAX_INJECTS + (size_t)DH_MAX_DECISIONS * (1 + (size_t)DH_MAX_OPTIONS))
extern const char *const dh_msel_columns[DH_MSEL_NCOLS];

/* Appends the sheet (header and rows, CRLF-free, UTF-8) to out: a first row
 * (number 0) for the scenario itself, a row per inject (with its first
 * decision, timeout and speed), a row per further decision, and a row per
 * option with its text, score, flags and triggers. */
dh_status dh_msel_export(const dh_scenario *sc, dh_buf *out);
/* Adds a warning for what the sheet cannot hold: each `when` condition (marked
 * in the `condition` column) and the hooks. */
void dh_msel_export_warnings(const dh_scenario *sc, dh_diags *diags);

typedef struct dh_msel_import_opts {
    const char *id;            /* scenario id for the new file (valid id) */
    const char *source_name;   /* the sheet's name, quoted in the new file's header */
    int id_given;              /* id was chosen (--id): else the sheet's own, when it has one */
    int has_start;             /* the sheet's times are clock times from `start` */
    const dh_csv *map;         /* --map: `sheet column,drillhall column` rows, or NULL */
    dh_ms start;               /* the clock time at which the exercise starts (T+0:00) */
} dh_msel_import_opts;

/* Checks every row of a parsed sheet and appends the scenario's Lua text to out.
 * Each bad row is an error at its file:line; then nothing is appended and the
 * status is DH_EINPUT. */
dh_status dh_msel_import(const dh_csv *csv, const dh_msel_import_opts *o, dh_buf *out,
                         dh_diags *diags);

/* Merges an edited sheet back into the scenario it was exported from: sc is
 * the scenario loaded from src, its source text. Rows are matched by id (the
 * sheet needs an inject_id column); times (at, within, duration) and texts
 * (titles, bodies, notes, senders, channels, prompts, option texts, the
 * scenario's title and description) that differ from the scenario's own
 * export are written into src's string literals, so code, comments and layout
 * stay as they are. Every other difference, an id the scenario lacks, and a
 * field written as code or in one language only is a DH_WARNING in diags and
 * is not applied. Appends the new source to out, one "file:line: what" line
 * per applied change to changes. DH_EINPUT on a bad header, DH_ENOMEM. */
dh_status dh_msel_merge(const dh_csv *sheet, const dh_scenario *sc, const char *src, dh_buf *out,
                        dh_buf *changes, size_t *applied, size_t *skipped, dh_diags *diags);

#endif
