#!/usr/bin/env bash
# tools-simulate-threads.sh DRILLHALL SCENARIO — one thread or three, the same
# seed gives the same figures; only the rate line differs.
set -eu
a=$("$1" simulate "$2" --runs 3000 --teams 7 --seed 5 --threads 1 | grep -v "playthroughs/s")
b=$("$1" simulate "$2" --runs 3000 --teams 7 --seed 5 --threads 3 | grep -v "playthroughs/s")
c=$("$1" simulate "$2" --runs 3000 --teams 7 --seed 6 --threads 1 | grep -v "playthroughs/s")
[ "$a" = "$b" ] || { diff <(echo "$a") <(echo "$b"); exit 1; }
[ "$a" != "$c" ] || { echo "another seed gave the same figures"; exit 1; }
grep -q "3003 playthroughs (429 drills × 7 teams)" <<<"$a" || { echo "$a"; exit 1; }
grep -q "injects delivered  3/3 (100 %)" <<<"$a" || { echo "$a"; exit 1; }
echo "simulate: the same figures on 1 and 3 threads"
