/* wrap_fields.c — reading definition tables for the scenario API. */
#include "wrap_fields.h"
#include "dh_text.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void wf_problem(wf_def *c, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dh_diags_add(c->s->diags, DH_ERROR, c->s->path, c->line, "%s: %s", c->what, msg);
}

int wf_begin(wf_def *c, lua_State *L, const char *kind)
{
    c->s = dh_script_from_upvalue(L);
    c->L = L;
    c->tab = 1;
    c->line = dh_script_caller_line(L);
    if (!c->s->loading)
        return luaL_error(L, "%s{} can only be used while the scenario file loads", kind);
    if (!lua_istable(L, 1))
        return luaL_error(L, "%s expects a table: %s { id = ..., ... }", kind, kind);
    lua_settop(L, 1);
    snprintf(c->what, sizeof c->what, "%s", kind);
    return 0;
}

/* Refuses fields the API does not know: a misspelt field is a silent bug otherwise. */
void wf_check_fields(wf_def *c, int tab, const char *const *allowed)
{
    lua_State *L = c->L;
    lua_pushnil(L);
    while (lua_next(L, tab)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            if (!lua_isinteger(L, -1)) wf_problem(c, "unexpected %s key", luaL_typename(L, -1));
            continue;
        }
        const char *k = lua_tostring(L, -1);
        const char *const *a = allowed;
        while (*a && strcmp(*a, k)) a++;
        if (!*a) wf_problem(c, "unknown field \"%s\"", k);
    }
}

int wf_valid_id(const char *s)
{
    if (!*s || strlen(s) > 64) return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '-' || *s == '_' || *s == '.'))
            return 0;
    return 1;
}

/* Pushes t[field]; returns its type. */
int wf_field(wf_def *c, int tab, const char *name) { return lua_getfield(c->L, tab, name); }

char *wf_get_id(wf_def *c, int tab, const char *name, int required)
{
    lua_State *L = c->L;
    char *out = NULL;
    int t = wf_field(c, tab, name);
    if (t == LUA_TNIL) {
        if (required) wf_problem(c, "missing %s", name);
    } else if (t != LUA_TSTRING) {
        wf_problem(c, "%s must be a string, not a %s", name, luaL_typename(L, -1));
    } else if (!wf_valid_id(lua_tostring(L, -1))) {
        wf_problem(c, "%s \"%s\" may hold only ASCII letters, digits, '-', '_' and '.'", name,
                lua_tostring(L, -1));
    } else {
        out = dh_strdup(lua_tostring(L, -1));
    }
    lua_pop(L, 1);
    return out;
}

char *wf_get_string(wf_def *c, int tab, const char *name)
{
    lua_State *L = c->L;
    char *out = NULL;
    int t = wf_field(c, tab, name);
    if (t == LUA_TSTRING) out = dh_strdup(lua_tostring(L, -1));
    else if (t != LUA_TNIL) wf_problem(c, "%s must be a string, not a %s", name, luaL_typename(L, -1));
    lua_pop(L, 1);
    return out;
}

/* Reads the text at stack index idx into t. `name` is for messages. */
void wf_read_text(wf_def *c, int idx, const char *name, dh_text *t)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING) {
        dh_text_set_neutral(t, lua_tostring(L, idx));
        return;
    }
    if (!lua_istable(L, idx)) {
        wf_problem(c, "%s must be a string or { en = ..., vi = ... }, not a %s", name,
                luaL_typename(L, idx));
        return;
    }
    int any = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        int lang = lua_type(L, -2) == LUA_TSTRING ? dh_lang_parse(lua_tostring(L, -2)) : -1;
        if (lang < 0 && lua_type(L, -2) == LUA_TSTRING)
            wf_problem(c, "%s: unknown language \"%s\" (use en and vi)", name, lua_tostring(L, -2));
        else if (lang < 0)
            ; /* positional entries belong to the caller (e.g. a category's id) */
        else if (lua_type(L, -1) != LUA_TSTRING)
            wf_problem(c, "%s.%s must be a string", name, lua_tostring(L, -2));
        else {
            dh_text_set(t, (dh_lang)lang, lua_tostring(L, -1));
            any = 1;
        }
        lua_pop(L, 1);
    }
    if (!any) wf_problem(c, "%s has no text (give en and vi)", name);
}

void wf_get_text(wf_def *c, int tab, const char *name, dh_text *t, int required)
{
    if (wf_field(c, tab, name) == LUA_TNIL) {
        if (required) wf_problem(c, "missing %s", name);
    } else {
        wf_read_text(c, -1, name, t);
    }
    lua_pop(c->L, 1);
}

