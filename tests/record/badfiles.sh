#!/usr/bin/env bash
# badfiles.sh DRILLHALL SRC OUT — empty, truncated, text, foreign-SQLite and
# newer-schema files: every command that reads a record exits 2 with a clear
# message, and the file is unchanged with nothing created beside it.
set -eu
exe=$1 src=$2 out=$3/badfiles
rm -rf "$out" && mkdir -p "$out"
"$exe" run "$src/scenarios/ransomware-contributions.lua" --headless --bots first \
  --roster "$src/scenarios/rosters/rehearsal-6.csv" --record "$out/good.drill" >/dev/null
: > "$out/empty.drill"
head -c 6000 "$out/good.drill" > "$out/truncated.drill"
head -c 300 "$out/good.drill" > "$out/stub.drill"
printf 'team,decision\nhanoi,triage\n%.0s' {1..100} > "$out/text.drill"
sqlite3 "$out/foreign.drill" "CREATE TABLE notes(x); INSERT INTO notes VALUES ('hello');"
cp "$out/good.drill" "$out/newer.drill" && sqlite3 "$out/newer.drill" "PRAGMA user_version = 99"
cp "$out/good.drill" "$out/nodrill.drill" && sqlite3 "$out/nodrill.drill" "DELETE FROM drill"
cp "$out/good.drill" "$out/older.drill" && sqlite3 "$out/older.drill" "PRAGMA user_version = 1"
cp "$out/good.drill" "$out/older2.drill" && sqlite3 "$out/older2.drill" "PRAGMA user_version = 2"
cp "$out/good.drill" "$out/older3.drill" && sqlite3 "$out/older3.drill" "PRAGMA user_version = 3"
fails=0
for f in empty truncated stub text foreign newer older older2 older3 nodrill; do
  case $f in
    empty) want="empty file" ;;
    truncated) want="damaged or truncated record" ;;
    stub) want="truncated" ;;
    text) want="not a drillhall record" ;;
    foreign) want="another program" ;;
    newer) want="newer drillhall (record schema 99" ;;
    older) want="older drillhall (record schema 1, whose chain left the progress and parts of the header out); this one reads schema 4" ;;
    older2) want="older drillhall (record schema 2, from before live drills: its inputs name no station or evaluator); this one reads schema 4" ;;
    older3) want="older drillhall (record schema 3, from before bracket display names were recorded" ;;
    nodrill) want="damaged record" ;;
  esac
  before=$(sha256sum "$out/$f.drill" | cut -d' ' -f1)
  for cmd in "verify" "replay" "resume --headless" "report --format json -o $out/r.json" \
             "history"; do
    [[ $cmd == report* || $cmd == history ]] && ! "$exe" --help | grep -q "^  ${cmd%% *} " && continue
    set +e
    msg=$("$exe" $cmd "$out/$f.drill" 2>&1 >/dev/null)
    rc=$?
    set -e
    if [ $rc -ne 2 ] || ! grep -qF "$f.drill: " <<<"$msg" || ! grep -qF "$want" <<<"$msg"; then
      echo "FAIL $cmd $f.drill: exit $rc, wanted 2 and \"$want\"; got: $msg"; fails=$((fails + 1))
    else
      echo "ok   ${cmd%% *} $f.drill: $msg"
    fi
  done
  after=$(sha256sum "$out/$f.drill" | cut -d' ' -f1)
  [ "$before" = "$after" ] || { echo "FAIL $f.drill was changed"; fails=$((fails + 1)); }
  for side in -wal -shm -journal; do
    [ ! -e "$out/$f.drill$side" ] || { echo "FAIL $f.drill$side was created"; fails=$((fails + 1)); }
  done
done
[ ! -e "$out/r.json" ] || { echo "FAIL a report was written for a bad file"; fails=$((fails + 1)); }
# a record that already exists is never overwritten by a new run
set +e
msg=$("$exe" run "$src/scenarios/ransomware-contributions.lua" --headless --record "$out/good.drill" 2>&1)
rc=$?
set -e
[ $rc -eq 2 ] && grep -q "already exists" <<<"$msg" || { echo "FAIL overwrite: $rc $msg"; fails=$((fails + 1)); }
[ $fails -eq 0 ]
