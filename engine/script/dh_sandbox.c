/* dh_sandbox.c — the restricted standard library a scenario sees.
 *
 * Layers, from the outside in:
 *  1. only base, string, table, math and utf8 are ever opened: no io, os,
 *     package, debug or coroutine functions exist in the state at all;
 *  2. from base, dofile and loadfile are removed; load accepts text only;
 *     collectgarbage can only report or collect; string.dump is gone and the
 *     string metatable is locked;
 *  3. setmetatable refuses __gc (a finalizer would run outside any budget);
 *     xpcall runs its handler after unwinding, never as Lua's message handler:
 *     an error raised by the budget hook would otherwise call the handler with
 *     hooks disabled, where an endless loop could never be stopped;
 *  4. pattern functions refuse subject/pattern pairs whose backtracking could
 *     outlast the instruction budget (the matcher is C code the count hook cannot
 *     interrupt);
 *  5. math.random draws from the current team's stream; math.randomseed is gone;
 *  6. pairs visits keys in a fixed order, so a drill replays byte-for-byte even
 *     though Lua seeds its string hashes randomly per process;
 *  7. every call runs under the instruction budget and memory cap (dh_script.c). */
#include "dh_script_impl.h"

#include <lualib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- load, collectgarbage, print ------------------------------------------------- */

static int w_load(lua_State *L)
{
    int n = lua_gettop(L);
    if (n > 4) lua_settop(L, n = 4);
    if (n < 3) lua_settop(L, 3);
    if (!lua_isnil(L, 3) && strcmp(luaL_checkstring(L, 3), "t") != 0)
        return luaL_error(L, "load: only text chunks are allowed in scenarios (mode \"t\")");
    lua_pushliteral(L, "t");
    lua_replace(L, 3);
    lua_pushvalue(L, lua_upvalueindex(1)); /* the original load */
    lua_insert(L, 1);
    lua_call(L, n < 3 ? 3 : n, LUA_MULTRET);
    return lua_gettop(L);
}

static int w_collectgarbage(lua_State *L)
{
    const char *opt = luaL_optstring(L, 1, "collect");
    if (!strcmp(opt, "count")) {
        int kb = lua_gc(L, LUA_GCCOUNT, 0), b = lua_gc(L, LUA_GCCOUNTB, 0);
        lua_pushnumber(L, (lua_Number)kb + (lua_Number)b / 1024);
        return 1;
    }
    if (!strcmp(opt, "collect")) {
        lua_gc(L, LUA_GCCOLLECT);
        lua_pushinteger(L, 0);
        return 1;
    }
    return luaL_error(L, "collectgarbage(\"%s\") is not allowed in scenarios", opt);
}

static int w_print(lua_State *L)
{
    int n = lua_gettop(L);
    lua_Debug ar;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
        lua_pushfstring(L, "%s:%d: print: ", ar.short_src, ar.currentline);
        luaL_addvalue(&b);
    }
    for (int i = 1; i <= n; i++) {
        if (i > 1) luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    fprintf(stderr, "%s\n", lua_tostring(L, -1));
    return 0;
}

static int w_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE && lua_getfield(L, 2, "__gc") != LUA_TNIL)
        return luaL_error(L, "__gc metamethods are not allowed in scenarios");
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, 1);
    return 1;
}

static int w_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    for (int i = 3; i <= n; i++) lua_pushvalue(L, i);
    if (lua_pcall(L, n - 2, LUA_MULTRET, 0) == LUA_OK) return lua_gettop(L) - n;
    /* the error object is on top: hand it to the handler, under the budget */
    lua_pushboolean(L, 0);
    lua_pushvalue(L, 2);
    lua_pushvalue(L, -3);
    lua_pcall(L, 1, 1, 0);
    return 2;
}

/* --- ordered pairs --------------------------------------------------------------- */

