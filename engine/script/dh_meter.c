/* dh_meter.c — charging the instruction budget for work done in C.
 *
 * The count hook sees Lua instructions only: a library function that copies,
 * scans, sorts or shifts its input is one instruction however long it runs, so
 * a loop of "limited" calls could run for hours. Each wrapper here charges the
 * work its function is about to do (or did) to the current call's budget, in
 * instructions' worth, and refuses requests too big to be sensible at all.
 * The bytes of long strings built are charged by the allocator (dh_script.c);
 * pattern matching step by step (dh_match.c). Every charge depends only on
 * what the script asked for, so a replay is charged the same. */
#include "dh_meter.h"
#include "dh_msg.h"
#include "dh_match.h"

#define DH_MAX_REPEAT (1 << 24)

static int w_rep(lua_State *L)
{
    size_t len, seplen = 0;
    luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &seplen);
    if (n > DH_MAX_REPEAT)
        return luaL_error(L, dh_msg(E_LUA_REP), n, DH_MAX_REPEAT);
    /* a repetition costs a few ns, a byte far less: charge both, generously */
    if (n > 0)
        dh_script_charge(dh_script_from_upvalue(L), L,
                         (uint64_t)n / 16 + (uint64_t)n * (len + seplen) / 256);
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int w_move(lua_State *L)
{
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    if (e >= f && (lua_Unsigned)e - (lua_Unsigned)f >= DH_MAX_REPEAT)
        return luaL_error(L, dh_msg(E_LUA_MOVE), DH_MAX_REPEAT);
    if (e >= f) dh_script_charge(dh_script_from_upvalue(L), L, (uint64_t)(e - f + 1));
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* Functions that scan their first argument (a string) byte by byte. */
static int w_scan_arg1(lua_State *L)
{
    if (lua_type(L, 1) == LUA_TSTRING)
        dh_script_charge(dh_script_from_upvalue(L), L, lua_rawlen(L, 1));
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* Functions that push one value per element (unpack, byte, codepoint): the
 * stack bounds them, but a loop of them is work the count does not see. */
static int w_per_result(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    int n = lua_gettop(L);
    dh_script_charge(dh_script_from_upvalue(L), L, (uint64_t)n * 2);
    return n;
}

/* table.insert(t, pos, v) and table.remove(t, pos) shift every element after
 * pos, one get and one set each */
static int w_shift(lua_State *L)
{
    int insert = lua_toboolean(L, lua_upvalueindex(3));
    if (lua_type(L, 1) == LUA_TTABLE && lua_gettop(L) >= (insert ? 3 : 2) &&
        lua_isinteger(L, 2)) {
        lua_Integer len = (lua_Integer)lua_rawlen(L, 1), pos = lua_tointeger(L, 2);
        if (pos >= 1 && pos <= len)
            dh_script_charge(dh_script_from_upvalue(L), L, (uint64_t)(len - pos + 1) * 4);
    }
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* sort and concat: charge the budget for the work the C function will do */
static int w_metered(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    uint64_t n = (uint64_t)luaL_len(L, 1);
    uint64_t cost = n;
    for (uint64_t m = n; m > 1; m >>= 1) cost += n; /* n log n covers both */
    dh_script_charge(dh_script_from_upvalue(L), L, cost);
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* Replaces lib[name] by a closure over (script, original). */
static void wrap(lua_State *L, dh_script *s, int lib, const char *name, lua_CFunction fn)
{
    lua_pushlightuserdata(L, s);
    lua_getfield(L, lib, name);
    lua_pushcclosure(L, fn, 2);
    lua_setfield(L, lib, name);
}

static void wrap_shift(lua_State *L, dh_script *s, int lib, const char *name, int insert)
{
    lua_pushlightuserdata(L, s);
    lua_getfield(L, lib, name);
    lua_pushboolean(L, insert);
    lua_pushcclosure(L, w_shift, 3);
    lua_setfield(L, lib, name);
}

/* Lua's matcher backtracks, and it is C code the count hook cannot interrupt:
 * find, match, gmatch and gsub are dh_match.c's copy of it, which charges every
 * step to the budget, so a costly pattern stops at the script's line with the
 * budget error instead of running for minutes (or being refused by a guess). */
static void counted_patterns(lua_State *L, dh_script *s) /* the string table on top */
{
    static const luaL_Reg fns[] = {{"find", dh_match_find},
                                   {"match", dh_match_match},
                                   {"gmatch", dh_match_gmatch},
                                   {"gsub", dh_match_gsub},
                                   {NULL, NULL}};
    lua_pushlightuserdata(L, s);
    luaL_setfuncs(L, fns, 1);
}

void dh_meter_open(dh_script *s, int g)
{
    lua_State *L = s->L;
    lua_getfield(L, g, "table");
    int tab = lua_gettop(L);
    wrap(L, s, tab, "sort", w_metered);
    wrap(L, s, tab, "concat", w_metered);
    wrap(L, s, tab, "move", w_move);
    wrap(L, s, tab, "unpack", w_per_result);
    wrap_shift(L, s, tab, "insert", 1);
    wrap_shift(L, s, tab, "remove", 0);
    lua_pop(L, 1);

    lua_getfield(L, g, "string");
    int strtab = lua_gettop(L);
    counted_patterns(L, s);
    wrap(L, s, strtab, "rep", w_rep);
    wrap(L, s, strtab, "byte", w_per_result);
    static const char *const scans[] = {"pack", "packsize", "unpack", "upper", "lower", "reverse",
                                        NULL};
    for (const char *const *n = scans; *n; n++) wrap(L, s, strtab, *n, w_scan_arg1);
    lua_pop(L, 1);

    lua_getfield(L, g, "utf8");
    int u8 = lua_gettop(L);
    wrap(L, s, u8, "len", w_scan_arg1);
    wrap(L, s, u8, "offset", w_scan_arg1);
    wrap(L, s, u8, "codepoint", w_per_result);
    lua_pop(L, 1);
    wrap(L, s, g, "tonumber", w_scan_arg1);
}
