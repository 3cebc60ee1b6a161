#!/usr/bin/env bash
# script-ids.sh DRILLHALL FIXTURE_DIR — mistakes inside scripts are caught before
# a drill, and a script that fails while one runs is never passed over:
#  1. `check` lists every unknown id a script passes to the team API or compares
#     a hook's argument with, each at its line with the closest known id, plus
#     team:add without a reason and the libraries the sandbox leaves out — in
#     line order, exactly typos.check.expected — and exits 2;
#  2. `simulate` lists each runtime failure once, with its count, and exits 1;
#     --allow-script-errors makes it exit 0 with the same list;
#  3. `drillhall test` fails a test whose expectations hold but whose hooks
#     failed; --allow-script-errors lets it pass;
#  4. mistakes in definitions are reported at the field's own line, naming the
#     option and the definition's id, with the closest known name, in line
#     order — exactly fields.check.expected.
set -u
exe=$1 dir=$2
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
cd "$dir" || exit 1

got=$("$exe" check typos.lua 2>&1); rc=$?
[ $rc = 2 ] || fail "check exited $rc, expected 2"
if ! diff <(printf '%s\n' "$got" | sed 's|^drillhall: ||') typos.check.expected; then
  fail "check's findings differ from typos.check.expected (above)"
fi

err=$("$exe" simulate typos.lua --runs 300 --teams 100 --threads 1 2>&1 >/dev/null); rc=$?
[ $rc = 1 ] || fail "simulate exited $rc, expected 1"
for want in 'typos.lua:36: warning: on("choice") hook for team' \
            'unknown inject "phsh" (did you mean "phish"?)' \
            'io is not available in scenarios' \
            'times in all)' \
            'simulate: 2 script failure(s) during the runs'; do
  case "$err" in *"$want"*) ;; *) fail "simulate's stderr lacks: $want" ;; esac
done
"$exe" simulate typos.lua --runs 300 --teams 100 --threads 1 --allow-script-errors \
  >/dev/null 2>&1; rc=$?
[ $rc = 0 ] || fail "simulate --allow-script-errors exited $rc, expected 0"

out=$("$exe" test typos.lua 2>&1); rc=$?
[ $rc = 1 ] || fail "test exited $rc, expected 1"
case "$out" in *"FAIL  reporting scores"*"a script failed during the test"*) ;;
  *) fail "test did not fail the case for its script failure: $out" ;; esac
out=$("$exe" test typos.lua --allow-script-errors 2>&1); rc=$?
[ $rc = 0 ] || fail "test --allow-script-errors exited $rc, expected 0"
case "$out" in *"ok    reporting scores"*"unknown inject \"phsh\""*) ;;
  *) fail "test --allow-script-errors did not pass with the failure listed: $out" ;; esac

got=$("$exe" check fields.lua 2>&1); rc=$?
[ $rc = 2 ] || fail "check fields.lua exited $rc, expected 2"
if ! diff <(printf '%s\n' "$got" | sed 's|^drillhall: ||') fields.check.expected; then
  fail "check's findings differ from fields.check.expected (above)"
fi

[ $fails = 0 ] || exit 1
echo "ok: check, simulate and test all catch the script's mistakes"
