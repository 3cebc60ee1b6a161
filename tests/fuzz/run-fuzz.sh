#!/usr/bin/env bash
# run-fuzz.sh BUILD SECONDS TARGET... — runs each libFuzzer target BUILD/tests/fuzz/fuzz_TARGET
# for SECONDS, starting from its committed seeds (tests/fuzz/corpus/TARGET and the
# fixtures shared-seeds.txt names) and
# every committed crash input (tests/fuzz/crashes/TARGET). New corpus entries go to
# BUILD/fuzz/corpus/TARGET (kept between runs, never into the source tree); a
# crashing input goes to BUILD/fuzz/artifacts/TARGET/. Prints, per target, how
# many inputs ran in how long, then "fuzz: N passed, N failed"; exits 1 when any
# target crashed, leaked, hung or could not run.
set -u
build=$1 seconds=$2
shift 2
src=$(cd "$(dirname "$0")" && pwd)
passed=0 failed=0 summary=()
for t in "$@"; do
  exe="$build/tests/fuzz/fuzz_$t"
  work="$build/fuzz/corpus/$t" art="$build/fuzz/artifacts/$t" log="$build/fuzz/$t.log"
  mkdir -p "$work" "$art" "$build/fuzz/tmp"
  # seeds other suites keep (shared-seeds.txt) join the working corpus
  while read -r target file; do
    [ "$target" = "$t" ] && cp "$src/../../$file" "$work/"
  done < <(grep -E '^[a-z]+ ' "$src/shared-seeds.txt")
  seeds=("$src/corpus/$t")
  [ -d "$src/crashes/$t" ] && seeds+=("$src/crashes/$t")
  dict=()
  [ -f "$src/$t.dict" ] && dict=(-dict="$src/$t.dict")
  start=$SECONDS
  # -timeout: one input that runs this long is a hang; -rss_limit_mb: a leak or
  # a runaway allocation is a finding, not a machine out of memory
  TMPDIR="$build/fuzz/tmp" "$exe" "$work" "${seeds[@]}" -max_total_time="$seconds" \
    -print_final_stats=1 -timeout=25 -rss_limit_mb=2048 -artifact_prefix="$art/" \
    "${dict[@]}" >"$log" 2>&1
  rc=$?
  took=$((SECONDS - start))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n1)
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1))
    line="fuzz $t: ok, ${execs:-?} executions in ${took}s (${cov:-cov: ?})"
  else
    failed=$((failed + 1))
    crash=$(grep -oE "(crash|leak|timeout|oom|slow-unit)-[0-9a-f]+" "$log" | tail -n1)
    line="fuzz $t: FAILED (exit $rc), ${execs:-?} executions in ${took}s; input: $art/${crash:-?}; log: $log"
    # what went wrong, where: the sanitizer's summary and the first frames
    grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|fuzz invariant' "$log"
    grep -m12 -E '^ +#[0-9]+ ' "$log"
  fi
  echo "$line"
  summary+=("$line")
done
echo "--- fuzzing, ${seconds}s per target"
printf '%s\n' "${summary[@]}"
echo "fuzz: $passed passed, $failed failed"
[ $failed -eq 0 ]
