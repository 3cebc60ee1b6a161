/* test_scripting.c — scripts at drill time: when, hooks, the team object,
 * per-team random streams, ordered pairs, and failures that leave the drill
 * running. */
#include "script_fixture.h"

#include "dh_rank.h"
#include "dh_refcheck.h"

#include <stdio.h>
#include <string.h>

#define HEAD \
    "scenario { id = 's', duration = '1:00', title = 'T',\n" \
    "  categories = { 'detect', 'contain' }, stages = { 'access' } }\n"

static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
    return n;
}

static const char *warning_text(sfx *f, size_t i)
{
    static char buf[1200];
    assert_true(i < dh_drill_warnings(f->drill)->count);
    dh_diag_format(&dh_drill_warnings(f->drill)->items[i], buf, sizeof buf);
    return buf;
}

static void hooks_receive_their_arguments(void **state)
{
    (void)state;
    sfx *f = sfx_load(HEAD
        "local a = inject { id = 'a', at = '0:05', title = 'A' }\n"
        "decision { id = 'd', on = a, within = '10m', prompt = 'p', timeout = 'y',\n"
        "  options = { { id = 'x', text = 'X' }, { id = 'y', text = 'Y' } } }\n"
        "on('start', function(team) team:add('detect', 1, 'start ' .. team.id) end)\n"
        "on('inject', function(team, id) team:add('detect', 1, 'inject ' .. id) end)\n"
        "on('choice', function(team, d, o) team:add('detect', 1, 'choice ' .. d .. ' ' .. o) end)\n"
        "on('expire', function(team, d, o) team:add('detect', 1, 'expire ' .. d .. ' ' .. tostring(o)) end)\n"
        "on('end', function(team) team:add('contain', team:score('detect'), 'end') end)\n");
    sfx_drill(f, 2, 1);
    dh_drill_advance(f->drill, 7 * DH_MS_MINUTE);
    assert_int_equal(sfx_choose(f, 0, "d", "x"), DH_OK);
    dh_drill_run_to_end(f->drill);
    const char *log = dh_buf_cstr(&f->log);
    assert_non_null(strstr(log, "\"team\":\"t1\",\"category\":\"detect\",\"points\":1,\"reason\":\"start t1\",\"by\":\"script\""));
    assert_non_null(strstr(log, "\"reason\":\"inject a\""));
    assert_non_null(strstr(log, "\"team\":\"t1\",\"category\":\"detect\",\"points\":1,\"reason\":\"choice d x\""));
    assert_non_null(strstr(log, "\"team\":\"t2\",\"category\":\"detect\",\"points\":1,\"reason\":\"expire d y\""));
    /* end hook sees the detect points: start + inject + choice/expire = 3 */
    assert_int_equal(dh_drill_points(f->drill, 0, 1), 3000);
    assert_int_equal(dh_drill_points(f->drill, 1, 1), 3000);
    assert_int_equal(dh_drill_warnings(f->drill)->count, 0);
    sfx_free(f);
}

static void team_object_answers_questions(void **state)
{
    (void)state;
    sfx *f = sfx_load(HEAD
        "local a = inject { id = 'a', at = '0:05', title = 'A' }\n"
        "inject { id = 'b', title = 'B' }\n"
        "decision { id = 'd', on = a, within = '10m', prompt = 'p',\n"
        "  options = { { id = 'x', text = 'X', score = { contain = 4 } }, { id = 'y', text = 'Y' } } }\n"
        "on('choice', function(team, d, o)\n"
        "  assert(team:chose('d') == 'x' and team:chose(d) == o)\n"
        "  assert(team:delivered(a) and not team:delivered('b'))\n"
        "  assert(not team:missed('d') and team:score() == 4 and team:score('contain') == 4)\n"
        "  assert(team.name == 'Team 1' and team.bracket == 'odd')\n"
        "  team.flags.level = 2; team.flags.who = 'ops'; team.flags.ok = true\n"
        "  assert(team.flags.level == 2 and team.flags.who == 'ops' and team.flags.ok)\n"
        "  team.flags.ok = nil; assert(team.flags.ok == nil)\n"
        "  team:inject('b', { after = '5m' })\n"
        "end)\n");
    sfx_drill(f, 1, 1);
    dh_drill_advance(f->drill, 6 * DH_MS_MINUTE);
    assert_int_equal(sfx_choose(f, 0, "d", "x"), DH_OK);
    dh_drill_run_to_end(f->drill);
    assert_int_equal(dh_drill_warnings(f->drill)->count, 0);
    assert_int_equal(dh_drill_delivered_at(f->drill, 0, 1), 11 * DH_MS_MINUTE);
    sfx_free(f);
}

