#!/usr/bin/env bash
# luacheck.sh DRILLHALL SOURCE_DIR — scenarios/.luacheckrc is the sandbox's
# real list, and luacheck passes the shipped scenarios and their tests:
#  1. the globals (and library fields) a scenario and a test file really see,
#     printed by fixtures that walk _G, are exactly those the .luacheckrc allows
#     (math.randomseed exists only to refuse, so the rc leaves it out);
#  2. luacheck passes scenarios/*.lua and scenarios/tests/*.lua;
#  3. it flags a fixture's `tema:chose`, `os.time`, `string.dump` and a misspelt
#     API function, each at its line.
# Exit 77 (skipped) when luacheck is not installed (`make test-deps` installs
# Debian's lua-check).
set -u
exe=$1 src=$2
rc_file=$src/scenarios/.luacheckrc
fix=$src/tests/scenarios/fixtures/luacheck
command -v luacheck >/dev/null || { echo "luacheck not installed (Debian: lua-check)"; exit 77; }
lua=$(command -v lua5.1 || command -v lua5.4 || command -v lua) || { echo "no Lua interpreter"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# what the rc allows, as "name" and "lib.field" lines, for plain files and for tests
allowed() { # STD
  cat >"$tmp/allowed.lua" <<'LUA'
stds, files = {}, {}
dofile(arg[1])
local out = {}
for s in arg[2]:gmatch("[^+]+") do
  for k, v in pairs(stds[s].read_globals) do
    if type(k) == "number" then
      out[#out + 1] = v
    else
      out[#out + 1] = k
      for _, f in ipairs(v.fields) do out[#out + 1] = k .. "." .. f end
    end
  end
end
table.sort(out)
print(table.concat(out, "\n"))
LUA
  "$lua" "$tmp/allowed.lua" "$rc_file" "$1"
}
seen() { sed -n 's/^.*: print: G //p' | grep -v '^math\.randomseed$' | sort; }

a=$(allowed sandbox+scenario_api) || fail "the .luacheckrc does not load"
s=$("$exe" check "$fix/globals.lua" 2>&1 | seen)
[ -n "$s" ] || fail "the globals fixture printed nothing"
diff <(printf '%s\n' "$a") <(printf '%s\n' "$s") >/dev/null ||
  fail "scenario globals: < only in .luacheckrc, > only in the sandbox:
$(diff <(printf '%s\n' "$a") <(printf '%s\n' "$s"))"
a=$(allowed sandbox+test_api)
s=$("$exe" test "$fix/tests/globals.test.lua" 2>&1 | seen)
diff <(printf '%s\n' "$a") <(printf '%s\n' "$s") >/dev/null ||
  fail "test-file globals: < only in .luacheckrc, > only in the sandbox:
$(diff <(printf '%s\n' "$a") <(printf '%s\n' "$s"))"

# the shipped library is clean (run from scenarios/, where luacheck finds the rc)
out=$(cd "$src/scenarios" && luacheck --no-color --formatter plain *.lua tests/*.lua 2>&1) ||
  fail "luacheck finds problems in the shipped scenarios:
$out"

# and the mistakes are caught
out=$(cd "$fix" && luacheck --no-color --config "$rc_file" --formatter plain typos.lua 2>&1)
[ $? = 1 ] || fail "luacheck on typos.lua did not report warnings: $out"
for want in "typos.lua:9:32: accessing undefined variable 'tema'" \
            "typos.lua:19:15: accessing undefined variable 'os'" \
            "typos.lua:20:16: accessing undefined field 'dump' of global 'string'" \
            "typos.lua:21:3: accessing undefined variable 'decison'"; do
  case "$out" in *"$want"*) ;; *) fail "luacheck did not say: $want (it said: $out)" ;; esac
done

[ $fails = 0 ] && echo "luacheck: the rc matches the sandbox; the library is clean; typos are caught"
exit $((fails > 0))
