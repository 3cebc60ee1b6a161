#!/usr/bin/env bash
# types.sh DRILLHALL SOURCE_DIR WORK_DIR SCENARIO... — `drillhall types` writes
# valid Lua (luac -p) naming every id of each scenario in its alias (checked
# against `msel export`), defines exactly the aliases drillhall.lua leaves to it
# (as any-ids.lua does), keeps flags that are not Lua names out, and refuses a
# bad scenario at its line with exit 2, writing nothing.
set -u
exe=$1 src=$2 work=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
api=$src/scenarios/types/drillhall.lua any=$src/scenarios/types/any-ids.lua
fix=$here/fixtures/types
luac=$(command -v luac5.4 || command -v luac) || { echo "no luac"; exit 77; }
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
rm -rf "$work" && mkdir -p "$work" || exit 1

for f in "$api" "$any"; do "$luac" -p "$f" || fail "$f is not valid Lua"; done
for s in "$@" "$fix/flags.lua"; do
  n=$(basename "$s" .lua)
  "$exe" types "$s" -o "$work/$n.types.lua" 2>"$work/$n.err" || { fail "types $s exited $?: $(cat "$work/$n.err")"; continue; }
  "$luac" -p "$work/$n.types.lua" || fail "$n.types.lua is not valid Lua"
  "$exe" msel export "$s" -o "$work/$n.csv" 2>/dev/null || { fail "msel export $s failed"; continue; }
  python3 "$here/types_check.py" "$work/$n.types.lua" "$work/$n.csv" "$api" "$any" ||
    fail "$n: the types and the scenario disagree"
done

# flags: set by options and assigned by a hook; names Lua cannot take are left out
t=$work/flags.types.lua
for want in '---@field good boolean|number|string|nil' '---@field assigned boolean|number|string|nil'; do
  grep -qxF -- "$want" "$t" || fail "flags.types.lua lacks: $want"
done
grep -q 'two words\|@field end' "$t" && fail "flags.types.lua names a flag Lua cannot: $(grep 'two words\|@field end' "$t")"
grep -qxF -- '---| nil # none' "$t" || fail "a scenario without stages should get an alias that admits no stage"

# standard output by default (a file beside the scenario would pass for one more
# scenario), and with -o -
"$exe" types "$fix/flags.lua" 2>/dev/null | grep -q '^---@alias dh.DecisionId$' || fail "types wrote no aliases to standard output"
"$exe" types "$fix/flags.lua" -o - 2>/dev/null | grep -q '^---@alias dh.DecisionId$' || fail "types -o - wrote no aliases"
[ -e "$fix/flags.types.lua" ] && fail "types wrote a file beside the scenario"

# bad input: file:line, exit 2, nothing written
err=$("$exe" types "$here/fixtures/graph/bad-field.lua" -o "$work/bad.lua" 2>&1); rc=$?
[ "$rc" = 2 ] || fail "a bad scenario exited $rc, expected 2"
case "$err" in *'bad-field.lua:9: inject "a": unknown field "atfer"'*) ;; *) fail "bad scenario said: $err" ;; esac
[ -e "$work/bad.lua" ] && fail "a bad scenario left $work/bad.lua behind"

[ $fails = 0 ] && echo "types: all checks passed"
exit $((fails > 0))
