#!/usr/bin/env bash
# run-benchmarks.sh BUILD_DIR — runs every benchmark; one "name value unit" line
# per figure. Figures are medians; the machine line says where they came from.
set -eu
build=${1:-build}
src=$(cd "$(dirname "$0")/../.." && pwd)
echo "machine $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
ref="$src/scenarios/ransomware-contributions.lua"
engine=$("$build/tests/bench/bench_engine" "$ref" 1000 21)
echo "$engine"
# the same drill in plain Lua, measured in this run: the ratio is the figure to quote
plain=$(lua5.4 "$src/tests/bench/plain_engine.lua" "$ref" 1000 7)
echo "$plain"
c=$(echo "$engine" | awk '$1 == "engine_events_per_s" {print $2}')
l=$(echo "$plain" | awk '$1 == "plain_lua_events_per_s" {print $2}')
awk -v c="$c" -v l="$l" 'BEGIN {printf "engine_vs_plain_lua %.1f x\n", c / l}'
"$build/tests/bench/bench_simulate" "$ref" 100000 7
