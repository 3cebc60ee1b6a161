#!/usr/bin/env bash
# outputs-csv-formulas.sh DRILLHALL CLI_DIR OUTDIR — CSV that a spreadsheet opens
# never starts a text cell the way a formula does (OWASP CSV injection: = + - @
# tab CR): the report's two CSV files from a roster of hostile team names, and
# the MSEL sheet of a scenario whose every text is hostile. Such cells start
# with a single quote; plain numbers (-5, -2.5) stay numbers; the sheet still
# imports back to the same texts. A category id in the map form is checked like
# one in the list form.
set -u
exe=$1 cli=$2 out=$3/outputs-csv-formulas
rm -rf "$out"; mkdir -p "$out"
cd "$out" || exit 1
fails=0 cases=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# cells FILE EXPECTED...: no text cell may start a formula; each EXPECTED cell is
# in the file exactly as given (one per argument)
cells() {
  cases=$((cases + 1))
  python3 - "$@" <<'PY' || fail "cells in $1"
import csv, re, sys
path, expected = sys.argv[1], sys.argv[2:]
number = re.compile(r'^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$')
found, bad = set(), []
with open(path, newline='', encoding='utf-8') as f:
    for row in csv.reader(f):
        for cell in row:
            found.add(cell)
            if cell and cell[0] in '=+-@\t\r' and not number.match(cell):
                bad.append(cell)
for b in bad: print("formula-leading cell in %s: %r" % (path, b))
for e in expected:
    if e not in found: print("%s: no cell %r" % (path, e)); bad.append(e)
sys.exit(1 if bad else 0)
PY
}

"$exe" run "$cli/tour.lua" --headless --roster "$cli/outputs/formula-roster.csv" --bots worst \
  --record f.drill >/dev/null 2>&1 || fail "run with the formula roster"
"$exe" report f.drill --format csv -o f 2>/dev/null || fail "report csv"
cells f-scoreboard.csv "'=HYPERLINK(\"http://evil\",\"x\")" "'@SUM(A1)" "'+1+1" "'-2+3" \
  "'=1" "'	Tab" "-5" "-13"
cells f-decisions.csv "'=HYPERLINK(\"http://evil\",\"x\")" "'@SUM(A1)" "-5"

"$exe" msel export "$cli/outputs/formula-cells.lua" -o sheet.csv 2>/dev/null || fail "msel export"
cells sheet.csv "'=1+1" "'+cmd|' /C calc'!A0" "'-2+3" "'	Tab" "'@x" "-5" "+1"
# the quote is the sheet's, not the text's: import gives the texts back
cases=$((cases + 1))
"$exe" msel import sheet.csv -o imported.lua 2>/dev/null || fail "msel import of the neutralised sheet"
grep -q 'title = { en = "=1+1", vi = "\\tTab" }\|en = "=1+1"' imported.lua ||
  fail "import kept the quote: $(grep -n '1+1' imported.lua)"
if grep -q "\"'=" imported.lua; then fail "import kept a neutralising quote"; fi
cases=$((cases + 1))
"$exe" msel export imported.lua -o again.csv 2>/dev/null || fail "export of the import"
# the decision options and title differ (an import has placeholders); the inject
# row's texts must come back the same
[ "$(sed -n 2p sheet.csv | cut -d, -f2-15)" = "$(sed -n 2p again.csv | cut -d, -f2-15)" ] ||
  fail "round trip changed the row: $(sed -n 2p sheet.csv) / $(sed -n 2p again.csv)"

cases=$((cases + 1))
"$exe" check "$cli/outputs/map-category.lua" >stdout.txt 2>stderr.txt
rc=$?
[ "$rc" -eq 2 ] || fail "map-form category \"=cmd\": check exit $rc, expected 2"
grep -q "may hold only ASCII letters" stderr.txt || fail "map-form category: $(cat stderr.txt)"

echo "$cases cases, $fails failures"
[ "$fails" -eq 0 ]
