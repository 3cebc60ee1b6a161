/* dh_output.h — where a command's finished output goes: a file, written whole,
 * or standard output. */
#ifndef DH_OUTPUT_H
#define DH_OUTPUT_H

#include "dh_buf.h"

/* Writes data to path through path.tmp and a rename, so a failure never leaves
 * half a file. Returns 0, or the exit status (1 or 2) after printing why. */
int dh_write_file(const char *path, const dh_buf *data);

/* Writes data to path as dh_write_file does or, when path is NULL, to standard
 * output; `what` names the output in the error ("could not write the <what>").
 * Returns 0, or the exit status after printing why. */
int dh_emit(const char *path, const dh_buf *data, const char *what);

#endif
