#!/usr/bin/env bash
# outputs-terminal.sh DRILLHALL CLI_DIR OUTDIR — nothing a scenario, roster, sheet
# or command line says reaches the terminal as a control sequence: titles, team
# names, category names, hook errors, error messages and file names are printed
# with C0 (except newline and tab), DEL and C1 controls made visible (\x1b,
# \u009b). Vietnamese text passes unchanged.
set -u
exe=$1 cli=$2 out=$3/outputs-terminal
rm -rf "$out"; mkdir -p "$out"
cd "$out" || exit 1
o=$cli/outputs
fails=0 cases=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# clean FILE WHAT [MUST-CONTAIN...]: no terminal control in FILE; each given
# text is in it
clean() {
  cases=$((cases + 1))
  python3 - "$@" <<'PY' || fail "$2"
import re, sys
path, what, need = sys.argv[1], sys.argv[2], sys.argv[3:]
data = open(path, 'rb').read()
bad = re.search(rb'[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]', data)
try:
    data.decode('utf-8')
except UnicodeDecodeError as e:
    print("%s: not UTF-8 at %d" % (what, e.start)); sys.exit(1)
if bad:
    print("%s: control %r at %d: %r" % (what, bad.group(), bad.start(), data[max(0, bad.start()-30):bad.start()+30]))
    sys.exit(1)
text = data.decode('utf-8')
for n in need:
    if n not in text:
        print("%s: no %r in %r" % (what, n, text[:400])); sys.exit(1)
PY
}

"$exe" run "$o/terminal-escapes.lua" --headless --roster "$o/terminal-roster.csv" --bots best \
  --record e.drill >run.out 2>run.err
clean run.out "run: scoreboard" '\x1b]0;pwned\x07Title' '\x1b[2J\x1b[Hall checks passed\x0d' 'Detect \x1b[31m'
clean run.err "run: hook warnings" 'failed: \x1b[2J\x1b[Hall checks passed\x0d'
"$exe" run "$o/terminal-escapes.lua" --headless --roster "$o/terminal-roster.csv" --bots best \
  --lang vi >vi.out 2>/dev/null
clean vi.out "run --lang vi: scoreboard" 'Tiêu đề \u009b31m'
"$exe" replay e.drill >replay.out 2>replay.err
clean replay.out "replay: scoreboard" '\x1b]0;pwned'
clean replay.err "replay: warnings"
"$exe" check "$o/terminal-bad-id.lua" >check.out 2>check.err
clean check.err "check: error message" 'id "x\x1b[2J"'
"$exe" run --$'\e[2Jx' >flag.out 2>flag.err
clean flag.err "unknown option" 'unknown option --\x1b[2Jx'
"$exe" report e.drill --format json -o $'e\e]0;t\a.json' >rep.out 2>rep.err
clean rep.err "report: the file written" 'wrote e\x1b]0;t\x07.json'
"$exe" simulate "$o/terminal-escapes.lua" --runs 3 --teams 2 >sim.out 2>sim.err
clean sim.out "simulate: summary"
clean sim.err "simulate: warnings"
"$exe" msel export "$o/terminal-escapes.lua" -o - >sheet.out 2>/dev/null
# a sheet piped on (not a terminal) stays byte for byte
cases=$((cases + 1))
grep -qF $'A\e[2J' sheet.out || fail "msel export to a pipe changed the sheet's bytes"
# on a terminal the same sheet is text for a person (script(1) gives it a pty;
# the pty's own CR before each newline is not the sheet's)
if command -v script >/dev/null; then
  script -qec "\"$exe\" msel export \"$o/terminal-escapes.lua\"" /dev/null >tty.raw 2>&1
  sed 's/\r$//' tty.raw >tty.out
  clean tty.out "msel export to a terminal" 'A\x1b[2J'
fi

echo "$cases cases, $fails failures"
[ "$fails" -eq 0 ]
