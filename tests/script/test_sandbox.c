/* test_sandbox.c — escape attempts. Each must be refused with a clear error at
 * its line, and leave no trace outside the Lua state. */
#include "script_fixture.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define MARK "/tmp/drillhall-sandbox-escape"

typedef struct attempt {
    const char *name;
    const char *code;     /* on line 2 of the file */
    const char *message;  /* expected in the error */
} attempt;

static const attempt attempts[] = {
    {"io library", "io.open('" MARK "', 'w'):write('x')", "global 'io'"},
    {"os.execute", "os.execute('touch " MARK "')", "global 'os'"},
    {"os.getenv", "local h = os.getenv('HOME')", "global 'os'"},
    {"require", "require('os').execute('touch " MARK "')", "global 'require'"},
    {"dofile", "dofile('/etc/passwd')", "global 'dofile'"},
    {"loadfile", "loadfile('/etc/passwd')()", "global 'loadfile'"},
    {"package.loadlib", "package.loadlib('libc.so.6', 'system')", "global 'package'"},
    {"debug library", "debug.sethook()", "global 'debug'"},
    {"string.dump", "load(string.dump(print))", "field 'dump'"},
    {"binary chunk by mode", "load('\\27Lua', 'x', 'b')", "only text chunks"},
    {"binary chunk by content", "assert(load('\\27LuaT\\0'))", "binary chunk"},
    {"stop the collector", "collectgarbage('stop')", "not available"},
    {"finalizer outside the budget",
     "setmetatable({}, { __gc = function() while true do end end })", "__gc"},
    {"endless loop", "while true do end", "instruction budget"},
    {"loop that swallows its own budget error",
     "while true do pcall(function() while true do end end) end", "instruction budget"},
    {"error handler that loops",
     "xpcall(function() while true do end end, function() while true do end end)",
     "instruction budget"},
    {"memory bomb", "local t = {} for i = 1, 1e8 do t[i] = ('x'):rep(64) .. i end",
     "not enough memory"},
    {"one giant string", "local s = ('x'):rep(1 << 34)", "more than a scenario may ask for"},
    {"empty string repeated forever", "string.rep('', math.maxinteger)", "more than a scenario"},
    {"moving a trillion elements", "table.move({}, 1, 1e15, 2)", "table.move: more than"},
    {"plain find, quadratic", "string.find(('a'):rep(1 << 22), ('a'):rep(1 << 21) .. 'b', 1, true)",
     "too costly"},
    {"balanced match from every start", "string.find(('('):rep(1e6), '%b()')", "too costly"},
    {"sorting in a loop", "local t = {} for i = 1, 3e5 do t[i] = i end\n"
     "for i = 1, 1e5 do table.sort(t) end", "instruction budget"},
    {"iterating table keys", "for k in pairs({ [{}] = 1, [{}] = 2 }) do end", "no stable order"},
    {"addresses through format", "local s = string.format('%p', {})", "addresses"},
    {"a decision with 40 000 options",
     "inject { id = 'i', at = '0:01', title = 'I' }\nlocal o = {}\n"
     "for i = 1, 40000 do o[i] = { id = 'o' .. i, text = 'O' } end\n"
     "decision { id = 'd', on = 'i', prompt = 'P', options = o }", "more than 100 options"},
    {"a million injects", "for i = 1, 1e6 do inject { id = 'i' .. i, title = 't' } end",
     "more than 2000 injects"},
    {"model larger than the cap", "local big = ('x'):rep(1 << 22)\n"
     "for i = 1, 400 do inject { id = 'm' .. i, at = '0:07', title = big } end",
     "memory cap"},
    {"a handle's id overwritten", "local h = inject { id = 'i', at = '0:05', title = 'x' }\n"
     "h.id = {}", "handles are read-only"},
    {"an error without a position", "error({})", "error object is a table"},
    {"text that is not UTF-8", "inject { id = 'i', at = '0:05', title = 'bad \\xff' }",
     "not valid UTF-8"},

    {"backtracking pattern", "string.find(('a'):rep(40000), '.-.-.-.-b')", "too costly"},
    {"string metatable", "getmetatable('').__index = { upper = function() end }",
     "a boolean value"},
    {"reseeding the random stream", "math.randomseed(42)", "not available"},
    {"coroutines", "coroutine.wrap(function() end)()", "global 'coroutine'"},
    {"scenario API after loading", "on('end', function() inject { id = 'late', title = 'x' } end)\n"
     "error('marker')", "marker"},
};

static void each_attempt_is_refused_at_its_line(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof attempts / sizeof *attempts; i++) {
        const attempt *a = &attempts[i];
        remove(MARK);
        char src[1024];
        snprintf(src, sizeof src,
                 "scenario { id = 'x', title = 'x', duration = '1:00' }\n%s\n", a->code);
        sfx *f = sfx_load(src);
        char buf[1200] = "";
        if (f->diags.count) dh_diag_format(&f->diags.items[0], buf, sizeof buf);
        if (f->status == DH_OK || !strstr(buf, a->message) || f->diags.items[0].line < 2) {
            print_error("attempt \"%s\": status %d, diagnostic: %s\n", a->name, f->status, buf);
            fail();
        }
        assert_int_equal(access(MARK, F_OK), -1); /* nothing escaped to the file system */
        sfx_free(f);
    }
}

