/* test_sandbox.c — escape attempts. Each must be refused with a clear error at
 * its line, and leave no trace outside the Lua state. */
#define _POSIX_C_SOURCE 200809L /* mkstemp, pread, dup2 */
#include "script_fixture.h"

#include "dh_state.h"
#include "dh_time.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MARK "/tmp/drillhall-sandbox-escape"

typedef struct attempt {
    const char *name;
    const char *code;     /* on line 2 of the file */
    const char *message;  /* expected in the error */
} attempt;

static const attempt attempts[] = {
    {"io library", "io.open('" MARK "', 'w'):write('x')", "io is not available in scenarios"},
    {"os.execute", "os.execute('touch " MARK "')", "os is not available in scenarios"},
    {"os.getenv", "local h = os.getenv('HOME')", "os is not available in scenarios"},
    {"require", "require('os').execute('touch " MARK "')",
     "require is not available in scenarios"},
    {"dofile", "dofile('/etc/passwd')", "dofile is not available in scenarios"},
    {"loadfile", "loadfile('/etc/passwd')()", "loadfile is not available in scenarios"},
    {"package.loadlib", "package.loadlib('libc.so.6', 'system')",
     "package is not available in scenarios"},
    {"debug library", "debug.sethook()", "debug is not available in scenarios"},
    {"debug through _G", "_G.debug.getinfo(1)", "debug is not available in scenarios"},
    {"os through _ENV", "local e = _ENV['o' .. 's']", "os is not available in scenarios"},
    {"string.dump", "load(string.dump(print))", "string.dump is not available in scenarios"},
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
    {"memory bomb", "local t = {} for i = 1, 1e8 do t[i] = ('x'):rep(16384 + i) end",
     "not enough memory"},
    {"one giant string", "local s = ('x'):rep(1 << 34)", "more than a scenario may ask for"},
    {"empty string repeated forever", "string.rep('', math.maxinteger)", "more than a scenario"},
    {"moving a trillion elements", "table.move({}, 1, 1e15, 2)", "table.move: more than"},
    {"plain find, quadratic", "string.find(('a'):rep(1 << 22), ('a'):rep(1 << 21) .. 'b', 1, true)",
     "instruction budget"},
    {"balanced match from every start", "string.find(('('):rep(1e6), '%b()')", "instruction budget"},
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

    {"backtracking pattern", "string.find(('a'):rep(40000), '.-.-.-.-b')", "instruction budget"},
    {"string metatable", "getmetatable('').__index = { upper = function() end }",
     "a boolean value"},
    {"reseeding the random stream", "math.randomseed(42)", "not available"},
    {"coroutines", "coroutine.wrap(function() end)()", "coroutine is not available in scenarios"},
    {"finalizer as a callable table",
     "setmetatable({}, { __gc = setmetatable({}, { __call = function() end }) })", "__gc"},
    {"addresses through a format width", "local s = string.format('%10p', {})", "addresses"},
    {"addresses through a format flag", "local s = string.format('%-p', print)", "addresses"},
    {"addresses through a flag and a width", "local s = string.format('%-20p', {})",
     "addresses"},
    {"string.dump through the string metatable", "local d = ('x').dump", "string.dump"},
    {"a format with %p after a zero byte", "local s = string.format('\\0%p', {})", "addresses"},
    {"a to-be-closed variable that loops on close",
     "do local x <close> = setmetatable({}, { __close = function() while true do end end }) end",
     "instruction budget"},
    {"a loop on close while the budget error unwinds",
     "local x <close> = setmetatable({}, { __close = function() while true do end end })\n"
     "while true do end", "instruction budget"},
    {"an error object whose __tostring loops",
     "error(setmetatable({}, { __tostring = function() while true do end end }))",
     "instruction budget"},
    {"a chunk that names a file", "load('error(\"x\")', '@/etc/passwd')()", "load"},
    {"scenario API after loading", "on('end', function() inject { id = 'late', title = 'x' } end)\n"
     "error('marker')", "marker"},
};