/* numbers < strings < booleans < others; others keep their traversal order */
static int key_class(lua_State *L, int idx)
{
    switch (lua_type(L, idx)) {
    case LUA_TNUMBER: return 0;
    case LUA_TSTRING: return 1;
    case LUA_TBOOLEAN: return 2;
    default: return 3;
    }
}

static int key_less(lua_State *L, int a, int b)
{
    int ca = key_class(L, a), cb = key_class(L, b);
    if (ca != cb) return ca < cb;
    if (ca == 0) return lua_compare(L, a, b, LUA_OPLT);
    if (ca == 1) {
        size_t la, lb;
        const char *sa = lua_tolstring(L, a, &la), *sb = lua_tolstring(L, b, &lb);
        int c = memcmp(sa, sb, la < lb ? la : lb);
        return c < 0 || (c == 0 && la < lb);
    }
    if (ca == 2) return !lua_toboolean(L, a) && lua_toboolean(L, b);
    return 0;
}

static int pairs_less(lua_State *L)
{
    lua_pushboolean(L, key_less(L, 1, 2));
    return 1;
}

static int pairs_iter(lua_State *L)
{
    /* upvalues: 1 = table, 2 = sorted keys, 3 = position */
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(3)) + 1;
    lua_pushinteger(L, i);
    lua_replace(L, lua_upvalueindex(3));
    if (lua_rawgeti(L, lua_upvalueindex(2), i) == LUA_TNIL) return 1;
    lua_pushvalue(L, -1);
    lua_gettable(L, lua_upvalueindex(1));
    return 2;
}

static int w_pairs(lua_State *L)
{
    luaL_checkany(L, 1);
    if (luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {
        lua_pushvalue(L, 1);
        lua_call(L, 1, 3);
        return 3;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_newtable(L); /* keys */
    int keys = lua_gettop(L);
    lua_Integer n = 0;
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_rawseti(L, keys, ++n);
    }
    /* the original table.sort with a C comparator: O(n log n), outside script reach */
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, keys);
    lua_pushcfunction(L, pairs_less);
    lua_call(L, 2, 0);
    lua_pushvalue(L, 1);
    lua_pushvalue(L, keys);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, pairs_iter, 3);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

/* --- pattern guard --------------------------------------------------------------- */

/* Lua's matcher backtracks: each quantifier may retry at every subject position,
 * so a pattern with q quantifiers costs up to n^(q+1) steps on an n-byte subject
 * (n^q when anchored). Refuse what could exceed 10^10 steps. */
#define DH_PATTERN_STEPS 1e10

