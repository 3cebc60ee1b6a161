/* dh_script.c — the Lua state: allocator with a cap, budget hook, the protected
 * boundary, loading a scenario file and the core's callback interface. */
#include "dh_script_impl.h"
#include "dh_csv.h"
#include "dh_text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

dh_script_limits dh_script_default_limits(void)
{
    dh_script_limits l = {64u << 20, 50000000u, 1000000u, 10};
    return l;
}

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
static void *cap_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
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
    const char *what = s->share_cut ? "script budget for the drill exhausted" : "instruction budget";
    if (dh_script_where(L, &here))
        lua_pushfstring(L, "%s:%d: %s of %I instructions exhausted (an endless loop?)",
                        here.short_src, here.currentline, what, (lua_Integer)s->budget_total);
    else if (ar->currentline > 0)
        lua_pushfstring(L, "%s:%d: %s of %I instructions exhausted (an endless loop?)",
                        ar->short_src, ar->currentline, what, (lua_Integer)s->budget_total);
    else
        lua_pushfstring(L, "%s of %I instructions exhausted", what,
                        (lua_Integer)s->budget_total);
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
    luaL_error(L, "instruction budget of %I instructions exhausted (this call asks the "
               "engine for too much work)", (lua_Integer)s->budget_total);
}

void dh_script_account(dh_script *s, lua_State *L, size_t bytes)
{
    size_t *counter = s->loading ? &s->model_bytes : &s->drill_bytes;
    if (*counter + bytes > s->limits.memory)
        luaL_error(L, "not enough memory: the scenario's data passed its memory cap of %d MiB",
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
            snprintf(err, errlen, "%s:%d: not enough memory (the scenario's memory cap of %zu "
                     "MiB was reached)", s->path ? s->path : "?", s->last_line,
                     s->limits.memory >> 20);
        else if (rc == LUA_ERRMEM)
            snprintf(err, errlen, "not enough memory (the scenario's memory cap of %zu MiB was "
                     "reached)", s->limits.memory >> 20);
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

/* Builds the sandbox inside a protected call: allocation failures return. */
static int setup(lua_State *L)
{
    dh_script *s = lua_touserdata(L, 1);
    lua_newtable(L);
    s->team_cache = luaL_ref(L, LUA_REGISTRYINDEX);
    dh_sandbox_open(s);
    dh_wrap_team_open(s);
    dh_wrap_scenario_open(s);
    return 0;
}

dh_script *dh_script_create(const dh_script_limits *limits, uint64_t seed)
{
    dh_script *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->limits = limits ? *limits : dh_script_default_limits();
    s->team = -1;
    s->L = lua_newstate(cap_alloc, s);
    if (!s->L) {
        free(s);
        return NULL;
    }
    *(dh_script **)lua_getextraspace(s->L) = s;
    dh_rng_seed_for(&s->load_rng, seed, "", 3);
    lua_pushcfunction(s->L, setup);
    lua_pushlightuserdata(s->L, s);
    if (lua_pcall(s->L, 1, 0, 0) != LUA_OK) { /* only out of memory: the cap is tiny */
        lua_close(s->L);
        free(s);
        return NULL;
    }
    return s;
}

struct dh_seen_warning {
    char *key;         /* what failed (without the team), line and message */
    char *message;     /* the first warning's text */
    size_t item;       /* its index in the drill's warnings; SIZE_MAX if not kept */
    unsigned long count;
};

static void forget_warnings(dh_script *s)
{
    for (size_t i = 0; i < s->nseen; i++) {
        free(s->seen[i].key);
        free(s->seen[i].message);
    }
    free(s->seen);
    s->seen = NULL;
    s->nseen = 0;
}

void dh_script_destroy(dh_script *s)
{
    if (!s) return;
    /* nothing may reach a drill from here on (a team object fails loudly),
     * although no finalizer can exist: setmetatable refuses __gc */
    s->drill = NULL;
    if (s->print_dropped)
        fprintf(stderr, "drillhall: %s: %llu more lines of print output were not shown (a scenario "
                "shows at most %d lines or %u KiB)\n", s->path ? s->path : "?",
                (unsigned long long)s->print_dropped, DH_PRINT_MAX_LINES,
                DH_PRINT_MAX_BYTES >> 10);
    if (s->L) lua_close(s->L);
    forget_warnings(s);
    dh_scenario_destroy(s->sc);
    free(s->source);
    free(s->path);
    free(s);
}

const char *dh_script_source(const dh_script *s, size_t *len)
{
    if (len) *len = s->source_len;
    return s->source;
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
        dh_diags_add(diags, DH_ERROR, path, line, "invalid UTF-8; save the file as UTF-8");
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

dh_status dh_script_load_buffer(dh_script *s, const char *path, const char *text, size_t len,
                                dh_scenario **out, dh_diags *diags)
{
    *out = NULL;
    if (s->sc || s->source) {
        dh_diags_add(diags, DH_ERROR, path, 0, "a script state loads one scenario");
        return DH_ESTATE;
    }
    if (!(s->sc = dh_scenario_create(path))) return DH_ENOMEM;
    size_t errors = diags->errors;
    dh_status st = dh_script_run_file(s, path, text, len, diags);
    if (st) return st;
    dh_scenario_finalize(s->sc, diags);
    if (diags->errors > errors) return DH_EINPUT;
    *out = s->sc;
    return DH_OK;
}

dh_status dh_script_load(dh_script *s, const char *path, dh_scenario **out, dh_diags *diags)
{
    char *text;
    size_t len;
    *out = NULL;
    if (dh_read_file(path, &text, &len)) {
        dh_diags_add(diags, DH_ERROR, path, 0, "cannot read: %s", strerror(errno));
        return DH_EIO;
    }
    dh_status st = dh_script_load_buffer(s, path, text, len, out, diags);
    free(text);
    return st;
}

/* --- the core's callbacks ---------------------------------------------------- */

#define DH_SEEN_MAX 256  /* distinct warnings counted per drill; more are simply added */

/* Adds "what: text" at file:line as a drill warning, once per distinct
 * (key, line, text): the same hook failing for each of 200 teams, or one
 * failing condition shared by many injects, is one warning that counts (the
 * first occurrence names its team and inject), not hundreds of lines. */
static void warn_once(dh_script *s, dh_drill *d, const char *key, int line, const char *what,
                      const char *text)
{
    const char *path = s->path ? s->path : "?";
    char k[1400], buf[1400];
    snprintf(k, sizeof k, "%s\n%d\n%s", key, line, text);
    snprintf(buf, sizeof buf, "%s: %s", what, text);
    for (size_t i = 0; i < s->nseen; i++) {
        struct dh_seen_warning *w = &s->seen[i];
        if (strcmp(w->key, k)) continue;
        w->count++;
        if (w->item < d->warnings.count) {
            char counted[1500];
            snprintf(counted, sizeof counted, "%s (%lu times in all)", w->message, w->count);
            char *m = dh_strdup(counted);
            if (m) {
                free(d->warnings.items[w->item].message);
                d->warnings.items[w->item].message = m;
            }
        }
        return;
    }
    size_t before = d->warnings.count;
    dh_drill_warn(d, path, line, buf);
    if (s->nseen >= DH_SEEN_MAX) return;
    struct dh_seen_warning *grown = realloc(s->seen, (s->nseen + 1) * sizeof *grown);
    if (!grown) return;
    s->seen = grown;
    struct dh_seen_warning w = {dh_strdup(k), dh_strdup(buf),
                                d->warnings.count > before ? before : SIZE_MAX, 1};
    if (!w.key || !w.message) {
        free(w.key);
        free(w.message);
        return;
    }
    s->seen[s->nseen++] = w;
}

static void report(dh_script *s, dh_drill *d, const char *key, const char *what,
                   const char *msg)
{
    /* messages arrive as "file:line: text"; keep that form, add what failed */
    const char *path = s->path ? s->path : "?";
    size_t n = strlen(path);
    int line = 0;
    const char *text = msg;
    if (!strncmp(msg, path, n) && msg[n] == ':') {
        char *end;
        long l = strtol(msg + n + 1, &end, 10);
        if (*end == ':') {
            line = (int)l;
            text = end[1] == ' ' ? end + 2 : end + 1;
        }
    }
    warn_once(s, d, key, line, what, text);
}

/* What a `when` or hook call needs; everything that allocates (the team cache,
 * the team object, argument strings) happens inside the protected call, so a
 * script that filled its memory cap fails alone instead of panicking Lua. */
typedef struct call {
    dh_script *s;
    int ref, team, nargs, want_result, result;
    const char *a, *b;
    int inject;            /* `when`: the inject; -1 for hooks */
    dh_hook_event ev;      /* hooks */
} call;

/* Pushes the function and its arguments; returns how many arguments. */
static int push_call(lua_State *L, call *c)
{
    dh_script *s = c->s;
    if (s->cached_for != s->drill->serial) { /* a new drill: forget the old team objects */
        lua_newtable(L);
        lua_rawseti(L, LUA_REGISTRYINDEX, s->team_cache);
        s->cached_for = s->drill->serial;
        s->drill_bytes = 0;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->ref);
    dh_wrap_team_push(s, c->team);
    if (c->nargs > 1) lua_pushstring(L, c->a);
    if (c->nargs > 2) {
        if (c->b) lua_pushstring(L, c->b);
        else lua_pushnil(L);
    }
    return c->nargs;
}

static int trampoline(lua_State *L)
{
    call *c = lua_touserdata(L, 1);
    lua_call(L, push_call(L, c), c->want_result);
    if (c->want_result) c->result = lua_toboolean(L, -1);
    return 0;
}

/* Pushing a call's arguments allocates a little (a team object, a string, the
 * stack). Well below the cap it cannot fail, so the call is pushed directly;
 * near the cap the pushes run inside the protected call (the trampoline), so a
 * script that filled its memory fails alone instead of panicking Lua. */
#define DH_PUSH_RESERVE (256u << 10)

/* The drill's share in ticks: call_budget × drill_calls × (teams + 1). */
static uint64_t share_of(const dh_script *s, const dh_drill *d)
{
    uint64_t calls = s->limits.drill_calls ? s->limits.drill_calls : 10;
    return (s->limits.call_budget / DH_HOOK_TICK + 1) * calls * ((uint64_t)d->nteams + 1);
}

/* Runs one call; on failure records "what failed: file:line: message" as a
 * warning (described only then: this path runs for every condition and hook).
 * Each call is paid from the drill's share; once the share is spent no script
 * runs for the rest of the drill. */
static void run_call(dh_script *s, dh_drill *d, call *c)
{
    lua_State *L = s->L;
    if (s->share_serial != d->serial) { /* a new drill: a new share, new warnings */
        s->share_serial = d->serial;
        s->share_left = share_of(s, d);
        s->share_spent = 0;
        forget_warnings(s);
    }
    if (s->share_spent) return; /* `when` stays false, the hook does nothing */
    s->drill = d;
    s->team = c->team;
    char err[1024];
    int failed;
    uint64_t budget = s->limits.call_budget;
    s->share_cut = s->share_left < budget / DH_HOOK_TICK + 1;
    if (s->share_cut) budget = (s->share_left - 1) * DH_HOOK_TICK;
    s->tick_line = 0;
    if (s->mem_used + DH_PUSH_RESERVE <= s->limits.memory && lua_checkstack(L, 8)) {
        int nargs = push_call(L, c);
        failed = dh_script_pcall(s, nargs, c->want_result, budget, err, sizeof err);
        if (!failed && c->want_result) {
            c->result = lua_toboolean(L, -1);
            lua_pop(L, 1);
        }
    } else {
        lua_pushcfunction(L, trampoline); /* light C functions and pointers never allocate */
        lua_pushlightuserdata(L, c);
        failed = dh_script_pcall(s, 1, 0, budget, err, sizeof err);
    }
    /* every call costs the share at least a tick: its own overhead */
    uint64_t used = s->call_ticks > s->budget_left ? s->call_ticks - s->budget_left : 1;
    s->share_left -= used < s->share_left ? used : s->share_left;
    int spent = s->share_left == 0;
    if (failed && !(spent && s->share_cut)) {
        char what[300], key[64];
        if (c->inject >= 0) {
            snprintf(what, sizeof what, "`when` of inject \"%s\" for team \"%s\" failed (counted "
                     "as false)", d->sc->injects[c->inject].id, d->roster->teams[c->team].id);
            snprintf(key, sizeof key, "when"); /* one condition may serve many injects */
        } else {
            snprintf(what, sizeof what, "on(\"%s\") hook for team \"%s\" failed",
                     dh_hook_event_name(c->ev), d->roster->teams[c->team].id);
            snprintf(key, sizeof key, "hook %d", (int)c->ev);
        }
        report(s, d, key, what, err);
    }
    if (spent) {
        char msg[400];
        s->share_spent = 1;
        snprintf(msg, sizeof msg, "script budget for the drill exhausted (%llu instructions: %u "
                 "calls' worth for each of %zu teams and one more); the rest of the drill runs "
                 "without scripts: `when` counts as false and hooks are skipped",
                 (unsigned long long)(share_of(s, d) * DH_HOOK_TICK),
                 s->limits.drill_calls ? s->limits.drill_calls : 10, d->nteams);
        dh_drill_warn(d, s->path ? s->path : "?", s->tick_line, msg);
    }
    s->drill = NULL; /* between calls no script runs, so nothing may reach the drill */
    s->team = -1;
    s->in_when = 0;
}

static int call_when(void *ctx, dh_drill *d, int ref, int team, int inject)
{
    dh_script *s = ctx;
    call c = {s, ref, team, 1, 1, 0, NULL, NULL, inject, DH_HOOK_START};
    s->in_when = 1;
    run_call(s, d, &c);
    return c.result;
}

static void call_hook(void *ctx, dh_drill *d, int ref, dh_hook_event ev, int team,
                      const char *a, const char *b)
{
    dh_script *s = ctx;
    int nargs = ev == DH_HOOK_INJECT ? 2 : (ev == DH_HOOK_CHOICE || ev == DH_HOOK_EXPIRE) ? 3 : 1;
    call c = {s, ref, team, nargs, 0, 0, a, b, -1, ev};
    run_call(s, d, &c);
}

dh_script_iface dh_script_iface_for(dh_script *s)
{
    dh_script_iface iface = {s, call_when, call_hook};
    return iface;
}
