#!/usr/bin/env bash
# replay.sh DRILLHALL SRC OUT — a recorded drill replays to a byte-identical log
# (whole, and up to --until), without changing the record; replay refuses
# responses other than the recorded ones on resume.
set -eu
exe=$1 src=$2 out=$3/replay
rm -rf "$out" && mkdir -p "$out"
sc="$src/scenarios/ransomware-contributions.lua"
ro="$src/scenarios/rosters/vss-provinces.csv"
resp="$src/tests/record/rehearsal-responses.csv"
"$exe" run "$sc" --headless --bots random --seed 5 --roster "$ro" --record "$out/a.drill" \
  --log "$out/run.jsonl" >/dev/null
before=$(sha256sum "$out/a.drill")
"$exe" replay "$out/a.drill" --log "$out/replay.jsonl" >/dev/null
cmp "$out/run.jsonl" "$out/replay.jsonl"
"$exe" replay "$out/a.drill" --until 1:00 --log "$out/until.jsonl" | grep -q "T+1:00:00"
last=$(tail -n 1 "$out/until.jsonl" | sed 's/^{"t":\([0-9]*\),.*/\1/')
[ "$last" -le 3600000 ]
head -n "$(wc -l < "$out/until.jsonl")" "$out/run.jsonl" | cmp - "$out/until.jsonl"
[ "$before" = "$(sha256sum "$out/a.drill")" ]
ls "$out"/a.drill-* 2>/dev/null && { echo "replay left files beside the record"; exit 1; }
# responses: recorded ones replay; other ones are refused on resume
"$exe" run "$sc" --headless --roster "$src/scenarios/rosters/rehearsal-6.csv" --responses "$resp" \
  --record "$out/b.drill" --log "$out/b-run.jsonl" >/dev/null
"$exe" replay "$out/b.drill" --log "$out/b-replay.jsonl" >/dev/null
cmp "$out/b-run.jsonl" "$out/b-replay.jsonl"
head -n 5 "$resp" > "$out/fewer.csv"
set +e
msg=$("$exe" resume "$out/b.drill" --headless --responses "$out/fewer.csv" 2>&1)
rc=$?
set -e
[ $rc -eq 2 ] && grep -q "recorded with other responses" <<<"$msg"
# run's flags may be repeated on resume as they were, and only so
before=$(sha256sum "$out/b.drill")
for bad in "--seed 2" "--teams 6" "--roster $ro" "--bots best"; do
  set +e
  msg=$("$exe" resume "$out/b.drill" --headless $bad 2>&1)
  rc=$?
  set -e
  [ $rc -eq 2 ] && grep -q "recorded with" <<<"$msg" || { echo "resume $bad: $rc $msg"; exit 1; }
done
[ "$before" = "$(sha256sum "$out/b.drill")" ]
"$exe" resume "$out/b.drill" --headless --roster "$src/scenarios/rosters/rehearsal-6.csv" \
  --responses "$resp" --seed 1 --log "$out/b-resumed.jsonl" >/dev/null
cmp "$out/b-run.jsonl" "$out/b-resumed.jsonl"
# a drill nobody answers for automatically (no bots, no responses), interrupted:
# a jumping headless resume would end it with every decision missed — refused,
# the record unchanged; paced, it may go on
"$exe" run "$src/scenarios/ransomware-contributions.lua" --headless --teams 3 --speed 1000 \
  --record "$out/c.drill" >/dev/null 2>&1 &
pid=$!
sleep 2
kill -9 $pid
wait $pid 2>/dev/null || true
before=$(sha256sum "$out/c.drill")
set +e
msg=$("$exe" resume "$out/c.drill" --headless 2>&1)
rc=$?
set -e
[ $rc -eq 2 ] && grep -q "nobody answers for the teams" <<<"$msg" || { echo "resume: $rc $msg"; exit 1; }
[ "$before" = "$(sha256sum "$out/c.drill")" ]
echo "replayed $(wc -l < "$out/run.jsonl") events byte for byte"
