#!/usr/bin/env bash
# tamper.sh DRILLHALL SRC OUT — change, delete and reorder input rows with the
# sqlite3 tool; `verify` must exit 1 and name the first bad input each time, and
# exit 0 on the untouched record.
set -eu
exe=$1 src=$2 out=$3/tamper
rm -rf "$out" && mkdir -p "$out"
"$exe" run "$src/scenarios/ransomware-contributions.lua" --headless --bots random \
  --roster "$src/scenarios/rosters/rehearsal-6.csv" --record "$out/good.drill" >/dev/null
"$exe" verify "$out/good.drill" | grep -q "chain holds"
fails=0
check() {  # name sql expected-message
  cp "$out/good.drill" "$out/$1.drill"
  sqlite3 "$out/$1.drill" "$2"
  set +e
  msg=$("$exe" verify "$out/$1.drill" 2>&1)
  rc=$?
  set -e
  if [ $rc -ne 1 ] || ! grep -qF -- "$3" <<<"$msg"; then
    echo "FAIL $1: exit $rc, wanted 1 and \"$3\"; got: $msg"; fails=$((fails + 1))
  else
    echo "ok   $1: $msg"
  fi
}
check change-option "UPDATE inputs SET option = (option + 1) % 2 WHERE seq = 9" "input #9 "
check change-time "UPDATE inputs SET t = t - 1000 WHERE seq = 4" "input #4 "
check change-text "UPDATE inputs SET source = 'console' WHERE seq = 12" "input #12 "
check delete "DELETE FROM inputs WHERE seq = 15" "input #15 was removed"
check delete-last "DELETE FROM inputs WHERE seq = (SELECT max(seq) FROM inputs)" "onwards was removed"
check reorder "UPDATE inputs SET seq = -1 WHERE seq = 20; UPDATE inputs SET seq = 20 WHERE seq = 21;
               UPDATE inputs SET seq = 21 WHERE seq = -1" "input #20 "
check reorder-msg "UPDATE inputs SET seq = -1 WHERE seq = 20; UPDATE inputs SET seq = 20 WHERE seq = 21;
               UPDATE inputs SET seq = 21 WHERE seq = -1" "out of order"
check roster "UPDATE teams SET bracket = 'south' WHERE idx = 1" "roster, seed or settings were changed"
check scenario "UPDATE drill SET scenario_source = scenario_source || ' '" "scenario text"
check seed "UPDATE drill SET seed = '2'" "were changed"
[ $fails -eq 0 ]
