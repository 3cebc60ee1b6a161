/* wrap_fields.c — reading definition tables for the scenario API. */
#include "wrap_fields.h"
#include "dh_msg.h"
#include "dh_sandbox.h"
#include "dh_suggest.h"
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
    if (c->option)
        dh_diags_add(c->s->diags, DH_ERROR, c->s->path, wf_line(c),
                     dh_msg(c->objective ? E_WF_IN_OBJECTIVE : E_WF_IN_OPTION), c->what, c->option, msg);
    else
        dh_diags_add(c->s->diags, DH_ERROR, c->s->path, wf_line(c), "%s: %s", c->what, msg);
}

int wf_line(wf_def *c)
{
    if (!c->field && !c->option) return c->line;
    int line = dh_script_key_line(c->s, c->line, c->option, c->field ? c->field : "id");
    /* a field missing from an option or an objective: at that item's own line */
    if (c->option && line == c->line) line = dh_script_key_line(c->s, c->line, c->option, "id");
    return line;
}

int wf_begin(wf_def *c, lua_State *L, const char *kind)
{
    c->s = dh_script_from_upvalue(L);
    c->L = L;
    c->tab = 1;
    c->line = dh_script_caller_line(L);
    c->field = c->option = NULL;
    c->objective = 0;
    if (!c->s->loading)
        return luaL_error(L, dh_msg(E_LUA_ONLY_LOADING), kind);
    if (!lua_istable(L, 1))
        return luaL_error(L, dh_msg(E_LUA_EXPECTS_TABLE), kind, kind);
    lua_settop(L, 1);
    snprintf(c->what, sizeof c->what, "%s", kind);
    return 0;
}

/* Refuses fields the API does not know: a misspelt field is a silent bug otherwise. */
void wf_check_fields(wf_def *c, int tab, const char *const *allowed)
{
    lua_State *L = c->L;
    lua_Integer n = dh_sandbox_sorted_keys(L, tab); /* in order: the same report every run */
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        if (lua_type(L, -1) == LUA_TSTRING) {
            const char *k = lua_tostring(L, -1);
            const char *const *a = allowed;
            while (*a && strcmp(*a, k)) a++;
            if (!*a) {
                dh_suggest sg;
                dh_suggest_init(&sg, k);
                for (a = allowed; *a; a++) dh_suggest_offer(&sg, *a);
                char hint[200] = "";
                if (sg.best) snprintf(hint, sizeof hint, dh_msg(E_REF_MEAN), sg.best);
                const char *was = c->field;
                c->field = k;
                wf_problem(c, dh_msg(E_WF_UNKNOWN_FIELD), k, hint);
                c->field = was;
            }
        } else if (!lua_isinteger(L, -1)) {
            wf_problem(c, dh_msg(E_WF_UNEXPECTED_KEY), luaL_typename(L, -1));
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* Pushes t[field]; returns its type. */
/* Definition tables are read raw: no metamethod runs while a definition is half
 * built, so no script code can re-enter the API or change the table mid-read. */
int wf_field(wf_def *c, int tab, const char *name)
{
    c->field = name;
    tab = lua_absindex(c->L, tab);
    lua_pushstring(c->L, name);
    return lua_rawget(c->L, tab);
}

/* Checks a text string at idx (UTF-8, no NUL) and charges it to the memory cap:
 * everything copied out of Lua into the model passes here. */
static int text_ok(wf_def *c, int idx, const char *name)
{
    size_t len;
    const char *v = lua_tolstring(c->L, idx, &len);
    if (strlen(v) != len || dh_utf8_invalid(v, len)) {
        wf_problem(c, dh_msg(E_WF_NOT_UTF8), name);
        return 0;
    }
    dh_script_account(c->s, c->L, len + 1);
    return 1;
}

/* Copies a checked Lua string into the model. NULL (problem recorded) when it
 * is not text. */
static char *copy_text(wf_def *c, int idx, const char *name)
{
    return text_ok(c, idx, name) ? dh_strdup(lua_tostring(c->L, idx)) : NULL;
}

char *wf_get_id(wf_def *c, int tab, const char *name, int required)
{
    lua_State *L = c->L;
    char *out = NULL;
    int t = wf_field(c, tab, name);
    if (t == LUA_TNIL) {
        if (required) wf_problem(c, dh_msg(E_WF_MISSING), name);
    } else if (t != LUA_TSTRING) {
        wf_problem(c, dh_msg(E_WF_NOT_STRING), name, luaL_typename(L, -1));
    } else if (!dh_id_valid(lua_tostring(L, -1)) || strlen(lua_tostring(L, -1)) != lua_rawlen(L, -1)) {
        wf_problem(c, dh_msg(E_WF_ID_CHARS), name,
                lua_tostring(L, -1));
    } else {
        out = copy_text(c, -1, name);
    }
    lua_pop(L, 1);
    return out;
}

char *wf_get_string(wf_def *c, int tab, const char *name)
{
    lua_State *L = c->L;
    char *out = NULL;
    int t = wf_field(c, tab, name);
    if (t == LUA_TSTRING) out = copy_text(c, -1, name);
    else if (t != LUA_TNIL) wf_problem(c, dh_msg(E_WF_NOT_STRING), name, luaL_typename(L, -1));
    lua_pop(L, 1);
    return out;
}

/* Reads the text at stack index idx into t. `name` is for messages. */
void wf_read_text(wf_def *c, int idx, const char *name, dh_text *t)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING) {
        if (text_ok(c, idx, name)) dh_text_set_neutral(t, lua_tostring(L, idx));
        return;
    }
    if (!lua_istable(L, idx)) {
        wf_problem(c, dh_msg(E_WF_NOT_TEXT), name,
                   luaL_typename(L, idx));
        return;
    }
    int any = 0;
    lua_Integer n = dh_sandbox_sorted_keys(L, idx); /* in order: the same report every run */
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        lua_pushvalue(L, -1);
        lua_rawget(L, idx);
        int lang = lua_type(L, -2) == LUA_TSTRING ? dh_lang_parse(lua_tostring(L, -2)) : -1;
        if (lang < 0 && lua_type(L, -2) == LUA_TSTRING)
            wf_problem(c, dh_msg(E_WF_UNKNOWN_LANG), name, lua_tostring(L, -2));
        else if (lang < 0)
            ; /* positional entries belong to the caller (e.g. a category's id) */
        else if (lua_type(L, -1) != LUA_TSTRING)
            wf_problem(c, dh_msg(E_WF_LANG_NOT_STRING), name, lua_tostring(L, -2));
        else if (!lua_rawlen(L, -1)) /* reads as translated, shows nothing to that language */
            wf_problem(c, dh_msg(E_WF_EMPTY_LANG), name, lua_tostring(L, -2));
        else if (text_ok(c, -1, name)) {
            dh_text_set(t, (dh_lang)lang, lua_tostring(L, -1));
            any = 1;
        }
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    if (!any) wf_problem(c, dh_msg(E_WF_NO_TEXT), name);
}

