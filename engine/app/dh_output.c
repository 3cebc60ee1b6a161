/* dh_output.c — writing a command's output to a file or standard output, never
 * over one of the command's inputs, and text for the terminal with its control
 * characters made visible. */
#define _POSIX_C_SOURCE 200809L
#include "dh_output.h"
#include "dh_outfile.h"
#include "dh_text.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* --- which file a path names ---------------------------------------------------- */

/* A file that exists is its device and inode, whatever the spelling (./, ..,
 * a symlink, a hard link). One that does not exist yet is the folder it would
 * be made in and its name there; a dangling symlink is the file it would make. */
typedef struct file_id {
    enum { ID_FILE, ID_NEW, ID_PATH } kind;
    dev_t dev;
    ino_t ino;
    char *name;        /* ID_NEW: the name in the folder; ID_PATH: the path as given */
} file_id;

static int id_of(const char *path, file_id *id, int depth)
{
    struct stat sb;
    memset(id, 0, sizeof *id);
    if (stat(path, &sb) == 0) {
        id->kind = ID_FILE;
        id->dev = sb.st_dev;
        id->ino = sb.st_ino;
        return 0;
    }
    const char *slash = strrchr(path, '/');
    if (depth < 8 && lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode)) {
        char target[PATH_MAX];
        ssize_t n = readlink(path, target, sizeof target - 1);
        if (n > 0) {
            target[n] = 0;
            size_t dir = target[0] == '/' || !slash ? 0 : (size_t)(slash - path) + 1;
            char *joined = malloc(dir + (size_t)n + 1);
            if (!joined) return -1;
            memcpy(joined, path, dir);
            memcpy(joined + dir, target, (size_t)n + 1);
            int rc = id_of(joined, id, depth + 1);
            free(joined);
            return rc;
        }
    }
    const char *leaf = slash ? slash + 1 : path;
    char *dir = slash ? malloc((size_t)(slash - path) + 2) : NULL;
    if (slash && !dir) return -1;
    if (dir) {
        size_t n = (size_t)(slash - path);
        memcpy(dir, path, n ? n : 1); /* "/x" lives in "/" */
        dir[n ? n : 1] = 0;
    }
    if (*leaf && stat(dir ? dir : ".", &sb) == 0) {
        id->kind = ID_NEW;
        id->dev = sb.st_dev;
        id->ino = sb.st_ino;
    } else {
        id->kind = ID_PATH;
        leaf = path;
    }
    free(dir);
    id->name = malloc(strlen(leaf) + 1);
    if (!id->name) return -1;
    strcpy(id->name, leaf);
    return 0;
}

static int id_same(const file_id *a, const file_id *b)
{
    if (a->kind != b->kind) return 0;
    if (a->kind != ID_PATH && (a->dev != b->dev || a->ino != b->ino)) return 0;
    return a->kind == ID_FILE || !strcmp(a->name, b->name);
}

/* A record's -wal, -shm and -journal hold part of it (a killed writer's newest
 * inputs are in the -wal): an output there replaces the record as surely as
 * one over the record itself. */
static const char *const sidecars[] = {"", "-wal", "-shm", "-journal"};
#define NSIDE (sizeof sidecars / sizeof sidecars[0])

/* The files this command reads and the outputs it has claimed. One command runs
 * per process, so one list serves it; dh_output_reset starts it again. */
typedef struct noted {
    file_id id[NSIDE];  /* the file, then its sidecars (inputs only) */
    const char *path;
    const char *what;   /* "-o", "--log", or NULL for a positional input */
} noted;

#define MAX_NOTED 96
static noted inputs[MAX_NOTED], outputs[MAX_NOTED];
static size_t ninputs, noutputs;

void dh_output_reset(void)
{
    for (size_t i = 0; i < ninputs; i++)
        for (size_t k = 0; k < NSIDE; k++) free(inputs[i].id[k].name);
    for (size_t i = 0; i < noutputs; i++) free(outputs[i].id[0].name);
    ninputs = noutputs = 0;
}

static int is_stdio(const char *path) { return !path || !*path || !strcmp(path, "-"); }

int dh_output_note_input(const char *path, const char *what)
{
    if (is_stdio(path)) return 0;
    if (ninputs == MAX_NOTED) return dh_fail(2, dh_msg(A_TOO_MANY_INPUTS));
    noted *n = &inputs[ninputs];
    memset(n, 0, sizeof *n);
    size_t len = strlen(path) + 16;
    char *side = malloc(len);
    int bad = !side;
    for (size_t k = 0; k < NSIDE && !bad; k++) {
        snprintf(side, len, "%s%s", path, sidecars[k]);
        bad = id_of(side, &n->id[k], 0);
    }
    free(side);
    if (bad) {
        for (size_t k = 0; k < NSIDE; k++) free(n->id[k].name);
        return dh_fail(1, dh_msg(E_NOMEM));
    }
    n->path = path;
    n->what = what;
    ninputs++;
    return 0;
}

static void say_option(char *buf, size_t len, const char *what, const char *path)
{
    if (what) snprintf(buf, len, "%s %s", what, path);
    else snprintf(buf, len, "%s", path);
}

/* path against the inputs and their sidecars, against what stands there (only
 * a regular file or nothing is written over: a symlink, a FIFO or a device is
 * never replaced), and against the outputs when `outs`. A directory passes a
 * claim, which may name a folder (report --format csv -o DIR), but never
 * dh_output_check, which names the file itself. */
