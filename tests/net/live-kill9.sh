#!/usr/bin/env bash
# live-kill9.sh DRILLHALL SRC OUT — issue 11's kill -9 test, on 127.0.0.1 only:
# 35 team stations and an observer (one swarm, random bots) on the reference
# drill served fast and recorded; the server is killed with SIGKILL ten times at
# random moments and served again from its record on the same port each time.
# At the end every answer in acked.csv is in the record exactly once (same team,
# decision, option and input number), every station saw the end, and an
# observer that lived through every restart prints the scoreboard a replay of
# the record prints. Every wait is bounded; every process is stopped on the way
# out.
set -eu
exe=$1 src=$2 out=$3/live-kill9
rm -rf "$out" && mkdir -p "$out"
export DRILLHALL_LANG=en
pids=()
# TERM first: a `timeout` passes it on to its command (a KILL would leave that
# command running without it), then KILL for whatever is left
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  sleep 0.3
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
wait_for() {
  for _ in $(seq $(($3 * 20))); do grep -q -- "$2" "$1" 2>/dev/null && return 0; sleep 0.05; done
  fail "no \"$2\" in $1 after $3 s: $(tail -5 "$1" 2>/dev/null)"
}
RANDOM=11
speed=150
rec=$out/k.drill

mkfifo "$out/ctl"
exec 3<>"$out/ctl"
"$exe" serve "$src/scenarios/ransomware-contributions.lua" --roster "$src/scenarios/rosters/vss-provinces.csv" \
  --record "$rec" --listen 127.0.0.1:0 --speed $speed --wait < "$out/ctl" > "$out/serve-0.out" 2> "$out/serve-0.err" &
server=$!
pids+=("$server")
wait_for "$out/serve-0.err" "join codes:" 20
port=$(grep -o 'wss://127\.0\.0\.1:[0-9]*' "$out/serve-0.err" | grep -o '[0-9]*$')
fp=$(grep -o 'fingerprint (SHA-256): [0-9A-F:]*' "$out/serve-0.err" | cut -d' ' -f3)
"$exe" codes "$rec" --format csv -o "$out/codes.csv"
rows=$(($(wc -l < "$out/codes.csv") - 1))
[ "$rows" -ge 36 ] || fail "only $rows codes"
timeout 280 "$exe" swarm "wss://127.0.0.1:$port" --codes "$out/codes.csv" --pin "$fp" --bots random --seed 9 \
  --out "$out/swarm" > "$out/swarm.out" 2>&1 &
swarm=$!
pids+=("$swarm")
obs=$(grep '^observer,' "$out/codes.csv" | cut -d, -f4)
timeout 280 "$exe" join "wss://127.0.0.1:$port" --code "$obs" --pin "$fp" --headless > "$out/observer.out" \
  2> "$out/observer.err" &
observer=$!
pids+=("$observer")
for _ in $(seq 600); do
  [ "$(grep -l '"type":"ready"' "$out"/swarm/*.jsonl 2>/dev/null | wc -l)" = "$rows" ] && break
  sleep 0.05
done
[ "$(grep -l '"type":"ready"' "$out"/swarm/*.jsonl | wc -l)" = "$rows" ] || fail "not all $rows stations joined"
wait_for "$out/observer.out" "ready:" 20
echo >&3

kills=0
while [ $kills -lt 10 ]; do
  sleep "$((1 + RANDOM % 3)).$((RANDOM % 10))"
  kill -0 "$server" 2>/dev/null || break          # the drill ended before this kill
  kill -9 "$server"
  wait "$server" 2>/dev/null || true
  kills=$((kills + 1))
  "$exe" serve "$rec" --listen "127.0.0.1:$port" --speed $speed < /dev/null \
    > "$out/serve-$kills.out" 2> "$out/serve-$kills.err" &
  server=$!
  pids+=("$server")
  wait_for "$out/serve-$kills.err" "join codes:\|drill has ended\|ended" 20
done
[ $kills -ge 10 ] || fail "the drill ended after $kills kills"
rc=0
wait "$swarm" || rc=$?
[ "$rc" = 0 ] || fail "swarm exited $rc: $(cat "$out/swarm.out")"
rc=0
wait "$observer" || rc=$?
[ "$rc" = 0 ] || fail "the observer exited $rc: $(tail -5 "$out/observer.err")"
for _ in $(seq 200); do kill -0 "$server" 2>/dev/null || break; sleep 0.05; done
kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
cat "$out/swarm.out"
grep -q "swarm: $rows stations (0 refused)" "$out/swarm.out" || fail "summary: $(cat "$out/swarm.out")"
grep -q "reconnecting…" "$out/observer.err" || fail "the observer never noticed a restart"
# every station came back after (nearly) every kill: none sat out a restart
reconnects=$(grep -o '[0-9]* reconnects' "$out/swarm.out" | cut -d' ' -f1)
[ "$reconnects" -ge $((rows * (kills - 1))) ] || fail "$reconnects reconnects for $rows stations and $kills kills"

"$exe" replay "$rec" --log "$out/replay.jsonl" > "$out/replay.out"
sed -n '/scoreboard (T+/,$p' "$out/replay.out" > "$out/replay.board"
sed -n '/scoreboard (T+/,$p' "$out/observer.out" > "$out/observer.board"
[ -s "$out/replay.board" ] || fail "the replay printed no scoreboard"
diff "$out/replay.board" "$out/observer.board" || fail "the observer's scoreboard is not the replay's"
sqlite3 "$rec" "SELECT seq FROM inputs WHERE kind = 'choice' ORDER BY seq" > "$out/choice-inputs.txt"
python3 - "$out" <<'PY'
import csv, json, os, sys
from collections import Counter
out = sys.argv[1]
log = [json.loads(l) for l in open(os.path.join(out, "replay.jsonl"), encoding="utf-8")]
inputs = [int(x) for x in open(os.path.join(out, "choice-inputs.txt")).read().split()]
choices = [(e["team"], e["id"], e["option"]) for e in log if e["type"] == "choice"]
bad = []
if len(inputs) != len(choices):
    bad.append(f"{len(inputs)} choice inputs, {len(choices)} choices in the replay")
record = Counter((t, d, o, n) for (t, d, o), n in zip(choices, inputs))
per_decision = Counter((t, d) for (t, d, o) in choices)
bad += [f"{k} chosen {n} times in the record" for k, n in per_decision.items() if n > 1]
acked = [(r["team"], r["decision"], r["option"], int(r["input"]))
         for r in csv.DictReader(open(os.path.join(out, "swarm", "acked.csv"), encoding="utf-8"))]
for a, n in Counter(acked).items():
    if n > 1:
        bad.append(f"{a} acknowledged {n} times")
    if record[a] != 1:
        bad.append(f"{a} is in the record {record[a]} times")
for b in bad[:20]:
    print("FAIL:", b)
print(f"{len(acked)} acknowledged answers, each in the record once; {len(choices)} choices recorded")
sys.exit(1 if bad or not acked else 0)
PY
echo "ten kills: ok"
