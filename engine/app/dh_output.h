/* dh_output.h — where a command's finished output goes: a file, written whole,
 * or standard output. */
#ifndef DH_OUTPUT_H
#define DH_OUTPUT_H

#include "dh_buf.h"
#include "dh_msg.h" /* dh_fail's messages are catalog rows */

#include <stdarg.h>
#include <stdio.h>

/* Outputs never replace inputs. dh_args_parse notes a command's inputs (its
 * positional arguments and DH_OPT_INPUT options) and claims its DH_OPT_OUTPUT
 * options; paths are compared as files (device and inode, or the folder and the
 * name for a file not made yet), so ./x, a/../x, a symlink or a hard link to x
 * are x. "-" (standard input or output) is never a file here. */
void dh_output_reset(void);
/* Notes that the command reads path (`what`: its option, or NULL). Returns 0,
 * or an exit status after printing why. */
int dh_output_note_input(const char *path, const char *what);
/* Claims path as an output (`what`: its option, or NULL). Returns 0, or 2 after
 * printing why when path is empty, is the same file as a noted input or one of
 * its sidecars (F.drill-wal, -shm, -journal: part of a record), the same file as
 * an output claimed before, or something other than a regular file (a symlink,
 * even to a regular file, a FIFO, a device: drillhall never replaces one; a
 * directory passes here, since report's csv -o may name one). */
int dh_output_claim(const char *path, const char *what);
/* Returns 0, or 2 after printing why when path is the same file as a noted
 * input (or its sidecar) or is not a regular file (a directory included): for
 * outputs named from another (a prefix, a default beside the input), checked
 * before the first of them is written, and by dh_write_file. */
int dh_output_check(const char *path);

/* Writes data to path through a temporary of its own beside it (dh_outfile:
 * ".NAME.XXXXXX", made new, never through a symlink) and a rename, so a failure
 * never leaves half a file, and never over a noted input (dh_output_check).
 * "-" is refused here (dh_emit takes it as standard output). Returns 0, or the
 * exit status (1 or 2) after printing why. */
int dh_write_file(const char *path, const dh_buf *data);

/* Writes data to path as dh_write_file does or, when path is NULL or "-", to
 * standard output; `what` names the output in the error ("could not write the <what>").
 * Returns 0, or the exit status after printing why. */
int dh_emit(const char *path, const dh_buf *data, const char *what);

/* Text for a person on a terminal (stdout, stderr): every message, scoreboard
 * and warning drillhall prints goes through these, so nothing a scenario, a
 * roster, a sheet or a record says can move the cursor, clear the screen, set
 * the window title or fake a line (dh_text_escape_controls: controls other
 * than newline and tab are shown as \x1b, \u009b, ...). Return 0 or -1.
 * dh_term_write is for text of many lines (a scoreboard) and keeps newlines;
 * dh_term_printf prints one line: a newline or CR that comes from its arguments
 * (a file name, a stored name) is shown as \x0a, and only a final one is kept. */
int dh_term_write(FILE *f, const char *s, size_t n);
#if defined(__GNUC__)
__attribute__((format(printf, 2, 0)))
#endif
int dh_term_vprintf(FILE *f, const char *fmt, va_list ap);
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
int dh_term_printf(FILE *f, const char *fmt, ...);

/* Prints "drillhall: <message>" to stderr; returns `code`. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
int dh_fail(int code, const char *fmt, ...);

#endif
