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
    {"stop the collector", "collectgarbage('stop')", "not allowed"},
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
    {"one giant string", "local s = ('x'):rep(1 << 34)", "too large"},
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
                      "  local t = {} for i = 1, 1e8 do t[i] = ('x'):rep(1 << 20) .. i end end }\n"
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
        cmocka_unit_test(the_scenario_api_is_closed_after_loading),
        cmocka_unit_test(a_drill_time_memory_bomb_fails_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
