/* dh_record_lock.c — one writer per record: an flock on the .drill file.
 *
 * flock, not SQLite's own locking: a write transaction held for the whole drill
 * would block readers, and SQLite's fcntl locks are per process and dropped when
 * any descriptor on the file closes. An flock belongs to this descriptor alone,
 * lives as long as the handle, and the kernel drops it when the process dies (kill
 * -9 included), so a crashed writer never leaves a record locked. Readers take no
 * lock. (flock is advisory and local: on NFS it may be emulated with fcntl; keep
 * records on a local disk.) */
#define _DEFAULT_SOURCE
#include "dh_record_lock.h"
#include "dh_msg.h"
#include "dh_record_state.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

static void holder(dh_record *r, char *err, size_t errlen)
{
    sqlite3_stmt *s;
    long long pid = 0;
    char host[256] = "";
    if (r->db && sqlite3_prepare_v2(r->db, "SELECT pid, host FROM writer WHERE id = 1", -1, &s,
                                    NULL) == SQLITE_OK) {
        if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) == SQLITE_INTEGER &&
            sqlite3_column_type(s, 1) == SQLITE_TEXT) {
            pid = sqlite3_column_int64(s, 0);
            snprintf(host, sizeof host, "%s", (const char *)sqlite3_column_text(s, 1));
            /* the name is printed on a terminal: keep it to what hostnames use */
            for (char *p = host; *p; p++)
                if ((unsigned char)*p < 0x20 || *p == 0x7f) *p = '?';
        }
        sqlite3_finalize(s);
    }
    if (pid > 0)
        snprintf(err, errlen, dh_msg(E_LOCKED_BY_PID), pid,
                 host[0] ? host : "?");
    else
        snprintf(err, errlen, dh_msg(E_LOCKED));
}

dh_status dh_record_lock(dh_record *r, const char *file, char *err, size_t errlen)
{
    int fd = open(file, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, dh_msg(E_OPEN_WRITE), strerror(errno));
        return DH_EIO;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        int e = errno;
        close(fd);
        if (e == EWOULDBLOCK) {
            holder(r, err, errlen);
            return DH_ESTATE;
        }
        snprintf(err, errlen, dh_msg(E_LOCK_WRITE), strerror(e));
        return DH_EIO;
    }
    r->lock_fd = fd;
    return DH_OK;
}

dh_status dh_record_note_writer(dh_record *r, int64_t wall_us, char *err, size_t errlen)
{
    char host[256];
    if (gethostname(host, sizeof host) != 0) snprintf(host, sizeof host, "?");
    host[sizeof host - 1] = 0;
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(r->db, "INSERT OR REPLACE INTO writer VALUES(1, ?, ?, ?)", -1, &s,
                           NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "cannot write the record");
    sqlite3_bind_int64(s, 1, (sqlite3_int64)getpid());
    sqlite3_bind_text(s, 2, host, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 3, wall_us);
    int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) return dh_record_db_fail(r, err, errlen, "cannot write the record");
    return DH_OK;
}

void dh_record_unlock(dh_record *r)
{
    if (r->lock_fd >= 0) close(r->lock_fd); /* drops the flock */
    r->lock_fd = -1;
}
