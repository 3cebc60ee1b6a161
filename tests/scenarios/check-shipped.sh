#!/usr/bin/env bash
# check-shipped.sh DRILLHALL SCENARIO PENDING_LIST — a shipped scenario passes
# `check --strict`: no error and no lint warning.
#
# A scenario named in PENDING_LIST is still the first edition, whose decisions
# the balance lint flags (issue 15: the best answer is the longest text, or the
# only one worth points); the second edition rewrites them. Until it lands, such
# a scenario may carry balance warnings and nothing else — and once it has none,
# this fails until its name leaves the list, so the list cannot go stale.
set -u
exe=$1 path=$2 list=$3
name=$(basename "$path" .lua)
out=$(DRILLHALL_LANG=en "$exe" check --strict "$path" 2>&1); rc=$?
if ! grep -qx "$name" <(grep -v '^#' "$list"); then
  [ $rc = 0 ] && exit 0
  printf '%s\n' "$out"; echo "FAIL: check --strict exited $rc"; exit 1
fi
balance='warning: decision "[^"]*": (its best option "[^"]*" is also its longest text by far|only its best option "[^"]*" scores above zero)'
others=$(printf '%s\n' "$out" | grep -v '^$' | grep -Ev "$balance")
nbal=$(printf '%s\n' "$out" | grep -Ec "$balance")
if [ -n "$others" ]; then
  printf '%s\n' "$others"; echo "FAIL: findings besides the balance lint's"; exit 1
fi
if [ "$nbal" = 0 ]; then
  echo "FAIL: $name has no balance findings left: take it off $list"; exit 1
fi
echo "ok: $name: only the $nbal balance finding(s) the second edition removes"
