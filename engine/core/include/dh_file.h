/* dh_file.h — reading a whole file (libc only).
 *
 * Scenarios, test files and sheets are read whole before they are parsed, each
 * at its own edge (STYLE.md, "Parse at the edge, once"); this is the one reader
 * they share. */
#ifndef DH_FILE_H
#define DH_FILE_H

#include <stddef.h>

/* Reads a whole file into a NUL-terminated malloc'd buffer. Returns 0, or -1 with
 * errno set. */
int dh_read_file(const char *path, char **data, size_t *len);

#endif
