/* wrap_scenario.c — the scenario API: scenario{}, inject{}, decision{}, on().
 *
 * Each definition is checked field by field. A problem does not stop the file:
 * it is recorded at the definition's line and the definition is still added (as
 * far as it could be read), so one run of `drillhall check` lists every problem
 * and a broken inject does not cascade into "unknown inject" errors elsewhere. */
#include "dh_script_impl.h"
#include "dh_text.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HANDLE_MT "dh.handle"

typedef struct def {
    dh_script *s;
    lua_State *L;
    int tab;          /* stack index of the definition table */
    int line;
    char what[160];   /* "inject \"phish\"" */
} def;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void problem(def *c, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dh_diags_add(c->s->diags, DH_ERROR, c->s->path, c->line, "%s: %s", c->what, msg);
}

static int begin(def *c, lua_State *L, const char *kind)
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
static void check_fields(def *c, int tab, const char *const *allowed)
{
    lua_State *L = c->L;
    lua_pushnil(L);
    while (lua_next(L, tab)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            if (!lua_isinteger(L, -1)) problem(c, "unexpected %s key", luaL_typename(L, -1));
            continue;
        }
        const char *k = lua_tostring(L, -1);
        const char *const *a = allowed;
        while (*a && strcmp(*a, k)) a++;
        if (!*a) problem(c, "unknown field \"%s\"", k);
    }
}

static int valid_id(const char *s)
{
    if (!*s || strlen(s) > 64) return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '-' || *s == '_' || *s == '.'))
            return 0;
    return 1;
}

/* Pushes t[field]; returns its type. */
static int field(def *c, int tab, const char *name) { return lua_getfield(c->L, tab, name); }

static char *get_id(def *c, int tab, const char *name, int required)
{
    lua_State *L = c->L;
    char *out = NULL;
    int t = field(c, tab, name);
    if (t == LUA_TNIL) {
        if (required) problem(c, "missing %s", name);
    } else if (t != LUA_TSTRING) {
        problem(c, "%s must be a string, not a %s", name, luaL_typename(L, -1));
    } else if (!valid_id(lua_tostring(L, -1))) {
        problem(c, "%s \"%s\" may hold only ASCII letters, digits, '-', '_' and '.'", name,
                lua_tostring(L, -1));
    } else {
        out = dh_strdup(lua_tostring(L, -1));
    }
    lua_pop(L, 1);
    return out;
}

static char *get_string(def *c, int tab, const char *name)
{
    lua_State *L = c->L;
    char *out = NULL;
    int t = field(c, tab, name);
    if (t == LUA_TSTRING) out = dh_strdup(lua_tostring(L, -1));
    else if (t != LUA_TNIL) problem(c, "%s must be a string, not a %s", name, luaL_typename(L, -1));
    lua_pop(L, 1);
    return out;
}

/* Reads the text at stack index idx into t. `name` is for messages. */
static void read_text(def *c, int idx, const char *name, dh_text *t)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING) {
        dh_text_set_neutral(t, lua_tostring(L, idx));
        return;
    }
    if (!lua_istable(L, idx)) {
        problem(c, "%s must be a string or { en = ..., vi = ... }, not a %s", name,
                luaL_typename(L, idx));
        return;
    }
    int any = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        int lang = lua_type(L, -2) == LUA_TSTRING ? dh_lang_parse(lua_tostring(L, -2)) : -1;
        if (lang < 0 && lua_type(L, -2) == LUA_TSTRING)
            problem(c, "%s: unknown language \"%s\" (use en and vi)", name, lua_tostring(L, -2));
        else if (lang < 0)
            ; /* positional entries belong to the caller (e.g. a category's id) */
        else if (lua_type(L, -1) != LUA_TSTRING)
            problem(c, "%s.%s must be a string", name, lua_tostring(L, -2));
        else {
            dh_text_set(t, (dh_lang)lang, lua_tostring(L, -1));
            any = 1;
        }
        lua_pop(L, 1);
    }
    if (!any) problem(c, "%s has no text (give en and vi)", name);
}

static void get_text(def *c, int tab, const char *name, dh_text *t, int required)
{
    if (field(c, tab, name) == LUA_TNIL) {
        if (required) problem(c, "missing %s", name);
    } else {
        read_text(c, -1, name, t);
    }
    lua_pop(c->L, 1);
}

