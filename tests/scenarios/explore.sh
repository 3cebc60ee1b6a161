#!/usr/bin/env bash
# explore.sh DRILLHALL FIXTURE_DIR — `check` plays a scenario down every branch:
#  1. branches.lua has two script errors that only one path each reaches (a
#     missed deadline; an option, then a missed deadline). Static checks pass;
#     check names each once, at its line, with the path that reached it, states
#     the paths played and that every outcome was reached, and exits 2;
#  2. random bots never miss a deadline: simulate does not see either error,
#     which is why check explores;
#  3. `drillhall test` fails the case whose path meets the failing `when`;
#  4. roles.lua's failing hook follows an option of a decision only the central
#     team answers: every role plays every pair, and the role is named;
#  5. --paths 0 skips exploring (exit 0), a bad --paths is a usage error, and a
#     scenario whose scripts never fail still prints nothing;
#  6. spend.lua's scripts each run to the instruction budget on every call:
#     exploring stops at its bound on total work, says so with the paths
#     played (fewer than planned, and a whole number of rounds) and still
#     names the error once; one round alone stays under the bound.
set -u
exe=$1 dir=$2
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
cd "$dir" || exit 1

err=$("$exe" check branches.lua 2>&1 >/dev/null); rc=$?
[ $rc = 2 ] || fail "check exited $rc, expected 2"
want1='drillhall: branches.lua:53: `when` of inject "audit" for team "'
want1b='" failed (counted as false): attempt to perform arithmetic on a nil value (field '"'?'"') — reached by a team after triage-phish: missed'
want2='drillhall: branches.lua:61: on("expire") hook for team "'
want2b='" failed: attempt to index a nil value (local '"'note'"') — reached by a team after triage-phish=reimage, reset-creds: missed'
n1=$(printf '%s\n' "$err" | grep -cF "$want1") n2=$(printf '%s\n' "$err" | grep -cF "$want2")
[ "$n1" = 1 ] || fail "line 53's error is listed $n1 times, expected once"
[ "$n2" = 1 ] || fail "line 61's error is listed $n2 times, expected once"
case "$err" in *"$want1b"*) ;; *) fail "check lacks the path to line 53: $want1b" ;; esac
case "$err" in *"$want2b"*) ;; *) fail "check lacks the path to line 61: $want2b" ;; esac
case "$err" in *"branches.lua: 2 script error(s), listed above, met on 1000 paths played (8 of 8 outcomes reached"*) ;;
  *) fail "check does not state the paths and outcomes" ;; esac
[ "$(printf '%s\n' "$err" | grep -c '^drillhall: branches.lua:[0-9]*: ')" = 2 ] ||
  fail "check listed more than the two errors"
# in line order: 53 before 61
[ "$(printf '%s\n' "$err" | grep -o '^drillhall: branches.lua:[0-9]*' | head -1)" = "drillhall: branches.lua:53" ] ||
  fail "errors not in line order"
printf '%s\n' "$err"

out=$("$exe" simulate branches.lua --runs 2000 --teams 100 --threads 1 2>&1); rc=$?
[ $rc = 0 ] || fail "simulate exited $rc: random bots were expected to miss both errors"
case "$out" in *"branches.lua:53"*|*"branches.lua:61"*) fail "simulate found an error only exploring was expected to" ;; esac

out=$("$exe" test branches.lua 2>&1); rc=$?
[ $rc = 1 ] || fail "test exited $rc, expected 1"
case "$out" in *"ok    reporting reaches no failing script"*"FAIL  a missed triage meets the failing when"*"a script failed during the test"*"branches.lua:53"*) ;;
  *) fail "test did not fail the case that meets the failing when: $out" ;; esac

err=$("$exe" check roles.lua 2>&1); rc=$?
[ $rc = 2 ] || fail "check roles.lua exited $rc, expected 2"
case "$err" in *'roles.lua:39: on("choice") hook for team "'*'" failed: attempt to index a nil value (local '"'statement'"') — reached by a team after escalate=press (role "central")'*) ;;
  *) fail "check roles.lua did not name the role's path: $err" ;; esac
case "$err" in *"(6 of 6 outcomes reached"*) ;; *) fail "roles.lua: not every outcome reached: $err" ;; esac

err=$("$exe" check --paths 0 branches.lua 2>&1); rc=$?
[ $rc = 0 ] || fail "check --paths 0 exited $rc, expected 0: $err"
[ -z "$err" ] || fail "check --paths 0 printed: $err"
err=$("$exe" check --paths lots branches.lua 2>&1); rc=$?
[ $rc = 2 ] || fail "check --paths lots exited $rc, expected 2"
case "$err" in *"--paths lots: expected a number from 0 to 100000"*) ;; *) fail "bad --paths: $err" ;; esac
err=$("$exe" check --strict ../mini.lua 2>&1); rc=$?
[ $rc = 0 ] || fail "check mini.lua exited $rc: $err"
[ -z "$err" ] || fail "check of a scenario whose scripts never fail printed: $err"

err=$("$exe" check spend.lua 2>&1); rc=$?
[ $rc = 2 ] || fail "check spend.lua exited $rc, expected 2 (its scripts exhaust their budget)"
capline=$(printf '%s\n' "$err" | grep -F 'drillhall: spend.lua: warning: exploring stopped at its bound of 400 million script instructions after ')
played=$(printf '%s\n' "$capline" | sed -n 's/.* after \([0-9]*\) of \([0-9]*\) paths .*/\1/p')
planned=$(printf '%s\n' "$capline" | sed -n 's/.* after \([0-9]*\) of \([0-9]*\) paths .*/\2/p')
if [ -z "$played" ] || [ -z "$planned" ]; then
  fail "check spend.lua did not state where exploring stopped: $err"
else
  [ "$played" -lt "$planned" ] || fail "spend.lua: $played of $planned paths played: the bound did not stop it"
  [ $((played % 16)) = 0 ] || fail "spend.lua: $played paths is not a whole number of 16-path rounds"
  case "$err" in *"met on $played paths played"*) ;; *) fail "the summary counts other paths than the bound's line: $err" ;; esac
fi
[ "$(printf '%s\n' "$err" | grep -c 'instruction budget of 1000000 instructions exhausted')" = 1 ] ||
  fail "spend.lua's budget error is not listed exactly once: $err"
err=$("$exe" check --paths 16 spend.lua 2>&1)
case "$err" in *"exploring stopped"*) fail "16 paths (one round) already hit the bound: $err" ;; esac

[ $fails = 0 ] || exit 1
echo "ok: check explores every branch and names each script error with its path"
