/* dh_state.c — the protected boundary: the allocator with a cap, the budget hook,
 * the one pcall wrapper and running a file's text under them, and where in that
 * text a field is written. Calls nothing else in the layer but the tokenizer:
 * the sandbox and the API bindings are built on it. */
#include "dh_state.h"
#include "dh_lex.h"
#include "dh_msg.h"
#include "dh_text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void budget_hook(lua_State *L, lua_Debug *ar);

/* Takes ticks off the current call's budget without raising (the allocator
 * must not longjmp): when it runs out, the hook is armed to fire on the next
 * instruction, and it raises there. lua_sethook is safe anywhere, even in a
 * signal handler. */
static void take_ticks(dh_script *s, uint64_t ticks)
{
    if (ticks < s->budget_left) {
        s->budget_left -= ticks;
        return;
    }
    s->budget_left = 0;
    lua_sethook(s->L, budget_hook, LUA_MASKCOUNT, 1);
}

/* The host allocator: refuses any growth past the cap, so a runaway script gets
 * Lua's "not enough memory" error instead of taking the machine's memory.
 *
 * During a call it also charges the instruction budget for every long string
 * built (`..` in a loop, rep, format, concat, sub, gsub): copying the bytes is
 * work the instruction count does not see. Only long strings: Lua never interns
 * them, so each one built is one allocation in every process, while whether a
 * short string or a table's hash part is allocated can depend on the string
 * hash seed (randomised per process) and on collection timing. What is charged
 * must repeat exactly, or a replay could stop a script at another point.
 * (For a new object Lua passes its type as osize, see lua_Alloc.) */
void *dh_script_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    dh_script *s = ud;
    int long_string = !ptr && osize == LUA_TSTRING && nsize > DH_SHORT_STRING_BYTES;
    if (!ptr) osize = 0;
    if (nsize == 0) {
        free(ptr);
        s->mem_used -= osize;
        return NULL;
    }
    if (nsize > osize && s->mem_used + (nsize - osize) > s->limits.memory) {
        /* Lua's memory error carries no position: note the script's line now.
         * getinfo with "l" only reads the call records; it never allocates. */
        lua_Debug ar;
        for (int level = 0; s->in_call && !s->last_line && level < 8; level++)
            if (lua_getstack(s->L, level, &ar) && lua_getinfo(s->L, "l", &ar) &&
                ar.currentline > 0)
                s->last_line = ar.currentline;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p) {
        s->mem_used = s->mem_used - osize + nsize;
        if (s->in_call && long_string) {
            s->alloc_rest += nsize;
            if (s->alloc_rest >= DH_ALLOC_BYTES_PER_INSTRUCTION * DH_HOOK_TICK) {
                uint64_t per_tick = DH_ALLOC_BYTES_PER_INSTRUCTION * DH_HOOK_TICK;
                take_ticks(s, s->alloc_rest / per_tick);
                s->alloc_rest %= per_tick;
            }
        }
    }
    return p;
}

/* Out of budget, the hook raises an error and re-arms itself to fire on every
 * instruction: a script's own pcall may catch the first error, but the next
 * instruction outside it fails again, so the call always unwinds to us. */
static void budget_hook(lua_State *L, lua_Debug *ar)
{
    dh_script *s = *(dh_script **)lua_getextraspace(L);
    /* where the script is in its own file (a loaded chunk's lines are not), for
     * errors that arrive without a position and for the drill's stop message;
     * one frame only: this runs every DH_HOOK_TICK instructions */
    lua_Debug here;
    if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0 && s->path && ar->source[0] == '@' &&
        !strcmp(ar->source + 1, s->path))
        s->tick_line = ar->currentline;
    if (!s->budget_hit && s->budget_left > 0 && --s->budget_left > 0) return;
    if (!s->budget_hit) {
        s->budget_hit = 1;
        lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    }
    lua_getinfo(L, "Sl", ar);
    char what[200];
    snprintf(what, sizeof what, dh_msg(s->share_cut ? E_BUDGET_DRILL : E_BUDGET_SCRIPT),
             (long long)s->budget_total);
    if (dh_script_where(L, &here))
        lua_pushfstring(L, "%s:%d: %s %s", here.short_src, here.currentline, what,
                        dh_msg(E_BUDGET_LOOP));
    else if (ar->currentline > 0)
        lua_pushfstring(L, "%s:%d: %s %s", ar->short_src, ar->currentline, what,
                        dh_msg(E_BUDGET_LOOP));
    else
        lua_pushstring(L, what);
    lua_error(L);
}

