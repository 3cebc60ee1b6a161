#!/usr/bin/env bash
# copy-after-crash.sh EXE SRC OUT — a .drill file copied alone (without its -wal)
# after kill -9 still holds the drill's inputs up to about its last second.
set -eu
exe=$1 src=$2 out=$3/copy-after-crash
rm -rf "$out" && mkdir -p "$out/safe"
"$exe" run "$src/scenarios/ransomware-contributions.lua" --headless --teams 35 --bots random \
  --speed 600 --record "$out/k.drill" >/dev/null 2>&1 &
pid=$!
sleep 3
kill -9 $pid
wait $pid 2>/dev/null || true
cp "$out/k.drill" "$out/safe/"
whole=$("$exe" verify "$out/k.drill" | sed -n 's/.*chain holds: \([0-9]*\) inputs.*/\1/p')
copy=$("$exe" verify "$out/safe/k.drill" | sed -n 's/.*chain holds: \([0-9]*\) inputs.*/\1/p')
echo "inputs: $whole in the record, $copy in the copy of the main file alone"
[ "$whole" -gt 20 ] || { echo "too few inputs recorded"; exit 1; }
[ "$copy" -gt 0 ] && [ "$copy" -le "$whole" ] || { echo "the copy lacks the drill"; exit 1; }