static void each_attempt_is_refused_at_its_line(void **state)
{
    (void)state;
    int failures = 0; /* every attempt is tried, so one run lists them all */
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
            failures++;
        }
        assert_int_equal(access(MARK, F_OK), -1); /* nothing escaped to the file system */
        sfx_free(f);
    }
    assert_int_equal(failures, 0);
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
    assert_true(dh_drill_ended(f->drill));
    assert_true(dh_drill_warnings(f->drill)->count >= 1);
    sfx_free(f);
}

/* Copying and allocating costs instructions too: the memory tests below give a
 * call room to reach the memory cap before its budget. */
static const dh_script_limits roomy = {16u << 20, 2000000, 2000000, 10};

static void drill_time_copies_count_against_the_cap(void **state)
{
    (void)state;
    sfx *f = sfx_load_limits("scenario { id = 'x', title = 'x', duration = '1:00', categories = { 'c' } }\n"
                      "on('start', function(team)\n"
                      "  local big = string.rep('r', 1 << 20)\n"
                      "  for i = 1, 3000 do team.flags['f' .. i] = big .. i end\n"
                      "end)\n", &roomy);
    sfx_drill(f, 1, 1);
    char buf[1200];
    assert_int_equal(dh_drill_warnings(f->drill)->count, 1);
    dh_diag_format(&dh_drill_warnings(f->drill)->items[0], buf, sizeof buf);
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
    assert_int_equal(dh_drill_warnings(f->drill)->count, 1);
    dh_diag_format(&dh_drill_warnings(f->drill)->items[0], buf, sizeof buf);
    assert_non_null(strstr(buf, "t.lua:2: "));
    assert_non_null(strstr(buf, "only be used while the scenario file loads"));
    assert_int_equal(f->sc->ninjects, 0);
    sfx_free(f);
}

static void a_drill_time_memory_bomb_fails_alone(void **state)
{
    (void)state;
    sfx *f = sfx_load_limits("scenario { id = 'x', title = 'x', duration = '1:00', categories = { 'c' } }\n"
                      "inject { id = 'a', at = '0:01', title = 'A', when = function(team)\n"
                      "  local t = {} for i = 1, 1e8 do t[i] = ('x'):rep(1024):rep(4096) .. i end end }\n"
                      "inject { id = 'b', at = '0:02', title = 'B' }\n", &roomy);
    sfx_drill(f, 1, 1);
    dh_drill_run_to_end(f->drill);
    char buf[1200];
    dh_diag_format(&dh_drill_warnings(f->drill)->items[0], buf, sizeof buf);
    assert_non_null(strstr(buf, "t.lua:3: "));
    assert_non_null(strstr(buf, "not enough memory"));
    assert_int_equal(dh_drill_delivered_at(f->drill, 0, 1), 2 * DH_MS_MINUTE);
    sfx_free(f);
}

/* --- finalizers: no script code outside the budget or after the drill ------------------- */

static int global_int(sfx *f, const char *name)
{
    lua_State *L = f->script->L;
    lua_getglobal(L, name);
    int v = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    return v;
}


static void a_finalizer_added_after_setmetatable_never_runs(void **state)
{
    (void)state;
    /* Lua marks an object for finalization only when its metatable has __gc at
     * setmetatable time (lgc.c luaC_checkfinalizer): adding it later is inert */
    sfx *f = sfx_load("scenario { id = 'x', title = 'x', duration = '1:00' }\n"
                      "ran = false\n"
                      "local mt = {}\n"
                      "local t = setmetatable({}, mt)\n"
                      "mt.__gc = function() ran = true end\n"
                      "t = nil\n"
                      "collectgarbage()\n"
                      "collectgarbage()\n"
                      "assert(not ran, 'a finalizer ran')\n");
    assert_int_equal(f->status, DH_OK);
    sfx_free(f);
}

