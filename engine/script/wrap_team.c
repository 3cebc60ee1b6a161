/* wrap_team.c — the team object that `when` conditions and hooks receive.
 *
 *   team.id, team.name, team.bracket     from the roster
 *   team.role                            the roster's role (`central`, …), nil when none
 *   team.flags.x / team.flags.x = v      the team's flags (boolean, number, string)
 *   team:score([category])               points so far (total without a category)
 *   team:chose(decision)                 the option the team chose, or nil
 *   team:missed(decision)                true when the deadline passed unanswered
 *   team:delivered(inject)               true once the inject reached the team
 *   team:sector(role, decision [, option])   how many teams of `role` (nil: every
 *                                        team) chose `option` (nil: any option) by now,
 *                                        how many teams have that role, and how many
 *                                        of them let the decision expire unanswered
 *   team:inject(inject, { after = "10m" })   deliver an inject to this team later
 *   team:add(category, points, reason)   add (or remove) points, logged as `adjust`
 *
 * A team object names its drill; used after that drill is gone it fails loudly.
 * Inside `when` nothing may change: inject, add and flag writes are refused. */
#include "wrap_team.h"
#include "dh_msg.h"
#include "wrap_fields.h"

#include "dh_suggest.h"
#include "dh_text.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define TEAM_MT "dh.team"
#define FLAGS_MT "dh.flags"

typedef struct team_ud {
    uint64_t drill;   /* the drill's serial: addresses can be reused, serials not */
    int team;
} team_ud;

static dh_drill *check_drill(lua_State *L, dh_script *s, const team_ud *u)
{
    if (!s->drill || dh_drill_serial(s->drill) != u->drill || u->team < 0 ||
        (size_t)u->team >= dh_drill_team_count(s->drill))
        luaL_error(L, dh_msg(E_LUA_TEAM_ENDED));
    return s->drill;
}

static team_ud *check_team(lua_State *L, int idx) { return luaL_checkudata(L, idx, TEAM_MT); }

/* An unknown id fails the call, naming the closest known one: `check` finds
 * literal ids before a drill, this finds the ones a script computed. */
static int find_or_fail(lua_State *L, const dh_scenario *sc, int index, const char *what,
                        const char *id)
{
    if (index >= 0) return index;
    dh_suggest sg;
    dh_suggest_init(&sg, id);
    if (!strcmp(what, "decision"))
        for (size_t i = 0; i < sc->ndecisions; i++) dh_suggest_offer(&sg, sc->decisions[i].id);
    else if (!strcmp(what, "inject"))
        for (size_t i = 0; i < sc->ninjects; i++) dh_suggest_offer(&sg, sc->injects[i].id);
    else
        for (size_t i = 0; i < sc->ncategories; i++) dh_suggest_offer(&sg, sc->categories[i].id);
    char hint[200] = "";
    if (sg.best) snprintf(hint, sizeof hint, dh_msg(E_REF_MEAN), sg.best);
    return luaL_error(L, dh_msg(E_LUA_UNKNOWN), what, id, hint);
}

static void refuse_in_when(lua_State *L, dh_script *s, const char *what)
{
    if (s->in_when)
        luaL_error(L, dh_msg(E_LUA_NOT_IN_WHEN), what);
}

static void push_points(lua_State *L, int64_t milli)
{
    if (milli % 1000 == 0) lua_pushinteger(L, (lua_Integer)(milli / 1000));
    else lua_pushnumber(L, (lua_Number)milli / 1000.0);
}

/* More arguments than the method takes: refused, where Lua would drop them
 * (team:chose("d", "o") would be the option chosen, true for every team that
 * answered). max counts the arguments after the team. */
static void check_arity(lua_State *L, const char *meth, int max)
{
    int given = lua_gettop(L) - 1;
    if (given <= max) return;
    if (!strcmp(meth, "chose")) {
        const char *id = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "…";
        const char *opt = lua_type(L, 3) == LUA_TSTRING ? lua_tostring(L, 3) : "…";
        luaL_error(L, dh_msg(E_REF_CHOSE_ARGS), id, opt);
    }
    luaL_error(L, dh_msg(E_REF_METHOD_ARGS), meth, max, given);
}

