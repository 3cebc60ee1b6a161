#!/usr/bin/env bash
# determinism.sh DRILLHALL SRC OUT — same scenario, roster, seed and bots give a
# byte-identical log across processes (Lua randomises its string hashing per
# process, so this also proves nothing depends on hash order); another seed
# gives another drill. Then the address probe (tests/script/address-probe.lua):
# a drill that prints and decides on everything a script can make of a table,
# a function or a named value, run six times: one address anywhere and the logs
# differ. Last the budget probe (tests/script/budget-probe.lua): its scripts
# run out of the drill's share part way through, at a point that must not move
# between processes although Lua's string hash seed does.
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

probe=$src/tests/script/address-probe.lua
for i in 1 2 3 4 5 6; do
  "$exe" run "$probe" --headless --bots random --teams 3 --seed 7 --log "$out/probe-$i.jsonl" \
    >/dev/null 2>"$out/probe-$i.err"
  cmp "$out/probe-1.jsonl" "$out/probe-$i.jsonl"
  cmp "$out/probe-1.err" "$out/probe-$i.err"   # print output too
done
# the probe really ran: its reasons and prints are there, with no address in them
grep -q '"reason":"thing / table / table / function / function / thing|' "$out/probe-1.jsonl"
grep -q 'print: probe	thing	table	function' "$out/probe-1.err"
if grep -q '0x' "$out/probe-1.jsonl" "$out/probe-1.err"; then
  echo "an address reached the probe's log or output"; exit 1
fi
echo "address probe: 6 runs, identical logs and output, no address"

budget=$src/tests/script/budget-probe.lua
for i in 1 2 3 4; do
  "$exe" run "$budget" --headless --bots random --teams 3 --seed 7 --log "$out/budget-$i.jsonl" \
    >/dev/null 2>"$out/budget-$i.err"
  cmp "$out/budget-1.jsonl" "$out/budget-$i.jsonl"
done
# the share ran out in the middle: some deliveries before, withheld ones after
grep -q '"type":"inject"' "$out/budget-1.jsonl"
grep -q '"type":"withheld"' "$out/budget-1.jsonl"
grep -q 'script budget for the drill exhausted' "$out/budget-1.err"
echo "budget probe: 4 runs stop the scripts at the same point ($(grep -c '"type":"inject"' "$out/budget-1.jsonl") deliveries)"