static void no_script_code_runs_after_the_drill_is_gone(void **state)
{
    (void)state;
    /* setmetatable's guard read __gc with a normal get, so the metatable's own
     * __index ran inside the guard and slipped a finalizer in after the check;
     * it ran outside any budget, and at lua_close after the drill was freed
     * (reading it through team:score: a heap use-after-free under ASan). Read
     * raw, the guard runs no script code, so no finalizer is ever marked. */
    sfx *f = sfx_load("scenario { id = 'x', title = 'x', duration = '1:00', categories = { 'c' } }\n"
                      "keep, probed, finalized = {}, 0, 0\n"
                      "on('start', function(team)\n"
                      "  local mt = setmetatable({}, { __index = function(mt, k)\n"
                      "    probed = probed + 1\n"
                      "    rawset(mt, '__gc', function()\n"
                      "      finalized = finalized + 1\n"
                      "      team:add('c', team:score() + 1, 'late') end)\n"
                      "  end })\n"
                      "  keep[#keep + 1] = setmetatable({}, mt)\n"
                      "  mt.__gc = function() finalized = finalized + 1 end -- too late to count\n"
                      "end)\n"
                      "on('end', function(team) keep = {} collectgarbage() collectgarbage() end)\n");
    sfx_drill(f, 2, 1);
    dh_drill_run_to_end(f->drill);
    assert_int_equal(dh_drill_warnings(f->drill)->count, 0);
    assert_int_equal(global_int(f, "probed"), 0);
    assert_int_equal(global_int(f, "finalized"), 0);
    assert_null(strstr(dh_buf_cstr(&f->log), "late"));
    sfx_free(f); /* and nothing runs at lua_close */
}

/* --- C work is charged to the budget ---------------------------------------------------- */

typedef struct runaway {
    const char *name, *setup, *body;
} runaway;

#define BIG "local s = ('a'):rep(1e5)"

static const runaway runaways[] = {
    {"find without a match", BIG, "s:find('b')"},
    {"a frontier pattern", BIG, "s:find('%f[%w]b')"},
    {"match", BIG, "s:match('b+')"},
    {"backtracking below any guess", "local s = ('a'):rep(20)", "s:find('a*a*a*a*a*b')"},
    {"balanced match", "local s = ('('):rep(3000)", "s:find('%b()')"},
    {"a long character class", "local s = ('a'):rep(2000) local p = '[' .. ('b'):rep(1000) .. ']'",
     "s:find(p)"},
    {"plain find, many candidates", "local s = ('a'):rep(1e4) local p = ('a'):rep(100) .. 'b'",
     "s:find(p, 1, true)"},
    {"gmatch", BIG, "for w in s:gmatch('b') do end"},
    {"gsub", BIG, "s:gsub('b', 'c')"},
    {"rep", "", "local x = ('x'):rep(1e5)"},
    {"concatenation in a loop", BIG, "local x = s .. 'y'"},
    {"table.concat", "local t = {} for i = 1, 50 do t[i] = ('x'):rep(2000) end",
     "table.concat(t)"},
    {"table.insert at index 1", "local t = {} for i = 1, 1e4 do t[i] = i end",
     "table.insert(t, 1, 0) table.remove(t, 1)"},
    {"upper", BIG, "s:upper()"},
    {"lower", BIG, "s:lower()"},
    {"reverse", BIG, "s:reverse()"},
    {"format %s", BIG, "string.format('%s', s)"},
    {"utf8.len", BIG, "utf8.len(s)"},
    {"load of a big chunk", "local code = '--' .. ('x'):rep(1e5)", "load(code)"},
    {"next over a table", "local t = {} for i = 1, 100 do t['k' .. i] = i end", "next(t)"},
    {"table.unpack", "local t = {} for i = 1, 1e4 do t[i] = i end", "table.unpack(t)"},
    {"string.byte over a string", BIG, "s:byte(1, 1e4)"},
    {"sub", BIG, "s:sub(2)"},
};

static void work_in_c_functions_is_charged(void **state)
{
    (void)state;
    /* a loop of calls that each do 10^4..10^5 bytes or elements of C work: the
     * VM counts only a few instructions per turn, so uncharged, the 300 000
     * instruction budget lets tens of thousands of turns run */
    dh_script_limits lim = {16u << 20, 300000, 200000, 10};
    int failures = 0;
    for (size_t i = 0; i < sizeof runaways / sizeof *runaways; i++) {
        const runaway *r = &runaways[i];
        char src[1024];
        snprintf(src, sizeof src,
                 "scenario { id = 'x', title = 'x', duration = '1:00' }\nn = 0\n%s\n"
                 "while true do %s n = n + 1 end\n", r->setup, r->body);
        sfx *f = sfx_load_limits(src, &lim);
        char buf[1200] = "";
        if (f->diags.count) dh_diag_format(&f->diags.items[0], buf, sizeof buf);
        int n = global_int(f, "n");
        if (f->status == DH_OK || !strstr(buf, "t.lua:4: ") ||
            !strstr(buf, "instruction budget") || n >= 1000) {
            print_error("runaway \"%s\": %d turns, diagnostic: %s\n", r->name, n, buf);
            failures++;
        }
        sfx_free(f);
    }
    assert_int_equal(failures, 0);
}

