/* dh_roster_csv.h — reading a roster CSV into core's dh_roster.
 *
 * Columns are found by their header names, in any order: `id`, `name`, `bracket`
 * (required), `bracket_name` and `role` (optional; an empty role is none). */
#ifndef DH_ROSTER_CSV_H
#define DH_ROSTER_CSV_H

#include "dh_diag.h"
#include "dh_roster.h"
#include "dh_status.h"

/* Loads a roster CSV. Every problem goes to diags at its line; returns DH_EINPUT
 * (or DH_EIO/DH_ENOMEM) and leaves r empty on any error. */
dh_status dh_roster_load(dh_roster *r, const char *path, dh_diags *diags);

#endif