static int t_score(lua_State *L)
{
    check_arity(L, "score", 1);
    dh_script *s = dh_script_from_upvalue(L);
    team_ud *u = check_team(L, 1);
    dh_drill *d = check_drill(L, s, u);
    if (lua_isnoneornil(L, 2)) {
        push_points(L, dh_drill_team_total(d, u->team));
        return 1;
    }
    const char *cat = luaL_checkstring(L, 2);
    int c = find_or_fail(L, dh_drill_scenario(d), dh_scenario_find_category(dh_drill_scenario(d), cat), "category", cat);
    push_points(L, dh_drill_points(d, u->team, c));
    return 1;
}

static const dh_decision_state *decision_state(lua_State *L, dh_script *s, int *dec_out)
{
    team_ud *u = check_team(L, 1);
    dh_drill *d = check_drill(L, s, u);
    const char *id = dh_script_check_id(L, 2);
    int dec = find_or_fail(L, dh_drill_scenario(d), dh_scenario_find_decision(dh_drill_scenario(d), id), "decision", id);
    *dec_out = dec;
    return dh_drill_decision(d, u->team, dec);
}

static int t_chose(lua_State *L)
{
    check_arity(L, "chose", 1);
    dh_script *s = dh_script_from_upvalue(L);
    int dec;
    const dh_decision_state *st = decision_state(L, s, &dec);
    if (st->status == DH_DEC_ANSWERED)
        lua_pushstring(L, dh_drill_scenario(s->drill)->decisions[dec].options[st->option].id);
    else
        lua_pushnil(L);
    return 1;
}

static int t_missed(lua_State *L)
{
    check_arity(L, "missed", 1);
    int dec;
    const dh_decision_state *st = decision_state(L, dh_script_from_upvalue(L), &dec);
    lua_pushboolean(L, st->status == DH_DEC_EXPIRED);
    return 1;
}

static int t_delivered(lua_State *L)
{
    check_arity(L, "delivered", 1);
    dh_script *s = dh_script_from_upvalue(L);
    team_ud *u = check_team(L, 1);
    dh_drill *d = check_drill(L, s, u);
    const char *id = dh_script_check_id(L, 2);
    int in = find_or_fail(L, dh_drill_scenario(d), dh_scenario_find_inject(dh_drill_scenario(d), id), "inject", id);
    lua_pushboolean(L, dh_drill_delivered_at(d, u->team, in) != DH_MS_NEVER);
    return 1;
}

/* Reads other teams' state, never changes it: the one engine applies every
 * team's events in (time, seq) order, so a live drill and its replay count the
 * same choices at the same moment. A role no team has counts nothing. */
static int t_sector(lua_State *L)
{
    check_arity(L, "sector", 3);
    dh_script *s = dh_script_from_upvalue(L);
    team_ud *u = check_team(L, 1);
    dh_drill *d = check_drill(L, s, u);
    const char *role = lua_isnoneornil(L, 2) ? NULL : dh_script_check_id(L, 2);
    const char *id = dh_script_check_id(L, 3);
    const dh_scenario *sc = dh_drill_scenario(d);
    int dec = find_or_fail(L, sc, dh_scenario_find_decision(sc, id), "decision", id);
    int opt = -1;
    if (!lua_isnoneornil(L, 4)) {
        const char *o = dh_script_check_id(L, 4);
        opt = dh_decision_find_option(&sc->decisions[dec], o);
        if (opt < 0) return luaL_error(L, dh_msg(E_LUA_SECTOR_OPTION), id, o);
    }
    const dh_roster *r = dh_drill_roster(d);
    int ri = role ? dh_roster_find_role(r, role) : -1;
    lua_Integer chose = 0, of = 0, missed = 0;
    if (!role || ri >= 0)
        for (size_t t = 0; t < dh_drill_team_count(d); t++) {
            if (role && r->teams[t].role != ri) continue;
            const dh_decision_state *st = dh_drill_decision(d, (int)t, dec);
            of++;
            chose += st->status == DH_DEC_ANSWERED && (opt < 0 || st->option == opt);
            missed += st->status == DH_DEC_EXPIRED;
        }
    lua_pushinteger(L, chose);
    lua_pushinteger(L, of);
    lua_pushinteger(L, missed);
    return 3;
}

