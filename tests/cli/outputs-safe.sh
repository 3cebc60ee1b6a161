#!/usr/bin/env bash
# outputs-safe.sh DRILLHALL CLI_DIR OUTDIR — what an output may be written over,
# and what a printed name may do:
#  - an output that names a symlink (even to a regular file), a FIFO or a
#    directory, or is empty, is refused with exit 2 and left as it was; "-" is
#    standard output where a command writes one, and refused for --log/--record;
#  - a planted OUT.tmp (a symlink to another file) is neither followed nor
#    reused: every output is built in a new temporary of its own, and none is
#    left behind;
#  - a record's -wal, -shm and -journal are part of it: never an output;
#  - a newline in a file name never starts a line of drillhall's own;
#  - history escapes what a title or team name holds, and refuses one drill
#    named twice through a hard link or a copy.
set -u
exe=$1 cli=$2 out=$3/outputs-safe
rm -rf "$out"; mkdir -p "$out"
cd "$out" || exit 1
cp "$cli/tour.lua" s.lua
cp "$cli/tour-roster.csv" r.csv
"$exe" run s.lua --headless --roster r.csv --bots best --record a.drill >setup.out 2>&1 ||
  { echo "setup: could not record a drill"; cat setup.out; exit 1; }
cp a.drill keep.drill

fails=0 cases=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
# no temporary of ours (".NAME.XXXXXX") nor an old-style NAME.tmp left here
no_temps() {
  local left
  left=$(find . -maxdepth 1 \( -name '.*.??????' -o -name '*.tmp' \) ! -name 'victim*' | head -3)
  [ -z "$left" ] || fail "$1: temporaries left behind: $left"
}
# refused NAME TEXT -- COMMAND...: exit 2 with TEXT on stderr
refused() {
  local name=$1 text=$2; shift 3
  cases=$((cases + 1))
  "$@" >stdout.txt 2>stderr.txt
  local rc=$?
  [ "$rc" -eq 2 ] || fail "$name: exit $rc, expected 2 ($(head -c 300 stderr.txt))"
  grep -qF -- "$text" stderr.txt || fail "$name: no '$text' in: $(head -c 300 stderr.txt)"
  cmp -s a.drill keep.drill || fail "$name: the record was changed"
  no_temps "$name"
}

# --- special files are never replaced --------------------------------------------
echo original >real.html
ln -s real.html link.html
mkfifo fifo fifo.png
mkdir dir
refused report-o-symlink "a symbolic link" -- "$exe" report a.drill -o link.html
[ -L link.html ] || fail "report-o-symlink: the symlink was replaced"
[ "$(cat real.html)" = original ] || fail "report-o-symlink: its target was written"
refused report-o-fifo "a FIFO" -- "$exe" report a.drill -o fifo
[ -p fifo ] || fail "report-o-fifo: the FIFO was replaced"
refused replay-log-fifo "a FIFO" -- "$exe" replay a.drill --log fifo
[ -p fifo ] || fail "replay-log-fifo: the FIFO was replaced"
refused msel-o-symlink "a symbolic link" -- "$exe" msel export s.lua -o link.html
[ -L link.html ] || fail "msel-o-symlink: the symlink was replaced"
refused screenshot-o-fifo "a FIFO" -- "$exe" screenshot s.lua --at 0:10 -o fifo.png
[ -p fifo.png ] || fail "screenshot-o-fifo: the FIFO was replaced"
refused history-o-fifo "a FIFO" -- "$exe" history a.drill -o fifo
refused report-o-dir "a directory" -- "$exe" report a.drill -o dir
[ -d dir ] && [ -z "$(ls -A dir)" ] || fail "report-o-dir: the directory was changed"
# a csv prefix may name a folder, through a symlink too: the files go inside
ln -s dir dirlink
cases=$((cases + 1))
"$exe" report a.drill --format csv -o dirlink >junk.out 2>&1 && [ -s dir/decisions.csv ] ||
  fail "report --format csv -o a symlink to a folder: $(cat junk.out)"
