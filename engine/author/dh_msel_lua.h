/* dh_msel_lua.h — MSEL import's writer for Lua scenario files (dh_msel_lua.c);
 * engine/author's own. */
#ifndef DH_MSEL_LUA_H
#define DH_MSEL_LUA_H

#include "dh_msel_emit.h"

extern const dh_msel_emitter dh_msel_lua;

#endif