/* An inject with roles reaches only the teams of those roles, a decision with
 * roles opens only for them, scripts read team.role, and each role is ranked
 * on its own. */
static void roles_target_injects_and_decisions(void **state)
{
    (void)state;
    sfx *f = sfx_load(HEAD
        "local a = inject { id = 'a', at = '0:05', title = 'A' }\n"
        "inject { id = 'c', at = '0:05', title = 'C', roles = { 'central' } }\n"
        "decision { id = 'dp', on = a, within = '10m', prompt = 'p', roles = { 'provincial' },\n"
        "  options = { { id = 'x', text = 'X', score = { contain = 5 } }, { id = 'y', text = 'Y' } } }\n"
        "decision { id = 'dall', on = a, within = '10m', prompt = 'p',\n"
        "  options = { { id = 'x', text = 'X' } } }\n"
        "local worth = { central = 100, provincial = 10 }\n"
        "on('inject', function(team, id) if id == 'a' then\n"
        "  team:add('detect', worth[team.role] or (team.role == nil and 1 or 0), 'role') end end)\n");
    const char *roles[] = {"central", "provincial", NULL, "provincial"};
    for (int i = 0; i < 4; i++) {
        char id[8];
        snprintf(id, sizeof id, "t%d", i + 1);
        assert_int_equal(dh_roster_add(&f->roster, id, id, "all", i + 1), DH_OK);
        if (roles[i]) assert_int_equal(dh_roster_set_role(&f->roster, (size_t)i, roles[i]), DH_OK);
    }
    assert_int_equal(f->roster.nroles, 2);
    dh_drill_config cfg = {f->sc, &f->roster, 1, dh_script_iface_for(f->script)};
    f->drill = dh_drill_create(&cfg);
    assert_non_null(f->drill);
    assert_int_equal(dh_drill_start(f->drill), DH_OK);
    dh_drill_advance(f->drill, 6 * DH_MS_MINUTE);
    assert_int_equal(dh_drill_delivered_at(f->drill, 0, 1), 5 * DH_MS_MINUTE);
    assert_int_equal(dh_drill_delivered_at(f->drill, 1, 1), DH_MS_NEVER);
    assert_int_equal(dh_drill_delivered_at(f->drill, 2, 1), DH_MS_NEVER); /* no role */
    assert_int_equal(dh_drill_decision(f->drill, 0, 0)->status, DH_DEC_CLOSED);
    assert_int_equal(dh_drill_decision(f->drill, 1, 0)->status, DH_DEC_OPEN);
    assert_int_equal(dh_drill_decision(f->drill, 2, 0)->status, DH_DEC_CLOSED);
    for (int t = 0; t < 4; t++) assert_int_equal(dh_drill_decision(f->drill, t, 1)->status, DH_DEC_OPEN);
    assert_int_equal(sfx_choose(f, 1, "dp", "x"), DH_OK);
    dh_drill_run_to_end(f->drill);
    assert_int_equal(dh_drill_warnings(f->drill)->count, 0);
    /* the hook read each team's role */
    assert_int_equal(dh_drill_points(f->drill, 0, 0), 100000);
    assert_int_equal(dh_drill_points(f->drill, 1, 0), 10000);
    assert_int_equal(dh_drill_points(f->drill, 2, 0), 1000);
    assert_int_equal(dh_drill_points(f->drill, 3, 0), 10000);
    dh_ranking rk;
    assert_int_equal(dh_rank_compute(f->drill, &rk), DH_OK);
    assert_int_equal(rk.rank[0], 1);
    assert_int_equal(rk.rank[1], 2);        /* 15 points: second overall */
    assert_int_equal(rk.role_rank[1], 1);   /* but first of the provincial teams */
    assert_int_equal(rk.role_rank[0], 1);
    assert_int_equal(rk.role_rank[3], 2);   /* t4 is provincial, behind t2 */
    assert_int_equal(rk.rank[2], 4);
    assert_int_equal(rk.role_rank[2], 1);   /* alone among the teams without a role */
    dh_ranking_free(&rk);
    sfx_free(f);
}

