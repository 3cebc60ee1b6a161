/* wrap_scenario.c — the scenario API: scenario{}, inject{}, decision{}, on().
 *
 * Each definition is checked field by field. A problem does not stop the file:
 * it is recorded at the definition's line and the definition is still added (as
 * far as it could be read), so one run of `drillhall check` lists every problem
 * and a broken inject does not cascade into "unknown inject" errors elsewhere. */
#include "wrap_scenario.h"
#include "dh_msg.h"
#include "wrap_fields.h"
#include "dh_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- scenario{} -------------------------------------------------------------------- */

/* categories / stages: an ordered list of "id" or { "id", en=..., vi=... }, or a map
 * { id = text } (ordered by id). */
typedef dh_named *(*add_named_fn)(dh_scenario *);

typedef struct named_list {
    add_named_fn add;
    const char *name;      /* "categories", "stages" */
} named_list;

/* The one id rule for both forms: ids reach reports, CSV and the event log. */
static void check_named_id(wf_def *c, const char *name, const char *id)
{
    if (id && strcmp(id, "?") && !dh_id_valid(id))
        wf_problem(c, dh_msg(E_WS_ID_CHARS),
                   name, id);
}

static void named_entry(wf_def *c, void *ud)
{
    lua_State *L = c->L;
    const named_list *nl = ud;
    dh_named *item = nl->add(c->s->sc);
    if (!item) luaL_error(L, dh_msg(E_LUA_NOMEM));
    item->id = dh_strdup(lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?");
    check_named_id(c, nl->name, item->id);
    wf_read_text(c, -1, "a name", &item->name);
}

static void read_named_list(wf_def *c, const char *name, add_named_fn add)
{
    lua_State *L = c->L;
    int t = wf_field(c, c->tab, name);
    int list = lua_gettop(L);
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        wf_problem(c, dh_msg(E_WS_NOT_TABLE), name);
        lua_pop(L, 1);
        return;
    }
    lua_Integer n = (lua_Integer)lua_rawlen(L, list);
    if (n > DH_MAX_LIST) luaL_error(L, dh_msg(E_LUA_MORE_THAN), DH_MAX_LIST, name);
    if (n > 0) {
        /* a key past the list would be dropped without a word: the forms do not mix */
        lua_pushnil(L);
        while (lua_next(L, list)) {
            lua_pop(L, 1);
            if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > n) {
                lua_pop(L, 1);
                wf_problem(c, dh_msg(E_WS_MIXED), name);
                break;
            }
        }
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, list, i);
            dh_named *item = add(c->s->sc);
            if (!item) luaL_error(L, dh_msg(E_LUA_NOMEM));
            if (lua_type(L, -1) == LUA_TSTRING) {
                item->id = dh_strdup(lua_tostring(L, -1));
                dh_text_set_neutral(&item->name, item->id);
            } else if (lua_istable(L, -1) && lua_rawgeti(L, -1, 1) == LUA_TSTRING) {
                item->id = dh_strdup(lua_tostring(L, -1));
                lua_pop(L, 1);
                wf_read_text(c, -1, name, &item->name);
            } else {
                if (lua_istable(L, -1)) lua_pop(L, 1);
                wf_problem(c, dh_msg(E_WS_ITEM), name,
                        (int)i);
                item->id = dh_strdup("?");
            }
            check_named_id(c, name, item->id);
            lua_pop(L, 1);
        }
    } else {
        /* map form { id = text }: in id order */
        named_list nl = {add, name};
        wf_each_sorted(c, list, named_entry, &nl);
    }
    lua_settop(L, list - 1);
}

/* One entry of `objectives`: a bare text (numbered by position, not linkable)
 * or { id = ..., text = ..., category = ... }. */