/* Times: `clock` "H:MM[:SS]" or a duration "15m". Returns 1 when present and valid. */
static int get_time(def *c, int tab, const char *name, int clock, dh_ms *out)
{
    lua_State *L = c->L;
    int ok = 0, t = field(c, tab, name);
    if (t == LUA_TNUMBER) {
        problem(c, "%s = %s: a bare number is not a time; write %s", name, lua_tostring(L, -1),
                clock ? "exercise time as \"H:MM\" (e.g. \"0:05\")"
                      : "a duration with a unit (e.g. \"15m\" or \"90s\")");
    } else if (t == LUA_TSTRING) {
        char err[200];
        const char *v = lua_tostring(L, -1);
        if ((clock ? dh_time_parse_clock : dh_time_parse_duration)(v, out, err, sizeof err))
            problem(c, "%s: %s", name, err);
        else
            ok = 1;
    } else if (t != LUA_TNIL) {
        problem(c, "%s must be a string, not a %s", name, luaL_typename(L, -1));
    }
    lua_pop(L, 1);
    return ok;
}

/* --- handles ---------------------------------------------------------------------- */

static void push_handle(lua_State *L, const char *kind, const char *id)
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

static int is_handle(lua_State *L, int idx)
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
    if (is_handle(L, idx)) {
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
static char *read_ref(def *c, int idx, const char *name)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING) return dh_strdup(lua_tostring(L, idx));
    if (is_handle(L, idx)) {
        lua_pushliteral(L, "id");
        lua_rawget(L, idx);
        char *id = dh_strdup(lua_tostring(L, -1));
        lua_pop(L, 1);
        return id;
    }
    problem(c, "%s must be an inject handle or an id string, not a %s", name,
            luaL_typename(L, idx));
    return NULL;
}

/* --- scenario{} -------------------------------------------------------------------- */

/* categories / stages: an ordered list of "id" or { "id", en=..., vi=... }, or a map
 * { id = text } (ordered by id). */
typedef dh_named *(*add_named_fn)(dh_scenario *);

static void read_named_list(def *c, const char *name, add_named_fn add)
{
    lua_State *L = c->L;
    int t = field(c, c->tab, name);
    int list = lua_gettop(L);
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        problem(c, "%s must be a table", name);
        lua_pop(L, 1);
        return;
    }
    lua_Integer n = (lua_Integer)lua_rawlen(L, list);
    if (n > 0) {
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, list, i);
            dh_named *item = add(c->s->sc);
            if (!item) luaL_error(L, "not enough memory");
            if (lua_type(L, -1) == LUA_TSTRING) {
                item->id = dh_strdup(lua_tostring(L, -1));
                dh_text_set_neutral(&item->name, item->id);
            } else if (lua_istable(L, -1) && lua_rawgeti(L, -1, 1) == LUA_TSTRING) {
                item->id = dh_strdup(lua_tostring(L, -1));
                lua_pop(L, 1);
                read_text(c, -1, name, &item->name);
            } else {
                if (lua_istable(L, -1)) lua_pop(L, 1);
                problem(c, "%s[%d] must be an id string or { \"id\", en = ..., vi = ... }", name,
                        (int)i);
                item->id = dh_strdup("?");
            }
            if (item->id && strcmp(item->id, "?") && !valid_id(item->id))
                problem(c, "%s id \"%s\" may hold only ASCII letters, digits, '-', '_' and '.'",
                        name, item->id);
            lua_pop(L, 1);
        }
    } else {
        /* map form: sort the ids so the order never depends on hashing */
        lua_getfield(L, LUA_REGISTRYINDEX, DH_PAIRS_KEY);
        lua_pushvalue(L, list);
        lua_call(L, 1, 3);
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
            lua_replace(L, -4); /* control variable */
            dh_named *item = add(c->s->sc);
            if (!item) luaL_error(L, "not enough memory");
            item->id = dh_strdup(lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?");
            read_text(c, -1, name, &item->name);
            lua_pop(L, 2);
        }
        lua_pop(L, 3);
    }
    lua_settop(L, list - 1);
}