static void definition_tables_are_read_raw(void **state)
{
    (void)state;
    /* __index on a definition table used to run mid-definition and re-enter the
     * API (a use-after-free); raw reading never calls it */
    sfx *f = sfx_load("scenario { id = 'x', title = 'x', duration = '1:00' }\n"
                      "local t = setmetatable({ id = 'x1', at = '0:06' }, { __index = function(t, k)\n"
                      "  for i = 1, 20 do inject { id = 'y' .. i, at = '0:07', title = 'Y' } end\n"
                      "  return 'X' end })\n"
                      "inject(t)\n"
                      "decision { id = 'd', on = 'x1', prompt = 'P', options = { { id = 'o', text = 'O',\n"
                      "  score = setmetatable({}, { __pairs = function() return pcall, tostring, nil end }) } } }\n");
    char buf[1200];
    dh_diag_format(&f->diags.items[0], buf, sizeof buf);
    assert_non_null(strstr(buf, "t.lua:5: inject \"x1\": missing title"));
    assert_int_equal(f->diags.errors, 1); /* and the __pairs loop never ran */
    sfx_free(f);
}

static void iteration_and_strings_are_the_same_in_every_process(void **state)
{
    (void)state;
    sfx *f = sfx_load("scenario { id = 'x', title = 'x', duration = '1:00' }\n"
                      "assert(next({ delta = 4, alpha = 1, gamma = 3, beta = 2 }) == 'alpha')\n"
                      "assert(select(2, next({ 'a', 'b' }, 1)) == 'b')\n"
                      "assert(next({}) == nil)\n"
                      "assert(tostring({}) == 'table' and tostring(print) == 'function')\n"
                      "assert(string.format('%s/%d', {}, 3) == 'table/3')\n");
    assert_int_equal(f->status, DH_OK);
    sfx_free(f);
}

static void a_full_memory_cap_fails_the_call_not_the_engine(void **state)
{
    (void)state;
    /* a hook fills the cap and keeps it: the next calls must fail alone, where
     * they used to panic Lua while pushing their arguments */
    sfx *f = sfx_load("scenario { id = 'x', title = 'x', duration = '1:00', categories = { 'c' } }\n"
                      "G = false\n"
                      "on('start', function(team)\n"
                      "  for _, sz in ipairs{ 65536, 4096, 512, 64, 8, 1 } do\n"
                      "    pcall(function() while true do G = { G, string.rep('x', sz) } end end)\n"
                      "  end\n"
                      "  pcall(function() while true do G = { G } end end)\n"
                      "end)\n");
    sfx_drill(f, 3, 1);
    dh_drill_run_to_end(f->drill);
    assert_true(f->drill->ended);
    assert_true(f->drill->warnings.count >= 1);
    sfx_free(f);
}

static void drill_time_copies_count_against_the_cap(void **state)
{
    (void)state;
    sfx *f = sfx_load("scenario { id = 'x', title = 'x', duration = '1:00', categories = { 'c' } }\n"
                      "on('start', function(team)\n"
                      "  local big = string.rep('r', 1 << 20)\n"
                      "  for i = 1, 3000 do team.flags['f' .. i] = big .. i end\n"
                      "end)\n");
    sfx_drill(f, 1, 1);
    char buf[1200];
    assert_int_equal(f->drill->warnings.count, 1);
    dh_diag_format(&f->drill->warnings.items[0], buf, sizeof buf);
    assert_non_null(strstr(buf, "t.lua:4: "));
    assert_non_null(strstr(buf, "memory cap"));
    sfx_free(f);
}

static void the_scenario_api_is_closed_after_loading(void **state)
{
    (void)state;
    sfx *f = sfx_load("scenario { id = 'x', title = 'x', duration = '1:00', categories = { 'c' } }\n"
                      "on('start', function(team) inject { id = 'late', title = 'x' } end)\n");
    sfx_drill(f, 1, 1);
    char buf[1200];
    assert_int_equal(f->drill->warnings.count, 1);
    dh_diag_format(&f->drill->warnings.items[0], buf, sizeof buf);
    assert_non_null(strstr(buf, "t.lua:2: "));
    assert_non_null(strstr(buf, "only be used while the scenario file loads"));
    assert_int_equal(f->sc->ninjects, 0);
    sfx_free(f);
}

static void a_drill_time_memory_bomb_fails_alone(void **state)
{
    (void)state;
    sfx *f = sfx_load("scenario { id = 'x', title = 'x', duration = '1:00', categories = { 'c' } }\n"
                      "inject { id = 'a', at = '0:01', title = 'A', when = function(team)\n"
                      "  local t = {} for i = 1, 1e8 do t[i] = ('x'):rep(1024):rep(4096) .. i end end }\n"
                      "inject { id = 'b', at = '0:02', title = 'B' }\n");
    sfx_drill(f, 1, 1);
    dh_drill_run_to_end(f->drill);
    char buf[1200];
    dh_diag_format(&f->drill->warnings.items[0], buf, sizeof buf);
    assert_non_null(strstr(buf, "t.lua:3: "));
    assert_non_null(strstr(buf, "not enough memory"));
    assert_int_equal(dh_drill_delivered_at(f->drill, 0, 1), 2 * DH_MS_MINUTE);
    sfx_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_attempt_is_refused_at_its_line),
        cmocka_unit_test(definition_tables_are_read_raw),
        cmocka_unit_test(iteration_and_strings_are_the_same_in_every_process),
        cmocka_unit_test(a_full_memory_cap_fails_the_call_not_the_engine),
        cmocka_unit_test(drill_time_copies_count_against_the_cap),
        cmocka_unit_test(the_scenario_api_is_closed_after_loading),
        cmocka_unit_test(a_drill_time_memory_bomb_fails_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
