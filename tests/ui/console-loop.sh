#!/usr/bin/env bash
# console-loop.sh EXE SCENARIO OUTDIR — the windowed console (SDL's offscreen
# driver) runs the drill on the wall clock × speed; a TERM (or Ctrl-C) stops it at
# once — closing the window asks first, which test_ui covers — with a complete log
# and a record that verifies and resumes headless to the end.
set -eu
exe=$1 sc=$2 out=$3
log="$out/loop.jsonl" rec="$out/loop.drill"
rm -f "$log" "$rec"
SDL_VIDEODRIVER=offscreen "$exe" run "$sc" --teams 3 --bots first --speed 60 --log "$log" --record "$rec" \
  >"$out/loop.out" 2>"$out/loop.err" &
pid=$!
# Wait until the drill has passed 0:05 instead of sleeping a fixed time. The
# JSONL log is written only when the console stops, so the drill's own log is
# read instead: the record (WAL, readable while it is written), whose progress
# row the console notes every wall second. A deadline keeps a stuck console from
# stalling the suite.
deadline=$((SECONDS + 60)) at=
while :; do
  at=$(sqlite3 -readonly "$rec" 'SELECT now FROM progress' 2>/dev/null) || at=
  if [[ $at =~ ^[0-9]+$ ]] && [ "$at" -ge 300000 ]; then break; fi
  if ! kill -0 $pid 2>/dev/null; then echo "the console stopped early"; cat "$out/loop.err"; exit 1; fi
  if [ $SECONDS -ge $deadline ]; then
    echo "the drill did not reach 0:05 within 60 s (progress: ${at:-none})"
    kill -TERM $pid; exit 1
  fi
  sleep 0.2
done
kill -TERM $pid
wait $pid || { echo "exit $?"; cat "$out/loop.err"; exit 1; }
[ -s "$log" ] || { echo "no log"; exit 1; }
if ! head -n1 "$log" | grep -q '"type":"start"'; then echo "log does not begin with start"; exit 1; fi
grep -q '"action":"speed","speed":60' "$log" || { echo "speed not logged"; exit 1; }
# stopped a second or two past 0:05 at 60x: the 0:05 inject has arrived, the
# 0:15 one not yet, and the drill is not over
grep -q '^{"t":300000,"type":"inject"' "$log" || { echo "0:05 inject missing"; cat "$log"; exit 1; }
if grep -q '^{"t":900000,"type":"inject"' "$log"; then echo "FAIL: clock ran too far"; exit 1; fi
if grep -q '"type":"end"' "$log"; then echo "FAIL: the drill ended although it was stopped"; exit 1; fi
grep -q "continue it with: drillhall resume $rec" "$out/loop.err" || { cat "$out/loop.err"; exit 1; }
"$exe" verify "$rec" >/dev/null
"$exe" resume "$rec" --headless --log "$out/loop-rest.jsonl" >"$out/loop-rest.out" 2>&1 \
  || { cat "$out/loop-rest.out"; exit 1; }
tail -n1 "$out/loop-rest.jsonl" | grep -q '"type":"end"' || { echo "resume did not finish"; exit 1; }
# the resumed drill's log begins with what the console had logged
head -c "$(stat -c %s "$log")" "$out/loop-rest.jsonl" | cmp -s - "$log" \
  || { echo "resumed log differs from the console's"; exit 1; }
echo ok