static int w_scenario(lua_State *L)
{
    static const char *const fields[] = {"id", "version", "title", "description", "duration",
                                         "categories", "stages", "objectives", NULL};
    def c;
    begin(&c, L, "scenario");
    dh_scenario *sc = c.s->sc;
    if (sc->line) {
        problem(&c, "scenario{} is declared twice (first at line %d)", sc->line);
        return 0;
    }
    sc->line = c.line;
    check_fields(&c, 1, fields);
    sc->id = get_id(&c, 1, "id", 1);
    if (sc->id) snprintf(c.what, sizeof c.what, "scenario \"%s\"", sc->id);
    if (field(&c, 1, "version") != LUA_TNIL) {
        if (!lua_isinteger(L, -1)) problem(&c, "version must be an integer");
        else sc->version = (int)lua_tointeger(L, -1);
    }
    lua_pop(L, 1);
    get_text(&c, 1, "title", &sc->title, 1);
    get_text(&c, 1, "description", &sc->description, 0);
    dh_ms dur;
    if (get_time(&c, 1, "duration", 1, &dur)) {
        if (dur <= 0) problem(&c, "duration must be longer than 0:00");
        else sc->duration = dur;
    }
    read_named_list(&c, "categories", dh_scenario_add_category);
    read_named_list(&c, "stages", dh_scenario_add_stage);
    if (field(&c, 1, "objectives") == LUA_TTABLE) {
        int obj = lua_gettop(L);
        for (lua_Integer i = 1; lua_rawgeti(L, obj, i) != LUA_TNIL; i++) {
            dh_text *t = dh_scenario_add_objective(sc);
            if (!t) return luaL_error(L, "not enough memory");
            read_text(&c, -1, "objectives", t);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    } else if (!lua_isnil(L, -1)) {
        problem(&c, "objectives must be a list of texts");
    }
    lua_pop(L, 1);
    return 0;
}

/* --- inject{} ------------------------------------------------------------------------ */

static int valid_attack(const char *s)
{
    if (s[0] != 'T') return 0;
    for (int i = 1; i <= 4; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    if (!s[5]) return 1;
    if (s[5] != '.') return 0;
    for (int i = 6; i <= 8; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return s[9] == 0;
}

static int w_inject(lua_State *L)
{
    static const char *const fields[] = {"id", "at", "stage", "attack", "severity", "from",
                                         "channel", "title", "body", "notes", "when", NULL};
    def c;
    begin(&c, L, "inject");
    dh_inject *in = dh_scenario_add_inject(c.s->sc);
    if (!in) return luaL_error(L, "not enough memory");
    in->line = c.line;
    check_fields(&c, 1, fields);
    in->id = get_id(&c, 1, "id", 1);
    if (!in->id) in->id = dh_strdup("?");
    else snprintf(c.what, sizeof c.what, "inject \"%s\"", in->id);
    dh_ms at;
    if (get_time(&c, 1, "at", 1, &at)) in->at = at;
    in->stage_id = get_string(&c, 1, "stage");
    in->attack = get_string(&c, 1, "attack");
    if (in->attack && !valid_attack(in->attack))
        problem(&c, "attack \"%s\" is not a MITRE ATT&CK technique id (e.g. \"T1566\" or "
                "\"T1566.001\")", in->attack);
    char *sev = get_string(&c, 1, "severity");
    if (sev) {
        int v = dh_severity_parse(sev);
        if (v < 0) problem(&c, "severity \"%s\" is not one of low, medium, high, critical", sev);
        else in->severity = (dh_inject_severity)v;
        free(sev);
    }
    get_text(&c, 1, "from", &in->from, 0);
    in->channel = get_string(&c, 1, "channel");
    get_text(&c, 1, "title", &in->title, 1);
    get_text(&c, 1, "body", &in->body, 0);
    get_text(&c, 1, "notes", &in->notes, 0);
    int t = field(&c, 1, "when");
    if (t == LUA_TFUNCTION) in->when_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    else {
        if (t != LUA_TNIL) problem(&c, "when must be a function(team) returning true or false");
        lua_pop(L, 1);
    }
    push_handle(L, "inject", in->id);
    return 1;
}

/* --- decision{} -------------------------------------------------------------------------- */

static void read_score(def *c, int tab, dh_option *o)
{
    lua_State *L = c->L;
    int t = field(c, tab, "score");
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        problem(c, "option \"%s\": score must be a table { category = points }", o->id);
        lua_pop(L, 1);
        return;
    }
    int st = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, st)) {
        if (lua_type(L, -2) != LUA_TSTRING || !lua_isnumber(L, -1)) {
            problem(c, "option \"%s\": score entries are category = number", o->id);
        } else {
            double v = lua_tonumber(L, -1);
            if (!isfinite(v) || fabs(v) > 1e9) {
                problem(c, "option \"%s\": score %s is out of range", o->id,
                        lua_tostring(L, -2));
            } else {
                dh_score_entry *e = dh_option_add_score(o);
                if (!e) luaL_error(L, "not enough memory");
                e->category_id = dh_strdup(lua_tostring(L, -2));
                e->category = -1;
                e->milli = (int64_t)llround(v * 1000.0);
            }
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* Reads a flag value at the top of the stack into v (string values are interned). */
static int read_value(dh_scenario *sc, lua_State *L, dh_value *v)
{
    switch (lua_type(L, -1)) {
    case LUA_TBOOLEAN: v->type = DH_VAL_BOOL; v->as.b = lua_toboolean(L, -1); return 1;
    case LUA_TNUMBER: v->type = DH_VAL_NUM; v->as.num = lua_tonumber(L, -1); return 1;
    case LUA_TSTRING:
        v->type = DH_VAL_STR;
        v->as.str = dh_intern_add(&sc->names, lua_tostring(L, -1));
        return v->as.str >= 0;
    default: return 0;
    }
}

static void read_set(def *c, int tab, dh_option *o)
{
    lua_State *L = c->L;
    int t = field(c, tab, "set");
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        problem(c, "option \"%s\": set must be a table { flag = value }", o->id);
        lua_pop(L, 1);
        return;
    }
    /* in key order, so flag ids never depend on hashing */
    lua_getfield(L, LUA_REGISTRYINDEX, DH_PAIRS_KEY);
    lua_insert(L, -2);
    lua_call(L, 1, 3);
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
        lua_replace(L, -4);
        dh_value v = {0};
        if (lua_type(L, -2) != LUA_TSTRING || !read_value(c->s->sc, L, &v)) {
            problem(c, "option \"%s\": set entries are name = boolean, number or string", o->id);
        } else {
            dh_flag_set *fs = dh_option_add_set(o);
            if (!fs) luaL_error(L, "not enough memory");
            fs->flag = dh_intern_add(&c->s->sc->names, lua_tostring(L, -2));
            fs->value = v;
        }
        lua_pop(L, 2);
    }
    lua_pop(L, 3);
}

static void read_triggers(def *c, int tab, dh_option *o)
{
    lua_State *L = c->L;
    int t = field(c, tab, "triggers");
    int tt = lua_gettop(L);
    if (t != LUA_TNIL && t != LUA_TTABLE)
        problem(c, "option \"%s\": triggers must be a list", o->id);
    for (lua_Integer i = 1; t == LUA_TTABLE && lua_rawgeti(L, tt, i) != LUA_TNIL; i++) {
        dh_trigger *tr = dh_option_add_trigger(o);
        if (!tr) luaL_error(L, "not enough memory");
        tr->inject = -1;
        int el = lua_gettop(L);
        if (lua_istable(L, el) && !is_handle(L, el)) {
            static const char *const fields[] = {"after", NULL};
            check_fields(c, el, fields);
            lua_rawgeti(L, el, 1);
            tr->inject_id = read_ref(c, -1, "a trigger");
            lua_pop(L, 1);
            get_time(c, el, "after", 0, &tr->after);
        } else {
            tr->inject_id = read_ref(c, el, "a trigger");
        }
        if (!tr->inject_id) tr->inject_id = dh_strdup("?");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void read_options(def *c, dh_decision *d)
{
    static const char *const fields[] = {"id", "text", "score", "set", "triggers", "notes",
                                         NULL};
    lua_State *L = c->L;
    int t = field(c, 1, "options");
    int ot = lua_gettop(L);
    if (t != LUA_TTABLE) {
        if (t != LUA_TNIL) problem(c, "options must be a list of { id = ..., text = ... }");
        lua_pop(L, 1);
        return; /* finalize reports "no options" */
    }
    for (lua_Integer i = 1; lua_rawgeti(L, ot, i) != LUA_TNIL; i++) {
        int el = lua_gettop(L);
        if (!lua_istable(L, el)) {
            problem(c, "options[%d] must be a table { id = ..., text = ... }", (int)i);
            lua_pop(L, 1);
            continue;
        }
        dh_option *o = dh_decision_add_option(d);
        if (!o) luaL_error(L, "not enough memory");
        check_fields(c, el, fields);
        o->id = get_id(c, el, "id", 1);
        if (!o->id) o->id = dh_strdup("?");
        get_text(c, el, "text", &o->text, 1);
        get_text(c, el, "notes", &o->notes, 0);
        read_score(c, el, o);
        read_set(c, el, o);
        read_triggers(c, el, o);
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
}

static int w_decision(lua_State *L)
{
    static const char *const fields[] = {"id", "on", "within", "prompt", "options", "timeout",
                                         "speed", "notes", NULL};
    def c;
    begin(&c, L, "decision");
    dh_decision *d = dh_scenario_add_decision(c.s->sc);
    if (!d) return luaL_error(L, "not enough memory");
    d->line = c.line;
    check_fields(&c, 1, fields);
    d->id = get_id(&c, 1, "id", 1);
    if (!d->id) d->id = dh_strdup("?");
    else snprintf(c.what, sizeof c.what, "decision \"%s\"", d->id);
    if (field(&c, 1, "on") != LUA_TNIL) d->on_id = read_ref(&c, -1, "on");
    lua_pop(L, 1);
    dh_ms within;
    if (get_time(&c, 1, "within", 0, &within)) {
        if (within <= 0) problem(&c, "within must be longer than 0s");
        else d->within = within;
    }
    get_text(&c, 1, "prompt", &d->prompt, 1);
    get_text(&c, 1, "notes", &d->notes, 0);
    read_options(&c, d);
    d->timeout_id = get_string(&c, 1, "timeout");
    int t = field(&c, 1, "speed");
    if (t == LUA_TTABLE) {
        static const char *const sf[] = {"full", "zero", "floor", NULL};
        int sp = lua_gettop(L);
        check_fields(&c, sp, sf);
        int a = get_time(&c, sp, "full", 0, &d->speed.full);
        int b = get_time(&c, sp, "zero", 0, &d->speed.zero);
        if (!a || !b) problem(&c, "speed needs full and zero durations, e.g. "
                              "{ full = \"5m\", zero = \"15m\", floor = 0.5 }");
        double floor_v = 0;
        if (field(&c, sp, "floor") != LUA_TNIL) {
            if (!lua_isnumber(L, -1) || (floor_v = lua_tonumber(L, -1)) < 0 || floor_v > 1)
                problem(&c, "speed.floor must be a number from 0 to 1");
        }
        lua_pop(L, 1);
        d->speed.floor_milli = (int)llround(floor_v * 1000);
        d->speed.present = a && b;
    } else if (t != LUA_TNIL) {
        problem(&c, "speed must be a table { full = ..., zero = ..., floor = ... }");
    }
    lua_pop(L, 1);
    push_handle(L, "decision", d->id);
    return 1;
}

/* --- on() ----------------------------------------------------------------------------- */

static int w_on(lua_State *L)
{
    dh_script *s = dh_script_from_upvalue(L);
    if (!s->loading) return luaL_error(L, "on() can only be used while the scenario file loads");
    const char *name = luaL_checkstring(L, 1);
    int ev = dh_hook_event_parse(name);
    if (ev < 0)
        return luaL_error(L, "on(\"%s\"): unknown event (use start, inject, choice, expire, "
                          "end)", name);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    dh_hook *h = dh_scenario_add_hook(s->sc);
    if (!h) return luaL_error(L, "not enough memory");
    h->event = (dh_hook_event)ev;
    h->line = dh_script_caller_line(L);
    lua_settop(L, 2);
    h->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

void dh_wrap_scenario_open(dh_script *s)
{
    lua_State *L = s->L;
    luaL_newmetatable(L, HANDLE_MT);
    lua_pushcfunction(L, handle_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, handle_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushliteral(L, "handle");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    static const luaL_Reg api[] = {{"scenario", w_scenario},
                                   {"inject", w_inject},
                                   {"decision", w_decision},
                                   {"on", w_on},
                                   {NULL, NULL}};
    lua_pushglobaltable(L);
    lua_pushlightuserdata(L, s);
    luaL_setfuncs(L, api, 1);
    lua_pop(L, 1);
}
