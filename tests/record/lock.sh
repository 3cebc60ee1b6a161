#!/usr/bin/env bash
# lock.sh DRILLHALL SRC OUT — one writer per record. While a paced headless drill
# records (a real second process), a resume of the same file is refused at once
# with the writer's pid and host (exit 2) and leaves it alone; run --record onto
# it is refused; readers (verify, report, replay, history) work. After kill -9 of
# the writer the lock is gone: resume takes the record over and finishes it. The
# writer signs: what it signed before the crash and what resume signs after it
# verify against its key.
set -eu
exe=$1 src=$2 out=$3/lock
rm -rf "$out" && mkdir -p "$out"
sc="$src/scenarios/ransomware-contributions.lua"
f="$out/live.drill"
fails=0
check() {  # name want-exit want-stderr rc stderr
  if [ "$4" -ne "$2" ] || [ "$5" != "$3" ]; then
    echo "FAIL $1: exit $4, wanted $2"; echo "  got:    $5"; echo "  wanted: $3"; fails=$((fails + 1))
  else
    echo "ok   $1: exit $4${5:+: $5}"
  fi
}
run() { set +e; msg=$("$@" 2>&1 >/dev/null); rc=$?; set -e; }

"$exe" keygen -o "$out/control.key" 2>/dev/null
# the writer: 3 teams, random bots, paced so the 3-hour drill takes ~3 minutes
"$exe" run "$sc" --headless --teams 3 --bots random --speed 60 --record "$f" \
  --sign "$out/control.key" >/dev/null 2>&1 &
writer=$!
for _ in $(seq 100); do
  [ -e "$f" ] && [ "$(sqlite3 "$f" "SELECT count(*) FROM inputs" 2>/dev/null || echo 0)" -ge 1 ] && break
  sleep 0.1
done
[ -e "$f" ] || { echo "FAIL the writer did not start"; kill -9 $writer; exit 1; }

start=$(date +%s%N)
run "$exe" resume "$f" --headless --bots random --sign "$out/control.key"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
check "second writer (resume)" 2 "drillhall: $f is being recorded by another drillhall (pid $writer on $(hostname))" $rc "$msg"
[ $ms -lt 2000 ] || { echo "FAIL the second writer waited $ms ms instead of being refused at once"; fails=$((fails + 1)); }
run "$exe" run "$sc" --headless --record "$f"
check "second writer (run --record)" 2 "drillhall: $f: already exists; continue it with \`drillhall resume $f\` or choose another name" $rc "$msg"
# a refused writer wrote nothing: only the writer's pid is in the record
[ "$(sqlite3 "$f" "SELECT pid FROM writer")" = "$writer" ] || { echo "FAIL the writer row changed"; fails=$((fails + 1)); }

# readers while it records
run "$exe" verify --key "$out/control.pub" "$f"
check "verify --key while recording" 0 "" $rc "$msg"
run "$exe" report "$f" --format json -o "$out/live.json"
check "report while recording" 0 "drillhall: wrote $out/live.json" $rc "$msg"
run "$exe" replay "$f"
check "replay while recording" 0 "" $rc "$msg"
run "$exe" history "$f"
check "history while recording" 0 "" $rc "$msg"
kill -0 $writer || { echo "FAIL the writer stopped while being read"; fails=$((fails + 1)); }

# a copy taken while it records (one consistent moment, through SQLite's backup)
# verifies against the key, and says the drill had not ended: a record cut short
# can pass for nothing more than a drill that stopped there
mkdir -p "$out/copy" && sqlite3 -readonly "$f" ".backup '$out/copy/live.drill'"
run "$exe" verify --key "$out/control.pub" "$out/copy/live.drill"
check "copy while recording verifies" 0 "" $rc "$msg"
"$exe" verify "$out/copy/live.drill" |
  grep -q "^$out/copy/live.drill: the drill has not ended: it is still in progress, or was interrupted, at T+[0-9:]* (\`drillhall resume $out/copy/live.drill\` continues it)$" ||
  { echo "FAIL a copy taken while recording does not say the drill had not ended and resume continues it"; fails=$((fails + 1)); }
# the same for the record itself while it is written: in progress, not a crash
"$exe" verify "$f" | grep -q "^$f: the drill has not ended: it is still in progress, or was interrupted, at T+" ||
  { echo "FAIL verify while recording does not say the drill is in progress"; fails=$((fails + 1)); }

# the writer dies without closing anything: the kernel drops its lock
kill -9 $writer
wait $writer 2>/dev/null || true
before=$(sqlite3 "$f" "SELECT count(*) FROM inputs")
run "$exe" verify --key "$out/control.pub" "$f"
check "verify --key after kill -9" 0 "" $rc "$msg"
run "$exe" resume "$f" --headless --bots random --sign "$out/control.key"
rc_resume=$rc
case "$msg" in "drillhall: $f: resuming at "*) ok=1 ;; *) ok=0 ;; esac
[ $rc_resume -eq 0 ] && [ $ok -eq 1 ] && echo "ok   resume after kill -9: $msg" ||
  { echo "FAIL resume after kill -9: exit $rc_resume: $msg"; fails=$((fails + 1)); }
[ "$(sqlite3 "$f" "SELECT pid FROM writer")" != "$writer" ] || { echo "FAIL the writer row still names the dead writer"; fails=$((fails + 1)); }
"$exe" verify --key "$out/control.pub" "$f" | grep -qx "$f: the drill ended at T+3:00:00" || { echo "FAIL the resumed drill did not end"; fails=$((fails + 1)); }
after=$(sqlite3 "$f" "SELECT count(*) FROM inputs")
[ "$after" -gt "$before" ] || { echo "FAIL resume recorded nothing ($before → $after inputs)"; fails=$((fails + 1)); }
[ $fails -eq 0 ]
