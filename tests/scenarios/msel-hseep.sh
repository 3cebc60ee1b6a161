#!/usr/bin/env bash
# msel-hseep.sh DRILLHALL SHEET OUTDIR — a sheet from another tool imports: the
# HSEEP template's column names in its own order, no inject ids, no `_vi`
# columns, ';' between fields, clock times with --start (08:05 and 0935), a
# column of its own ("Evaluator") and Excel's trailing row of empty cells.
# Columns without a place (To, Objective, Notes, Evaluator) end up in the
# injects' notes, never dropped; the result passes check; a time before the
# start and a clock time without --start are refused at their line, naming
# --start, and a clock-like 08:05 without --start is warned about once.
set -u
exe=$1 sheet=$2 out=$3/msel-hseep
rm -rf "$out"; mkdir -p "$out"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

err=$("$exe" msel import "$sheet" -o "$out/drill.lua" --start 08:00 2>&1); rc=$?
[ $rc = 0 ] || fail "import exited $rc: $err"
case "$err" in *'hseep.msel.csv:1: warning: column 11 "Evaluator" is not one drillhall places: its cells are kept'*) ;;
  *) fail "no warning naming the column it keeps as notes: $err" ;; esac
lua=$(cat "$out/drill.lua" 2>/dev/null)
for want in 'id = "inject-1"' 'at = "0:05"' 'at = "0:20"' 'at = "1:35"' \
            'title = {' 'en = "Files renamed; ransom note"' \
            'en = "Users report files renamed to .lock; a note asks for 5 BTC."' \
            'en = "Report it and block the sender\nTo: SOC\nObjective: Detect phishing\nEvaluator: A. Tran"' \
            'Notes: Play the caller as worried' 'channel = "Phone"' 'en = "Mail gateway"'; do
  case "$lua" in *"$want"*) ;; *) fail "the imported scenario lacks: $want" ;; esac
done
case "$lua" in *'vi = ""'*) fail "an empty translation was written" ;; esac
n=$(grep -c '^inject {' "$out/drill.lua")
[ "$n" = 3 ] || fail "$n injects imported, expected 3 (the row of empty cells is no inject)"
"$exe" check "$out/drill.lua" >/dev/null 2>&1 || fail "the imported scenario does not pass check"

err=$("$exe" msel import "$sheet" -o "$out/late.lua" --start 08:30 2>&1); rc=$?
[ $rc = 2 ] || fail "a time before --start: exit $rc, expected 2"
case "$err" in *'hseep.msel.csv:2: time 08:05 is before the start of the exercise (--start 8:30)'*) ;;
  *) fail "a time before --start was not refused at its line: $err" ;; esac
[ -e "$out/late.lua" ] && fail "a refused sheet left a file"

v1=$(dirname "$sheet")/tricky-v1.msel.csv
err=$("$exe" msel import "$sheet" -o "$out/nostart.lua" 2>&1); rc=$?
[ $rc = 2 ] || fail "0935 without --start: exit $rc, expected 2"
case "$err" in *'hseep.msel.csv:4: exercise_time "0935" looks like a clock time (HHMM): give the time the sheet starts with --start, e.g. --start 08:00'*) ;;
  *) fail "a clock time without --start was not refused at its line, naming --start: $err" ;; esac
# 08:05 would silently become T+8:05: said once, at the first such row
case "$err" in *'hseep.msel.csv:2: warning: time 08:05 is read as exercise time T+8:05; if the sheet'"'"'s times are clock times, give the time it starts with --start (e.g. --start 08:05)'*) ;;
  *) fail "no warning that 08:05 reads as T+8:05: $err" ;; esac
[ "$(printf '%s\n' "$err" | grep -c 'is read as exercise time')" = 1 ] || fail "the clock warning is not said once: $err"
# an exercise-time sheet gets no such warning
err=$("$exe" msel import "$v1" -o "$out/quiet.lua" 2>&1)
case "$err" in *'is read as exercise time'*) fail "an exercise-time sheet was warned about clock times: $err" ;; esac

# a sheet of the layout msel export wrote before (19 columns, no options or
# scenario row) still imports, and exports as the current layout does
v1=$(dirname "$sheet")/tricky-v1.msel.csv v2=$(dirname "$sheet")/tricky.msel.csv
"$exe" msel import "$v1" -o "$out/tricky.lua" 2>/dev/null || fail "the 19-column sheet does not import"
"$exe" msel export "$out/tricky.lua" -o "$out/tricky.csv" 2>/dev/null || fail "export of the 19-column import"
if ! cmp -s <(tail -n +3 "$v2") <(tail -n +3 "$out/tricky.csv"); then
  fail "the 19-column sheet imports differently: $(diff <(tail -n +3 "$v2") <(tail -n +3 "$out/tricky.csv") | head -5)"
fi

# columns no alias knows are named by a mapping file (--map); a mapping to a
# column drillhall does not have is refused at the mapping's line
fix=$(dirname "$sheet")
err=$("$exe" msel import "$fix/custom.msel.csv" -o "$out/custom.lua" --map "$fix/custom.map.csv" 2>&1) ||
  fail "import with --map: $err"
lua=$(cat "$out/custom.lua" 2>/dev/null)
for want in 'id = "inject-2"' 'at = "0:20"' 'en = "Files renamed"' 'vi = "Tệp bị đổi tên"' \
            'en = "Users report .lock files."'; do
  case "$lua" in *"$want"*) ;; *) fail "the --map import lacks: $want" ;; esac
done
case "$err" in *"is not one drillhall places"*) fail "a mapped column was kept as notes: $err" ;; esac
err=$("$exe" msel import "$fix/custom.msel.csv" -o "$out/custom-bad.lua" --map "$fix/custom-bad.map.csv" 2>&1); rc=$?
[ $rc = 2 ] || fail "a bad mapping: exit $rc, expected 2"
case "$err" in *'custom-bad.map.csv:2: "kickoff_time" is no column drillhall knows (mapping column "Kickoff")'*) ;;
  *) fail "a bad mapping was not refused at its line: $err" ;; esac

[ $fails = 0 ] || exit 1
echo "ok: an HSEEP-style sheet imports by column name, and so does the 19-column layout"
