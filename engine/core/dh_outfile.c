/* dh_outfile.c — files written whole through a temporary of their own. */
#define _POSIX_C_SOURCE 200809L
#include "dh_outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* splitmix64: spreads what little varies between calls over the whole name */
static uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15u;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9u;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebu;
    return x ^ (x >> 31);
}

int dh_outfile_temp(const char *path, int mode, char **tmp)
{
    static const char digits[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static uint64_t counter;
    *tmp = NULL;
    const char *slash = strrchr(path, '/');
    size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
    const char *leaf = path + dir;
    size_t n = dir + 1 + strlen(leaf) + 8;
    char *name = malloc(n);
    if (!name) {
        errno = ENOMEM;
        return -1;
    }
    struct timespec ts = {0, 0};
    timespec_get(&ts, TIME_UTC);
    uint64_t seed = mix((uint64_t)ts.tv_sec ^ ((uint64_t)ts.tv_nsec << 20) ^
                        ((uint64_t)getpid() << 40) ^ (uint64_t)(uintptr_t)&counter);
    /* O_EXCL makes a taken name fail, never reused: try others */
    for (int attempt = 0; attempt < 100; attempt++) {
        uint64_t r = mix(seed ^ ++counter);
        char suffix[7];
        for (int i = 0; i < 6; i++, r /= 62) suffix[i] = digits[r % 62];
        suffix[6] = 0;
        snprintf(name, n, "%.*s.%s.%s", (int)dir, path, leaf, suffix);
        int fd = open(name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (fd >= 0) {
            *tmp = name;
            return fd;
        }
        if (errno != EEXIST) break;
    }
    int e = errno;
    free(name);
    errno = e;
    return -1;
}

const char *dh_outfile_kind(const char *path)
{
    struct stat sb;
    if (lstat(path, &sb) != 0 || S_ISREG(sb.st_mode)) return NULL;
    if (S_ISDIR(sb.st_mode)) return "a directory";
    if (S_ISLNK(sb.st_mode)) return "a symbolic link";
    if (S_ISFIFO(sb.st_mode)) return "a FIFO";
    if (S_ISCHR(sb.st_mode) || S_ISBLK(sb.st_mode)) return "a device";
    return "not a regular file";
}

int dh_outfile_open(dh_outfile *o, const char *path)
{
    memset(o, 0, sizeof *o);
    int fd = dh_outfile_temp(path, 0644, &o->tmp);
    if (fd < 0) return -1;
    o->f = fdopen(fd, "wb");
    if (!o->f) {
        int e = errno;
        close(fd);
        remove(o->tmp);
        free(o->tmp);
        o->tmp = NULL;
        errno = e;
        return -1;
    }
    o->path = path;
    return 0;
}

int dh_outfile_commit(dh_outfile *o)
{
    int bad = ferror(o->f) != 0;
    errno = 0;
    bad |= fclose(o->f) != 0;
    o->f = NULL;
    if (!bad && rename(o->tmp, o->path) == 0) {
        free(o->tmp);
        o->tmp = NULL;
        return 0;
    }
    int e = errno ? errno : EIO;
    dh_outfile_abort(o);
    errno = e;
    return -1;
}

void dh_outfile_abort(dh_outfile *o)
{
    if (o->f) fclose(o->f);
    if (o->tmp) remove(o->tmp);
    free(o->tmp);
    memset(o, 0, sizeof *o);
}
