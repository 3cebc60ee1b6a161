-- .luacheckrc — luacheck (Debian's lua-check) for drillhall scenarios and their
-- tests: exactly the globals the sandbox gives a script (engine/script's
-- dh_sandbox.c) and the scenario API, so `tema:chose(…)`, `os.time()` or
-- `string.dump` is flagged while you type. ctest (scenario.luacheck) checks this
-- list against the globals a real scenario sees, so the two cannot drift.
-- Inside this folder (or a copy of this file beside your scenarios), plain
--   luacheck *.lua tests/*.lua
-- finds it. From anywhere else name it, and the test files' std:
--   luacheck --config PATH/.luacheckrc mydrill.lua
--   luacheck --config PATH/.luacheckrc --std sandbox+test_api tests/mydrill.test.lua

stds.sandbox = {
  read_globals = {
    -- the base library, without dofile, loadfile and require
    "_G", "_VERSION", "assert", "collectgarbage", "error", "getmetatable", "ipairs", "load",
    "next", "pairs", "pcall", "print", "rawequal", "rawget", "rawlen", "rawset", "select",
    "setmetatable", "tonumber", "tostring", "type", "warn", "xpcall",
    -- math: random is seeded per team; randomseed is refused, so it is left out here
    math = { fields = {
      "abs", "acos", "asin", "atan", "atan2", "ceil", "cos", "cosh", "deg", "exp", "floor",
      "fmod", "frexp", "huge", "ldexp", "log", "log10", "max", "maxinteger", "min",
      "mininteger", "modf", "pi", "pow", "rad", "random", "sin", "sinh", "sqrt", "tan",
      "tanh", "tointeger", "type", "ult",
    } },
    -- string: no dump
    string = { fields = {
      "byte", "char", "find", "format", "gmatch", "gsub", "len", "lower", "match", "pack",
      "packsize", "rep", "reverse", "sub", "unpack", "upper",
    } },
    table = { fields = { "concat", "insert", "move", "pack", "remove", "sort", "unpack" } },
    utf8 = { fields = { "char", "charpattern", "codepoint", "codes", "len", "offset" } },
  },
}
-- a scenario file's API
stds.scenario_api = { read_globals = { "scenario", "inject", "decision", "on", "feedback", "question" } }
-- a test file (NAME.test.lua) has test { … } instead
stds.test_api = { read_globals = { "test" } }

std = "sandbox+scenario_api"
files["**/*.test.lua"] = { std = "sandbox+test_api" }

-- hooks and conditions take (team, decision, option) whether they use them or not
unused_args = false
-- texts in two languages make long lines
max_line_length = false
