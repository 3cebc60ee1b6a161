/* wrap_expect.c — test files: `test { ... }` definitions read into dh_expect cases.
 *
 * A test file is Lua run in the same sandbox as scenarios, with one function,
 * test{}, instead of the scenario API; it can use locals, loops and helpers to
 * build its cases. Lua tables forget where their entries were written, so each
 * listed id is placed at the first line at or after the test{} that names it. */
#include "dh_expect_file.h"
#include "dh_file.h"
#include "dh_msg.h"
#include "dh_script.h"
#include "dh_text.h"
#include "dh_vec.h"
#include "wrap_fields.h"
#include "wrap_scenario.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct loader {
    dh_expect_suite *suite;
    const char *dir_scenario;   /* the default scenario path */
} loader;

/* The line, at or after `from`, where `needle` first appears (as "needle" when
 * quoted is set, else as needle followed by `=`); `from` when not found. */
static int line_of(const char *src, int from, const char *needle, int quoted)
{
    const char *p = src;
    int line = 1;
    while (*p && line < from) line += *p++ == '\n';
    size_t n = strlen(needle);
    for (int l = line; *p; p++) {
        if (*p == '\n') {
            l++;
            continue;
        }
        if (strncmp(p, needle, n)) continue;
        if (quoted) {
            if (p > src && (p[-1] == '"' || p[-1] == '\'') && p[n] == p[-1]) return l;
        } else {
            const char *q = p + n;
            while (*q == ' ' || *q == '\t') q++;
            if (*q == '=' && q[1] != '=' && (p == src || !(p[-1] == '_' || p[-1] == '.' ||
                                                         (p[-1] >= 'a' && p[-1] <= 'z'))))
                return l;
        }
    }
    return from;
}

static const char *source(wf_def *c) { return dh_script_source(c->s, NULL); }

/* Reads the list of strings (or handles) in field `name` into *items. */
static void read_names(wf_def *c, const char *name, dh_expect_name **items, size_t *n)
{
    lua_State *L = c->L;
    int t = wf_table_field(c, c->tab, name, "a list of inject ids");
    if (!t) return;
    for (lua_Integer i = 1; lua_rawgeti(L, t, i) != LUA_TNIL; i++) {
        char *id = wf_read_ref(c, -1, name);
        lua_pop(L, 1);
        if (!id) continue;
        dh_expect_name *e = dh_vec_push(items, n, sizeof *e);
        if (!e) {
            free(id);
            luaL_error(L, dh_msg(E_LUA_NOMEM));
        }
        e->id = id;
        e->line = line_of(source(c), c->line, id, 1);
    }
    lua_pop(L, 1);
}

typedef struct score_ctx {
    dh_expect_case *tc;
    dh_expect_cmp cmp;
    const char *field;
} score_ctx;

static void read_score_entry(wf_def *c, void *ud)
{
    score_ctx *sx = ud;
    lua_State *L = c->L;
    if (lua_type(L, -2) != LUA_TSTRING || !lua_isnumber(L, -1)) {
        wf_problem(c, dh_msg(E_WX_SCORE_ENTRIES), sx->field);
        return;
    }
    double v = lua_tonumber(L, -1);
    if (!isfinite(v) || fabs(v) > 1e9) {
        wf_problem(c, dh_msg(E_WX_OUT_OF_RANGE), sx->field, lua_tostring(L, -2));
        return;
    }
    dh_expect_score *e = dh_vec_push(&sx->tc->scores, &sx->tc->nscores, sizeof *e);
    if (!e) luaL_error(L, dh_msg(E_LUA_NOMEM));
    e->category = dh_strdup(lua_tostring(L, -2));
    e->cmp = sx->cmp;
    e->milli = (int64_t)llround(v * 1000.0);
    e->line = line_of(source(c), line_of(source(c), c->line, sx->field, 0), e->category, 0);
}

static void read_scores(wf_def *c, dh_expect_case *tc, const char *field, dh_expect_cmp cmp)
{
    int t = wf_table_field(c, c->tab, field, "a table { category = points }");
    if (!t) return;
    score_ctx sx = {tc, cmp, field};
    wf_each_sorted(c, t, read_score_entry, &sx);
    lua_pop(c->L, 1);
}

