#!/usr/bin/env bash
# bench_net.sh BUILD_DIR — a served drill through the real TLS server on loopback,
# with a swarm of stations in a second process; one "name value unit" line per figure:
#   - 200 stations: idle server CPU and memory while they wait at T+0;
#   - the drill at 120x with random bots: how late each inject arrived after it fell
#     due (per delivery, and the last of all stations per inject), choice round trip
#     to the durable acknowledgement;
#   - the server killed with SIGKILL and resumed: how long the stations took to be back;
#   - 1,000 stations held by one server, and its memory then.
# Only 127.0.0.1; every process is stopped on the way out.
set -eu
build=${1:-build}
src=$(cd "$(dirname "$0")/../.." && pwd)
exe="$build/engine/app/drillhall"
ref="$src/scenarios/ransomware-contributions.lua"
tmp=$(mktemp -d "$build/bench-net.XXXXXX")
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
roster() {  # roster N FILE
  { echo "id,name,bracket"; for i in $(seq 1 "$1"); do echo "t$i,Team $i,b$(( i % 7 ))"; done; } > "$2"
}
listening() {  # listening PORT PID
  for _ in $(seq 1 300); do
    kill -0 "$2" 2>/dev/null || { echo "bench_net: the server exited" >&2; exit 1; }
    (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "bench_net: nothing listens on $1" >&2; exit 1
}
connected() {  # connected PORT — established connections the server holds
  ss -Htn state established "( sport = :$1 )" | wc -l
}
wait_connected() {  # wait_connected PORT N
  for _ in $(seq 1 600); do
    [ "$(connected "$1")" -ge "$2" ] && return 0
    sleep 0.1
  done
  echo "bench_net: only $(connected "$1") of $2 stations connected" >&2; exit 1
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_mib() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }

# --- 200 stations ----------------------------------------------------------------
roster 200 "$tmp/r200.csv"
port=$(free_port)
mkfifo "$tmp/in"
exec 7<>"$tmp/in"
"$exe" serve "$ref" --roster "$tmp/r200.csv" --record "$tmp/200.drill" \
  --listen "127.0.0.1:$port" --speed 120 --wait <&7 >"$tmp/serve.out" 2>"$tmp/serve.err" &
srv=$!; pids+=("$srv")
listening "$port" "$srv"
"$exe" codes "$tmp/200.drill" --format csv -o "$tmp/codes.csv"
pin=$(sed -n 's/.*(SHA-256): *//p' "$tmp/serve.err" | head -1)
"$exe" swarm "wss://127.0.0.1:$port" --codes "$tmp/codes.csv" --pin "$pin" --bots random \
  --seed 3 --stats >"$tmp/swarm.out" 2>"$tmp/swarm.err" &
sw=$!; pids+=("$sw")
wait_connected "$port" 201   # 200 teams and the observers' row
sleep 2
t1=$(cpu_ticks "$srv"); sleep 10; t2=$(cpu_ticks "$srv")
awk -v a="$t1" -v b="$t2" -v hz="$(getconf CLK_TCK)" \
  'BEGIN {printf "serve_idle_cpu_201_stations %.1f %%\n", (b - a) / hz / 10 * 100}'
echo "serve_rss_201_stations $(rss_mib "$srv") MiB"
echo >&7   # Enter: the drill starts
sleep 40
# a crash in the middle: every station comes back to the resumed server
kill -9 "$srv"; wait "$srv" 2>/dev/null || true
"$exe" serve "$tmp/200.drill" --listen "127.0.0.1:$port" </dev/null \
  >"$tmp/serve2.out" 2>"$tmp/serve2.err" &
srv=$!; pids+=("$srv")
if ! wait "$sw"; then
  echo "bench_net: the swarm failed:" >&2; tail -5 "$tmp/swarm.err" >&2; exit 1
fi
wait "$srv" || true
grep -E '^swarm_' "$tmp/swarm.out"

# --- the most stations one server holds ---------------------------------------------
roster 1000 "$tmp/r1000.csv"
port=$(free_port)
"$exe" serve "$ref" --roster "$tmp/r1000.csv" --record "$tmp/1000.drill" \
  --listen "127.0.0.1:$port" --wait <&7 >"$tmp/serve3.out" 2>"$tmp/serve3.err" &
srv=$!; pids+=("$srv")
listening "$port" "$srv"
"$exe" codes "$tmp/1000.drill" --format csv -o "$tmp/codes1000.csv"
pin=$(sed -n 's/.*(SHA-256): *//p' "$tmp/serve3.err" | head -1)
s=$(date +%s%N)
"$exe" swarm "wss://127.0.0.1:$port" --codes "$tmp/codes1000.csv" --pin "$pin" \
  >"$tmp/swarm3.out" 2>"$tmp/swarm3.err" &
sw=$!; pids+=("$sw")
wait_connected "$port" 1001
e=$(date +%s%N)
echo "serve_stations_held $(connected "$port") stations"
echo "serve_connect_1001_stations_ms $(( (e - s) / 1000000 )) ms"
echo "serve_rss_1001_stations $(rss_mib "$srv") MiB"
kill -INT "$sw" 2>/dev/null || true
kill -TERM "$srv" 2>/dev/null || true
wait "$srv" 2>/dev/null || true
wait "$sw" 2>/dev/null || true
exec 7>&-
