#!/usr/bin/env bash
# live-stations.sh DRILLHALL SRC OUT — the station commands against the real
# server (drillhall serve), on 127.0.0.1 only; every wait is bounded and every
# process started here is stopped on the way out.
#   swarm: the reference drill served fast with bots off, one station per row of
#     `drillhall codes`: every team station received exactly the injects the
#     record delivered to its team, and acked.csv is exactly the record's choice
#     inputs (team, decision, option, input number), each once; an observer's
#     `join --headless` ends with the very scoreboard the server printed;
#   pin: a wrong --pin is refused (exit 2) naming both fingerprints;
#   screenshot: a team's station view, drawn from its mirror, into a PNG;
#   restart: the server is killed (-9) mid-drill and served again from its record
#     on the same port; the station says "reconnecting…", catches up (every
#     inject once) and exits 0 at the end, and its answer is in the record once.
set -eu
exe=$1 src=$2 out=$3/live-stations
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
# wait_for FILE PATTERN SECONDS
wait_for() {
  for _ in $(seq $(($3 * 20))); do grep -q -- "$2" "$1" 2>/dev/null && return 0; sleep 0.05; done
  fail "no \"$2\" in $1 after $3 s: $(tail -5 "$1" 2>/dev/null)"
}

# serve NAME ARGS...: the server in the background, waiting for Enter on fd 3
serve() {
  local name=$1; shift
  rm -f "$out/$name.fifo" && mkfifo "$out/$name.fifo"
  exec 3<>"$out/$name.fifo"
  "$exe" serve "$@" --listen 127.0.0.1:0 --wait < "$out/$name.fifo" > "$out/$name.out" 2> "$out/$name.err" &
  server=$!
  pids+=("$server")
  wait_for "$out/$name.err" "join codes:" 20
  port=$(grep -o 'serving wss://127\.0\.0\.1:[0-9]*' "$out/$name.err" | grep -o '[0-9]*$')
  fp=$(grep -o 'fingerprint (SHA-256): [0-9A-F:]*' "$out/$name.err" | cut -d' ' -f3)
  [ -n "$port" ] && [ ${#fp} = 95 ] || fail "no port or fingerprint in $(cat "$out/$name.err")"
}

# --- swarm through the real server --------------------------------------------------
serve a "$src/scenarios/ransomware-contributions.lua" --roster "$src/scenarios/rosters/rehearsal-6.csv" \
  --record "$out/a.drill" --speed 900
"$exe" codes "$out/a.drill" --format csv -o "$out/codes.csv"
rows=$(($(wc -l < "$out/codes.csv") - 1))
timeout 120 "$exe" swarm "wss://127.0.0.1:$port" --codes "$out/codes.csv" --pin "$fp" --bots random \
  --seed 5 --out "$out/swarm" > "$out/swarm.out" 2>&1 &
swarm=$!
pids+=("$swarm")
obs=$(grep '^observer,' "$out/codes.csv" | cut -d, -f4)
timeout 120 "$exe" join "wss://127.0.0.1:$port" --code "$obs" --pin "$fp" --headless > "$out/observer.out" \
  2> "$out/observer.err" &
observer=$!
pids+=("$observer")
# every station has caught up before the drill starts
for _ in $(seq 400); do
  [ "$(grep -l '"type":"ready"' "$out"/swarm/*.jsonl 2>/dev/null | wc -l)" = "$rows" ] && break
  sleep 0.05
done
[ "$(grep -l '"type":"ready"' "$out"/swarm/*.jsonl | wc -l)" = "$rows" ] || fail "not all $rows stations joined"
wait_for "$out/observer.out" "ready:" 20
echo >&3
rc=0
wait "$swarm" || rc=$?
[ "$rc" = 0 ] || fail "swarm exited $rc: $(cat "$out/swarm.out")"
for _ in $(seq 200); do kill -0 "$server" 2>/dev/null || break; sleep 0.05; done
kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
grep -q "swarm: $rows stations (0 refused)" "$out/swarm.out" || fail "summary: $(cat "$out/swarm.out")"
# the observer's mirror scores the drill as the server did: the same scoreboard
rc=0
wait "$observer" || rc=$?
[ "$rc" = 0 ] || fail "the observer exited $rc: $(cat "$out/observer.err")"
sed -n '/scoreboard (T+/,$p' "$out/observer.out" > "$out/observer.board"
sed -n '/scoreboard (T+/,$p' "$out/a.out" > "$out/server.board"
[ -s "$out/server.board" ] || fail "the server printed no scoreboard: $(cat "$out/a.out")"
diff "$out/server.board" "$out/observer.board" || fail "the observer's scoreboard is not the server's"
"$exe" replay "$out/a.drill" --log "$out/a-replay.jsonl" > /dev/null
sqlite3 "$out/a.drill" "SELECT seq FROM inputs WHERE kind = 'choice' ORDER BY seq" > "$out/a-choice-inputs.txt"
python3 - "$out" <<'PY'
import csv, glob, json, os, sys
out = sys.argv[1]
log = [json.loads(l) for l in open(os.path.join(out, "a-replay.jsonl"), encoding="utf-8")]
codes = list(csv.DictReader(open(os.path.join(out, "codes.csv"), encoding="utf-8-sig")))
teams = [r["id"] for r in codes if r["role"] == "team"]
bad = []
# the injects each team station received are the ones the record delivered to it
for t in teams:
    want = sorted(e["id"] for e in log if e["type"] == "inject" and e.get("team") == t)
    got = []
    for line in open(os.path.join(out, "swarm", t + ".jsonl"), encoding="utf-8"):
        m = json.loads(line)
        if m.get("type") == "inject":
            got.append(m["inject"]["id"])
            if m.get("team") != t:
                bad.append(f"{t} received another team's inject")
    if sorted(got) != want or not want:
        bad.append(f"{t}: received {sorted(got)}, the record delivered {want}")
# acked.csv is the record's choice inputs, each once, with their numbers
inputs = [int(x) for x in open(os.path.join(out, "a-choice-inputs.txt")).read().split()]
choices = [(e["team"], e["id"], e["option"]) for e in log if e["type"] == "choice"]
if len(inputs) != len(choices):
    bad.append(f"{len(inputs)} choice inputs but {len(choices)} choices in the replay")
record = sorted((t, d, o, n) for (t, d, o), n in zip(choices, inputs))
acked = sorted((r["team"], r["decision"], r["option"], int(r["input"]))
               for r in csv.DictReader(open(os.path.join(out, "swarm", "acked.csv"), encoding="utf-8")))
if acked != record:
    bad.append(f"acked.csv {acked} is not the record's {record}")
for t in teams:
    if not any(a[0] == t for a in acked):
        bad.append(f"{t} has no acknowledged answer")
for b in bad:
    print("FAIL:", b)
print(f"{len(teams)} team stations, {len(acked)} answers acknowledged and recorded once")
sys.exit(1 if bad else 0)
PY

# --- a wrong pin ------------------------------------------------------------------
serve b "$src/tests/net/net.lua" --roster "$src/tests/net/net-roster.csv" --record "$out/b.drill" --speed 30
code=$("$exe" codes "$out/b.drill" --format csv | grep '^team,t-alpha,' | cut -d, -f4)
wrong=00${fp:2}
[ "$wrong" != "$fp" ] || wrong=11${fp:2}
rc=0
timeout 30 "$exe" join "wss://127.0.0.1:$port" --code "$code" --pin "$wrong" --headless > /dev/null \
  2> "$out/pin.err" || rc=$?
[ "$rc" = 2 ] || fail "a wrong pin exited $rc: $(cat "$out/pin.err")"
grep -q "$fp" "$out/pin.err" && grep -q "$wrong" "$out/pin.err" || fail "both fingerprints not named: $(cat "$out/pin.err")"

# --- the server killed mid-drill and served again on the same port ------------------
timeout 120 "$exe" join "wss://127.0.0.1:$port" --code "$code" --pin "$fp" --headless --bots first \
  > "$out/restart.out" 2> "$out/restart.err" &
join=$!
pids+=("$join")
wait_for "$out/restart.out" "ready:" 20
echo >&3
wait_for "$out/restart.out" "acknowledged" 30
# another team's station, drawn from its mirror into a picture
bravo=$("$exe" codes "$out/b.drill" --format csv | grep '^team,t-bravo,' | cut -d, -f4)
timeout 30 "$exe" join "wss://127.0.0.1:$port" --code "$bravo" --pin "$fp" --screenshot "$out/bravo.png" \
  --size 800x500 2> "$out/bravo.err" || fail "the screenshot failed: $(cat "$out/bravo.err")"
[ "$(head -c 8 "$out/bravo.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "bravo.png is not a PNG"
kill -9 "$server"
wait "$server" 2>/dev/null || true
wait_for "$out/restart.err" "reconnecting…" 20
"$exe" serve "$out/b.drill" --listen "127.0.0.1:$port" --speed 30 < /dev/null > "$out/b2.out" 2> "$out/b2.err" &
server=$!
pids+=("$server")
rc=0
wait "$join" || rc=$?
[ "$rc" = 0 ] || fail "the station exited $rc after the restart: $(tail -5 "$out/restart.err")"
for _ in $(seq 200); do kill -0 "$server" 2>/dev/null || break; sleep 0.05; done
kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
[ "$(grep -c "inject phish:" "$out/restart.out")" = 1 ] || fail "phish not seen exactly once: $(cat "$out/restart.out")"
grep -q "the drill ends" "$out/restart.out" || fail "the end never arrived after the restart"
n=$(sqlite3 "$out/b.drill" "SELECT count(*) FROM inputs i JOIN teams t ON t.idx = i.team WHERE i.kind = 'choice' AND t.id = 't-alpha'")
[ "$n" = 1 ] || fail "t-alpha's answer is in the record $n times"
echo "swarm, pin and restart through the real server: ok"