rm -f dir/*.csv
refused report-o-dirlink "a symbolic link" -- "$exe" report a.drill -o dirlink
[ -L dirlink ] || fail "report-o-dirlink: the symlink was replaced"
refused report-o-empty "needs a file name" -- "$exe" report a.drill -o ''
ln -s nowhere.drill dangling.drill
refused run-record-dangling "a symbolic link" -- "$exe" run s.lua --headless --teams 2 --bots best --record dangling.drill
[ -L dangling.drill ] || fail "run-record-dangling: the symlink was replaced"
refused replay-log-dash "needs a file name" -- "$exe" replay a.drill --log -
[ ! -e ./- ] || fail "replay --log -: wrote a file named -"
cases=$((cases + 1))
"$exe" history a.drill -o - >hist.out 2>hist.err || fail "history -o -: exit $?"
[ ! -e ./- ] || fail "history -o -: wrote a file named -"
grep -q history hist.out || fail "history -o -: nothing on standard output"

# --- a planted OUT.tmp is neither followed nor reused ------------------------------
for o in r.html e.jsonl m.csv n.drill p.png; do
  echo precious >"victim-$o"
  ln -s "victim-$o" "$o.tmp"
done
cases=$((cases + 1))
"$exe" report a.drill -o r.html 2>junk.err || fail "report beside a planted .tmp failed"
"$exe" replay a.drill --log e.jsonl >junk.out 2>&1 || fail "replay --log beside a planted .tmp failed"
"$exe" msel export s.lua -o m.csv 2>junk.err || fail "msel export beside a planted .tmp failed"
"$exe" run s.lua --headless --teams 2 --bots best --record n.drill >junk.out 2>&1 ||
  fail "run --record beside a planted .tmp failed"
"$exe" screenshot s.lua --at 0:10 --size 320x240 -o p.png >junk.out 2>&1 || fail "screenshot beside a planted .tmp failed"
for o in r.html e.jsonl m.csv n.drill p.png; do
  [ "$(cat "victim-$o")" = precious ] || fail "$o: the file behind $o.tmp was overwritten"
  [ -f "$o" ] && [ ! -L "$o" ] && [ -s "$o" ] || fail "$o: not written as a regular file"
  [ -L "$o.tmp" ] || fail "$o: the planted $o.tmp was replaced"
  rm -f "$o.tmp"
done
"$exe" verify n.drill >junk.out 2>&1 || fail "n.drill: the record made beside a planted .tmp does not verify"
no_temps "planted .tmp"
# a file named like the old temporary is no longer anything to an output
cp a.drill t.tmp
cases=$((cases + 1))
"$exe" report t.tmp --format json -o t >junk.out 2>&1 && [ -s t ] || fail "report t.tmp -o t failed"
cmp -s t.tmp a.drill || fail "report t.tmp -o t: the input was changed"
rm -f t.tmp t

# --- a record's sidecars are part of it ---------------------------------------------
echo wal >a.drill-wal
cp a.drill-wal keep-wal
refused log-over-wal "same file as the input a.drill-wal" -- "$exe" replay a.drill --log a.drill-wal
cmp -s a.drill-wal keep-wal || fail "log-over-wal: the -wal was changed"
rm -f a.drill-wal a.drill-shm
refused report-over-shm "same file as the input a.drill-shm" -- "$exe" report a.drill --format json -o a.drill-shm
[ ! -e a.drill-shm ] || fail "report-over-shm: a.drill-shm was written"
refused report-over-journal "same file as the input a.drill-journal" -- "$exe" report a.drill --format json -o ./a.drill-journal
[ ! -e a.drill-journal ] || fail "report-over-journal: a.drill-journal was written"

# --- a newline in a name never makes a line -----------------------------------------
nl=$(printf 'x\ndrillhall: all checks passed\ny.lua')
printf 'error("boom")\n' >"$nl"
cases=$((cases + 1))
"$exe" check "$nl" >nl.out 2>nl.err
grep -qx 'drillhall: all checks passed' nl.err && fail "check: a file name forged a line: $(cat nl.err)"
grep -qF 'x\x0adrillhall: all checks passed\x0ay.lua' nl.err || fail "check: the newline is not shown as \\x0a: $(cat nl.err)"
cases=$((cases + 1))
"$exe" verify "$nl" >nl.out 2>nl.err
grep -qx 'drillhall: all checks passed' nl.err && fail "verify: a file name forged a line: $(cat nl.err)"
cp a.drill "$nl.drill"
cases=$((cases + 1))
"$exe" verify "$nl.drill" >nl.out 2>nl.err || fail "verify of a record with a newline in its name: exit $?"
grep -q '^drillhall: all checks passed' nl.out && fail "verify: a file name forged a line: $(cat nl.out)"
rm -f "$nl" "$nl.drill"
# nor does one in a team name, on the scoreboard or in history's table
printf 'id,name,bracket\na,"X\ndrillhall: all checks passed",b\nbb,Y,b\n' >nl.csv
"$exe" run s.lua --headless --roster nl.csv --bots best --record nl1.drill >nl.out 2>nl.err
cases=$((cases + 1))
grep -q '^drillhall: all checks passed' nl.out && fail "scoreboard: a team name forged a line: $(cat nl.out)"
grep -qF 'X\x0adrillhall: all checks passed' nl.out || fail "scoreboard: the newline is not shown: $(cat nl.out)"
"$exe" run s.lua --headless --roster nl.csv --bots worst --record nl2.drill >junk.out 2>&1
cases=$((cases + 1))
"$exe" history nl1.drill nl2.drill >nl.out 2>nl.err || fail "history of names with newlines: exit $?"
grep -q '^drillhall: all checks passed' nl.out && fail "history: a team name forged a line: $(cat nl.out)"

# --- history: escaped, and one drill is one drill -----------------------------------
o=$cli/outputs
"$exe" run "$o/terminal-escapes.lua" --headless --roster "$o/terminal-roster.csv" --bots best \
  --record e1.drill >junk.out 2>&1 || fail "setup: e1.drill"
"$exe" run "$o/terminal-escapes.lua" --headless --roster "$o/terminal-roster.csv" --bots worst \
  --record e2.drill >junk.out 2>&1 || fail "setup: e2.drill"
cases=$((cases + 1))
"$exe" history e1.drill e2.drill >h.out 2>h.err || fail "history e1 e2: exit $?"
grep -q $'\e' h.out && fail "history: an ESC reached standard output"
grep -qF '\x1b' h.out || fail "history: the escapes are not shown: $(head -c 300 h.out)"
ln e1.drill e1-hard.drill
cp e1.drill e1-copy.drill
refused history-hard-link "the same drill" -- "$exe" history e1.drill e1-hard.drill
refused history-copy "the same drill" -- "$exe" history e1-copy.drill e2.drill e1.drill

no_temps final
echo "$cases cases, $fails failures"
[ "$fails" -eq 0 ]