void wf_get_text(wf_def *c, int tab, const char *name, dh_text *t, int required)
{
    if (wf_field(c, tab, name) == LUA_TNIL) {
        if (required) wf_problem(c, dh_msg(E_WF_MISSING), name);
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
        wf_problem(c, dh_msg(E_WF_BARE_NUMBER), name, lua_tostring(L, -1),
                dh_msg(clock ? E_WF_WRITE_CLOCK : E_WF_WRITE_DURATION));
    } else if (t == LUA_TSTRING) {
        char err[200];
        const char *v = lua_tostring(L, -1);
        if ((clock ? dh_time_parse_clock : dh_time_parse_duration)(v, out, err, sizeof err))
            wf_problem(c, "%s: %s", name, err);
        else
            ok = 1;
    } else if (t != LUA_TNIL) {
        wf_problem(c, dh_msg(E_WF_NOT_STRING), name, luaL_typename(L, -1));
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
    lua_Integer n = dh_sandbox_sorted_keys(L, idx); /* raw keys: no __pairs runs */
    int keys = lua_gettop(L);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, keys, i);
        lua_pushvalue(L, -1);
        lua_rawget(L, idx);
        fn(c, ud);
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
}

/* --- handles ---------------------------------------------------------------------- */

/* A handle is a userdata holding its id and kind as user values: scripts can
 * read handle.id and handle.kind but never change them. */
void wf_push_handle(lua_State *L, const char *kind, const char *id)
{
    lua_newuserdatauv(L, 0, 2);
    lua_pushstring(L, id);
    lua_setiuservalue(L, -2, 1);
    lua_pushstring(L, kind);
    lua_setiuservalue(L, -2, 2);
    luaL_setmetatable(L, HANDLE_MT);
}

static int handle_index(lua_State *L)
{
    const char *k = luaL_checkstring(L, 2);
    if (!strcmp(k, "id")) lua_getiuservalue(L, 1, 1);
    else if (!strcmp(k, "kind")) lua_getiuservalue(L, 1, 2);
    else lua_pushnil(L);
    return 1;
}

static int handle_newindex(lua_State *L) { return luaL_error(L, dh_msg(E_LUA_HANDLES_RO)); }

static int handle_tostring(lua_State *L)
{
    lua_getiuservalue(L, 1, 1);
    return 1;
}

int wf_is_handle(lua_State *L, int idx) { return luaL_testudata(L, idx, HANDLE_MT) != NULL; }

const char *dh_script_check_id(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING) return lua_tostring(L, idx);
    if (wf_is_handle(L, idx)) {
        lua_getiuservalue(L, idx, 1);
        const char *id = lua_tostring(L, -1);
        lua_pop(L, 1); /* the string stays alive in the handle */
        return id;
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
        lua_getiuservalue(L, idx, 1);
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
    lua_pushcfunction(L, handle_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, handle_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, handle_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushliteral(L, "handle");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
}
