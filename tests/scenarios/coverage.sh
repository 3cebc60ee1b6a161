#!/usr/bin/env bash
# coverage.sh DRILLHALL SCENARIO — a simulate run must deliver every inject,
# choose every option and take every branch at least once.
set -u
out=$("$1" simulate "$2" --runs 2000 --teams 100 --seed 7 2>&1) || { echo "$out"; exit 1; }
ok=1
for what in "injects delivered" "options chosen" "branches taken"; do
  line=$(grep -F "$what" <<<"$out")
  case "$line" in *"(100 %)"*) ;; *) echo "not fully covered: $line"; ok=0 ;; esac
done
[ $ok = 1 ] || { echo "$out"; exit 1; }
echo "$out" | grep -F -e "injects delivered" -e "options chosen" -e "branches taken"
