#!/usr/bin/env bash
# msel-roundtrip.sh DRILLHALL SCENARIO|SHEET.csv OUTDIR — export (for a scenario),
# import, check, export again: the sheet must come back byte for byte — the
# options, scores, flags, triggers, timeouts, speeds, title and objectives
# included — but for the `condition` column, which marks a `when` script that a
# sheet cannot carry (import warns and drops it) — and the imported scenario
# must pass check.
set -eu
exe=$1 in=$2 out=$3
name=$(basename "$in"); name=${name%.lua}; name=${name%.csv}
mkdir -p "$out"
rm -f "$out/$name-imported.lua"   # an import never replaces a file
if [ "${in%.csv}" != "$in" ]; then
  cp "$in" "$out/$name.csv"
else
  "$exe" msel export "$in" -o "$out/$name.csv"
fi
"$exe" msel import "$out/$name.csv" -o "$out/$name-imported.lua"
"$exe" check "$out/$name-imported.lua" 2>/dev/null
# a sheet from elsewhere may lack the byte order mark drillhall writes
bom=()
head -c 3 "$out/$name.csv" | cmp -s - <(printf '\357\273\277') || bom=(--no-bom)
"$exe" msel export "$out/$name-imported.lua" -o "$out/$name-again.csv" "${bom[@]}"
# a `when` is marked in the sheet but cannot come back from it
cmp <(sed 's/,when$/,/' "$out/$name.csv") <(sed 's/,when$/,/' "$out/$name-again.csv")
[ -e "$out/$name.csv.tmp" ] && { echo "a .tmp file was left behind"; exit 1; }
left=$(find "$out" -maxdepth 1 -name ".$name*.??????" | head -1)
[ -z "$left" ] || { echo "a temporary was left behind: $left"; exit 1; }
echo "msel: $name survives export, import and export"
