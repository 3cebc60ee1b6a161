/* dh_sandbox.c — the restricted standard library a scenario sees.
 *
 * Layers, from the outside in:
 *  1. only base, string, table, math and utf8 are ever opened: no io, os,
 *     package, debug or coroutine functions exist in the state at all;
 *  2. from base, dofile and loadfile are removed; load accepts text only;
 *     collectgarbage can only report or collect; string.dump is gone and the
 *     string metatable is locked;
 *  3. setmetatable refuses __gc, read raw so no metamethod can add it after the
 *     check (a finalizer runs with hooks off, outside any budget, and at
 *     lua_close after the drill is gone; Lua marks an object for finalization
 *     only at setmetatable, so a __gc added later never runs: lgc.c
 *     luaC_checkfinalizer); no script code can therefore run outside a call;
 *     xpcall runs its handler after unwinding, never as Lua's message handler:
 *     an error raised by the budget hook would otherwise call the handler with
 *     hooks disabled, where an endless loop could never be stopped;
 *  4. pattern functions charge every step of the matcher to the budget (the
 *     matcher is C code the count hook cannot interrupt; dh_match.c, dh_meter.c);
 *  5. math.random draws from the current team's stream; math.randomseed is gone;
 *  6. pairs and next visit keys in a fixed order, and tostring/string.format
 *     never show addresses, so a drill replays byte-for-byte even though Lua
 *     seeds its string hashes randomly per process;
 *  7. C functions whose work grows with their input charge the instruction
 *     budget for it (dh_meter.c): by the bytes of long strings built (dh_script.c's
 *     allocator: `..`, rep, format, concat, sub, gsub), by bytes scanned (utf8,
 *     load, upper, lower, reverse, tonumber, pack formats), by elements moved or
 *     pushed (insert/remove at a position, unpack, byte, ordered keys, sort,
 *     concat) and a fixed cost for a full collection; the largest requests are
 *     refused outright. Every charge depends only on what the script asked for,
 *     never on addresses or collection timing, so it repeats in a replay;
 *  8. names the sandbox leaves out (os, io, debug, require, ...) raise "not
 *     available in scenarios" instead of "attempt to index a nil value";
 *  9. print is capped per script state; chunk names given to load never name a
 *     file, so every error points at the scenario file's own line;
 * 10. every call runs under the instruction budget and memory cap (dh_script.c). */
#include "dh_sandbox.h"
#include "dh_msg.h"
#include "dh_meter.h"
#include "dh_text.h"

#include <ctype.h>
#include <lualib.h>
#include <stdio.h>
#include <string.h>

/* --- load, collectgarbage, print ------------------------------------------------- */

/* A reader function's pieces are charged as they are read, like a string. */
static int charged_reader(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_call(L, 0, 1);
    if (lua_type(L, -1) == LUA_TSTRING)
        dh_script_charge(dh_script_from_upvalue(L), L, lua_rawlen(L, -1));
    return 1;
}

static int w_load(lua_State *L)
{
    dh_script *s = *(dh_script **)lua_getextraspace(L);
    int n = lua_gettop(L);
    if (n > 4) lua_settop(L, n = 4);
    if (n < 3) lua_settop(L, 3);
    if (!lua_isnil(L, 3) && strcmp(luaL_checkstring(L, 3), "t") != 0)
        return luaL_error(L, dh_msg(E_LUA_LOAD_TEXT));
    lua_pushliteral(L, "t");
    lua_replace(L, 3);
    /* the name is always "load": a name such as "@/etc/passwd" or "=t.lua" would
     * make errors point at a file and line that are not the script's */
    lua_pushliteral(L, "=load");
    lua_replace(L, 2);
    if (lua_type(L, 1) == LUA_TSTRING) { /* lexing and parsing touch every byte */
        dh_script_charge(s, L, lua_rawlen(L, 1));
    } else if (lua_type(L, 1) == LUA_TFUNCTION) {
        lua_pushlightuserdata(L, s);
        lua_pushvalue(L, 1);
        lua_pushcclosure(L, charged_reader, 2);
        lua_replace(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1)); /* the original load */
    lua_insert(L, 1);
    lua_call(L, n < 3 ? 3 : n, LUA_MULTRET);
    return lua_gettop(L);
}

static int w_collectgarbage(lua_State *L)
{
    const char *opt = luaL_optstring(L, 1, "collect");
    if (strcmp(opt, "collect"))
        return luaL_error(L, dh_msg(E_LUA_COLLECTGARBAGE), opt);
    /* a full collection walks the whole heap: charged as a fixed tenth of a
     * default call, not by the heap's size, which can vary between processes
     * (hash seed, collection timing) where charges must not */
    dh_script_charge(*(dh_script **)lua_getextraspace(L), L, 100000);
    lua_gc(L, LUA_GCCOLLECT);
    lua_pushinteger(L, 0);
    return 1;
}

static int push_stable_string(lua_State *L, int idx);

/* print writes "file:line: print: ..." to stderr, up to DH_PRINT_MAX_LINES lines
 * or DH_PRINT_MAX_BYTES per script state; after that it only counts, and one
 * line says so (dh_script_destroy adds how many were not shown). */