/* team:sector counts the other teams of a role that chose an option, answered
 * at all or let the decision expire — as of the moment it is asked. */
static void sector_counts_what_a_role_chose_by_now(void **state)
{
    (void)state;
    sfx *f = sfx_load(HEAD
        "local a = inject { id = 'a', at = '0:05', title = 'A', roles = { 'provincial' } }\n"
        "decision { id = 'report', on = a, within = '10m', prompt = 'p', roles = { 'provincial' },\n"
        "  options = { { id = 'now', text = 'Now' }, { id = 'later', text = 'Later' } } }\n"
        "inject { id = 'early', at = '0:10', title = 'E', roles = { 'central' },\n"
        "  when = function(team) local n, of, missed = team:sector('provincial', 'report')\n"
        "    return n == 2 and of == 3 and missed == 0 end }\n"
        "inject { id = 'late', at = '0:20', title = 'L', roles = { 'central' } }\n"
        "on('inject', function(team, id) if id == 'late' then\n"
        "  local n, of, missed = team:sector('provincial', 'report', 'now')\n"
        "  team:add('detect', n * 100 + of * 10 + missed, 'provinces')\n"
        "  local all, teams, gone = team:sector(nil, 'report')\n"
        "  team:add('contain', all * 100 + teams * 10 + gone, 'everyone')\n"
        "  local none, zero = team:sector('nobody', 'report')\n"
        "  assert(none == 0 and zero == 0)\n"
        "end end)\n");
    const char *roles[] = {"central", "provincial", "provincial", "provincial", NULL};
    for (int i = 0; i < 5; i++) {
        char id[8];
        snprintf(id, sizeof id, "t%d", i + 1);
        assert_int_equal(dh_roster_add(&f->roster, id, id, "all", i + 1), DH_OK);
        if (roles[i]) assert_int_equal(dh_roster_set_role(&f->roster, (size_t)i, roles[i]), DH_OK);
    }
    dh_drill_config cfg = {f->sc, &f->roster, 1, dh_script_iface_for(f->script)};
    f->drill = dh_drill_create(&cfg);
    assert_non_null(f->drill);
    assert_int_equal(dh_drill_start(f->drill), DH_OK);
    dh_drill_advance(f->drill, 6 * DH_MS_MINUTE);
    assert_int_equal(sfx_choose(f, 1, "report", "now"), DH_OK);
    assert_int_equal(sfx_choose(f, 2, "report", "later"), DH_OK);
    dh_drill_run_to_end(f->drill);
    assert_int_equal(dh_drill_warnings(f->drill)->count, 0);
    /* at 0:10 two of three provinces had answered and none had missed */
    assert_int_equal(dh_drill_delivered_at(f->drill, 0, 1), 10 * DH_MS_MINUTE);
    /* at 0:20: one "now" of three provinces, the third expired at 0:15 */
    assert_int_equal(dh_drill_points(f->drill, 0, 0), 131000);
    /* no role: every team, the central one and the one without a role included */
    assert_int_equal(dh_drill_points(f->drill, 0, 1), 251000);
    sfx_free(f);
}

