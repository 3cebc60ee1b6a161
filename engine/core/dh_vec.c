/* dh_vec.c — append-one growth for plain arrays. */
#include "dh_vec.h"
#include "dh_alloc.h"

#include <stdlib.h>
#include <string.h>

void *dh_vec_push(void *arr_ptr, size_t *count, size_t elem_size)
{
    /* read and write the caller's typed pointer through memcpy: no aliasing games */
    char *arr;
    memcpy(&arr, arr_ptr, sizeof arr);
    size_t n = *count;
    /* capacity is 4, then the next power of two: grow exactly when n reaches one */
    if (n == 0 || (n >= 4 && (n & (n - 1)) == 0)) {
        char *p = dh_realloc(arr, (n ? n * 2 : 4) * elem_size);
        if (!p) return NULL;
        arr = p;
        memcpy(arr_ptr, &arr, sizeof arr);
    }
    char *slot = arr + n * elem_size;
    memset(slot, 0, elem_size);
    *count = n + 1;
    return slot;
}