static int w_print(lua_State *L)
{
    dh_script *s = *(dh_script **)lua_getextraspace(L);
    int n = lua_gettop(L);
    lua_Debug ar;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    int placed = dh_script_where(L, &ar) ||
                 (lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0);
    if (placed) {
        lua_pushfstring(L, "%s:%d: print: ", ar.short_src, ar.currentline);
        luaL_addvalue(&b);
    }
    for (int i = 1; i <= n; i++) {
        if (i > 1) luaL_addchar(&b, '\t');
        push_stable_string(L, i);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    size_t len;
    const char *line = lua_tolstring(L, -1, &len);
    if (s->print_lines < DH_PRINT_MAX_LINES && s->print_bytes + len + 1 <= DH_PRINT_MAX_BYTES) {
        s->print_lines++;
        s->print_bytes += len + 1;
        /* one print is one line of the terminal: control bytes and newlines are
         * shown escaped, so a script can neither drive the terminal nor forge
         * a line of the engine's own */
        dh_buf out;
        dh_buf_init(&out);
        dh_text_escape_controls(&out, line, len, DH_ESC_KEEP_TAB);
        if (out.len) fwrite(out.data, 1, out.len, stderr);
        fputc('\n', stderr);
        dh_buf_free(&out);
        return 0;
    }
    if (s->print_dropped++ == 0)
        fprintf(stderr, "drillhall: %s:%d: print output limit reached (%d lines or %u KiB per "
                "scenario); the rest is counted, not shown\n", placed ? ar.short_src : "?",
                placed ? ar.currentline : 0, DH_PRINT_MAX_LINES, DH_PRINT_MAX_BYTES >> 10);
    return 0;
}

static int w_setmetatable(lua_State *L)
{
    /* raw: a normal get would run an __index on the metatable's own metatable,
     * which could add __gc between this check and the marking below */
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, dh_msg(E_LUA_GC));
    }
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

/* --- ordered keys ----------------------------------------------------------------- */

/* numbers < strings < booleans; tables, functions and userdata as keys have no
 * order that survives a new process (addresses), so iterating over them is refused */
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
    return ca == 2 && !lua_toboolean(L, a) && lua_toboolean(L, b);
}

static int keys_less(lua_State *L)
{
    lua_pushboolean(L, key_less(L, 1, 2));
    return 1;
}

lua_Integer dh_sandbox_sorted_keys(lua_State *L, int idx)
{
    dh_script *s = *(dh_script **)lua_getextraspace(L);
    idx = lua_absindex(L, idx);
    lua_newtable(L);
    int keys = lua_gettop(L);
    lua_Integer n = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (key_class(L, -1) == 3)
            luaL_error(L, dh_msg(E_LUA_UNSTABLE_KEYS),
                       luaL_typename(L, -1));
        lua_pushvalue(L, -1);
        lua_rawseti(L, keys, ++n);
    }
    /* building the list and sorting it with a C comparator called through Lua:
     * about 8 instructions' worth per key and comparison */
    uint64_t cost = (uint64_t)n * 8;
    for (lua_Integer m = n; m > 1; m >>= 1) cost += (uint64_t)n * 8;
    dh_script_charge(s, L, cost);
    /* the original table.sort with a C comparator: O(n log n), out of scripts' reach */
    lua_getfield(L, LUA_REGISTRYINDEX, DH_SORT_KEY);
    lua_pushvalue(L, keys);
    lua_pushcfunction(L, keys_less);
    lua_call(L, 2, 0);
    return n;
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
    dh_sandbox_sorted_keys(L, 1);
    lua_pushvalue(L, 1);
    lua_insert(L, -2);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, pairs_iter, 3);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

/* next in the same order as pairs: the key after `k` (the first for nil) */
static int w_next(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    lua_Integer n = dh_sandbox_sorted_keys(L, 1), lo = 1;
    if (!lua_isnil(L, 2)) { /* binary search for the first key greater than k */
        lua_Integer hi = n + 1;
        while (lo < hi) {
            lua_Integer mid = lo + (hi - lo) / 2;
            lua_rawgeti(L, 3, mid);
            int greater = key_less(L, 2, -1);
            lua_pop(L, 1);
            if (greater) hi = mid;
            else lo = mid + 1;
        }
    }
    if (lo > n) {
        lua_pushnil(L);
        return 1;
    }
    lua_rawgeti(L, 3, lo);
    lua_pushvalue(L, -1);
    lua_rawget(L, 1);
    return 2;
}

/* --- values without addresses --------------------------------------------------------- */

/* tostring({}) is "table: 0x55…" and with a __name "x: 0x55…": an address that
 * changes every run. Scripts see the __tostring result, the __name alone or the
 * type name, so nothing they build can differ between replays. */