/* An option the decision lacks fails the call, at the script's line. */
static void sector_refuses_an_unknown_option(void **state)
{
    (void)state;
    sfx *f = sfx_load(HEAD
        "local a = inject { id = 'a', at = '0:05', title = 'A' }\n"
        "decision { id = 'd', on = a, prompt = 'p', options = { { id = 'x', text = 'X' } } }\n"
        "on('inject', function(team, id) local n = team:sector(nil, 'd', 'y') end)\n");
    sfx_drill(f, 1, 1);
    dh_drill_run_to_end(f->drill);
    assert_int_equal(dh_drill_warnings(f->drill)->count, 1);
    assert_non_null(strstr(warning_text(f, 0), "t.lua:5:"));
    assert_non_null(strstr(warning_text(f, 0), "decision \"d\" has no option \"y\""));
    sfx_free(f);
}

/* `check` finds a misspelt role, decision or option in team:sector before a drill. */
static void check_reads_sector_literals(void **state)
{
    (void)state;
    const char *src = HEAD
        "local a = inject { id = 'a', at = '0:05', title = 'A', roles = { 'provincial' } }\n"
        "decision { id = 'report', on = a, prompt = 'p',\n"
        "  options = { { id = 'now', text = 'Now' } } }\n"
        "on('end', function(team)\n"
        "  local ok = team:sector('provincial', 'report', 'now') + team:sector(nil, 'report')\n"
        "  local a = team:sector('provincal', 'report')\n"
        "  local b = team:sector('provincial', 'reprot')\n"
        "  local c = team:sector('provincial', 'report', 'nwo')\n"
        "end)\n";
    sfx *f = sfx_load(src);
    assert_int_equal(f->status, DH_OK);
    dh_diags d;
    dh_diags_init(&d);
    assert_int_equal(dh_refcheck(src, "t.lua", f->sc, &d), DH_OK);
    assert_int_equal(d.count, 3);
    char buf[600];
    dh_diag_format(&d.items[0], buf, sizeof buf);
    assert_non_null(strstr(buf, "t.lua:8:"));
    assert_non_null(strstr(buf, "role \"provincal\""));
    assert_non_null(strstr(buf, "did you mean \"provincial\""));
    dh_diag_format(&d.items[1], buf, sizeof buf);
    assert_non_null(strstr(buf, "t.lua:9:"));
    assert_non_null(strstr(buf, "unknown decision \"reprot\""));
    dh_diag_format(&d.items[2], buf, sizeof buf);
    assert_non_null(strstr(buf, "t.lua:10:"));
    assert_non_null(strstr(buf, "no option \"nwo\""));
    assert_non_null(strstr(buf, "did you mean \"now\""));
    dh_diags_free(&d);
    sfx_free(f);
}

/* A team method given more arguments than it takes: Lua would drop the extra
 * ones, so team:chose('d', 'o') was the option chosen, true for every team that
 * answered. check names it; one it cannot read is refused when it runs. */
static void team_methods_refuse_extra_arguments(void **state)
{
    (void)state;
    const char *src = HEAD
        "local a = inject { id = 'a', at = '0:05', title = 'A' }\n"
        "decision { id = 'd', on = a, within = '10m', prompt = 'p',\n"
        "  options = { { id = 'x', text = 'X' }, { id = 'y', text = 'Y' } } }\n"
        "inject { id = 'b', at = '0:30', title = 'B', when = function(t) return t:chose('d', 'x') end }\n"
        "on('end', function(team) team:add('detect', 1, 'r', 'extra') local m = team:missed('d') end)\n"
        "inject { id = 'c', at = '0:40', title = 'C', when = function(t) local m = 'chose' return t[m](t, 'd', 'y') end }\n";
    sfx *f = sfx_load(src);
    assert_int_equal(f->status, DH_OK);
    dh_diags d;
    dh_diags_init(&d);
    assert_int_equal(dh_refcheck(src, "t.lua", f->sc, &d), DH_OK);
    assert_int_equal(d.count, 2);
    char buf[600];
    dh_diag_format(&d.items[0], buf, sizeof buf);
    assert_non_null(strstr(buf, "t.lua:6: team:chose takes one argument; compare its result: team:chose(\"d\") == \"x\""));
    dh_diag_format(&d.items[1], buf, sizeof buf);
    assert_non_null(strstr(buf, "t.lua:7: team:add takes at most 3 argument(s), and is given 4"));
    dh_diags_free(&d);
    sfx_drill(f, 2, 1);
    dh_drill_advance(f->drill, 6 * DH_MS_MINUTE);
    assert_int_equal(sfx_choose(f, 0, "d", "x"), DH_OK);
    assert_int_equal(sfx_choose(f, 1, "d", "y"), DH_OK);
    dh_drill_run_to_end(f->drill);
    /* every call refused: b and c withheld from both teams */
    for (int t = 0; t < 2; t++) {
        assert_int_equal(dh_drill_delivered_at(f->drill, t, 1), DH_MS_NEVER);
        assert_int_equal(dh_drill_delivered_at(f->drill, t, 2), DH_MS_NEVER);
    }
    int chose = 0;
    for (size_t i = 0; i < dh_drill_warnings(f->drill)->count; i++)
        chose += strstr(warning_text(f, i), "team:chose takes one argument") != NULL;
    assert_true(chose >= 1);
    sfx_free(f);
}