void dh_script_charge(dh_script *s, lua_State *L, uint64_t cost)
{
    if (!s->in_call) return;
    /* the part below a tick is carried, so many small calls add up */
    uint64_t total = cost > UINT64_MAX - s->charge_rest ? UINT64_MAX : cost + s->charge_rest;
    uint64_t ticks = total / DH_HOOK_TICK;
    s->charge_rest = total % DH_HOOK_TICK;
    if (!s->budget_hit && ticks < s->budget_left) {
        s->budget_left -= ticks;
        return;
    }
    s->budget_left = 0;
    s->budget_hit = 1;
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    luaL_error(L, dh_msg(E_LUA_BUDGET), (lua_Integer)s->budget_total);
}

void dh_script_account(dh_script *s, lua_State *L, size_t bytes)
{
    size_t *counter = s->loading ? &s->model_bytes : &s->drill_bytes;
    if (*counter + bytes > s->limits.memory)
        luaL_error(L, dh_msg(E_LUA_MEMCAP),
                   (int)(s->limits.memory >> 20));
    *counter += bytes;
}

/* Gives every error a position: errors raised with a table, with level 0, or
 * by Lua itself outside a Lua line get the first Lua line on the stack. */
static int msg_handler(lua_State *L)
{
    dh_script *s = *(dh_script **)lua_getextraspace(L);
    if (!lua_isstring(L, 1)) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            lua_replace(L, 1);
        else
            lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1)),
                lua_replace(L, 1);
    }
    const char *msg = lua_tostring(L, 1);
    size_t n = s->path ? strlen(s->path) : 0;
    if (n && !strncmp(msg, s->path, n) && msg[n] == ':') return 1;
    lua_Debug ar;
    /* the scenario file's own line first: a chunk the script loaded has no
     * file of its own, whatever name it was given */
    if (dh_script_where(L, &ar)) {
        lua_pushfstring(L, "%s:%d: %s", ar.short_src, ar.currentline, msg);
        return 1;
    }
    for (int level = 1; lua_getstack(L, level, &ar); level++)
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
            lua_pushfstring(L, "%s:%d: %s", ar.short_src, ar.currentline, msg);
            return 1;
        }
    lua_settop(L, 1);
    return 1;
}

int dh_script_pcall(dh_script *s, int nargs, int nres, uint64_t budget, char *err,
                    size_t errlen)
{
    lua_State *L = s->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msg_handler);
    lua_insert(L, base);
    s->budget_left = budget / DH_HOOK_TICK + 1;
    s->call_ticks = s->budget_left;
    s->charge_rest = 0;
    s->alloc_rest = 0;
    s->budget_total = budget;
    s->last_line = 0;
    s->tick_line = 0;
    s->budget_hit = 0;
    s->in_call = 1;
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, DH_HOOK_TICK);
    int rc = lua_pcall(L, nargs, nres, base);
    lua_sethook(L, NULL, 0, 0);
    s->in_call = 0;
    if (rc == LUA_OK && s->budget_hit) { /* the script swallowed the error: still a failure */
        lua_pop(L, nres);
        rc = LUA_ERRRUN;
        lua_pushliteral(L, "instruction budget exhausted");
    }
    if (rc != LUA_OK) {
        const char *msg = lua_tostring(L, -1);
        if (rc == LUA_ERRMEM && s->last_line > 0)
            snprintf(err, errlen, dh_msg(E_LUA_MEMCAP_AT), s->path ? s->path : "?", s->last_line,
                     s->limits.memory >> 20);
        else if (rc == LUA_ERRMEM)
            snprintf(err, errlen, dh_msg(E_LUA_MEMCAP_REACHED), s->limits.memory >> 20);
        else if (msg && s->path && strncmp(msg, s->path, strlen(s->path)) && s->tick_line)
            snprintf(err, errlen, "%s:%d: %s", s->path, s->tick_line, msg);
        else
            snprintf(err, errlen, "%s", msg ? msg : "unknown error");
        lua_settop(L, base - 1);
        s->budget_hit = 0;
        return -1;
    }
    lua_remove(L, base);
    s->budget_hit = 0;
    return 0;
}