static int check(const char *path, const char *what, int outs)
{
    if (!path) return 0;
    char mine[512], theirs[512];
    say_option(mine, sizeof mine, what, path);
    if (!*path) return dh_fail(2, dh_msg(A_OUT_NO_NAME), what ? what : dh_msg(A_AN_OUTPUT));
    if (!strcmp(path, "-")) return 0;
    file_id id;
    if (id_of(path, &id, 0)) return dh_fail(1, "%s", dh_msg(E_NOMEM));
    int rc = 0;
    for (size_t i = 0; i < ninputs && !rc; i++)
        for (size_t k = 0; k < NSIDE && !rc; k++)
            if (id_same(&id, &inputs[i].id[k])) {
                say_option(theirs, sizeof theirs, inputs[i].what, inputs[i].path);
                if (k) snprintf(theirs + strlen(theirs), sizeof theirs - strlen(theirs), "%s",
                                sidecars[k]);
                rc = dh_fail(2, dh_msg(A_OUT_IS_INPUT), mine, theirs);
            }
    for (size_t i = 0; outs && i < noutputs && !rc; i++)
        if (id_same(&id, &outputs[i].id[0])) {
            say_option(theirs, sizeof theirs, outputs[i].what, outputs[i].path);
            rc = dh_fail(2, dh_msg(A_OUTS_SAME),
                         theirs, mine);
        }
    const char *kind = rc ? NULL : dh_outfile_kind(path);
    struct stat sb;
    /* a claim may name a folder, through a symlink too: the files written in
     * it are checked one by one */
    if (kind && outs && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) kind = NULL;
    if (kind)
        rc = dh_fail(2, dh_msg(A_ONLY_REGULAR),
                     mine, kind);
    if (!rc && outs && noutputs < MAX_NOTED) {
        memset(&outputs[noutputs], 0, sizeof outputs[noutputs]);
        outputs[noutputs].id[0] = id;
        outputs[noutputs].path = path;
        outputs[noutputs].what = what;
        noutputs++;
        id.name = NULL;
    }
    free(id.name);
    return rc;
}

int dh_output_claim(const char *path, const char *what) { return check(path, what, 1); }

int dh_output_check(const char *path) { return check(path, NULL, 0); }

/* --- the terminal ---------------------------------------------------------------- */

static int term_write(FILE *f, const char *s, size_t n, int keep)
{
    if (!dh_text_has_controls(s, n, keep)) return fwrite(s, 1, n, f) == n ? 0 : -1;
    dh_buf b;
    dh_buf_init(&b);
    dh_text_escape_controls(&b, s, n, keep);
    int rc = b.failed || fwrite(b.data, 1, b.len, f) != b.len ? -1 : 0;
    dh_buf_free(&b);
    return rc;
}

int dh_term_write(FILE *f, const char *s, size_t n)
{
    return term_write(f, s, n, DH_ESC_KEEP_NL | DH_ESC_KEEP_TAB);
}

/* A formatted line: its arguments are names, paths and fields, and a newline or
 * CR in one of them must not start a line of its own ("drillhall: all checks
 * passed"); only the line's own final newline is kept. */
static int term_line(FILE *f, const char *s, size_t n)
{
    int nl = n && s[n - 1] == '\n';
    int rc = term_write(f, s, n - (size_t)nl, DH_ESC_KEEP_TAB);
    if (!rc && nl && fputc('\n', f) == EOF) rc = -1;
    return rc;
}

int dh_term_vprintf(FILE *f, const char *fmt, va_list ap)
{
    char small[512];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    int rc = -1;
    if (n < 0) {
        rc = -1;
    } else if ((size_t)n < sizeof small) {
        rc = term_line(f, small, (size_t)n);
    } else {
        char *big = malloc((size_t)n + 1);
        if (big) {
            vsnprintf(big, (size_t)n + 1, fmt, again);
            rc = term_line(f, big, (size_t)n);
            free(big);
        }
    }
    va_end(again);
    return rc;
}

int dh_term_printf(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = dh_term_vprintf(f, fmt, ap);
    va_end(ap);
    return rc;
}

/* --- writing ---------------------------------------------------------------------- */

int dh_write_file(const char *path, const dh_buf *data)
{
    if (data->failed) return dh_fail(1, dh_msg(E_NOMEM));
    if (!strcmp(path, "-")) return dh_fail(2, dh_msg(A_OUT_DASH));
    int rc = dh_output_check(path);
    if (rc) return rc;
    dh_outfile o;
    if (dh_outfile_open(&o, path)) return dh_fail(2, dh_msg(A_CANNOT_WRITE), path, strerror(errno));
    if (data->len && fwrite(data->data, 1, data->len, o.f) != data->len) {
        dh_outfile_abort(&o);
        return dh_fail(1, dh_msg(A_COULD_NOT_WRITE), path);
    }
    if (dh_outfile_commit(&o)) return dh_fail(1, dh_msg(A_COULD_NOT_WRITE), path);
    return 0;
}

int dh_emit(const char *path, const dh_buf *data, const char *what)
{
    if (path && strcmp(path, "-")) return dh_write_file(path, data);
    if (data->failed) return dh_fail(1, dh_msg(E_NOMEM));
    /* a report or sheet piped on stays byte for byte; on a terminal it is text
     * for a person, and nothing in it may drive the terminal */
    int keep = DH_ESC_KEEP_NL | DH_ESC_KEEP_TAB | DH_ESC_KEEP_CRLF;
    int bad = isatty(fileno(stdout)) ? term_write(stdout, data->data, data->len, keep) != 0
                                     : fwrite(data->data, 1, data->len, stdout) != data->len;
    if (bad || fflush(stdout))
        return dh_fail(1, dh_msg(A_COULD_NOT_WRITE_THE), what);
    return 0;
}

int dh_fail(int code, const char *fmt, ...)
{
    va_list ap;
    fputs("drillhall: ", stderr);
    va_start(ap, fmt);
    dh_term_vprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return code;
}