static void read_objective(wf_def *c, int el, dh_objective *o, int pos)
{
    static const char *const fields[] = {"id", "text", "category", NULL};
    lua_State *L = c->L;
    o->line = c->line;
    lua_getfield(L, el, "id");
    int structured = lua_istable(L, el) && !lua_isnil(L, -1);
    lua_pop(L, 1);
    if (!structured) {
        char num[16];
        snprintf(num, sizeof num, "%d", pos);
        o->id = dh_strdup(num);
        if (!o->id) luaL_error(L, dh_msg(E_LUA_NOMEM));
        wf_read_text(c, el, "objectives", &o->text);
        return;
    }
    o->id = wf_get_id(c, el, "id", 1);
    o->named = o->id != NULL;
    if (!o->id) o->id = dh_strdup("?");
    if (!o->id) luaL_error(L, dh_msg(E_LUA_NOMEM));
    /* from here on a problem names the objective, at its own line */
    if (o->named) {
        c->option = o->id;
        c->objective = 1;
        o->line = wf_line(c);
    }
    /* { id = ..., en = ..., vi = ... }: the languages written beside the id,
     * where text = { en = ..., vi = ... } was meant; said once, with the form */
    lua_getfield(L, el, "text");
    int has_text = !lua_isnil(L, -1);
    lua_pop(L, 1);
    int langs = 0;
    for (int k = 0; k < DH_LANG_COUNT; k++) {
        lua_getfield(L, el, dh_lang_code((dh_lang)k));
        langs += !lua_isnil(L, -1);
        lua_pop(L, 1);
    }
    if (langs && !has_text) {
        wf_problem(c, "%s", dh_msg(E_WS_OBJECTIVE_LANGS));
        static const char *const with_langs[] = {"id", "text", "category", "en", "vi", NULL};
        wf_check_fields(c, el, with_langs);
    } else {
        wf_check_fields(c, el, fields);
        wf_get_text(c, el, "text", &o->text, 1);
    }
    o->category_id = wf_get_string(c, el, "category");
    c->option = NULL;
    c->objective = 0;
}

/* A decision's or an option's `objectives`: a list of objective ids, each
 * handed to add (dh_decision_add_objective or dh_option_add_objective). */