/* --- a budget for the whole drill -------------------------------------------------------- */

static const char *const drill_budget_src =
    "scenario { id = 'x', title = 'x', duration = '3:00', categories = { 'c' } }\n"
    "calls, ended = 0, 0\n"
    "for i = 1, 100 do\n"
    "  inject { id = 'i' .. i, at = string.format('%d:%02d', i // 60, i % 60), title = 'I',\n"
    "    when = function(team) calls = calls + 1\n"
    "      while true do end\n"
    "    end }\n"
    "end\n"
    "inject { id = 'last', at = '2:50', title = 'L' }\n"
    "on('end', function(team) ended = ended + 1 end)\n";

static void a_drill_has_a_total_script_budget(void **state)
{
    (void)state;
    /* 300 calls that each burn their whole budget: the drill's scripts stop after
     * the drill's share (10 calls' worth per team and one more), and the drill
     * runs on without them */
    sfx *f = sfx_load(drill_budget_src), *g = sfx_load(drill_budget_src);
    sfx_drill(f, 3, 1);
    sfx_drill(g, 3, 1);
    dh_drill_run_to_end(f->drill);
    dh_drill_run_to_end(g->drill);
    assert_true(dh_drill_ended(f->drill));
    int calls = global_int(f, "calls");
    assert_true(calls <= 41);
    assert_true(calls >= 39);
    assert_int_equal(global_int(f, "ended"), 0); /* hooks skipped after the stop */
    int found = 0;
    char buf[1200];
    for (size_t i = 0; i < dh_drill_warnings(f->drill)->count; i++) {
        dh_diag_format(&dh_drill_warnings(f->drill)->items[i], buf, sizeof buf);
        found += strstr(buf, "t.lua:6: ") && strstr(buf, "script budget for the drill exhausted");
    }
    assert_int_equal(found, 1);
    for (int t = 0; t < 3; t++) /* the drill went on: the plain inject still arrives */
        assert_true(dh_drill_delivered_at(f->drill, t, 100) != DH_MS_NEVER);
    /* instruction counts, never wall time: two drills stop at the same point */
    assert_int_equal(f->log.len, g->log.len);
    assert_memory_equal(f->log.data, g->log.data, f->log.len);
    assert_int_equal(global_int(g, "calls"), calls);
    sfx_free(f);
    sfx_free(g);
}

/* --- output floods --------------------------------------------------------------------------- */

/* Runs `src` through a 3-team drill with stderr going to a file; returns the
 * file's text (malloc'd). */
static char *captured_drill(const char *src, int nteams)
{
    char path[] = "/tmp/drillhall-sandbox-out.XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    fflush(stderr);
    int saved = dup(2);
    dup2(fd, 2);
    sfx *f = sfx_load(src);
    if (f->status == DH_OK) {
        sfx_drill(f, nteams, 1);
        dh_drill_run_to_end(f->drill);
    }
    sfx_free(f);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    off_t len = lseek(fd, 0, SEEK_END);
    char *text = calloc(1, (size_t)len + 1);
    assert_int_equal(pread(fd, text, (size_t)len, 0), len);
    close(fd);
    remove(path);
    return text;
}

static size_t count_lines(const char *text)
{
    size_t n = 0;
    for (; *text; text++) n += *text == '\n';
    return n;
}

