/* dh_match.h — string.find, match, gmatch and gsub for the sandbox: Lua 5.4's
 * own matcher with every step charged to the script's instruction budget.
 * Each is a C function whose upvalue 1 is the dh_script (light userdata). */
#ifndef DH_MATCH_H
#define DH_MATCH_H

#include <lua.h>

int dh_match_find(lua_State *L);
int dh_match_match(lua_State *L);
int dh_match_gmatch(lua_State *L);
int dh_match_gsub(lua_State *L);

#endif
