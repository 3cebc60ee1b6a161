/* wrap_question.c — question{}: an open question a team answers in its own
 * words and evaluators score against a rubric (dh_question.h).
 *
 *   question { id = "notify", on = phish, within = "20m",
 *              prompt = { en = ..., vi = ... }, guidance = { en = ..., vi = ... },
 *              rubric = { { id = "dpo", text = {...}, points = { communicate = 5 } }, ... },
 *              objectives = { "notify" }, roles = { "central" }, speed = {...} }
 *
 * Read like decision{}: every problem is recorded at its line and the question
 * is still added, so one `check` lists them all. */
#include "dh_msg.h"
#include "dh_question.h"
#include "dh_text.h"
#include "wrap_fields.h"
#include "wrap_scenario.h"

#include <math.h>
#include <string.h>

static void points_entry(wf_def *c, void *ud)
{
    int64_t milli;
    if (!dh_wrap_score_value(c, &milli)) dh_wrap_score_fill(c, dh_rubric_item_add_score(ud), milli);
}

static void read_rubric(wf_def *c, dh_question *q)
{
    static const char *const fields[] = {"id", "text", "points", NULL};
    lua_State *L = c->L;
    int t = wf_field(c, 1, "rubric");
    int rt = lua_gettop(L);
    if (t != LUA_TTABLE) {
        if (t != LUA_TNIL) wf_problem(c, "%s", dh_msg(E_Q_RUBRIC));
        lua_pop(L, 1);
        return; /* finalize says "no rubric" */
    }
    for (lua_Integer i = 1; lua_rawgeti(L, rt, i) != LUA_TNIL; i++) {
        if (i > DH_MAX_RUBRIC) luaL_error(L, dh_msg(E_Q_RUBRIC_MAX), DH_MAX_RUBRIC);
        int el = lua_gettop(L);
        if (!lua_istable(L, el)) {
            wf_problem(c, "%s", dh_msg(E_Q_RUBRIC));
            lua_pop(L, 1);
            continue;
        }
        dh_rubric_item *it = dh_question_add_item(q);
        if (!it) luaL_error(L, dh_msg(E_LUA_NOMEM));
        it->id = wf_get_id(c, el, "id", 1);
        if (!it->id) it->id = dh_strdup("?");
        if (!it->id) luaL_error(L, dh_msg(E_LUA_NOMEM));
        wf_check_fields(c, el, fields);
        wf_get_text(c, el, "text", &it->text, 1);
        int pt = wf_table_field(c, el, "points", "a table { category = points }");
        if (pt) {
            wf_each_sorted(c, pt, points_entry, it);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
}

static int add_objective(void *q, const char *id) { return dh_question_add_objective(q, id); }

int dh_wrap_question(lua_State *L)
{
    static const char *const fields[] = {"id", "on", "within", "prompt", "guidance", "rubric",
                                         "objectives", "roles", "speed", NULL};
    wf_def c;
    wf_begin(&c, L, "question");
    if (c.s->sc->nquestions >= DH_MAX_QUESTIONS)
        return luaL_error(L, dh_msg(E_LUA_MAX_QUESTIONS), DH_MAX_QUESTIONS);
    dh_question *q = dh_scenario_add_question(c.s->sc);
    if (!q) return luaL_error(L, dh_msg(E_LUA_NOMEM));
    q->line = c.line;
    q->id = wf_get_id(&c, 1, "id", 1);
    if (!q->id) q->id = dh_strdup("?");
    else snprintf(c.what, sizeof c.what, "question \"%s\"", q->id);
    if (!q->id) return luaL_error(L, dh_msg(E_LUA_NOMEM));
    wf_check_fields(&c, 1, fields);
    if (wf_field(&c, 1, "on") != LUA_TNIL) q->on_id = wf_read_ref(&c, -1, "on");
    lua_pop(L, 1);
    dh_ms within;
    if (wf_get_time(&c, 1, "within", 0, &within)) {
        if (within <= 0) wf_problem(&c, "%s", dh_msg(E_MSEL_WITHIN_ZERO));
        else q->within = within;
    }
    wf_get_text(&c, 1, "prompt", &q->prompt, 1);
    wf_get_text(&c, 1, "guidance", &q->guidance, 0);
    read_rubric(&c, q);
    wrap_read_evidence(&c, 1, q, add_objective);
    wrap_read_roles(&c, 1, &q->roles, &q->nroles);
    wrap_read_speed(&c, &q->speed);
    wf_push_handle(L, "question", q->id);
    return 1;
}