static void when_sees_flags_set_by_options(void **state)
{
    (void)state;
    sfx *f = sfx_load(HEAD
        "local a = inject { id = 'a', at = '0:05', title = 'A' }\n"
        "decision { id = 'd', on = a, within = '10m', prompt = 'p',\n"
        "  options = { { id = 'x', text = 'X', set = { spread = true } }, { id = 'y', text = 'Y' } } }\n"
        "inject { id = 'b', at = '0:30', title = 'B', when = function(t) return t.flags.spread end }\n");
    sfx_drill(f, 3, 1);
    dh_drill_advance(f->drill, 6 * DH_MS_MINUTE);
    assert_int_equal(sfx_choose(f, 0, "d", "x"), DH_OK);
    assert_int_equal(sfx_choose(f, 1, "d", "y"), DH_OK);
    dh_drill_run_to_end(f->drill);
    assert_int_equal(dh_drill_delivered_at(f->drill, 0, 1), 30 * DH_MS_MINUTE);
    assert_int_equal(dh_drill_delivered_at(f->drill, 1, 1), DH_MS_NEVER);
    assert_int_equal(count(dh_buf_cstr(&f->log), "\"type\":\"withheld\""), 2);
    sfx_free(f);
}

static void a_runaway_when_is_reported_and_the_drill_goes_on(void **state)
{
    (void)state;
    sfx *f = sfx_load(HEAD
        "inject { id = 'a', at = '0:05', title = 'A', when = function(team)\n"
        "  if team.id == 't1' then while true do end end\n"
        "  return true end }\n");
    sfx_drill(f, 2, 1);
    dh_drill_run_to_end(f->drill);
    assert_int_equal(dh_drill_delivered_at(f->drill, 0, 0), DH_MS_NEVER);
    assert_int_equal(dh_drill_delivered_at(f->drill, 1, 0), 5 * DH_MS_MINUTE);
    const char *w = warning_text(f, 0);
    assert_non_null(strstr(w, "t.lua:4: "));
    assert_non_null(strstr(w, "instruction budget"));
    assert_non_null(strstr(w, "team \"t1\""));
    sfx_free(f);
}

static void a_when_may_not_change_the_drill(void **state)
{
    (void)state;
    sfx *f = sfx_load(HEAD
        "inject { id = 'a', at = '0:05', title = 'A', when = function(team)\n"
        "  team:add('detect', 5, 'sneaky'); return true end }\n");
    sfx_drill(f, 1, 1);
    dh_drill_run_to_end(f->drill);
    assert_int_equal(dh_drill_team_total(f->drill, 0), 0);
    assert_int_equal(dh_drill_delivered_at(f->drill, 0, 0), DH_MS_NEVER);
    const char *w = warning_text(f, 0);
    assert_non_null(strstr(w, "t.lua:4: "));
    assert_non_null(strstr(w, "not allowed in a `when`"));
    sfx_free(f);
}

