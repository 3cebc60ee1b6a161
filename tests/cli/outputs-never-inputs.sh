#!/usr/bin/env bash
# outputs-never-inputs.sh DRILLHALL CLI_DIR OUTDIR — no command writes over one
# of its own inputs: an output path that is the same file as an input (also
# through ./, .., a symlink or a hard link), or the same file as another output,
# is refused with exit 2 before anything is written, and every input is left
# byte for byte as it was.
set -u
exe=$1 cli=$2 out=$3/outputs-never-inputs
rm -rf "$out"; mkdir -p "$out/sub"
cd "$out" || exit 1
cp "$cli/tour.lua" s.lua
cp "$cli/tour-roster.csv" r.csv
cp "$cli/tour-responses.csv" p.csv
"$exe" run s.lua --headless --roster r.csv --responses p.csv --record a.drill >/dev/null 2>&1 ||
  { echo "setup: could not record a drill"; exit 1; }
"$exe" msel export s.lua -o m.csv 2>/dev/null || { echo "setup: no sheet"; exit 1; }
ln -s a.drill link.drill
ln a.drill hard.drill
ln -s s.lua link.lua
mkdir keep && cp a.drill s.lua r.csv p.csv m.csv keep/

fails=0 cases=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
unchanged() {
  for f in a.drill s.lua r.csv p.csv m.csv; do
    cmp -s "$f" "keep/$f" || fail "$1: $f was changed"
  done
}
# refused NAME ABSENT-FILE... -- COMMAND...: exit 2, "same file" on stderr, inputs
# unchanged, the named new files not created
refused() {
  local name=$1; shift
  local absent=()
  while [ "$1" != "--" ]; do absent+=("$1"); shift; done
  shift
  cases=$((cases + 1))
  "$@" >stdout.txt 2>stderr.txt
  local rc=$?
  [ "$rc" -eq 2 ] || fail "$name: exit $rc, expected 2 ($(head -c 300 stderr.txt))"
  grep -q "same file" stderr.txt || fail "$name: no 'same file' in: $(head -c 300 stderr.txt)"
  for f in "${absent[@]}"; do [ ! -e "$f" ] || fail "$name: $f was written"; done
  unchanged "$name"
  [ -L link.drill ] || fail "$name: the symlink was replaced"
}

refused report-o-same -- "$exe" report a.drill -o a.drill
refused report-o-dot -- "$exe" report a.drill -o ./a.drill
refused report-o-dotdot -- "$exe" report a.drill --format json -o sub/../a.drill
refused report-o-symlink -- "$exe" report a.drill -o link.drill
refused report-o-hardlink -- "$exe" report a.drill --output=hard.drill
refused report-input-symlink -- "$exe" report link.drill --format json -o a.drill
# a record's -wal beside it is part of it (a killed writer's newest inputs)
refused replay-log-wal a.drill-wal -- "$exe" replay a.drill --log a.drill-wal
# csv: the two files are named from the prefix; one of them is the input
refused report-csv-derived x-scoreboard.csv -- sh -c "cp a.drill x-decisions.csv && exec \"$exe\" report x-decisions.csv --format csv -o x"
cmp -s x-decisions.csv a.drill || fail "report-csv-derived: the record was changed"
rm -f x-decisions.csv
refused replay-log-same -- "$exe" replay a.drill --log a.drill
refused replay-log-symlink -- "$exe" replay link.drill --log ./a.drill
refused resume-log-same -- "$exe" resume a.drill --headless --log a.drill
refused run-record-is-log c.drill -- "$exe" run s.lua --headless --teams 2 --bots best --record c.drill --log c.drill
refused run-record-is-log-dot c.drill -- "$exe" run s.lua --headless --teams 2 --bots best --record c.drill --log ./sub/../c.drill
refused run-log-is-scenario -- "$exe" run s.lua --headless --teams 2 --bots best --log s.lua
refused run-log-is-scenario-link -- "$exe" run s.lua --headless --teams 2 --bots best --log link.lua
refused run-log-is-roster -- "$exe" run s.lua --headless --roster r.csv --bots best --log r.csv
refused run-record-is-responses -- "$exe" run s.lua --headless --roster r.csv --responses p.csv --record p.csv
refused run-record-is-scenario -- "$exe" run s.lua --headless --teams 2 --bots best --record ./s.lua
refused msel-export-same -- "$exe" msel export s.lua -o s.lua
refused msel-export-symlink -- "$exe" msel export link.lua -o ./s.lua
refused msel-import-same -- "$exe" msel import m.csv -o m.csv
refused screenshot-o-scenario -- "$exe" screenshot s.lua --at 0:10 -o s.lua
refused history-o-same -- "$exe" history a.drill -o a.drill

# the same commands with distinct outputs still work
cases=$((cases + 1))
"$exe" report a.drill -o a.html 2>/dev/null && [ -s a.html ] || fail "report to a.html failed"
cases=$((cases + 1))
"$exe" run s.lua --headless --teams 2 --bots best --record d.drill --log d.jsonl >/dev/null 2>&1 &&
  [ -s d.drill ] && [ -s d.jsonl ] || fail "run with distinct --record and --log failed"
cases=$((cases + 1))
"$exe" msel export s.lua -o - >/dev/null 2>&1 || fail "msel export to standard output failed"
unchanged final

echo "$cases cases, $fails failures"
[ "$fails" -eq 0 ]
