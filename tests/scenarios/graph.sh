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
  python3 "$here/graph_check.py" "$work/$2.svg" "$work/$2.csv" --source "$1" ${3:-} || fail "$2: the picture and the scenario disagree"
}

check "$fix/dead-ends.lua" dead-ends --dead
check "$fix/script-branches.lua" script-branches --branches
for s in "$@"; do check "$s" "$(basename "$s" .lua)"; done

# the reader's language
"$exe" graph "$fix/dead-ends.lua" --lang vi -o "$work/vi.svg" 2>/dev/null || fail "graph --lang vi failed"
grep -q 'không bao giờ mở' "$work/vi.svg" || fail "--lang vi: the Vietnamese words are missing"
grep -q 'never opens' "$work/vi.svg" && fail "--lang vi: English words remain"
grep -q 'never opens' "$work/dead-ends.svg" || fail "--lang en (default): 'never opens' is missing"

# the largest scenario the loader takes (2,000 injects, 1,000 decisions in one
# trigger chain, 1,000 conditions sharing one function that names 300 decisions,
# markup in every title) draws, and the picture parses
python3 - "$work/big.lua" <<'PY'
import sys
n = 1000
out = ['scenario { id = "big", duration = "9:00", title = { en = "Big", vi = "Lớn" },'
       ' categories = { "c" }, stages = { "s1", "s2", "s3" } }',
       'local function cond(team)',
       '  return ' + ' or '.join(f'team:chose("d{k}") == "a"' for k in range(300)),
       'end',
       'inject { id = "i0", at = "0:01", stage = "s1", title = { en = "i0", vi = "i0" } }']
for k in range(1, 2000):
    w = ", when = cond" if k < n else ""
    out.append(f'inject {{ id = "i{k}", stage = "s{k % 3 + 1}", title = {{ en = "i{k} </text><b>&amp;", vi = "i{k}" }}{w} }}')
for k in range(n):
    out.append(f'decision {{ id = "d{k}", on = "i{k}", prompt = {{ en = "p", vi = "p" }}, options = {{'
               f' {{ id = "a", text = {{ en = "a", vi = "a" }}, score = {{ c = 1 }}, triggers = {{ {{ "i{k + 1}", after = "1s" }} }} }},'
               f' {{ id = "b", text = {{ en = "b", vi = "b" }} }} }} }}')
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
"$exe" graph "$work/big.lua" -o "$work/big.svg" 2>/dev/null || fail "the largest scenario did not draw"
python3 -c "
import sys, xml.etree.ElementTree as ET
r = ET.parse(sys.argv[1]).getroot()
g = [e for e in r.iter('{http://www.w3.org/2000/svg}g') if e.get('class') == 'inject']
dead = [e.get('data-id') for e in g if e.get('data-dead')]
sys.exit(0 if len(g) == 2000 and len(dead) == 999 else 'injects %d, dead %d' % (len(g), len(dead)))
" "$work/big.svg" || fail "the largest scenario's picture is wrong"

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