static void print_is_metered(void **state)
{
    (void)state;
    char *out = captured_drill(
        "scenario { id = 'x', title = 'x', duration = '1:00', categories = { 'c' } }\n"
        "on('start', function(team)\n"
        "  for i = 1, 1e6 do print('flood', team.id, i) end\n"
        "end)\n", 3);
    size_t lines = count_lines(out);
    if (lines > 1002 || strlen(out) > (128u << 10) || !strstr(out, "print output")) {
        print_error("%zu lines, %zu bytes, ends: %s\n", lines, strlen(out),
                    out + (strlen(out) > 300 ? strlen(out) - 300 : 0));
        fail();
    }
    assert_non_null(strstr(out, "t.lua:3: print: flood\tt1\t1\n")); /* the first lines show */
    /* one notice when the cap is reached, one count when the script state goes */
    static const char limit[] = "drillhall: t.lua:3: print output limit reached";
    const char *notice = strstr(out, limit);
    assert_non_null(notice);
    assert_null(strstr(notice + sizeof limit - 1, "print output limit reached"));
    assert_non_null(strstr(out, "more lines of print output were not shown"));
    free(out);
}

/* print cannot drive the terminal (clear it, retitle the window) or forge a line
 * of the engine's own after a newline: one print is one escaped line */
static void print_cannot_drive_the_terminal(void **state)
{
    (void)state;
    char *out = captured_drill(
        "scenario { id = 'x', title = 'x', duration = '1:00', categories = { 'c' } }\n"
        "on('start', function(team)\n"
        "  print('\\27]0;owned\\7\\27[2J\\nall checks passed', '\\194\\155x')\n"
        "end)\n", 1);
    assert_null(strchr(out, 0x1b));
    assert_null(strchr(out, 0x07));
    assert_null(strstr(out, "\xc2\x9b"));
    assert_non_null(strstr(out, "t.lua:3: print: \\x1b]0;owned\\x07\\x1b[2J\\x0aall checks passed\t"));
    assert_int_equal(count_lines(out), 1);
    free(out);
}

static void a_failure_repeated_for_every_team_is_one_warning(void **state)
{
    (void)state;
    sfx *f = sfx_load("scenario { id = 'x', title = 'x', duration = '1:00', categories = { 'c' } }\n"
                      "on('start', function(team) error('boom') end)\n"
                      "local function cond(team) return team.nope end\n"
                      "inject { id = 'a', at = '0:01', title = 'A', when = cond }\n"
                      "inject { id = 'b', at = '0:02', title = 'B', when = cond }\n");
    sfx_drill(f, 40, 1);
    dh_drill_run_to_end(f->drill);
    assert_int_equal(dh_drill_warnings(f->drill)->count, 2);
    char buf[1200];
    dh_diag_format(&dh_drill_warnings(f->drill)->items[0], buf, sizeof buf);
    assert_non_null(strstr(buf, "t.lua:2: "));
    assert_non_null(strstr(buf, "boom"));
    assert_non_null(strstr(buf, "40 times"));
    dh_diag_format(&dh_drill_warnings(f->drill)->items[1], buf, sizeof buf);
    assert_non_null(strstr(buf, "t.lua:3: "));
    assert_non_null(strstr(buf, "80 times")); /* 40 teams, two injects */
    sfx_free(f);
}

/* --- no addresses ------------------------------------------------------------------------------ */

static void nothing_a_script_sees_shows_an_address(void **state)
{
    (void)state;
    sfx *f = sfx_load("scenario { id = 'x', title = 'x', duration = '1:00' }\n"
                      "local named = setmetatable({}, { __name = 'thing' })\n"
                      "assert(tostring(named) == 'thing', tostring(named))\n"
                      "assert(string.format('%s|%5s', named, named) == 'thing|thing')\n"
                      "local odd = setmetatable({}, { __name = 42 })\n"
                      "assert(tostring(odd) == 'table', tostring(odd))\n"
                      "assert(string.format('%s', print) == 'function')\n"
                      "local ok, e = pcall(string.format, '%d', named)\n"
                      "assert(not ok and not e:find('0x'), e)\n"
                      "local ok2, e2 = pcall(function() return named < named end)\n"
                      "assert(not ok2 and not e2:find('0x'), e2)\n"
                      "assert(string.format('%5.1f%%', 2.5) == '  2.5%')\n");
    char buf[1200] = "";
    if (f->diags.count) dh_diag_format(&f->diags.items[0], buf, sizeof buf);
    if (f->status != DH_OK) fail_msg("%s", buf);
    sfx_free(f);
    char *out = captured_drill("scenario { id = 'x', title = 'x', duration = '1:00' }\n"
                               "print(setmetatable({}, { __name = 'thing' }), {}, print)\n", 1);
    assert_non_null(strstr(out, "t.lua:2: print: thing\ttable\tfunction\n"));
    free(out);
}