int dh_script_where(lua_State *L, lua_Debug *ar)
{
    dh_script *s = *(dh_script **)lua_getextraspace(L);
    if (!s->path) return 0;
    for (int level = 0; lua_getstack(L, level, ar); level++)
        if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0 && ar->source[0] == '@' &&
            !strcmp(ar->source + 1, s->path))
            return 1;
    return 0;
}

int dh_script_caller_line(lua_State *L)
{
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.currentline > 0) return ar.currentline;
    }
    return 0;
}

dh_script *dh_script_from_upvalue(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

/* Splits "file:line: message" so diagnostics keep their parts. */
static void add_lua_error(dh_diags *diags, const char *path, const char *msg)
{
    size_t n = strlen(path);
    if (!strncmp(msg, path, n) && msg[n] == ':') {
        char *end;
        long line = strtol(msg + n + 1, &end, 10);
        if (end != msg + n + 1 && *end == ':') {
            dh_diags_add(diags, DH_ERROR, path, (int)line, "%s", end[1] == ' ' ? end + 2 : end + 1);
            return;
        }
    }
    dh_diags_add(diags, DH_ERROR, path, 0, "%s", msg);
}

dh_status dh_script_run_file(dh_script *s, const char *path, const char *text, size_t len,
                             dh_diags *diags)
{
    const char *bad = dh_utf8_invalid(text, len);
    if (bad) {
        int line = 1;
        for (const char *p = text; p < bad; p++) line += *p == '\n';
        dh_diags_add(diags, DH_ERROR, path, line, dh_msg(E_SCRIPT_UTF8));
        return DH_EINPUT;
    }
    s->source = malloc(len + 1);
    s->path = dh_strdup(path);
    if (!s->source || !s->path) return DH_ENOMEM;
    memcpy(s->source, text, len);
    s->source[len] = 0;
    s->source_len = len;

    lua_State *L = s->L;
    char chunk[1024];
    snprintf(chunk, sizeof chunk, "@%s", path);
    /* Notepad's "UTF-8 with BOM": the mark is not Lua (the source is kept as is) */
    size_t skip = len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0;
    int rc = luaL_loadbufferx(L, text + skip, len - skip, chunk, "t");
    if (rc != LUA_OK) {
        add_lua_error(diags, path, lua_tostring(L, -1));
        lua_pop(L, 1);
        return rc == LUA_ERRMEM ? DH_ENOMEM : DH_EINPUT;
    }
    s->diags = diags;
    s->loading = 1;
    char err[1024];
    int failed = dh_script_pcall(s, 0, 0, s->limits.load_budget, err, sizeof err);
    s->loading = 0;
    s->diags = NULL;
    if (failed) {
        add_lua_error(diags, path, err);
        return DH_EINPUT;
    }
    return DH_OK;
}

int dh_script_key_line(dh_script *s, int def_line, const char *option, const char *key)
{
    if (!s->source) return def_line;
    if (!s->toks) {
        dh_toks *t = malloc(sizeof *t);
        if (!t || dh_lex(t, s->source)) {
            free(t);
            return def_line; /* out of memory: the definition's line still says where */
        }
        s->toks = t;
    }
    int line = dh_toks_key_line(s->toks, def_line, option, key);
    return line > 0 ? line : def_line;
}
