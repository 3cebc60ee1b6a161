#!/usr/bin/env bash
# responses-replay.sh DRILLHALL SRC OUT — answers from a responses file are
# recorded inputs: the run's event log and the replay's are byte-identical, the
# record verifies, an answer given after its question closed is ignored with a
# warning, and simulate plays the question by its rubric (best ticks every item,
# worst none), so its totals include the rubric's points.
set -eu
exe=$1 src=$2 out=$3/responses-replay
T=$src/tests/questions
rm -rf "$out" && mkdir -p "$out"
export DRILLHALL_LANG=en
fail() { echo "FAIL: $*"; exit 1; }
"$exe" run "$T/ask.lua" --headless --roster "$T/roster.csv" --responses "$T/responses.csv" \
  --record "$out/r.drill" --log "$out/run.jsonl" > "$out/run.out" 2> "$out/run.err"
grep -q '"type":"answer","team":"t-alpha","id":"notify","text":"Gọi giám đốc trung tâm, rồi cán bộ bảo vệ dữ liệu;\\nchỉ nói' \
  "$out/run.jsonl" || fail "no answer from t-alpha in the log: $(grep answer "$out/run.jsonl")"
grep -q '"type":"answer","team":"t-bravo"' "$out/run.jsonl" || fail "no answer from t-bravo"
"$exe" replay "$out/r.drill" --log "$out/replay.jsonl" > /dev/null
cmp "$out/run.jsonl" "$out/replay.jsonl" || fail "the replay's log differs from the run's"
"$exe" verify "$out/r.drill" > /dev/null || fail "the record does not verify"
sqlite3 "$out/r.drill" "SELECT count(*) FROM inputs WHERE kind = 'answer'" > "$out/n"
[ "$(cat "$out/n")" = 2 ] || fail "$(cat "$out/n") answers recorded, not 2"
# t-charlie answers at 0:40, after the 20-minute window: ignored, said so
printf 'team,decision,option,at\nt-charlie,notify,late,0:40\n' > "$out/late.csv"
"$exe" run "$T/ask.lua" --headless --roster "$T/roster.csv" --responses "$out/late.csv" \
  --log "$out/late.jsonl" > /dev/null 2> "$out/late.err"
grep -q 'question "notify" was no longer open for team "t-charlie"' "$out/late.err" || fail "late: $(cat "$out/late.err")"
grep -q '"type":"unanswered","team":"t-charlie"' "$out/late.jsonl" || fail "the late answer was taken"
# simulate: every rubric item for best (5+1 detect, 4+4+2 communicate), none for worst
"$exe" simulate "$T/ask.lua" --runs 60 --teams 2 > "$out/sim.out"
grep -Eq '^  communicate +10 +0 ' "$out/sim.out" || fail "simulate: $(cat "$out/sim.out")"
grep -Eq '^  total +16 +0' "$out/sim.out" || fail "simulate totals: $(cat "$out/sim.out")"
echo "responses-replay: answers recorded and replayed identically; simulate scores the rubric"