static void read_flag_entry(wf_def *c, void *ud)
{
    dh_expect_case *tc = ud;
    lua_State *L = c->L;
    if (lua_type(L, -2) != LUA_TSTRING) {
        wf_problem(c, "%s", dh_msg(E_WX_FLAGS_ENTRIES));
        return;
    }
    dh_expect_flag f = {0};
    switch (lua_type(L, -1)) {
    case LUA_TBOOLEAN: f.type = DH_VAL_BOOL, f.b = lua_toboolean(L, -1); break;
    case LUA_TNUMBER: f.type = DH_VAL_NUM, f.num = lua_tonumber(L, -1); break;
    case LUA_TSTRING: f.type = DH_VAL_STR, f.str = dh_strdup(lua_tostring(L, -1)); break;
    default:
        wf_problem(c, dh_msg(E_WX_FLAG_TYPE), lua_tostring(L, -2));
        return;
    }
    f.name = dh_strdup(lua_tostring(L, -2));
    f.line = line_of(source(c), line_of(source(c), c->line, "flags", 0), f.name, 0);
    dh_expect_flag *e = dh_vec_push(&tc->flags, &tc->nflags, sizeof *e);
    if (!e || !f.name) {
        free(f.name);
        free(f.str);
        luaL_error(L, dh_msg(E_LUA_NOMEM));
    }
    *e = f;
}

static void read_choices(wf_def *c, int tab, dh_expect_choice **list, size_t *n)
{
    static const char *const fields[] = {"at", "after", NULL};
    lua_State *L = c->L;
    int t = wf_table_field(c, tab, "choices",
                           "a list of { \"decision\", \"option\", at = \"H:MM\" }");
    if (!t) return;
    for (lua_Integer i = 1; lua_rawgeti(L, t, i) != LUA_TNIL; i++) {
        int el = lua_gettop(L);
        if (!lua_istable(L, el) || lua_rawgeti(L, el, 1) == LUA_TNIL ||
            lua_rawgeti(L, el, 2) != LUA_TSTRING) {
            wf_problem(c, dh_msg(E_WX_CHOICE_FORM), (int)i);
            lua_settop(L, el - 1);
            continue;
        }
        char *dec = wf_read_ref(c, el + 1, "a choice's decision");
        char *opt = dh_strdup(lua_tostring(L, el + 2));
        lua_settop(L, el);
        wf_check_fields(c, el, fields);
        dh_expect_choice ch = {dec, opt, DH_MS_NEVER, 0, c->line};
        int has_at = wf_get_time(c, el, "at", 1, &ch.at);
        int has_after = wf_get_time(c, el, "after", 0, &ch.after);
        if (has_at && has_after)
            wf_problem(c, dh_msg(E_WX_AT_OR_AFTER), (int)i);
        if (!has_at) ch.at = DH_MS_NEVER;
        lua_pop(L, 1);
        if (!dec || !opt) {
            free(dec);
            free(opt);
            continue;
        }
        ch.line = line_of(source(c), c->line, dec, 1);
        dh_expect_choice *e = dh_vec_push(list, n, sizeof *e);
        if (!e) {
            free(dec);
            free(opt);
            luaL_error(L, dh_msg(E_LUA_NOMEM));
        }
        *e = ch;
    }
    lua_pop(L, 1);
}