static int pattern_guard(lua_State *L)
{
    size_t n, plen;
    luaL_checklstring(L, 1, &n);
    const char *p = luaL_checklstring(L, 2, &plen);
    int plain = lua_toboolean(L, lua_upvalueindex(2)) && lua_toboolean(L, 4); /* find's */
    if (!plain && n > 1) {
        int q = 0, anchored = plen > 0 && p[0] == '^';
        for (size_t i = 0; i < plen; i++) {
            if (p[i] == '%') {
                i++;
                continue;
            }
            if (p[i] == '*' || p[i] == '+' || p[i] == '-' || p[i] == '?') q++;
        }
        double steps = pow((double)n, q + (anchored ? 0 : 1)) * (double)(plen ? plen : 1);
        if (steps > DH_PATTERN_STEPS)
            return luaL_error(L, "pattern \"%s\" is too costly for a %d-byte string in a "
                              "scenario (sandbox limit); use a simpler pattern or "
                              "string.find(s, p, 1, true)", p, (int)n);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static void guard_patterns(lua_State *L, int strtab)
{
    static const char *const names[] = {"find", "match", "gmatch", "gsub"};
    for (int i = 0; i < 4; i++) {
        lua_getfield(L, strtab, names[i]);
        lua_pushboolean(L, i == 0); /* only find has a plain flag */
        lua_pushcclosure(L, pattern_guard, 2);
        lua_setfield(L, strtab, names[i]);
    }
}

/* --- math.random ----------------------------------------------------------------- */

static dh_rng *current_rng(dh_script *s)
{
    if (s->drill && s->team >= 0) return &s->drill->rng[s->team];
    return &s->load_rng;
}

static int w_random(lua_State *L)
{
    dh_rng *r = current_rng(dh_script_from_upvalue(L));
    lua_Integer lo, hi;
    switch (lua_gettop(L)) {
    case 0:
        lua_pushnumber(L, (lua_Number)dh_rng_float(r));
        return 1;
    case 1:
        lo = 1;
        hi = luaL_checkinteger(L, 1);
        if (hi == 0) { /* math.random(0): a whole random integer, as in Lua 5.4 */
            lua_pushinteger(L, (lua_Integer)dh_rng_next(r));
            return 1;
        }
        break;
    case 2:
        lo = luaL_checkinteger(L, 1);
        hi = luaL_checkinteger(L, 2);
        break;
    default:
        return luaL_error(L, "wrong number of arguments");
    }
    luaL_argcheck(L, lo <= hi, lua_gettop(L), "interval is empty");
    lua_pushinteger(L, (lua_Integer)dh_rng_range(r, lo, hi));
    return 1;
}

static int w_randomseed(lua_State *L)
{
    return luaL_error(L, "math.randomseed is not available: math.random is seeded per team "
                      "from the drill seed (--seed)");
}

/* --- assembly ---------------------------------------------------------------------- */

void dh_sandbox_open(dh_script *s)
{
    lua_State *L = s->L;
    static const luaL_Reg libs[] = {{LUA_GNAME, luaopen_base},
                                    {LUA_STRLIBNAME, luaopen_string},
                                    {LUA_TABLIBNAME, luaopen_table},
                                    {LUA_MATHLIBNAME, luaopen_math},
                                    {LUA_UTF8LIBNAME, luaopen_utf8},
                                    {NULL, NULL}};
    for (const luaL_Reg *lib = libs; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    /* package.loaded holds the libraries; it is reachable only through the registry */
    lua_pushglobaltable(L);
    int g = lua_gettop(L);
    static const char *const removed[] = {"dofile", "loadfile", "require", NULL};
    for (const char *const *name = removed; *name; name++) {
        lua_pushnil(L);
        lua_setfield(L, g, *name);
    }
    lua_getfield(L, g, "load");
    lua_pushcclosure(L, w_load, 1);
    lua_setfield(L, g, "load");
    lua_getfield(L, g, "setmetatable");
    lua_pushcclosure(L, w_setmetatable, 1);
    lua_setfield(L, g, "setmetatable");
    lua_pushcfunction(L, w_xpcall);
    lua_setfield(L, g, "xpcall");
    lua_pushcfunction(L, w_collectgarbage);
    lua_setfield(L, g, "collectgarbage");
    lua_pushcfunction(L, w_print);
    lua_setfield(L, g, "print");
    lua_getfield(L, g, "table");
    lua_getfield(L, -1, "sort");
    lua_pushcclosure(L, w_pairs, 1);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, DH_PAIRS_KEY); /* for the API, whatever scripts do */
    lua_setfield(L, g, "pairs");
    lua_pop(L, 1);

    lua_getfield(L, g, "string");
    int strtab = lua_gettop(L);
    lua_pushnil(L);
    lua_setfield(L, strtab, "dump");
    guard_patterns(L, strtab);
    lua_pop(L, 1);
    /* lock the string metatable: scripts can read it but not replace or edit it */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    lua_getfield(L, g, "math");
    lua_pushlightuserdata(L, s);
    lua_pushcclosure(L, w_random, 1);
    lua_setfield(L, -2, "random");
    lua_pushcfunction(L, w_randomseed);
    lua_setfield(L, -2, "randomseed");
    lua_pop(L, 1);
    lua_pop(L, 1); /* globals */
}
