#!/usr/bin/env bash
# balance.sh DRILLHALL FIXTURE_DIR — simulate shows what each decision does to
# the final score and names the faults that make a drill lopsided:
#  - the decision that alone splits the totals into two humps ("isolate" worth
#    80 against 10), listed first with its spread and each option's share and
#    mean final total;
#  - a timeout that scores as well as the best option (check warns too, at the
#    timeout's line);
#  - the best option written first, and having the longest text, in most decisions;
# and says nothing of the kind about a scenario without these faults.
set -u
exe=$1 dir=$2
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
has() { case "$out" in *"$1"*) ;; *) fail "simulate's output lacks: $1" ;; esac; }

out=$("$exe" simulate "$dir/balance/lopsided.lua" --runs 2000 --threads 1 2>&1); rc=$?
[ $rc = 0 ] || fail "simulate exited $rc"
# the widest spread first: "first" before "second" and "third"
first=$(printf '%s\n' "$out" | grep -n '^  decision "' | head -1)
case "$first" in *'decision "first" (line 18): spread 80'*) ;;
  *) fail "the first decision listed is not the splitting one: $first" ;; esac
has '    isolate                chosen  3'
has 'mean total    90.'
has '! decision "first" (line 18): teams that took "isolate" end 80.'
has 'this decision alone splits the distribution'
has '! decision "second" (line 25): its timeout "later" scores as well as the best option "report"'
has '! the best option is written first in 2 of 3 decisions'
has '! the best option has the longest text in 2 of 3 decisions'
case "$out" in *'decision "second" (line 25): teams that took'*)
  fail "a decision with a 10-point spread was said to split the distribution" ;; esac

err=$("$exe" check "$dir/balance/lopsided.lua" 2>&1); rc=$?
[ $rc = 0 ] || fail "check exited $rc (a warning is not an error)"
case "$err" in *'lopsided.lua:28: warning: decision "second": its timeout "later" scores as well as the best option ("report")'*) ;;
  *) fail "check did not warn about the timeout at its line: $err" ;; esac

out=$("$exe" simulate "$dir/mini.lua" --runs 500 --threads 1 2>&1); rc=$?
[ $rc = 0 ] || fail "simulate mini.lua exited $rc"
case "$out" in *'  ! '*) fail "a balanced scenario was flagged: $out" ;; esac
has 'nothing found: no decision alone splits the totals'

[ $fails = 0 ] || exit 1
echo "ok: simulate names the splitting decision, the best timeout and the giveaway habits"