/* --- chunk names -------------------------------------------------------------------------------- */

static void loaded_chunks_cannot_pretend_to_be_files(void **state)
{
    (void)state;
    static const char *const names[] = {"'@/etc/passwd'", "'=t.lua'", "'@t.lua'", "nil",
                                        "'=/etc/shadow:99'"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char src[512];
        snprintf(src, sizeof src,
                 "scenario { id = 'x', title = 'x', duration = '1:00' }\n"
                 "local f = load('\\n\\n\\n\\nerror(\"boom\")', %s)\n"
                 "f()\n", names[i]);
        sfx *f = sfx_load(src);
        char buf[1200] = "";
        if (f->diags.count) dh_diag_format(&f->diags.items[0], buf, sizeof buf);
        if (f->status == DH_OK || f->diags.items[0].line != 3 || strstr(buf, "/etc/") ||
            !strstr(buf, "boom")) {
            print_error("chunk name %s: %s\n", names[i], buf);
            fail();
        }
        sfx_free(f);
    }
}

/* --- undefined behaviour a script can reach -------------------------------------------------- */

static void random_over_the_whole_integer_range(void **state)
{
    (void)state;
    /* the span of [mininteger, maxinteger - 1] used to overflow in dh_rng_range
     * (UBSan: signed integer overflow) */
    sfx *f = sfx_load("scenario { id = 'x', title = 'x', duration = '1:00' }\n"
                      "for i = 1, 1000 do\n"
                      "  local v = math.random(math.mininteger, math.maxinteger - 1)\n"
                      "  assert(v < math.maxinteger)\n"
                      "  local w = math.random(math.mininteger, -1)\n"
                      "  assert(w < 0)\n"
                      "  local x = math.random(-1, math.maxinteger)\n"
                      "  assert(x >= -1)\n"
                      "end\n"
                      "assert(math.random(math.mininteger, math.mininteger) == math.mininteger)\n"
                      "assert(math.random(math.maxinteger, math.maxinteger) == math.maxinteger)\n");
    char buf[1200] = "";
    if (f->diags.count) dh_diag_format(&f->diags.items[0], buf, sizeof buf);
    if (f->status != DH_OK) fail_msg("%s", buf);
    sfx_free(f);
}

static void unavailable_names_are_named_and_others_stay_nil(void **state)
{
    (void)state;
    sfx *f = sfx_load("scenario { id = 'x', title = 'x', duration = '1:00' }\n"
                      "assert(undefined_thing == nil)\n"
                      "assert(rawget(_G, 'os') == nil)\n"
                      "assert(select(2, pcall(function() return os end)):find('t.lua:4: os is not "
                      "available in scenarios', 1, true))\n"
                      "assert(string.nope == nil)\n");
    char buf[1200] = "";
    if (f->diags.count) dh_diag_format(&f->diags.items[0], buf, sizeof buf);
    if (f->status != DH_OK) fail_msg("%s", buf);
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
        cmocka_unit_test(a_finalizer_added_after_setmetatable_never_runs),
        cmocka_unit_test(no_script_code_runs_after_the_drill_is_gone),
        cmocka_unit_test(work_in_c_functions_is_charged),
        cmocka_unit_test(a_drill_has_a_total_script_budget),
        cmocka_unit_test(print_is_metered),
        cmocka_unit_test(print_cannot_drive_the_terminal),
        cmocka_unit_test(a_failure_repeated_for_every_team_is_one_warning),
        cmocka_unit_test(nothing_a_script_sees_shows_an_address),
        cmocka_unit_test(loaded_chunks_cannot_pretend_to_be_files),
        cmocka_unit_test(random_over_the_whole_integer_range),
        cmocka_unit_test(unavailable_names_are_named_and_others_stay_nil),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
