/* dh_msel_lua.h — MSEL import's writer for Lua scenario files (dh_msel_lua.c);
 * engine/author's own. */
#ifndef DH_MSEL_LUA_H
#define DH_MSEL_LUA_H

#include "dh_msel_emit.h"

extern const dh_msel_emitter dh_msel_lua;

/* Appends s as a Lua string literal: quoted, with quotes, backslashes and control
 * characters escaped. Import writes with it and merge rewrites literals with it. */
void dh_msel_lua_string(dh_buf *b, const char *s);

#endif
