#!/usr/bin/env bash
# station-cli.sh DRILLHALL PEER SRC OUT — join and swarm from the outside, against
# station_peer (a scripted server on 127.0.0.1, tests/net/station_peer.c):
#   join --headless --bots prints what arrives, has its answers acknowledged and
#   exits 0 at the end; a wrong --pin is refused (exit 2) naming both
#   fingerprints, before any code is sent; --bots best with points hidden is
#   refused (exit 2); swarm writes every message per station and an acked.csv
#   that is exactly what the server acknowledged; a station whose server is
#   killed says "reconnecting…", comes back to the restarted server on the same
#   port and catches up without seeing an event twice.
set -eu
exe=$1 peer=$2 src=$3 out=$4/station-cli
rm -rf "$out" && mkdir -p "$out"
script=$src/tests/net/peer-drill.jsonl
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$out/key.pem" \
  -out "$out/cert.pem" -days 2 -subj /CN=127.0.0.1 2>/dev/null
fp=$(openssl x509 -in "$out/cert.pem" -noout -fingerprint -sha256 | cut -d= -f2)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_peer PORT SPEED ACKS: the peer in the background, once it listens
start_peer() {
  "$peer" "$1" "$out/cert.pem" "$out/key.pem" "$script" "$2" "$3" > "$out/peer.out" 2>&1 &
  peer_pid=$!
  pids+=("$peer_pid")
  for _ in $(seq 100); do grep -q listening "$out/peer.out" && return 0; sleep 0.05; done
  fail "the peer did not start"
}

# --- join --headless --bots first: lines, acknowledgements, exit 0 at the end -----
port=$(free_port)
start_peer "$port" 300 "$out/acks-join.csv"
timeout 60 "$exe" join "wss://127.0.0.1:$port" --code HANOI --pin "$fp" --headless --bots first \
  --lang en > "$out/join.out" 2> "$out/join.err" || fail "join exited $? ($(cat "$out/join.err"))"
grep -q "inject first-alert: First alert" "$out/join.out" || fail "no inject line"
grep -q "decision isolate opens: Isolate?" "$out/join.out" || fail "no decision line"
grep -q "the drill ends" "$out/join.out" || fail "no end line"
[ "$(grep -c "acknowledged" "$out/join.out")" = 2 ] || fail "not two acknowledgements: $(cat "$out/join.out")"
grep -qx "hanoi,isolate,now,1" "$out/acks-join.csv" || fail "the server did not take isolate: $(cat "$out/acks-join.csv")"
grep -qx "hanoi,notify,within-24h,2" "$out/acks-join.csv" || fail "the server did not take notify"

# --- a wrong pin: refused before the code is sent, both fingerprints named ----------
wrong=$(echo "$fp" | sed 's/^../00/')
[ "$wrong" != "$fp" ] || wrong=$(echo "$fp" | sed 's/^../11/')
rc=0
timeout 30 "$exe" join "wss://127.0.0.1:$port" --code HUE --pin "$wrong" --headless > /dev/null 2> "$out/pin.err" || rc=$?
[ "$rc" = 2 ] || fail "a wrong pin exited $rc"
grep -q "$fp" "$out/pin.err" || fail "the presented fingerprint is not named: $(cat "$out/pin.err")"
grep -q "$wrong" "$out/pin.err" || fail "the pinned fingerprint is not named"
if grep -q "^hue," "$out/acks-join.csv"; then fail "a station with a wrong pin reached the server"; fi

# --- best needs points: refused clearly ---------------------------------------------
rc=0
timeout 30 "$exe" join "wss://127.0.0.1:$port" --code DANANG --pin "$fp" --headless --bots best \
  > /dev/null 2> "$out/best.err" || rc=$?
[ "$rc" = 2 ] || fail "--bots best with hidden points exited $rc"
grep -q "hides them" "$out/best.err" || fail "no reason for refusing best: $(cat "$out/best.err")"
kill "$peer_pid"; wait "$peer_pid" 2>/dev/null || true

# --- swarm: one file per station, acked.csv equals what the server acknowledged ----
port=$(free_port)
printf 'role,id,name,code\nteam,hanoi,Hà Nội,HANOI\nteam,hue,Huế,HUE\nteam,danang,Đà Nẵng,DANANG\n' > "$out/codes.csv"
start_peer "$port" 300 "$out/acks-swarm.csv"
timeout 60 "$exe" swarm "wss://127.0.0.1:$port" --codes "$out/codes.csv" --pin "$fp" --bots random \
  --seed 3 --out "$out/swarm" > "$out/swarm.out" 2>&1 || fail "swarm exited $? ($(cat "$out/swarm.out"))"
grep -q "swarm: 3 stations (0 refused)" "$out/swarm.out" || fail "summary: $(cat "$out/swarm.out")"
for t in hanoi hue danang; do
  f=$out/swarm/$t.jsonl
  [ "$(grep -c '"type":"inject"' "$f")" = 2 ] || fail "$t did not receive both injects"
  grep -q '"type":"end"' "$f" || fail "$t did not receive the end"
  head -1 "$f" | grep -q '"type":"welcome"' || fail "$t's file does not start with the welcome"
done
[ "$(head -1 "$out/swarm/acked.csv")" = "team,decision,option,input" ] || fail "acked.csv has no header"
tail -n +2 "$out/swarm/acked.csv" | sort > "$out/acked.sorted"
sort "$out/acks-swarm.csv" > "$out/server.sorted"
[ "$(wc -l < "$out/acked.sorted")" = 6 ] || fail "not six acknowledged answers: $(cat "$out/acked.sorted")"
cmp "$out/acked.sorted" "$out/server.sorted" || fail "acked.csv differs from what the server acknowledged"
kill "$peer_pid"; wait "$peer_pid" 2>/dev/null || true

# --- the server dies and comes back on the same port: the station catches up -------
port=$(free_port)
start_peer "$port" 100 "$out/acks-restart.csv"
timeout 90 "$exe" join "wss://127.0.0.1:$port" --code HANOI --pin "$fp" --headless --lang en \
  > "$out/restart.out" 2> "$out/restart.err" &
join_pid=$!
pids+=("$join_pid")
for _ in $(seq 200); do grep -q "inject first-alert" "$out/restart.out" && break; sleep 0.05; done
grep -q "inject first-alert" "$out/restart.out" || fail "no first inject before the kill"
kill -9 "$peer_pid"; wait "$peer_pid" 2>/dev/null || true
for _ in $(seq 200); do grep -q "reconnecting" "$out/restart.err" && break; sleep 0.05; done
grep -q "reconnecting…" "$out/restart.err" || fail "the station did not say it is reconnecting"
start_peer "$port" 100 "$out/acks-restart.csv"
rc=0
wait "$join_pid" || rc=$?
[ "$rc" = 0 ] || fail "the station exited $rc after the restart: $(cat "$out/restart.err")"
[ "$(grep -c "inject first-alert" "$out/restart.out")" = 1 ] || fail "first-alert seen twice"
[ "$(grep -c "inject ransom-note" "$out/restart.out")" = 1 ] || fail "ransom-note not caught up once"
grep -q "the drill ends" "$out/restart.out" || fail "the end never arrived"
echo "join, pin, bots, swarm and restart: ok"
