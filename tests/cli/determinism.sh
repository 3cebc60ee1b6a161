#!/usr/bin/env bash
# determinism.sh DRILLHALL SRC OUT — same scenario, roster, seed and bots give a
# byte-identical log across processes (Lua randomises its string hashing per
# process, so this also proves nothing depends on hash order); another seed
# gives another drill.
set -eu
exe=$1 src=$2 out=$3
run() {
  "$exe" run "$src/scenarios/ransomware-contributions.lua" --headless --bots random \
    --roster "$src/scenarios/rosters/vss-provinces.csv" --seed "$1" --log "$out/det-$2.jsonl" >/dev/null
}
run 7 a; run 7 b; run 8 c
cmp "$out/det-a.jsonl" "$out/det-b.jsonl"
if cmp -s "$out/det-a.jsonl" "$out/det-c.jsonl"; then
  echo "seed 7 and seed 8 gave the same drill"; exit 1
fi
echo "$(wc -l < "$out/det-a.jsonl") events, identical across runs; another seed differs"