static void read_unset(wf_def *c, dh_expect_case *tc)
{
    lua_State *L = c->L;
    int t = wf_table_field(c, c->tab, "unset", "a list of flag names");
    if (!t) return;
    for (lua_Integer i = 1; lua_rawgeti(L, t, i) != LUA_TNIL; i++) {
        if (lua_type(L, -1) != LUA_TSTRING) {
            wf_problem(c, dh_msg(E_WX_UNSET), (int)i);
        } else {
            dh_expect_flag *e = dh_vec_push(&tc->flags, &tc->nflags, sizeof *e);
            if (!e) luaL_error(L, dh_msg(E_LUA_NOMEM));
            e->type = DH_VAL_NIL;
            e->name = dh_strdup(lua_tostring(L, -1));
            e->line = line_of(source(c), c->line, e->name, 1);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* peers = { role = "provincial", teams = 4, bots = "best" }: other teams in the
 * drill, so that the test team's scripts have someone to count (team:sector). */
static void read_peers(wf_def *c, dh_expect_case *tc)
{
    static const char *const fields[] = {"role", "teams", "bots", "choices", NULL};
    lua_State *L = c->L;
    int t = wf_table_field(c, 1, "peers", "a table { role = \"provincial\", teams = 4, bots = \"best\" }");
    if (!t) return;
    wf_check_fields(c, t, fields);
    tc->peer_role = wf_get_string(c, t, "role");
    if (!tc->peer_role || !dh_id_valid(tc->peer_role)) wf_problem(c, "%s", dh_msg(E_WX_PEERS));
    if (wf_field(c, t, "teams") != LUA_TNIL && lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1 &&
        lua_tointeger(L, -1) <= 200)
        tc->npeers = (size_t)lua_tointeger(L, -1);
    else
        wf_problem(c, "%s", dh_msg(E_WX_PEERS));
    lua_pop(L, 1);
    char *bots = wf_get_string(c, t, "bots");
    tc->peer_bots = DH_BOT_BEST;
    if (bots && !strcmp(bots, "timeout")) tc->peer_bots = DH_BOT_NONE;
    else if (bots) {
        int p = dh_bot_policy_parse(bots);
        if (p <= 0) wf_problem(c, dh_msg(E_WX_OTHERS), bots);
        else tc->peer_bots = (dh_bot_policy)p;
    }
    free(bots);
    read_choices(c, t, &tc->peer_choices, &tc->npeer_choices);
    lua_pop(L, 1);
}

static int w_test(lua_State *L)
{
    static const char *const fields[] = {"name", "scenario", "seed", "role", "others", "choices",
                                         "delivered", "withheld", "score", "at_least",
                                         "at_most", "flags", "unset", "peers", NULL};
    wf_def c;
    wf_begin(&c, L, "test");
    loader *ld = lua_touserdata(L, lua_upvalueindex(2));
    dh_expect_case *tc = dh_vec_push(&ld->suite->cases, &ld->suite->ncases, sizeof *tc);
    if (!tc) return luaL_error(L, dh_msg(E_LUA_NOMEM));
    size_t errors = c.s->diags->errors;
    tc->line = c.line;
    tc->file = dh_strdup(c.s->path);
    tc->seed = 1;
    tc->name = wf_get_string(&c, 1, "name");
    if (!tc->name) {
        wf_problem(&c, "%s", dh_msg(E_WX_NO_NAME));
        tc->name = dh_strdup("?");
    } else {
        snprintf(c.what, sizeof c.what, "test \"%s\"", tc->name);
    }
    wf_check_fields(&c, 1, fields);
    for (size_t i = 0; i + 1 < ld->suite->ncases; i++)
        if (!strcmp(ld->suite->cases[i].name, tc->name))
            wf_problem(&c, dh_msg(E_WX_NAME_USED), ld->suite->cases[i].line);
    char *scen = wf_get_string(&c, 1, "scenario");
    tc->scenario = scen ? dh_expect_path_beside(c.s->path, scen) : dh_strdup(ld->dir_scenario);
    free(scen);
    if (wf_field(&c, 1, "seed") != LUA_TNIL) {
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 0)
            wf_problem(&c, "%s", dh_msg(E_WX_SEED));
        else tc->seed = (uint64_t)lua_tointeger(L, -1);
    }
    lua_pop(L, 1);
    tc->role = wf_get_string(&c, 1, "role");
    if (tc->role && !dh_id_valid(tc->role)) wf_problem(&c, dh_msg(E_WX_ROLE), tc->role);
    char *others = wf_get_string(&c, 1, "others");
    tc->others = DH_BOT_NONE;
    if (others && strcmp(others, "timeout")) {
        int p = dh_bot_policy_parse(others);
        if (p <= 0) wf_problem(&c, dh_msg(E_WX_OTHERS),
                               others);
        else tc->others = (dh_bot_policy)p;
    }
    free(others);
    read_peers(&c, tc);
    read_choices(&c, c.tab, &tc->choices, &tc->nchoices);
    read_names(&c, "delivered", &tc->delivered, &tc->ndelivered);
    read_names(&c, "withheld", &tc->withheld, &tc->nwithheld);
    read_scores(&c, tc, "score", DH_CMP_EQ);
    read_scores(&c, tc, "at_least", DH_CMP_GE);
    read_scores(&c, tc, "at_most", DH_CMP_LE);
    int ft = wf_table_field(&c, 1, "flags", "a table { flag = value }");
    if (ft) {
        wf_each_sorted(&c, ft, read_flag_entry, tc);
        lua_pop(L, 1);
    }
    read_unset(&c, tc);
    if (!tc->nchoices + !tc->ndelivered + !tc->nwithheld + !tc->nscores + !tc->nflags == 5)
        wf_problem(&c, "%s", dh_msg(E_WX_NOTHING));
    tc->broken = c.s->diags->errors > errors;
    return 0;
}

char *dh_expect_path_beside(const char *file, const char *rel)
{
    if (rel[0] == '/') return dh_strdup(rel);
    const char *slash = strrchr(file, '/');
    size_t dir = slash ? (size_t)(slash - file) + 1 : 0;
    size_t n = dir + strlen(rel) + 1;
    char *p = malloc(n);
    if (!p) return NULL;
    memcpy(p, file, dir);
    strcpy(p + dir, rel);
    return p;
}

char *dh_expect_default_scenario(const char *test_file)
{
    /* dir/tests/NAME.test.lua → dir/NAME.lua; anything else: NAME.lua beside it */
    const char *slash = strrchr(test_file, '/');
    const char *base = slash ? slash + 1 : test_file;
    size_t blen = strlen(base);
    const char *suffix = ".test.lua";
    size_t slen = strlen(suffix);
    size_t stem = blen > slen && !strcmp(base + blen - slen, suffix) ? blen - slen : blen;
    char name[512];
    snprintf(name, sizeof name, "%.*s.lua", (int)stem, base);
    size_t dir = (size_t)(base - test_file);
    char up[600];
    if (dir >= 6 && !strncmp(test_file + dir - 6, "tests/", 6) &&
        (dir == 6 || test_file[dir - 7] == '/')) {
        snprintf(up, sizeof up, "%.*s%s", (int)(dir - 6), test_file, name);
        return dh_strdup(up);
    }
    snprintf(up, sizeof up, "%.*s%s", (int)dir, test_file, name);
    return dh_strdup(up);
}

dh_status dh_expect_load(const char *path, dh_expect_suite *out, dh_diags *diags)
{
    memset(out, 0, sizeof *out);
    char *text;
    size_t len;
    if (dh_read_file(path, &text, &len)) {
        dh_diags_add(diags, DH_ERROR, path, 0, dh_msg(E_CANNOT_READ), strerror(errno));
        return DH_EIO;
    }
    dh_script *s = dh_script_create(NULL, 1);
    loader ld = {out, NULL};
    char *def = dh_expect_default_scenario(path);
    ld.dir_scenario = def;
    if (!s || !def) {
        free(text);
        free(def);
        dh_script_destroy(s);
        return DH_ENOMEM;
    }
    lua_State *L = s->L;
    dh_wrap_scenario_hide(s);
    lua_pushlightuserdata(L, s);
    lua_pushlightuserdata(L, &ld);
    lua_pushcclosure(L, w_test, 2);
    lua_setglobal(L, "test");

    size_t errors = diags->errors, first = diags->count;
    dh_status st = dh_script_run_file(s, path, text, len, diags);
    int ran = st == DH_OK; /* the whole file ran (problems in cases are only diags) */
    dh_diags_sort_by_line(diags, first);
    free(text);
    if (st != DH_ENOMEM) {
        if (diags->errors == errors && !out->ncases)
            dh_diags_add(diags, DH_ERROR, path, 0, dh_msg(E_TEST_NONE_IN_FILE));
        st = diags->errors > errors ? DH_EINPUT : DH_OK;
    }
    free(def);
    dh_script_destroy(s);
    /* one bad case does not take the others with it: the file ran to its end,
     * so the cases read without a problem are kept (the status still says) */
    size_t kept = 0;
    for (size_t i = 0; st == DH_EINPUT && ran && i < out->ncases; i++) {
        if (out->cases[i].broken) dh_expect_case_free(&out->cases[i]);
        else out->cases[kept++] = out->cases[i];
    }
    size_t broken = st == DH_EINPUT && ran ? out->ncases - kept : 0;
    if (st == DH_EINPUT && ran) out->ncases = kept;
    if (st && (!ran || !out->ncases)) dh_expect_suite_free(out);
    out->nbroken = broken; /* counted in the summary: a bad case is not silently gone */
    return st;
}
