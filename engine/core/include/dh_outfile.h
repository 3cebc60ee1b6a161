/* dh_outfile.h — a file written whole: built under a temporary name of its own
 * beside the target and renamed into place (libc and POSIX only).
 *
 * The temporary is ".NAME.XXXXXX" in the target's folder, made with O_CREAT |
 * O_EXCL | O_NOFOLLOW: never an existing file, never through a symlink, never
 * shared with another writer of the same target. A reader of the folder never
 * mistakes it for an output (it is hidden and has no output's extension). */
#ifndef DH_OUTFILE_H
#define DH_OUTFILE_H

#include <stdio.h>

/* Creates a new temporary beside path with the given mode (less the umask) and
 * returns its descriptor, with its malloc'd name in *tmp (the caller frees it).
 * Returns -1 with errno set on failure. */
int dh_outfile_temp(const char *path, int mode, char **tmp);

/* What stands at path when it is not a regular file ("a directory", "a symbolic
 * link", "a FIFO", "a device", "not a regular file"), or NULL when path is a
 * regular file or nothing. A symlink is judged itself, not followed. */
const char *dh_outfile_kind(const char *path);

typedef struct dh_outfile {
    FILE *f;          /* write here; owned */
    char *tmp;        /* the temporary's name; owned */
    const char *path; /* the target; borrowed */
} dh_outfile;

/* Opens a temporary for path (mode 0644 less the umask). 0, or -1 with errno. */
int dh_outfile_open(dh_outfile *o, const char *path);
/* Closes the temporary and renames it over path. 0, or -1 with errno set after
 * removing the temporary. Either way o is released. */
int dh_outfile_commit(dh_outfile *o);
/* Closes and removes the temporary; o is released. Safe on a released o. */
void dh_outfile_abort(dh_outfile *o);

#endif
