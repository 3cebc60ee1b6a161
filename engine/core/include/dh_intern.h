/* dh_intern.h — interned strings: each distinct string gets a small, stable id.
 *
 * Flag names and flag string values are interned so that team state holds ints,
 * compares in O(1) and never owns strings of its own. Ids are dense (0, 1, 2, …)
 * in first-seen order, which keeps iteration deterministic. */
#ifndef DH_INTERN_H
#define DH_INTERN_H

#include <stddef.h>
#include <stdint.h>

typedef struct dh_intern {
    char **strs;      /* owned copies, indexed by id */
    size_t count, cap;
    int32_t *slots;   /* open addressing: id + 1, 0 = empty */
    size_t nslots;
} dh_intern;

void dh_intern_init(dh_intern *in);
void dh_intern_free(dh_intern *in);
/* Returns the id of s, adding a copy when new; -1 out of memory. */
int dh_intern_add(dh_intern *in, const char *s);
/* Returns the id of s, or -1 when s was never added. */
int dh_intern_find(const dh_intern *in, const char *s);
static inline const char *dh_intern_str(const dh_intern *in, int id) { return in->strs[id]; }
/* Copies every string of src into dst in order (ids stay the same when dst is empty). */
int dh_intern_copy(dh_intern *dst, const dh_intern *src);

#endif
