#!/usr/bin/env bash
# live-questions.sh DRILLHALL SRC OUT — an open question across stations on
# 127.0.0.1: a native team station answers it (acknowledged, durable), the
# server is killed with SIGKILL while the answer is still unscored and served
# again from its record, then two evaluator stations score the same answer (one
# ticks every rubric item, the other none). The report (JSON, HTML, CSV) shows
# the answer, both evaluators' scores and their disagreement; the record
# verifies and replays. Every wait is bounded; every process is stopped.
set -eu
exe=$1 src=$2 out=$3/live-questions
T=$src/tests/questions
rm -rf "$out" && mkdir -p "$out"
export DRILLHALL_LANG=en
pids=()
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
rec=$out/q.drill
mkfifo "$out/ctl"
exec 3<>"$out/ctl"
"$exe" serve "$T/ask.lua" --roster "$T/roster.csv" --evaluators "$T/evaluators.csv" --record "$rec" \
  --listen 127.0.0.1:0 --speed 120 --wait < "$out/ctl" > "$out/serve-0.out" 2> "$out/serve-0.err" &
server=$!
pids+=("$server")
wait_for "$out/serve-0.err" "join codes:" 20
port=$(grep -o 'wss://127\.0\.0\.1:[0-9]*' "$out/serve-0.err" | grep -o '[0-9]*$')
fp=$(grep -o 'fingerprint (SHA-256): [0-9A-F:]*' "$out/serve-0.err" | cut -d' ' -f3)
"$exe" codes "$rec" --format csv --no-bom -o "$out/codes.csv"   # read by grep below
code() { grep "^$1,$2," "$out/codes.csv" | cut -d, -f4; }
timeout 120 "$exe" join "wss://127.0.0.1:$port" --code "$(code team t-alpha)" --pin "$fp" --headless \
  --bots first > "$out/alpha.out" 2> "$out/alpha.err" &
pids+=("$!")
wait_for "$out/alpha.out" "ready:" 20
# bravo and charlie: a swarm's bots, which answer with a canned text too
grep -e '^role,' -e '^team,t-bravo,' -e '^team,t-charlie,' "$out/codes.csv" > "$out/swarm-codes.csv"
timeout 120 "$exe" swarm "wss://127.0.0.1:$port" --codes "$out/swarm-codes.csv" --pin "$fp" --bots first \
  --out "$out/swarm" > "$out/swarm.out" 2>&1 &
swarm=$!
pids+=("$swarm")
for _ in $(seq 400); do
  [ "$(grep -l '"type":"ready"' "$out"/swarm/*.jsonl 2>/dev/null | wc -l)" = 2 ] && break
  sleep 0.05
done
echo >&3
# the answer is acknowledged: it is in the record before the server says so
wait_for "$out/alpha.out" "question notify answered" 30
ack=$(grep -B1 "question notify answered" "$out/alpha.out" | grep -o 'recorded as input [0-9]*' | head -1)
[ -n "$ack" ] || fail "the answer was not acknowledged: $(cat "$out/alpha.out")"
kill -9 "$server"
wait "$server" 2>/dev/null || true
n=$(sqlite3 "$rec" "SELECT count(*) FROM inputs WHERE kind = 'answer' AND team = 0")
s=$(sqlite3 "$rec" "SELECT count(*) FROM inputs WHERE kind = 'score'")
[ "$n" = 1 ] && [ "$s" = 0 ] || fail "after kill -9: $n answers from t-alpha, $s scores in the record"

"$exe" serve "$rec" --listen "127.0.0.1:$port" --speed 120 < /dev/null > "$out/serve-1.out" 2> "$out/serve-1.err" &
server=$!
pids+=("$server")
wait_for "$out/serve-1.err" "join codes:" 20
timeout 120 "$exe" join "wss://127.0.0.1:$port" --code "$(code evaluator ev-1)" --pin "$fp" --headless \
  --bots best > "$out/ev1.out" 2> "$out/ev1.err" &
ev1=$!
pids+=("$ev1")
timeout 120 "$exe" join "wss://127.0.0.1:$port" --code "$(code evaluator ev-2)" --pin "$fp" --headless \
  --bots worst > "$out/ev2.out" 2> "$out/ev2.err" &