static int t_inject(lua_State *L)
{
    check_arity(L, "inject", 2);
    dh_script *s = dh_script_from_upvalue(L);
    team_ud *u = check_team(L, 1);
    dh_drill *d = check_drill(L, s, u);
    refuse_in_when(L, s, "team:inject");
    const char *id = dh_script_check_id(L, 2);
    int in = find_or_fail(L, dh_drill_scenario(d), dh_scenario_find_inject(dh_drill_scenario(d), id), "inject", id);
    dh_ms after = 0;
    if (!lua_isnoneornil(L, 3)) {
        luaL_checktype(L, 3, LUA_TTABLE);
        if (lua_getfield(L, 3, "after") != LUA_TNIL) {
            char err[200];
            if (lua_type(L, -1) != LUA_TSTRING)
                return luaL_error(L, dh_msg(E_LUA_AFTER));
            if (dh_time_parse_duration(lua_tostring(L, -1), &after, err, sizeof err))
                return luaL_error(L, "%s", err);
        }
        lua_pop(L, 1);
    }
    dh_script_account(s, L, sizeof(dh_event));
    if (dh_drill_schedule_inject(d, u->team, in, after) == DH_ENOMEM)
        return luaL_error(L, dh_msg(E_LUA_NOMEM));
    return 0;
}

static int t_add(lua_State *L)
{
    check_arity(L, "add", 3);
    dh_script *s = dh_script_from_upvalue(L);
    team_ud *u = check_team(L, 1);
    dh_drill *d = check_drill(L, s, u);
    refuse_in_when(L, s, "team:add");
    const char *cat = luaL_checkstring(L, 2);
    int c = find_or_fail(L, dh_drill_scenario(d), dh_scenario_find_category(dh_drill_scenario(d), cat), "category", cat);
    lua_Number pts = luaL_checknumber(L, 3);
    luaL_argcheck(L, isfinite(pts) && fabs(pts) <= 1e9, 3, "points out of range");
    size_t len;
    const char *reason = luaL_optlstring(L, 4, "", &len);
    if (strlen(reason) != len || dh_utf8_invalid(reason, len))
        return luaL_error(L, dh_msg(E_LUA_REASON_UTF8));
    dh_script_account(s, L, len + sizeof(dh_adjustment));
    if (dh_drill_adjust(d, u->team, c, (int64_t)llround(pts * 1000.0), reason, 1) == DH_ENOMEM)
        return luaL_error(L, dh_msg(E_LUA_NOMEM));
    return 0;
}

static int t_index(lua_State *L)
{
    dh_script *s = dh_script_from_upvalue(L);
    team_ud *u = check_team(L, 1);
    const char *k = luaL_checkstring(L, 2);
    /* methods first: they live in upvalue 2 */
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(2)) != LUA_TNIL) return 1;
    dh_drill *d = check_drill(L, s, u);
    const dh_team_info *t = &dh_drill_roster(d)->teams[u->team];
    if (!strcmp(k, "id")) lua_pushstring(L, t->id);
    else if (!strcmp(k, "name")) lua_pushstring(L, t->name);
    else if (!strcmp(k, "bracket")) lua_pushstring(L, t->bracket);
    else if (!strcmp(k, "role")) {
        if (t->role >= 0) lua_pushstring(L, dh_drill_roster(d)->roles[t->role]);
        else lua_pushnil(L);
    }
    else if (!strcmp(k, "flags")) lua_getiuservalue(L, 1, 1);
    else return luaL_error(L, dh_msg(E_LUA_TEAM_FIELD), k);
    return 1;
}

static int t_newindex(lua_State *L)
{
    return luaL_error(L, dh_msg(E_LUA_TEAM_RO));
}

static int t_tostring(lua_State *L)
{
    dh_script *s = dh_script_from_upvalue(L);
    team_ud *u = check_team(L, 1);
    dh_drill *d = check_drill(L, s, u);
    lua_pushfstring(L, "team %s", dh_drill_roster(d)->teams[u->team].id);
    return 1;
}

/* --- flags ------------------------------------------------------------------------- */

static int f_index(lua_State *L)
{
    dh_script *s = dh_script_from_upvalue(L);
    team_ud *u = luaL_checkudata(L, 1, FLAGS_MT);
    dh_drill *d = check_drill(L, s, u);
    const char *k = luaL_checkstring(L, 2);
    int name = dh_intern_find(dh_drill_names(d), k);
    const dh_value *v = name >= 0 ? dh_drill_flag_get(d, u->team, name) : NULL;
    if (!v) lua_pushnil(L);
    else if (v->type == DH_VAL_BOOL) lua_pushboolean(L, v->as.b);
    else if (v->type == DH_VAL_NUM) lua_pushnumber(L, v->as.num);
    else if (v->type == DH_VAL_STR) lua_pushstring(L, dh_intern_str(dh_drill_names(d), v->as.str));
    else lua_pushnil(L);
    return 1;
}

