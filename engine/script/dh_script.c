/* dh_script.c — assembling a script state (the sandbox and the scenario API on
 * top of dh_state.c's boundary), loading a scenario file and the core's
 * callback interface. */
#include "dh_script.h"
#include "dh_file.h"
#include "dh_lex.h"
#include "dh_msg.h"
#include "dh_sandbox.h"
#include "dh_state.h"
#include "dh_text.h"
#include "wrap_scenario.h"
#include "wrap_team.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

dh_script_limits dh_script_default_limits(void)
{
    dh_script_limits l = {64u << 20, 50000000u, 1000000u, 10};
    return l;
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
    s->L = lua_newstate(dh_script_alloc, s);
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
        fprintf(stderr, dh_msg(E_SCRIPT_PRINT_DROPPED), s->path ? s->path : "?",
                (unsigned long long)s->print_dropped, DH_PRINT_MAX_LINES,
                DH_PRINT_MAX_BYTES >> 10);
    if (s->L) lua_close(s->L);
    forget_warnings(s);
    if (s->toks) dh_toks_free(s->toks);
    free(s->toks);
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

int dh_script_function_lines(dh_script *s, int ref, int *first, int *last)
{
    if (!s || ref == DH_NOREF) return -1;
    lua_State *L = s->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    if (!lua_isfunction(L, -1)) {
        lua_pop(L, 1);
        return -1;
    }
    lua_Debug ar;
    lua_getinfo(L, ">S", &ar); /* pops the function */
    if (ar.what[0] != 'L' && ar.what[0] != 'm') return -1;
    if (ar.linedefined <= 0 || ar.lastlinedefined < ar.linedefined) return -1;
    *first = ar.linedefined;
    *last = ar.lastlinedefined;
    return 0;
}

static int field_line(void *ctx, int def_line, const char *option, const char *key)
{
    return dh_script_key_line(ctx, def_line, option, key);
}

dh_status dh_script_load_buffer(dh_script *s, const char *path, const char *text, size_t len,
                                dh_scenario **out, dh_diags *diags)
{
    *out = NULL;
    if (s->sc || s->source) {
        dh_diags_add(diags, DH_ERROR, path, 0, dh_msg(E_SCRIPT_ONE));
        return DH_ESTATE;
    }
    if (!(s->sc = dh_scenario_create(path))) return DH_ENOMEM;
    s->sc->field_line = field_line;  /* problems found after loading, at their field */
    s->sc->field_line_ctx = s;
    size_t errors = diags->errors, first = diags->count;
    dh_status st = dh_script_run_file(s, path, text, len, diags);
    if (st) {
        dh_diags_sort_by_line(diags, first);
        return st;
    }
    dh_scenario_finalize(s->sc, diags);
    dh_diags_sort_by_line(diags, first); /* the definitions' and the model's problems, by line */
    if (diags->errors > errors) return DH_EINPUT;
    *out = s->sc;
    return DH_OK;
}

dh_status dh_script_load(dh_script *s, const char *path, dh_scenario **out, dh_diags *diags)
{
    char *text;
    size_t len;
    *out = NULL;
    dh_status st = dh_read_input(path, &text, &len, diags);
    if (st) return st;
    st = dh_script_load_buffer(s, path, text, len, out, diags);
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
        if (w->item < dh_drill_warnings(d)->count) {
            char counted[1500];
            snprintf(counted, sizeof counted, dh_msg(E_SCRIPT_TIMES), w->message, w->count);
            char *m = dh_strdup(counted);
            if (m) {
                free(dh_drill_warnings(d)->items[w->item].message);
                dh_drill_warnings(d)->items[w->item].message = m;
            }
        }
        return;
    }
    size_t before = dh_drill_warnings(d)->count;
    dh_drill_warn(d, path, line, buf);
    if (s->nseen >= DH_SEEN_MAX) return;
    struct dh_seen_warning *grown = realloc(s->seen, (s->nseen + 1) * sizeof *grown);
    if (!grown) return;
    s->seen = grown;
    struct dh_seen_warning w = {dh_strdup(k), dh_strdup(buf),
                                dh_drill_warnings(d)->count > before ? before : SIZE_MAX, 1};
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
    if (s->cached_for != dh_drill_serial(s->drill)) { /* a new drill: forget the old team objects */
        lua_newtable(L);
        lua_rawseti(L, LUA_REGISTRYINDEX, s->team_cache);
        s->cached_for = dh_drill_serial(s->drill);
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
    return (s->limits.call_budget / DH_HOOK_TICK + 1) * calls * ((uint64_t)dh_drill_team_count(d) + 1);
}

/* Runs one call; on failure records "what failed: file:line: message" as a
 * warning (described only then: this path runs for every condition and hook).
 * Each call is paid from the drill's share; once the share is spent no script
 * runs for the rest of the drill. */
static void run_call(dh_script *s, dh_drill *d, call *c)
{
    lua_State *L = s->L;
    if (s->share_serial != dh_drill_serial(d)) { /* a new drill: a new share, new warnings */
        s->share_serial = dh_drill_serial(d);
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
    s->ticks_total += used;
    int spent = s->share_left == 0;
    if (failed && !(spent && s->share_cut)) {
        char what[300], key[64];
        if (c->inject >= 0) {
            snprintf(what, sizeof what, dh_msg(E_SCRIPT_WHEN_FAILED),
                     dh_drill_scenario(d)->injects[c->inject].id, dh_drill_roster(d)->teams[c->team].id);
            snprintf(key, sizeof key, "when"); /* one condition may serve many injects */
        } else {
            snprintf(what, sizeof what, dh_msg(E_SCRIPT_HOOK_FAILED),
                     dh_hook_event_name(c->ev), dh_drill_roster(d)->teams[c->team].id);
            snprintf(key, sizeof key, "hook %d", (int)c->ev);
        }
        report(s, d, key, what, err);
    }
    if (spent) {
        char msg[400];
        s->share_spent = 1;
        snprintf(msg, sizeof msg, dh_msg(E_SCRIPT_SHARE_SPENT),
                 (unsigned long long)(share_of(s, d) * DH_HOOK_TICK),
                 s->limits.drill_calls ? s->limits.drill_calls : 10, dh_drill_team_count(d));
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

uint64_t dh_script_instructions(const dh_script *s) { return s->ticks_total * DH_HOOK_TICK; }