ev2=$!
pids+=("$ev2")
# the evaluators were not there when it was answered: the resumed server shows it to them
wait_for "$out/ev1.out" "\[t-alpha\] question notify answered" 20
rc=0; wait "$ev1" || rc=$?
[ "$rc" = 0 ] || fail "evaluator 1 exited $rc: $(tail -5 "$out/ev1.err")"
rc=0; wait "$ev2" || rc=$?
[ "$rc" = 0 ] || fail "evaluator 2 exited $rc: $(tail -5 "$out/ev2.err")"
grep -q "question notify scored by Trần Minh: lead,dpo,facts" "$out/ev1.out" || fail "ev-1: $(cat "$out/ev1.out")"
grep -q "question notify scored by Lê Hoa: $" "$out/ev2.out" || fail "ev-2: $(cat "$out/ev2.out")"
rc=0; wait "$swarm" || rc=$?
[ "$rc" = 0 ] || fail "the swarm exited $rc: $(cat "$out/swarm.out")"
for _ in $(seq 200); do kill -0 "$server" 2>/dev/null || break; sleep 0.05; done
# every team answered once, across the restart: no answer lost or doubled
sqlite3 "$rec" "SELECT team FROM inputs WHERE kind = 'answer' ORDER BY team" | tr '\n' ' ' > "$out/answers"
[ "$(cat "$out/answers")" = "0 1 2 " ] || fail "answers by team index: $(cat "$out/answers")"

"$exe" verify "$rec" > "$out/verify.out" || fail "verify: $(cat "$out/verify.out")"
"$exe" report "$rec" --format json -o "$out/r.json"
"$exe" report "$rec" --format html -o "$out/r.html"
"$exe" report "$rec" --format csv -o "$out/csv"
"$exe" replay "$rec" --log "$out/replay.jsonl" > /dev/null
python3 - "$out" <<'PY'
import csv, json, os, sys
out = sys.argv[1]
r = json.load(open(os.path.join(out, "r.json"), encoding="utf-8"))
q = r["questions"][0]
a = {x["team"]: x for x in q["answers"]}["t-alpha"]
bad = []
if a["text"] != "(a bot's answer)": bad.append("answer text %r" % a["text"])
if a["status"] != "disagreement": bad.append("status %r" % a["status"])
got = sorted((s["evaluator"], tuple(s["items"]), s["points"]) for s in a["scores"])
want = [("Lê Hoa", (), 0), ("Trần Minh", ("lead", "dpo", "facts"), 11)]
if got != want: bad.append("scores %r" % (got,))
if a["points"] != 5.5: bad.append("points %r (the mean of 11 and 0)" % a["points"])
html = open(os.path.join(out, "r.html"), encoding="utf-8").read()
for s in ("Trần Minh", "Lê Hoa", "(a bot&#39;s answer)", "evaluators disagree"):
    if s not in html: bad.append("the HTML report lacks %r" % s)
rows = list(csv.DictReader(open(os.path.join(out, "csv-questions.csv"), encoding="utf-8-sig")))
ev = sorted(x["evaluator"] for x in rows if x["team"] == "t-alpha")
if ev != ["Lê Hoa", "Trần Minh"]: bad.append("CSV evaluators %r" % ev)
log = [json.loads(l) for l in open(os.path.join(out, "replay.jsonl"), encoding="utf-8")]
if [(e["type"], e.get("team")) for e in log].count(("score", "t-alpha")) != 2:
    bad.append("the replay has not two scores of t-alpha's answer")
swarm = {x["team"]: x for x in q["answers"]}
b, c = swarm["t-bravo"], swarm["t-charlie"]
if b["text"] != "(a bot's answer)" or len(b["scores"]) != 2:
    bad.append("t-bravo (a swarm station): %r" % b)
# no evaluator evaluates charlie: its answer stays unscored, never a silent zero
if c["text"] != "(a bot's answer)" or c["status"] != "unscored" or c["points"] is not None or c["scores"]:
    bad.append("t-charlie (a swarm station, nobody scores it): %r" % c)
if "not scored: no points counted yet" not in html:
    bad.append("the HTML report does not list charlie's answer as not scored")
for b in bad: print("FAIL:", b)
sys.exit(1 if bad else 0)
PY
echo "live-questions: answered from a station, kept through kill -9, scored by two evaluators"
