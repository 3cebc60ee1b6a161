#!/usr/bin/env bash
# tools-test-partial.sh DRILLHALL FILE.test.lua — one bad case in a test file
# used to turn the whole file into "0 tests": the bad case is reported at its
# field, the good one still runs and passes, the summary counts the bad one as
# not run, and the exit status is still 2.
set -u
exe=$1 file=$2
out=$("$exe" test "$file" 2>"${TMPDIR:-/tmp}/partial.err"); rc=$?
err=$(cat "${TMPDIR:-/tmp}/partial.err")
ok=1
[ $rc = 2 ] || { echo "exit $rc, expected 2"; ok=0; }
case "$out" in *"ok    reporting closes both branches"*) ;; *) echo "the good case did not run: $out"; ok=0 ;; esac
# the bad case is counted, not silently gone from the summary
case "$out" in *"2 tests: 1 passed, 0 failed, 1 not run"*) ;; *) echo "summary: $out"; ok=0 ;; esac
case "$err" in *'partly-broken.test.lua:14: test "a misspelt field": unknown field "delivred" (did you mean "delivered"?)'*) ;;
  *) echo "the bad case was not reported at its field: $err"; ok=0 ;; esac
[ $ok = 1 ] || exit 1
echo "ok: the good case ran beside the bad one"
