#!/usr/bin/env bash
# msel-inert.sh DRILLHALL SHEET.csv OUTDIR — what `msel import` writes is inert
# whatever the sheet says: the sheet is imported under a file name that carries a
# newline and Lua code (the name is quoted in the new file's header), and its
# cells hold ]], ]=], --[[, quotes, backslashes and newlines. The imported file
# must load and define exactly what the sheet says: exported again it is the
# same sheet byte for byte (an injected inject or a changed text would show),
# and none of the sheet's text appears outside a string literal.
set -u
exe=$1 in=$2 out=$3/msel-inert
rm -rf "$out"; mkdir -p "$out"
fails=0 cases=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
nl='
'
sheet="$out/hostile${nl}inject { id = \"injected\", at = \"0:10\", title = \"x\" }${nl}-- .csv"
cp "$in" "$sheet"

cases=$((cases + 1))
"$exe" msel import "$sheet" -o "$out/imported.lua" --id imported 2>"$out/import.err" ||
  fail "import: $(cat "$out/import.err")"
cases=$((cases + 1))
"$exe" check "$out/imported.lua" >/dev/null 2>"$out/check.err" || fail "check: $(cat "$out/check.err")"
cases=$((cases + 1))
"$exe" msel export "$out/imported.lua" -o "$out/again.csv" --no-bom 2>/dev/null || fail "export"
cmp -s "$in" "$out/again.csv" || fail "the sheet did not come back: $(diff "$in" "$out/again.csv" | head -5)"
cases=$((cases + 1))
# the name's code sits in comments and strings only: no line of the file is it
if grep -q '^inject { id = "injected"' "$out/imported.lua"; then
  fail "the sheet's name became code: $(grep -n injected "$out/imported.lua" | head -3)"
fi
cases=$((cases + 1))
# every comment line is one line: the header names the sheet without a newline
head -1 "$out/imported.lua" | grep -qF -- '-- imported.lua: imported from the MSEL hostile\x0ainject { id = "injected"' ||
  fail "header: $(head -2 "$out/imported.lua")"

echo "$cases cases, $fails failures"
[ "$fails" -eq 0 ]
