/* dh_vec.h — growing a (pointer, count) array by one zeroed element.
 *
 * dh_vec_push(&arr, &count, sizeof *arr) returns a pointer to the new element, or
 * NULL out of memory (the array is unchanged then). Capacity doubles at powers of
 * two, so no separate capacity field is needed. */
#ifndef DH_VEC_H
#define DH_VEC_H

#include <stddef.h>

/* arr_ptr is the address of the caller's `T *` array pointer. */
void *dh_vec_push(void *arr_ptr, size_t *count, size_t elem_size);

#endif
