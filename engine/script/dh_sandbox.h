/* dh_sandbox.h — the restricted standard library (engine/script internal). */
#ifndef DH_SANDBOX_H
#define DH_SANDBOX_H

#include "dh_state.h"

/* Installs the restricted standard library into the state. */
void dh_sandbox_open(dh_script *s);
/* Pushes a new list of the raw keys of the table at idx in the sandbox's fixed
 * order (numbers, strings, booleans); raises for keys with no stable order.
 * Returns the count. */
lua_Integer dh_sandbox_sorted_keys(lua_State *L, int idx);

#endif