static int push_stable_string(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    int t = lua_type(L, idx);
    if (t != LUA_TTABLE && t != LUA_TFUNCTION && t != LUA_TUSERDATA && t != LUA_TTHREAD &&
        t != LUA_TLIGHTUSERDATA) {
        luaL_tolstring(L, idx, NULL);
        return 1;
    }
    if (luaL_getmetafield(L, idx, "__tostring") != LUA_TNIL) {
        lua_pop(L, 1);
        luaL_tolstring(L, idx, NULL); /* calls it and insists on a string */
        return 1;
    }
    int name = luaL_getmetafield(L, idx, "__name");
    if (name == LUA_TSTRING) return 1;
    if (name != LUA_TNIL) lua_pop(L, 1);
    lua_pushstring(L, lua_typename(L, t));
    return 1;
}

static int w_tostring(lua_State *L)
{
    luaL_checkany(L, 1);
    return push_stable_string(L, 1);
}

static int w_format(lua_State *L)
{
    size_t flen;
    const char *fmt = luaL_checklstring(L, 1, &flen), *end = fmt + flen;
    /* every conversion, flags, width and precision included (%10p, %-p), over
     * the whole format (Lua reads past a zero byte, so must this) */
    for (const char *p = memchr(fmt, '%', flen); p; p = memchr(p, '%', (size_t)(end - p))) {
        p++;
        if (p < end && *p == '%') {
            p++;
            continue;
        }
        while (p < end && strchr("-+ #0", *p) && *p) p++;
        while (p < end && isdigit((unsigned char)*p)) p++;
        if (p < end && *p == '.')
            for (p++; p < end && isdigit((unsigned char)*p); p++) {}
        if (p < end && *p == 'p')
            return luaL_error(L, dh_msg(E_LUA_FORMAT_P));
        if (p >= end) break;
    }
    int n = lua_gettop(L);
    for (int i = 2; i <= n; i++) {
        int t = lua_type(L, i);
        if (t == LUA_TTABLE || t == LUA_TFUNCTION || t == LUA_TUSERDATA || t == LUA_TTHREAD) {
            push_stable_string(L, i);
            lua_replace(L, i);
        }
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, 1);
    return 1;
}

/* --- names the sandbox leaves out --------------------------------------------------- */

/* Reading a missing global is nil as ever, except for the names of what the
 * sandbox removed: those say so at the script's line, instead of the puzzling
 * "attempt to index a nil value" one step later. Only __index is set: writes,
 * rawget and a script's own setmetatable(_G, ...) (strict mode) are untouched. */
static const char *const dh_unavailable[] = {
    "os", "io", "debug", "package", "require", "dofile", "loadfile", "coroutine",
    "loadstring", "module", "setfenv", "getfenv", "dump", NULL};

static int unavailable_index(lua_State *L)
{
    const char *k = lua_tostring(L, 2);
    const char *lib = lua_tostring(L, lua_upvalueindex(1)); /* "" or "string." */
    if (lua_type(L, 2) == LUA_TSTRING)
        for (const char *const *n = dh_unavailable; *n; n++)
            if (!strcmp(k, *n) && (*lib != 0) == !strcmp(k, "dump")) {
                luaL_where(L, 1); /* the Lua code reading the name */
                lua_pushfstring(L, dh_msg(E_SANDBOX_UNAVAILABLE), lib, k);
                lua_concat(L, 2);
                return lua_error(L);
            }
    return 0;
}

static void name_unavailable(lua_State *L, int tab, const char *lib)
{
    lua_newtable(L);
    lua_pushstring(L, lib);
    lua_pushcclosure(L, unavailable_index, 1);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, tab);
}

/* --- math.random ----------------------------------------------------------------- */

static dh_rng *current_rng(dh_script *s)
{
    if (s->drill && s->team >= 0) return dh_drill_team_rng(s->drill, s->team);
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
        return luaL_error(L, dh_msg(E_LUA_NARGS));
    }
    luaL_argcheck(L, lo <= hi, lua_gettop(L), "interval is empty");
    lua_pushinteger(L, (lua_Integer)dh_rng_range(r, lo, hi));
    return 1;
}

static int w_randomseed(lua_State *L)
{
    return luaL_error(L, dh_msg(E_LUA_RANDOMSEED));
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
    int tab = lua_gettop(L);
    lua_getfield(L, tab, "sort");
    lua_setfield(L, LUA_REGISTRYINDEX, DH_SORT_KEY); /* the original, for ordered keys */
    lua_pop(L, 1);
    dh_meter_open(s, g);
    lua_pushcfunction(L, w_pairs);
    lua_setfield(L, g, "pairs");
    lua_pushcfunction(L, w_next);
    lua_setfield(L, g, "next");
    lua_pushcfunction(L, w_tostring);
    lua_setfield(L, g, "tostring");

    lua_getfield(L, g, "string");
    int strtab = lua_gettop(L);
    lua_pushnil(L);
    lua_setfield(L, strtab, "dump");
    name_unavailable(L, strtab, "string.");
    lua_getfield(L, strtab, "format");
    lua_pushcclosure(L, w_format, 1);
    lua_setfield(L, strtab, "format");
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

    name_unavailable(L, g, "");
    lua_pop(L, 1); /* globals */
}
