#!/usr/bin/env bash
# tour-exact.sh DRILLHALL SRC OUT — the tour drill, driven by a responses file,
# must produce exactly the pinned event log and scoreboard: every delivery,
# withheld inject, expiry, timeliness factor, hook adjustment and rank.
set -eu
exe=$1 src=$2 out=$3
"$exe" run "$src/tour.lua" --headless --roster "$src/tour-roster.csv" \
  --responses "$src/tour-responses.csv" --log "$out/tour.jsonl" > "$out/tour.txt"
diff -u "$src/tour.expected.jsonl" "$out/tour.jsonl"
diff -u "$src/tour.expected.txt" "$out/tour.txt"
echo "tour drill: log and scoreboard as pinned"
