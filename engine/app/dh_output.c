/* dh_output.c — writing a command's output to a file or standard output, never
 * over one of the command's inputs, and text for the terminal with its control
 * characters made visible. */
#define _POSIX_C_SOURCE 200809L
#include "dh_output.h"
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

/* The files this command reads and the outputs it has claimed. One command runs
 * per process, so one list serves it; dh_output_reset starts it again. */
typedef struct noted {
    file_id id;
    const char *path;
    const char *what;   /* "-o", "--log", or NULL for a positional input */
} noted;

#define MAX_NOTED 96
static noted inputs[MAX_NOTED], outputs[MAX_NOTED];
static size_t ninputs, noutputs;

void dh_output_reset(void)
{
    for (size_t i = 0; i < ninputs; i++) free(inputs[i].id.name);
    for (size_t i = 0; i < noutputs; i++) free(outputs[i].id.name);
    ninputs = noutputs = 0;
}

static int is_stdio(const char *path) { return !path || !*path || !strcmp(path, "-"); }

int dh_output_note_input(const char *path, const char *what)
{
    if (is_stdio(path)) return 0;
    if (ninputs == MAX_NOTED) return dh_fail(2, dh_msg(A_TOO_MANY_INPUTS));
    noted *n = &inputs[ninputs];
    if (id_of(path, &n->id, 0)) return dh_fail(1, dh_msg(E_NOMEM));
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

/* path, and path.tmp (which the writers fill first), against the inputs; and
 * path against the outputs when `outs` */
static int check(const char *path, const char *what, int outs)
{
    if (is_stdio(path)) return 0;
    size_t n = strlen(path);
    char *tmp = malloc(n + 5);
    if (!tmp) return dh_fail(1, dh_msg(E_NOMEM));
    snprintf(tmp, n + 5, "%s.tmp", path);
    file_id id[2];
    int bad = id_of(path, &id[0], 0);
    if (!bad && id_of(tmp, &id[1], 0)) {
        free(id[0].name);
        bad = 1;
    }
    free(tmp);
    if (bad) return dh_fail(1, dh_msg(E_NOMEM));
    char mine[512], theirs[512];
    say_option(mine, sizeof mine, what, path);
    int rc = 0;
    for (size_t i = 0; i < ninputs && !rc; i++)
        for (int k = 0; k < 2 && !rc; k++)
            if (id_same(&id[k], &inputs[i].id)) {
                say_option(theirs, sizeof theirs, inputs[i].what, inputs[i].path);
                rc = k ? dh_fail(2, dh_msg(A_OUT_TMP_IS_INPUT),
                                 mine, path, theirs)
                       : dh_fail(2, dh_msg(A_OUT_IS_INPUT),
                                 mine, theirs);
            }
    for (size_t i = 0; outs && i < noutputs && !rc; i++)
        if (id_same(&id[0], &outputs[i].id)) {
            say_option(theirs, sizeof theirs, outputs[i].what, outputs[i].path);
            rc = dh_fail(2, dh_msg(A_OUTS_SAME),
                         theirs, mine);
        }
    if (!rc && outs && noutputs < MAX_NOTED) {
        outputs[noutputs++] = (noted){id[0], path, what};
        id[0].name = NULL;
    }
    free(id[0].name);
    free(id[1].name);
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
        rc = dh_term_write(f, small, (size_t)n);
    } else {
        char *big = malloc((size_t)n + 1);
        if (big) {
            vsnprintf(big, (size_t)n + 1, fmt, again);
            rc = dh_term_write(f, big, (size_t)n);
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
    int rc = dh_output_check(path);
    if (rc) return rc;
    size_t n = strlen(path) + 5;
    char *tmp = malloc(n);
    if (!tmp) return dh_fail(1, dh_msg(E_NOMEM));
    snprintf(tmp, n, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        rc = dh_fail(2, dh_msg(A_CANNOT_WRITE), path, strerror(errno));
    } else {
        int bad = data->len && fwrite(data->data, 1, data->len, f) != data->len;
        bad |= fclose(f) != 0;
        if (bad || rename(tmp, path) != 0) {
            remove(tmp);
            rc = dh_fail(1, dh_msg(A_COULD_NOT_WRITE), path);
        }
    }
    free(tmp);
    return rc;
}

int dh_emit(const char *path, const dh_buf *data, const char *what)
{
    if (path) return dh_write_file(path, data);
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
