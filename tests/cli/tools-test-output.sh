#!/usr/bin/env bash
# tools-test-output.sh DRILLHALL FIXTURES — drillhall test names each test with
# ok or FAIL, shows each failure at file:line and sums up.
set -u
out=$("$1" test "$2/mini.lua" "$2/tests/failing.test.lua" 2>&1); rc=$?
ok=1
[ $rc = 1 ] || { echo "exit $rc, expected 1"; ok=0; }
for want in "  ok    reporting closes both branches" \
            "  ok    the best bot reports" \
            "  FAIL  wrong on every count" \
            "failing.test.lua:8: contain should be 10, but it is -5" \
            "  FAIL  a choice before its decision opens" \
            "6 tests: 4 passed, 2 failed"; do
  grep -qF -- "$want" <<<"$out" || { echo "output lacks: $want"; ok=0; }
done
[ $ok = 1 ] || { echo "--- output:"; echo "$out"; exit 1; }
echo "test: names, reasons and the sum as expected"
