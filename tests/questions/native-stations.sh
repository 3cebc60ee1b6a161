#!/usr/bin/env bash
# native-stations.sh DRILLHALL STATION_KEYS SRC OUT — the native station's window
# (station_keys: the ui, sink and book of `drillhall join`, driven by keys) on
# 127.0.0.1: a team types a Vietnamese answer in the text box and sends it; an
# evaluator ticks a rubric item and comments in the scoring view. The record
# holds both, verifies and replays; the report shows the answer and the score
# with the evaluator's name. Every wait is bounded; every process is stopped.
set -eu
exe=$1 keys=$2 src=$3 out=$4/native-stations
T=$src/tests/questions
rm -rf "$out" && mkdir -p "$out"
export DRILLHALL_LANG=en SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
wait_for() {
  for _ in $(seq $(($3 * 20))); do grep -q -- "$2" "$1" 2>/dev/null && return 0; sleep 0.05; done
  fail "no \"$2\" in $1 after $3 s: $(tail -5 "$1" 2>/dev/null)"
}
rec=$out/q.drill
mkfifo "$out/ctl"
exec 3<>"$out/ctl"
"$exe" serve "$T/ask.lua" --roster "$T/roster.csv" --evaluators "$T/evaluators.csv" --record "$rec" \
  --listen 127.0.0.1:0 --speed 60 --wait < "$out/ctl" > "$out/serve.out" 2> "$out/serve.err" &
server=$!
pids+=("$server")
wait_for "$out/serve.err" "join codes:" 20
url=wss://127.0.0.1:$(grep -o 'wss://127\.0\.0\.1:[0-9]*' "$out/serve.err" | grep -o '[0-9]*$')
fp=$(grep -o 'fingerprint (SHA-256): [0-9A-F:]*' "$out/serve.err" | cut -d' ' -f3)
"$exe" codes "$rec" --format csv -o "$out/codes.csv"
code() { grep "^$1,$2," "$out/codes.csv" | cut -d, -f4; }
answer="Báo ngay giám đốc trung tâm, rồi cán bộ bảo vệ dữ liệu (DPO) trong vòng một giờ; chỉ nói những gì đã xác nhận."
"$keys" team "$url" "$(code team t-alpha)" "$fp" "$src/assets/fonts" "$answer" > "$out/team.out" 2>&1 &
team=$!
pids+=("$team")
"$keys" evaluator "$url" "$(code evaluator ev-1)" "$fp" "$src/assets/fonts" "Nêu đúng lãnh đạo" \
  > "$out/ev.out" 2>&1 &
ev=$!
pids+=("$ev")
sleep 1
echo >&3
rc=0; wait "$team" || rc=$?
[ "$rc" = 0 ] || fail "the team station exited $rc: $(cat "$out/team.out")"
grep -qF "answered: $answer" "$out/team.out" || fail "team: $(cat "$out/team.out")"
rc=0; wait "$ev" || rc=$?
[ "$rc" = 0 ] || fail "the evaluator station exited $rc: $(cat "$out/ev.out")"
grep -q "scored by Trần Minh: lead" "$out/ev.out" || fail "evaluator: $(cat "$out/ev.out")"
for _ in $(seq 1800); do kill -0 "$server" 2>/dev/null || break; sleep 0.05; done
kill -0 "$server" 2>/dev/null && fail "the server did not end the drill"
"$exe" verify "$rec" > "$out/verify.out" || fail "verify: $(cat "$out/verify.out")"
"$exe" replay "$rec" --log "$out/replay.jsonl" > /dev/null
"$exe" report "$rec" --format json -o "$out/r.json"
python3 - "$out" "$answer" <<'PY'
import json, os, sys
out, answer = sys.argv[1], sys.argv[2]
r = json.load(open(os.path.join(out, "r.json"), encoding="utf-8"))
a = {x["team"]: x for x in r["questions"][0]["answers"]}["t-alpha"]
bad = []
if a["text"] != answer: bad.append("answer text %r" % a["text"])
got = [(s["evaluator"], tuple(s["items"]), s.get("comment")) for s in a["scores"]]
if got != [("Trần Minh", ("lead",), "Nêu đúng lãnh đạo")]: bad.append("scores %r" % (got,))
log = [json.loads(l) for l in open(os.path.join(out, "replay.jsonl"), encoding="utf-8")]
if not any(e["type"] == "answer" and e.get("text") == answer for e in log):
    bad.append("the replay has not the answer")
for b in bad: print("FAIL:", b)
sys.exit(1 if bad else 0)
PY
echo "native-stations: a typed answer and a ticked score from native stations, in the record and the report"