static void a_failing_hook_is_reported_with_its_line(void **state)
{
    (void)state;
    sfx *f = sfx_load(HEAD
        "inject { id = 'a', at = '0:05', title = 'A' }\n"
        "on('inject', function(team, id)\n"
        "  team:add('nope', 1)\n"
        "end)\n");
    sfx_drill(f, 1, 1);
    dh_drill_run_to_end(f->drill);
    assert_true(dh_drill_ended(f->drill));
    const char *w = warning_text(f, 0);
    assert_non_null(strstr(w, "t.lua:5: "));
    assert_non_null(strstr(w, "unknown category \"nope\""));
    sfx_free(f);
}

static const char random_src[] = HEAD
    "on('start', function(team) team:add('detect', math.random(1, 1000000), 'r') end)\n";

static void random_streams_are_per_team_and_seeded(void **state)
{
    (void)state;
    sfx *a = sfx_load(random_src), *b = sfx_load(random_src), *c = sfx_load(random_src);
    sfx_drill(a, 3, 42);
    sfx_drill(b, 3, 42);
    sfx_drill(c, 3, 43);
    assert_string_equal(dh_buf_cstr(&a->log), dh_buf_cstr(&b->log));
    assert_string_not_equal(dh_buf_cstr(&a->log), dh_buf_cstr(&c->log));
    assert_int_not_equal(dh_drill_team_total(a->drill, 0), dh_drill_team_total(a->drill, 1));
    sfx_free(a);
    sfx_free(b);
    sfx_free(c);
}

static void pairs_visits_keys_in_order(void **state)
{
    (void)state;
    sfx *f = sfx_load(HEAD
        "local t = {}\n"
        "for _, k in ipairs({ 'zeta', 'alpha', 'mu', 'beta', 'omega', 'kappa' }) do t[k] = true end\n"
        "t[3] = true; t[1] = true\n"
        "local seen = {}\n"
        "for k in pairs(t) do seen[#seen + 1] = tostring(k) end\n"
        "assert(table.concat(seen, ',') == '1,3,alpha,beta,kappa,mu,omega,zeta', table.concat(seen, ','))\n");
    assert_int_equal(f->status, DH_OK);
    sfx_free(f);
}

static void team_objects_die_with_their_drill(void **state)
{
    (void)state;
    sfx *f = sfx_load(HEAD
        "local kept\n"
        "on('start', function(team) if kept then local _ = kept.id end; kept = team end)\n");
    sfx_drill(f, 1, 1);
    dh_drill *first = f->drill;
    dh_roster roster;
    dh_roster_init(&roster);
    dh_roster_add(&roster, "other", "Other", "b", 1);
    dh_drill_config cfg = {f->sc, &roster, 1, dh_script_iface_for(f->script)};
    dh_drill *second = dh_drill_create(&cfg);
    dh_drill_start(second);
    char buf[1200];
    assert_int_equal(dh_drill_warnings(second)->count, 1);
    dh_diag_format(&dh_drill_warnings(second)->items[0], buf, sizeof buf);
    assert_non_null(strstr(buf, "belongs to a drill that has ended"));
    dh_drill_destroy(second);
    dh_roster_free(&roster);
    f->drill = first;
    sfx_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hooks_receive_their_arguments),
        cmocka_unit_test(team_object_answers_questions),
        cmocka_unit_test(roles_target_injects_and_decisions),
        cmocka_unit_test(sector_counts_what_a_role_chose_by_now),
        cmocka_unit_test(sector_refuses_an_unknown_option),
        cmocka_unit_test(check_reads_sector_literals),
        cmocka_unit_test(team_methods_refuse_extra_arguments),
        cmocka_unit_test(when_sees_flags_set_by_options),
        cmocka_unit_test(a_runaway_when_is_reported_and_the_drill_goes_on),
        cmocka_unit_test(a_when_may_not_change_the_drill),
        cmocka_unit_test(a_failing_hook_is_reported_with_its_line),
        cmocka_unit_test(random_streams_are_per_team_and_seeded),
        cmocka_unit_test(pairs_visits_keys_in_order),
        cmocka_unit_test(team_objects_die_with_their_drill),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
