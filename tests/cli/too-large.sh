#!/usr/bin/env bash
# too-large.sh DRILLHALL SCENARIO: an input file past the 64 MiB limit is refused
# with its name and exit 2, before it can take the machine's memory — a scenario,
# a roster, a responses file and an MSEL sheet alike.
set -u
exe=$1 scenario=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
truncate -s 65M "$tmp/big"   # sparse: costs no disk
fail=0
expect() {  # expect WHAT COMMAND...
  local what=$1; shift
  err=$(timeout 60 "$@" 2>&1 >/dev/null); got=$?
  if [ $got != 2 ] || [[ "$err" != *"$tmp/big: cannot read: larger than the 64 MiB an input file may be"* ]]; then
    echo "FAIL $what: exit $got, stderr: $err"; fail=1
  else
    echo "ok $what"
  fi
}
expect scenario "$exe" check "$tmp/big"
expect roster "$exe" run "$scenario" --headless --roster "$tmp/big"
expect responses "$exe" run "$scenario" --headless --responses "$tmp/big"
expect msel "$exe" msel import "$tmp/big" -o "$tmp/out.lua"
if [ -e "$tmp/out.lua" ]; then echo "FAIL msel: out.lua was written"; fail=1; fi
exit $fail