static void read_evidence(wf_def *c, int tab, void *owner, int (*add)(void *, const char *))
{
    lua_State *L = c->L;
    int t = wf_field(c, tab, "objectives");
    int ot = lua_gettop(L);
    if (t == LUA_TTABLE) {
        for (lua_Integer i = 1; lua_rawgeti(L, ot, i) != LUA_TNIL; i++) {
            if (i > DH_MAX_LIST) luaL_error(L, dh_msg(E_LUA_MAX_OBJECTIVES), DH_MAX_LIST);
            if (lua_type(L, -1) != LUA_TSTRING) wf_problem(c, "%s", dh_msg(E_WS_EVIDENCE));
            else if (add(owner, lua_tostring(L, -1)))
                luaL_error(L, dh_msg(E_LUA_NOMEM));
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    } else if (t != LUA_TNIL) {
        wf_problem(c, "%s", dh_msg(E_WS_EVIDENCE));
    }
    lua_pop(L, 1);
}

/* An inject's or a decision's `roles`: a list of role ids. */
static void read_roles(wf_def *c, int tab, char ***roles, size_t *n)
{
    lua_State *L = c->L;
    int t = wf_field(c, tab, "roles");
    int rt = lua_gettop(L);
    if (t == LUA_TTABLE) {
        lua_Integer i = 1;
        for (; lua_rawgeti(L, rt, i) != LUA_TNIL; i++) {
            if (i > DH_MAX_LIST) luaL_error(L, dh_msg(E_WS_ROLES), DH_MAX_LIST);
            if (lua_type(L, -1) != LUA_TSTRING) wf_problem(c, dh_msg(E_WS_ROLES), DH_MAX_LIST);
            else if (dh_roles_add(roles, n, lua_tostring(L, -1)))
                luaL_error(L, dh_msg(E_LUA_NOMEM));
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        if (i == 1) wf_problem(c, dh_msg(E_WS_ROLES), DH_MAX_LIST);
    } else if (t != LUA_TNIL) {
        wf_problem(c, dh_msg(E_WS_ROLES), DH_MAX_LIST);
    }
    lua_pop(L, 1);
}

static int w_scenario(lua_State *L)
{
    static const char *const fields[] = {"id", "version", "title", "description", "duration",
                                         "categories", "stages", "objectives", NULL};
    wf_def c;
    wf_begin(&c, L, "scenario");
    dh_scenario *sc = c.s->sc;
    if (sc->line) {
        wf_problem(&c, dh_msg(E_WS_TWICE), sc->line);
        return 0;
    }
    sc->line = c.line;
    sc->id = wf_get_id(&c, 1, "id", 1);
    if (sc->id) snprintf(c.what, sizeof c.what, "scenario \"%s\"", sc->id);
    wf_check_fields(&c, 1, fields); /* after the id, so an unknown field names it */
    if (wf_field(&c, 1, "version") != LUA_TNIL) {
        if (!lua_isinteger(L, -1)) wf_problem(&c, "%s", dh_msg(E_WS_VERSION));
        else sc->version = (int)lua_tointeger(L, -1);
    }
    lua_pop(L, 1);
    wf_get_text(&c, 1, "title", &sc->title, 1);
    wf_get_text(&c, 1, "description", &sc->description, 0);
    dh_ms dur;
    if (wf_get_time(&c, 1, "duration", 1, &dur)) {
        if (dur <= 0) wf_problem(&c, "%s", dh_msg(E_WS_DURATION));
        else sc->duration = dur;
    }
    read_named_list(&c, "categories", dh_scenario_add_category);
    read_named_list(&c, "stages", dh_scenario_add_stage);
    if (wf_field(&c, 1, "objectives") == LUA_TTABLE) {
        int obj = lua_gettop(L);
        for (lua_Integer i = 1; lua_rawgeti(L, obj, i) != LUA_TNIL; i++) {
            if (i > DH_MAX_LIST) return luaL_error(L, dh_msg(E_LUA_MAX_OBJECTIVES), DH_MAX_LIST);
            dh_objective *o = dh_scenario_add_objective(sc);
            if (!o) return luaL_error(L, dh_msg(E_LUA_NOMEM));
            read_objective(&c, lua_gettop(L), o, (int)i);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    } else if (!lua_isnil(L, -1)) {
        wf_problem(&c, "%s", dh_msg(E_WS_OBJECTIVES));
    }
    lua_pop(L, 1);
    return 0;
}

/* --- feedback{} ---------------------------------------------------------------------- */

/* The participant feedback form: feedback { questions = { { id = ..., kind =
 * "rating" | "text", text = ... }, ... } }, once per scenario. */
static int w_feedback(lua_State *L)
{
    static const char *const fields[] = {"questions", NULL};
    static const char *const qfields[] = {"id", "kind", "text", NULL};
    wf_def c;
    wf_begin(&c, L, "feedback");
    dh_scenario *sc = c.s->sc;
    if (sc->feedback_line) {
        wf_problem(&c, dh_msg(E_WS_TWICE), sc->feedback_line);
        return 0;
    }
    sc->feedback_line = c.line;
    wf_check_fields(&c, 1, fields);
    if (wf_field(&c, 1, "questions") != LUA_TTABLE) {
        wf_problem(&c, "%s", dh_msg(E_WS_FB_NONE));
        return 0;
    }
    int qs = lua_gettop(L);
    lua_Integer n = (lua_Integer)lua_rawlen(L, qs);
    if (n < 1) wf_problem(&c, "%s", dh_msg(E_WS_FB_NONE));
    if (n > DH_FB_MAX_QUESTIONS) {
        wf_problem(&c, dh_msg(E_WS_FB_MANY), DH_FB_MAX_QUESTIONS);
        n = DH_FB_MAX_QUESTIONS;
    }
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, qs, i);
        int el = lua_gettop(L);
        dh_fb_question *q = dh_scenario_add_feedback(sc);
        if (!q) return luaL_error(L, dh_msg(E_LUA_NOMEM));
        q->line = c.line;
        if (!lua_istable(L, el)) {
            wf_problem(&c, dh_msg(E_WS_FB_ITEM), (int)i);
            q->id = dh_strdup("?");
            if (!q->id) return luaL_error(L, dh_msg(E_LUA_NOMEM));
            lua_pop(L, 1);
            continue;
        }
        wf_check_fields(&c, el, qfields);
        q->id = wf_get_id(&c, el, "id", 1);
        if (!q->id) q->id = dh_strdup("?");
        if (!q->id) return luaL_error(L, dh_msg(E_LUA_NOMEM));
        char *kind = wf_get_string(&c, el, "kind");
        if (!kind || (strcmp(kind, "rating") && strcmp(kind, "text")))
            wf_problem(&c, dh_msg(E_WS_FB_KIND), q->id);
        q->kind = kind && !strcmp(kind, "text") ? DH_FB_TEXT : DH_FB_RATING;
        free(kind);
        wf_get_text(&c, el, "text", &q->text, 1);
        lua_pop(L, 1);
    }
    lua_settop(L, 1);
    return 0;
}

/* --- inject{} ------------------------------------------------------------------------ */

static int w_inject(lua_State *L)
{
    static const char *const fields[] = {"id", "at", "stage", "attack", "severity", "from",
                                         "channel", "title", "body", "notes", "when", "roles",
                                         NULL};
    wf_def c;
    wf_begin(&c, L, "inject");
    if (c.s->sc->ninjects >= DH_MAX_INJECTS)
        return luaL_error(L, dh_msg(E_LUA_MAX_INJECTS), DH_MAX_INJECTS);
    dh_inject *in = dh_scenario_add_inject(c.s->sc);
    if (!in) return luaL_error(L, dh_msg(E_LUA_NOMEM));
    in->line = c.line;
    in->id = wf_get_id(&c, 1, "id", 1);
    if (!in->id) in->id = dh_strdup("?");
    else snprintf(c.what, sizeof c.what, "inject \"%s\"", in->id);
    wf_check_fields(&c, 1, fields);
    dh_ms at;
    if (wf_get_time(&c, 1, "at", 1, &at)) in->at = at;
    in->stage_id = wf_get_string(&c, 1, "stage");
    in->attack = wf_get_string(&c, 1, "attack");
    if (in->attack && !dh_attack_id_valid(in->attack))
        wf_problem(&c, dh_msg(E_WS_ATTACK), in->attack);
    char *sev = wf_get_string(&c, 1, "severity");
    if (sev) {
        int v = dh_severity_parse(sev);
        if (v < 0) wf_problem(&c, dh_msg(E_MSEL_SEVERITY), sev);
        else in->severity = (dh_inject_severity)v;
        free(sev);
    }
    wf_get_text(&c, 1, "from", &in->from, 0);
    in->channel = wf_get_string(&c, 1, "channel");
    wf_get_text(&c, 1, "title", &in->title, 1);
    wf_get_text(&c, 1, "body", &in->body, 0);
    wf_get_text(&c, 1, "notes", &in->notes, 0);
    read_roles(&c, 1, &in->roles, &in->nroles);
    int t = wf_field(&c, 1, "when");
    if (t == LUA_TFUNCTION) in->when_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    else {
        if (t != LUA_TNIL) wf_problem(&c, "%s", dh_msg(E_WS_WHEN));
        lua_pop(L, 1);
    }
    wf_push_handle(L, "inject", in->id);
    return 1;
}

/* --- decision{} -------------------------------------------------------------------------- */

int dh_wrap_score_value(wf_def *c, int64_t *milli)
{
    lua_State *L = c->L;
    if (lua_type(L, -2) != LUA_TSTRING || !lua_isnumber(L, -1)) {
        wf_problem(c, "%s", dh_msg(E_WS_SCORE_ENTRIES));
        return -1;
    }
    double v = lua_tonumber(L, -1);
    if (!isfinite(v) || fabs(v) > 1e9) {
        wf_problem(c, dh_msg(E_WS_SCORE_RANGE), lua_tostring(L, -2));
        return -1;
    }
    *milli = (int64_t)llround(v * 1000.0);
    return 0;
}

void dh_wrap_score_fill(wf_def *c, dh_score_entry *e, int64_t milli)
{
    lua_State *L = c->L;
    if (!e) luaL_error(L, dh_msg(E_LUA_NOMEM));
    e->category_id = dh_strdup(lua_tostring(L, -2));
    if (!e->category_id) luaL_error(L, dh_msg(E_LUA_NOMEM));
    e->category = -1;
    e->milli = milli;
}

static void score_entry(wf_def *c, void *ud)
{
    int64_t milli;
    if (!dh_wrap_score_value(c, &milli)) dh_wrap_score_fill(c, dh_option_add_score(ud), milli);
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

static void set_entry(wf_def *c, void *ud)
{
    lua_State *L = c->L;
    dh_option *o = ud;
    dh_value v = {0};
    if (lua_type(L, -2) != LUA_TSTRING || !read_value(c->s->sc, L, &v)) {
        wf_problem(c, "%s", dh_msg(E_WS_SET_ENTRIES));
        return;
    }
    dh_flag_set *fs = dh_option_add_set(o);
    if (!fs) luaL_error(L, dh_msg(E_LUA_NOMEM));
    fs->flag = dh_intern_add(&c->s->sc->names, lua_tostring(L, -2));
    fs->value = v;
}

/* score = { category = points } and set = { flag = value }, read in key order so
 * flag ids never depend on hashing. */
static void read_score_and_set(wf_def *c, int tab, dh_option *o)
{
    int t = wf_table_field(c, tab, "score", "a table { category = points }");
    if (t) {
        wf_each_sorted(c, t, score_entry, o);
        lua_pop(c->L, 1);
    }
    t = wf_table_field(c, tab, "set", "a table { flag = value }");
    if (t) {
        wf_each_sorted(c, t, set_entry, o);
        lua_pop(c->L, 1);
    }
}

static void read_triggers(wf_def *c, int tab, dh_option *o)
{
    lua_State *L = c->L;
    int t = wf_field(c, tab, "triggers");
    int tt = lua_gettop(L);
    if (t != LUA_TNIL && t != LUA_TTABLE)
        wf_problem(c, "%s", dh_msg(E_WS_TRIGGERS));
    for (lua_Integer i = 1; t == LUA_TTABLE && lua_rawgeti(L, tt, i) != LUA_TNIL; i++) {
        if (i > DH_MAX_LIST) luaL_error(L, dh_msg(E_LUA_MAX_TRIGGERS), DH_MAX_LIST);
        dh_trigger *tr = dh_option_add_trigger(o);
        if (!tr) luaL_error(L, dh_msg(E_LUA_NOMEM));
        tr->inject = -1;
        int el = lua_gettop(L);
        if (lua_istable(L, el) && !wf_is_handle(L, el)) {
            static const char *const fields[] = {"after", NULL};
            wf_check_fields(c, el, fields);
            lua_rawgeti(L, el, 1);
            tr->inject_id = wf_read_ref(c, -1, "a trigger");
            lua_pop(L, 1);
            wf_get_time(c, el, "after", 0, &tr->after);
        } else {
            tr->inject_id = wf_read_ref(c, el, "a trigger");
        }
        if (!tr->inject_id) tr->inject_id = dh_strdup("?");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static int add_decision_objective(void *d, const char *id)
{
    return dh_decision_add_objective(d, id);
}

static int add_option_objective(void *o, const char *id) { return dh_option_add_objective(o, id); }

static void read_options(wf_def *c, dh_decision *d)
{
    static const char *const fields[] = {"id", "text", "score", "set", "triggers", "notes",
                                         "objectives", "place", NULL};
    lua_State *L = c->L;
    int t = wf_field(c, 1, "options");
    int ot = lua_gettop(L);
    if (t != LUA_TTABLE) {
        if (t != LUA_TNIL) wf_problem(c, "%s", dh_msg(E_WS_OPTIONS));
        lua_pop(L, 1);
        return; /* finalize reports "no options" */
    }
    for (lua_Integer i = 1; lua_rawgeti(L, ot, i) != LUA_TNIL; i++) {
        if (i > DH_MAX_OPTIONS) luaL_error(L, dh_msg(E_LUA_MAX_OPTIONS), DH_MAX_OPTIONS);
        int el = lua_gettop(L);
        if (!lua_istable(L, el)) {
            wf_problem(c, dh_msg(E_WS_OPTION_ITEM), (int)i);
            lua_pop(L, 1);
            continue;
        }
        dh_option *o = dh_decision_add_option(d);
        if (!o) luaL_error(L, dh_msg(E_LUA_NOMEM));
        o->id = wf_get_id(c, el, "id", 1);
        if (!o->id) o->id = dh_strdup("?");
        /* from here on a problem names the option and points at its own line */
        else c->option = o->id;
        wf_check_fields(c, el, fields);
        wf_get_text(c, el, "text", &o->text, 1);
        wf_get_text(c, el, "notes", &o->notes, 0);
        char *place = wf_get_string(c, el, "place");
        if (place) {
            if (!strcmp(place, "first")) o->place = DH_PLACE_FIRST;
            else if (!strcmp(place, "last")) o->place = DH_PLACE_LAST;
            else wf_problem(c, dh_msg(E_WS_PLACE), place);
            free(place);
        }
        read_score_and_set(c, el, o);
        read_triggers(c, el, o);
        read_evidence(c, el, o, add_option_objective);
        c->option = NULL;
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
}

/* `speed = { full, zero, floor }`: timeliness, for decisions and questions. */
void wrap_read_speed(wf_def *c, dh_speed *sp)
{
    lua_State *L = c->L;
    int t = wf_field(c, 1, "speed");
    if (t == LUA_TTABLE) {
        static const char *const sf[] = {"full", "zero", "floor", NULL};
        int st = lua_gettop(L);
        wf_check_fields(c, st, sf);
        int a = wf_get_time(c, st, "full", 0, &sp->full);
        int b = wf_get_time(c, st, "zero", 0, &sp->zero);
        if (!a || !b) wf_problem(c, "%s", dh_msg(E_WS_SPEED_NEEDS));
        double floor_v = 0;
        if (wf_field(c, st, "floor") != LUA_TNIL) {
            floor_v = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : -1;
            if (!(floor_v >= 0 && floor_v <= 1)) { /* also refuses NaN */
                wf_problem(c, "%s", dh_msg(E_WS_SPEED_FLOOR));
                floor_v = 0;
            }
        }
        lua_pop(L, 1);
        sp->floor_milli = (int)llround(floor_v * 1000);
        sp->present = a && b;
    } else if (t != LUA_TNIL) {
        wf_problem(c, "%s", dh_msg(E_WS_SPEED_TABLE));
    }
    lua_pop(L, 1);
}

static int w_decision(lua_State *L)
{
    static const char *const fields[] = {"id", "on", "within", "prompt", "options", "timeout",
                                         "speed", "notes", "objectives", "roles",
                                         "balance_reason", NULL};
    wf_def c;
    wf_begin(&c, L, "decision");
    if (c.s->sc->ndecisions >= DH_MAX_DECISIONS)
        return luaL_error(L, dh_msg(E_LUA_MAX_DECISIONS), DH_MAX_DECISIONS);
    dh_decision *d = dh_scenario_add_decision(c.s->sc);
    if (!d) return luaL_error(L, dh_msg(E_LUA_NOMEM));
    d->line = c.line;
    d->id = wf_get_id(&c, 1, "id", 1);
    if (!d->id) d->id = dh_strdup("?");
    else snprintf(c.what, sizeof c.what, "decision \"%s\"", d->id);
    wf_check_fields(&c, 1, fields);
    if (wf_field(&c, 1, "on") != LUA_TNIL) d->on_id = wf_read_ref(&c, -1, "on");
    lua_pop(L, 1);
    dh_ms within;
    if (wf_get_time(&c, 1, "within", 0, &within)) {
        if (within <= 0) wf_problem(&c, "%s", dh_msg(E_MSEL_WITHIN_ZERO));
        else d->within = within;
    }
    wf_get_text(&c, 1, "prompt", &d->prompt, 1);
    wf_get_text(&c, 1, "notes", &d->notes, 0);
    read_options(&c, d);
    read_evidence(&c, 1, d, add_decision_objective);
    read_roles(&c, 1, &d->roles, &d->nroles);
    wf_get_text(&c, 1, "balance_reason", &d->balance_reason, 0);
    d->timeout_id = wf_get_string(&c, 1, "timeout");
    wrap_read_speed(&c, &d->speed);
    wf_push_handle(L, "decision", d->id);
    return 1;
}

/* For question{} (wrap_question.c): the same fields read the same way. */
void wrap_read_evidence(wf_def *c, int tab, void *owner, int (*add)(void *, const char *))
{
    read_evidence(c, tab, owner, add);
}

void wrap_read_roles(wf_def *c, int tab, char ***roles, size_t *n)
{
    read_roles(c, tab, roles, n);
}

/* --- on() ----------------------------------------------------------------------------- */

static int w_on(lua_State *L)
{
    dh_script *s = dh_script_from_upvalue(L);
    if (!s->loading) return luaL_error(L, dh_msg(E_LUA_ON_LOADING));
    const char *name = luaL_checkstring(L, 1);
    int ev = dh_hook_event_parse(name);
    if (ev < 0)
        return luaL_error(L, dh_msg(E_LUA_ON_EVENT), name);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    if (s->sc->nhooks >= DH_MAX_HOOKS)
        return luaL_error(L, dh_msg(E_LUA_MAX_HOOKS), DH_MAX_HOOKS);
    dh_hook *h = dh_scenario_add_hook(s->sc);
    if (!h) return luaL_error(L, dh_msg(E_LUA_NOMEM));
    h->event = (dh_hook_event)ev;
    h->line = dh_script_caller_line(L);
    lua_settop(L, 2);
    h->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* The scenario API's globals: one list, opened for a scenario and hidden from a test file. */
static const luaL_Reg api[] = {{"scenario", w_scenario}, {"inject", w_inject},
                               {"decision", w_decision}, {"on", w_on},
                               {"feedback", w_feedback}, {"question", dh_wrap_question},
                               {NULL, NULL}};

void dh_wrap_scenario_open(dh_script *s)
{
    lua_State *L = s->L;
    wf_open_handles(L);
    lua_pushglobaltable(L);
    lua_pushlightuserdata(L, s);
    luaL_setfuncs(L, api, 1);
    lua_pop(L, 1);
}

void dh_wrap_scenario_hide(dh_script *s)
{
    for (const luaL_Reg *r = api; r->name; r++) {
        lua_pushnil(s->L);
        lua_setglobal(s->L, r->name);
    }
}
