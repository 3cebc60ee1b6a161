/* dh_record_lock.h — one writer per record (dh_record_lock.c); not a public
 * contract. */
#ifndef DH_RECORD_LOCK_H
#define DH_RECORD_LOCK_H

#include "dh_record_types.h"
#include "dh_status.h"

#include <stddef.h>
#include <stdint.h>

/* The writer's lock on `file` (engine/record/dh_record_lock.c). Takes it into
 * r->lock_fd, or returns DH_ESTATE with who holds it in err (read through r->db,
 * which must be open). */
dh_status dh_record_lock(dh_record *r, const char *file, char *err, size_t errlen);
/* Notes this process as the writer (pid, host, since wall_us, µs since the Unix
 * epoch) in the writer row. */
dh_status dh_record_note_writer(dh_record *r, int64_t wall_us, char *err, size_t errlen);
void dh_record_unlock(dh_record *r);

#endif
