/* dh_file.h — reading a whole file (libc only).
 *
 * Scenarios, test files and sheets are read whole before they are parsed, each
 * at its own edge (STYLE.md, "Parse at the edge, once"); this is the one reader
 * they share. */
#ifndef DH_FILE_H
#define DH_FILE_H

#include "dh_diag.h"
#include "dh_status.h"

#include <stddef.h>

/* No input a drill reads whole comes near this (a 1,000-team responses file is
 * a few MiB): anything larger is refused before it can take the machine's
 * memory. */
#define DH_FILE_MAX ((size_t)64 << 20)

/* Reads a whole file into a NUL-terminated malloc'd buffer. Returns 0, or -1 with
 * errno set (EFBIG past DH_FILE_MAX). */
int dh_read_file(const char *path, char **data, size_t *len);

/* dh_read_file for an input file: on failure adds `path: cannot read: …` to
 * diags and returns DH_EINPUT when the file is too large, DH_EIO otherwise. */
dh_status dh_read_input(const char *path, char **data, size_t *len, dh_diags *diags);

#endif
