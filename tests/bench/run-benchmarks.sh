#!/usr/bin/env bash
# run-benchmarks.sh BUILD_DIR — runs every benchmark; one "name value unit" line
# per figure. Figures are medians; the machine line says where they came from.
set -eu
build=${1:-build}
src=$(cd "$(dirname "$0")/../.." && pwd)
echo "machine $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
"$build/tests/bench/bench_engine" "$src/scenarios/ransomware-contributions.lua" 1000 21
"$build/tests/bench/bench_simulate" "$src/scenarios/ransomware-contributions.lua" 100000 7
