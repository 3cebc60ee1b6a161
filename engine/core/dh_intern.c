/* dh_intern.c — string interning with an open-addressed hash table. */
#include "dh_intern.h"
#include "dh_alloc.h"
#include "dh_text.h"

#include <stdlib.h>
#include <string.h>

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

void dh_intern_init(dh_intern *in) { memset(in, 0, sizeof *in); }

void dh_intern_free(dh_intern *in)
{
    for (size_t i = 0; i < in->count; i++) free(in->strs[i]);
    free(in->strs);
    free(in->slots);
    memset(in, 0, sizeof *in);
}

int dh_intern_find(const dh_intern *in, const char *s)
{
    if (!in->nslots) return -1;
    size_t mask = in->nslots - 1;
    for (size_t i = hash_str(s) & mask;; i = (i + 1) & mask) {
        int32_t v = in->slots[i];
        if (!v) return -1;
        if (!strcmp(in->strs[v - 1], s)) return v - 1;
    }
}

static int rehash(dh_intern *in, size_t nslots)
{
    int32_t *slots = dh_calloc(nslots, sizeof *slots);
    if (!slots) return -1;
    for (size_t id = 0; id < in->count; id++) {
        size_t i = hash_str(in->strs[id]) & (nslots - 1);
        while (slots[i]) i = (i + 1) & (nslots - 1);
        slots[i] = (int32_t)id + 1;
    }
    free(in->slots);
    in->slots = slots;
    in->nslots = nslots;
    return 0;
}

int dh_intern_add(dh_intern *in, const char *s)
{
    int id = dh_intern_find(in, s);
    if (id >= 0) return id;
    if ((in->count + 1) * 2 > in->nslots && rehash(in, in->nslots ? in->nslots * 2 : 16))
        return -1;
    if (in->count == in->cap) {
        size_t cap = in->cap ? in->cap * 2 : 8;
        char **strs = dh_realloc(in->strs, cap * sizeof *strs);
        if (!strs) return -1;
        in->strs = strs;
        in->cap = cap;
    }
    char *copy = dh_strdup(s);
    if (!copy) return -1;
    in->strs[in->count] = copy;
    size_t i = hash_str(s) & (in->nslots - 1);
    while (in->slots[i]) i = (i + 1) & (in->nslots - 1);
    in->slots[i] = (int32_t)in->count + 1;
    return (int)in->count++;
}

int dh_intern_copy(dh_intern *dst, const dh_intern *src)
{
    for (size_t i = 0; i < src->count; i++)
        if (dh_intern_add(dst, src->strs[i]) < 0) return -1;
    return 0;
}
