#!/usr/bin/env bash
# graph.sh DRILLHALL FIXTURE_DIR WORK_DIR SCENARIO... — `drillhall graph` draws
# every inject, decision, option and trigger of each scenario (checked against
# what `msel export` lists), marks the dead ends of a fixture made of them, speaks
# the reader's language, and refuses a bad scenario at its line with exit 2,
# writing nothing.
set -u
exe=$1 fix=$2 work=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
rm -rf "$work" && mkdir -p "$work" || exit 1

check() { # SCENARIO NAME [--dead]
  "$exe" graph "$1" -o "$work/$2.svg" 2>"$work/$2.err" || { fail "graph $1 exited $?"; cat "$work/$2.err"; return; }
  "$exe" msel export "$1" -o "$work/$2.csv" 2>/dev/null || { fail "msel export $1 exited $?"; return; }
  python3 "$here/graph_check.py" "$work/$2.svg" "$work/$2.csv" ${3:-} || fail "$2: the picture and the scenario disagree"
}

check "$fix/dead-ends.lua" dead-ends --dead
for s in "$@"; do check "$s" "$(basename "$s" .lua)"; done

# the reader's language
"$exe" graph "$fix/dead-ends.lua" --lang vi -o "$work/vi.svg" 2>/dev/null || fail "graph --lang vi failed"
grep -q 'không bao giờ mở' "$work/vi.svg" || fail "--lang vi: the Vietnamese words are missing"
grep -q 'never opens' "$work/vi.svg" && fail "--lang vi: English words remain"
grep -q 'never opens' "$work/dead-ends.svg" || fail "--lang en (default): 'never opens' is missing"

# bad input: file:line, exit 2, nothing written
err=$("$exe" graph "$fix/bad-field.lua" -o "$work/bad.svg" 2>&1); rc=$?
[ "$rc" = 2 ] || fail "a bad scenario exited $rc, expected 2"
case "$err" in *"bad-field.lua:9: inject \"a\": unknown field \"atfer\""*) ;; *) fail "bad scenario said: $err" ;; esac
[ -e "$work/bad.svg" ] && fail "a bad scenario left $work/bad.svg behind"
err=$("$exe" graph 2>&1); rc=$?
[ "$rc" = 2 ] || fail "graph without a file exited $rc, expected 2"
case "$err" in *"graph: name one scenario file"*) ;; *) fail "graph without a file said: $err" ;; esac

[ $fails = 0 ] && echo "graph: all checks passed"
exit $((fails > 0))