static int f_newindex(lua_State *L)
{
    dh_script *s = dh_script_from_upvalue(L);
    team_ud *u = luaL_checkudata(L, 1, FLAGS_MT);
    dh_drill *d = check_drill(L, s, u);
    refuse_in_when(L, s, "setting a flag");
    const char *k = luaL_checkstring(L, 2);
    dh_value v = {0};
    switch (lua_type(L, 3)) {
    case LUA_TNIL: v.type = DH_VAL_NIL; break;
    case LUA_TBOOLEAN: v.type = DH_VAL_BOOL; v.as.b = lua_toboolean(L, 3); break;
    case LUA_TNUMBER: v.type = DH_VAL_NUM; v.as.num = lua_tonumber(L, 3); break;
    case LUA_TSTRING:
        v.type = DH_VAL_STR;
        if (dh_intern_find(dh_drill_names(d), lua_tostring(L, 3)) < 0)
            dh_script_account(s, L, lua_rawlen(L, 3) + 16);
        v.as.str = dh_drill_intern(d, lua_tostring(L, 3));
        if (v.as.str < 0) return luaL_error(L, dh_msg(E_LUA_NOMEM));
        break;
    default:
        return luaL_error(L, dh_msg(E_LUA_FLAG_TYPE), k,
                          luaL_typename(L, 3));
    }
    if (dh_intern_find(dh_drill_names(d), k) < 0) dh_script_account(s, L, strlen(k) + 16);
    int name = dh_drill_intern(d, k);
    if (name >= 0 && v.type != DH_VAL_NIL && !dh_drill_flag_get(d, u->team, name))
        dh_script_account(s, L, sizeof(dh_flag));
    if (name < 0 || dh_drill_flag_set(d, u->team, name, v)) return luaL_error(L, dh_msg(E_LUA_NOMEM));
    return 0;
}

void dh_wrap_team_push(dh_script *s, int team)
{
    lua_State *L = s->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, s->team_cache);
    if (lua_rawgeti(L, -1, team + 1) != LUA_TNIL) {
        lua_remove(L, -2);
        return;
    }
    lua_pop(L, 1);
    team_ud *u = lua_newuserdatauv(L, sizeof *u, 1);
    u->drill = dh_drill_serial(s->drill);
    u->team = team;
    luaL_setmetatable(L, TEAM_MT);
    team_ud *f = lua_newuserdatauv(L, sizeof *f, 0);
    *f = *u;
    luaL_setmetatable(L, FLAGS_MT);
    lua_setiuservalue(L, -2, 1);
    lua_pushvalue(L, -1);
    lua_rawseti(L, -3, team + 1);
    lua_remove(L, -2);
}

void dh_wrap_team_open(dh_script *s)
{
    lua_State *L = s->L;
    static const luaL_Reg methods[] = {{"score", t_score},   {"chose", t_chose},
                                       {"missed", t_missed}, {"delivered", t_delivered},
                                       {"sector", t_sector},
                                       {"inject", t_inject}, {"add", t_add},
                                       {NULL, NULL}};
    luaL_newmetatable(L, TEAM_MT);
    lua_pushlightuserdata(L, s);
    luaL_newlibtable(L, methods);
    lua_pushlightuserdata(L, s);
    luaL_setfuncs(L, methods, 1);
    lua_pushcclosure(L, t_index, 2);
    lua_setfield(L, -2, "__index");
    lua_pushlightuserdata(L, s);
    lua_pushcclosure(L, t_newindex, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushlightuserdata(L, s);
    lua_pushcclosure(L, t_tostring, 1);
    lua_setfield(L, -2, "__tostring");
    lua_pushliteral(L, "team");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);

    luaL_newmetatable(L, FLAGS_MT);
    lua_pushlightuserdata(L, s);
    lua_pushcclosure(L, f_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushlightuserdata(L, s);
    lua_pushcclosure(L, f_newindex, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushliteral(L, "flags");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
}