/* Times: `clock` "H:MM[:SS]" or a duration "15m". Returns 1 when present and valid. */
int wf_get_time(wf_def *c, int tab, const char *name, int clock, dh_ms *out)
{
    lua_State *L = c->L;
    int ok = 0, t = wf_field(c, tab, name);
    if (t == LUA_TNUMBER) {
        wf_problem(c, "%s = %s: a bare number is not a time; write %s", name, lua_tostring(L, -1),
                clock ? "exercise time as \"H:MM\" (e.g. \"0:05\")"
                      : "a duration with a unit (e.g. \"15m\" or \"90s\")");
    } else if (t == LUA_TSTRING) {
        char err[200];
        const char *v = lua_tostring(L, -1);
        if ((clock ? dh_time_parse_clock : dh_time_parse_duration)(v, out, err, sizeof err))
            wf_problem(c, "%s: %s", name, err);
        else
            ok = 1;
    } else if (t != LUA_TNIL) {
        wf_problem(c, "%s must be a string, not a %s", name, luaL_typename(L, -1));
    }
    lua_pop(L, 1);
    return ok;
}

/* Pushes t[name] and returns its stack index when it is a table. When it is
 * absent returns 0; when it is something else reports `shape` and returns 0.
 * Nothing stays pushed when 0 is returned. */
int wf_table_field(wf_def *c, int tab, const char *name, const char *shape)
{
    int t = wf_field(c, tab, name);
    if (t == LUA_TTABLE) return lua_gettop(c->L);
    if (t != LUA_TNIL) wf_problem(c, "%s must be %s", name, shape);
    lua_pop(c->L, 1);
    return 0;
}

/* Calls fn with each key (at -2) and value (at -1) of the table at idx, in key
 * order (the sandbox's ordered pairs), so nothing depends on hash order. fn must
 * leave the stack as it found it. */

void wf_each_sorted(wf_def *c, int idx, wf_each_fn fn, void *ud)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    lua_getfield(L, LUA_REGISTRYINDEX, DH_PAIRS_KEY);
    lua_pushvalue(L, idx);
    lua_call(L, 1, 3); /* iterator, state, control */
    for (;;) {
        lua_pushvalue(L, -3);
        lua_pushvalue(L, -3);
        lua_pushvalue(L, -3);
        lua_call(L, 2, 2);
        if (lua_isnil(L, -2)) {
            lua_pop(L, 2);
            break;
        }
        lua_pushvalue(L, -2);
        lua_replace(L, -4); /* the key is the next control value */
        fn(c, ud);
        lua_pop(L, 2);
    }
    lua_pop(L, 3);
}

/* --- handles ---------------------------------------------------------------------- */

void wf_push_handle(lua_State *L, const char *kind, const char *id)
{
    lua_createtable(L, 0, 2);
    lua_pushstring(L, id);
    lua_setfield(L, -2, "id");
    lua_pushstring(L, kind);
    lua_setfield(L, -2, "kind");
    luaL_setmetatable(L, HANDLE_MT);
}

static int handle_newindex(lua_State *L) { return luaL_error(L, "handles are read-only"); }

static int handle_tostring(lua_State *L)
{
    lua_pushliteral(L, "id");
    lua_rawget(L, 1);
    return 1;
}

int wf_is_handle(lua_State *L, int idx)
{
    if (!lua_istable(L, idx) || !lua_getmetatable(L, idx)) return 0;
    luaL_getmetatable(L, HANDLE_MT);
    int same = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    return same;
}

const char *dh_script_check_id(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING) return lua_tostring(L, idx);
    if (wf_is_handle(L, idx)) {
        lua_pushliteral(L, "id");
        lua_rawget(L, idx);
        const char *id = lua_tostring(L, -1);
        lua_pop(L, 1); /* the string stays alive in the handle */
        if (id) return id;
    }
    luaL_typeerror(L, idx, "inject/decision handle or id string");
    return NULL;
}

/* Like dh_script_check_id but records a problem instead of raising. */
char *wf_read_ref(wf_def *c, int idx, const char *name)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING) return dh_strdup(lua_tostring(L, idx));
    if (wf_is_handle(L, idx)) {
        lua_pushliteral(L, "id");
        lua_rawget(L, idx);
        char *id = dh_strdup(lua_tostring(L, -1));
        lua_pop(L, 1);
        return id;
    }
    wf_problem(c, "%s must be an inject handle or an id string, not a %s", name,
            luaL_typename(L, idx));
    return NULL;
}

void wf_open_handles(lua_State *L)
{
    luaL_newmetatable(L, HANDLE_MT);
    lua_pushcfunction(L, handle_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, handle_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushliteral(L, "handle");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
}
