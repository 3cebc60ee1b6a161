#!/usr/bin/env bash
# msel-merge.sh DRILLHALL FIXTURES OUTDIR SCENARIO... — an edited sheet merged back
# into the hand-written scenario changes only its times and texts:
#  - mini.lua exported, then edited in the sheet (a time, a title, a window, an
#    option's Vietnamese text, a score, an unknown inject): the merged file is
#    mini.lua with exactly those four literals changed (mini.merged.diff), each
#    change listed at its line; the score and the unknown row are reported and
#    not applied; the merged file passes check;
#  - every SCENARIO exported and merged back unedited comes back byte for byte;
#  - an option's place (option_place) is merged in, changed and taken out, a bad
#    one reported; msel import keeps it and refuses a bad one at its row;
#  - a sheet without inject ids is refused, and nothing is written.
set -u
exe=$1 fix=$2 out=$3/msel-merge
shift 3
rm -rf "$out"; mkdir -p "$out"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

cp "$fix/mini.lua" "$out/mini.lua"
"$exe" msel export "$out/mini.lua" -o "$out/mini.csv" 2>/dev/null || fail "export mini.lua"
sed -e 's/^1,0:05,/1,0:07,/' -e 's/Suspicious invoice/Suspicious invoice from a supplier/' \
    -e 's/Chuyển tiếp/Chuyển tiếp thư/' -e 's/,triage,10m,/,triage,12m,/' \
    -e 's/contain=-5,/contain=-6,/' "$out/mini.csv" > "$out/edited.csv"
printf '9,0:30,,,,,,,ghost,Ghost,Ma,,,,,,,,,,,,,,,,,\n' >> "$out/edited.csv"
res=$("$exe" msel merge "$out/edited.csv" --into "$out/mini.lua" -o "$out/merged.lua" 2>"$out/merge.err"); rc=$?
err=$(cat "$out/merge.err")
[ $rc = 0 ] || fail "merge exited $rc: $err"
if ! diff <(diff "$out/mini.lua" "$out/merged.lua") "$fix/mini.merged.diff"; then
  fail "the merged scenario differs from mini.lua in other ways than mini.merged.diff (above)"
fi
for want in 'mini.lua:12: inject "phish": at 0:05 → 0:07' 'mini.lua:14: inject "phish": title taken from the sheet' \
            'mini.lua:20: decision "triage": within 10m → 12m' \
            'mini.lua:24: decision "triage", option "forward": text taken from the sheet' \
            '4 change(s) merged into'; do
  case "$res" in *"$want"*) ;; *) fail "merge did not list: $want" ;; esac
done
case "$err" in *'option "forward": option_score differs in the sheet, but merge changes only times and texts'*) ;;
  *) fail "the changed score was not reported: $err" ;; esac
case "$err" in *'edited.csv:'*'"ghost" is not in the scenario: merge adds nothing'*) ;;
  *) fail "the unknown inject was not reported: $err" ;; esac
"$exe" check "$out/merged.lua" >/dev/null 2>&1 || fail "the merged scenario does not pass check"

for sc in "$@"; do
  name=$(basename "$sc" .lua)
  "$exe" msel export "$sc" -o "$out/$name.csv" 2>/dev/null || { fail "export $name"; continue; }
  "$exe" msel merge "$out/$name.csv" --into "$sc" -o "$out/$name.lua" >"$out/$name.out" 2>&1 ||
    fail "merge $name: $(cat "$out/$name.out")"
  cmp -s "$sc" "$out/$name.lua" || fail "$name: merging its own sheet changed it"
  grep -q '^0 change(s) merged' "$out/$name.out" || fail "$name: $(cat "$out/$name.out")"
done

# an option's place: set in the sheet, merged in after its id; changed; taken
# out again; a bad one reported and not applied; msel import keeps it too
setplace() { # IN OUT OPTION PLACE
  python3 - "$@" <<'PY'
import csv, sys
src, dst, opt, place = sys.argv[1:5]
text = open(src, encoding="utf-8-sig", newline="").read()
rows = list(csv.reader(text.splitlines(keepends=True)))
col = rows[0].index("option_place")
for r in rows[1:]:
    if r[rows[0].index("option_id")] == opt:
        r[col] = place
with open(dst, "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f, lineterminator="\n").writerows(rows)
PY
}
setplace "$out/mini.csv" "$out/place.csv" ignore last
res=$("$exe" msel merge "$out/place.csv" --into "$out/mini.lua" -o "$out/placed.lua" 2>&1) || fail "merge of a place: $res"
case "$res" in *'mini.lua:26: decision "triage", option "ignore": place - → last'*) ;; *) fail "the place merge said: $res" ;; esac
grep -q '{ id = "ignore", place = "last", text' "$out/placed.lua" || fail "place = \"last\" was not written after the id: $(grep ignore "$out/placed.lua")"
"$exe" msel export "$out/placed.lua" -o "$out/placed.csv" 2>/dev/null || fail "export of the placed scenario"
[ "$(grep ',ignore,' "$out/placed.csv")" = "$(grep ',ignore,' "$out/place.csv")" ] ||
  fail "the placed scenario's sheet differs: $(grep ',ignore,' "$out/placed.csv")"
grep ',ignore,' "$out/placed.csv" | grep -q ',last,' || fail "export lost the place: $(grep ',ignore,' "$out/placed.csv")"
setplace "$out/placed.csv" "$out/first.csv" ignore first
cp "$out/placed.lua" "$out/placed2.lua"
res=$("$exe" msel merge "$out/first.csv" --into "$out/placed2.lua" -o "$out/first.lua" 2>&1) || fail "merge of first: $res"
case "$res" in *'option "ignore": place last → first'*) ;; *) fail "the change of place said: $res" ;; esac
grep -q '{ id = "ignore", place = "first", text' "$out/first.lua" || fail "the place literal was not replaced"
res=$("$exe" msel merge "$out/mini.csv" --into "$out/first.lua" -o "$out/unplaced.lua" 2>&1) || fail "merge without the place: $res"
cmp -s "$out/unplaced.lua" "$out/mini.lua" || fail "taking the place out did not give mini.lua back: $(diff "$out/mini.lua" "$out/unplaced.lua")"
setplace "$out/mini.csv" "$out/badplace.csv" ignore middle
err=$("$exe" msel merge "$out/badplace.csv" --into "$out/mini.lua" -o "$out/badplace.lua" 2>&1)
case "$err" in *'option "ignore": place "middle" is not first or last: not applied'*) ;; *) fail "a bad place said: $err" ;; esac
cmp -s "$out/badplace.lua" "$out/mini.lua" || fail "a bad place changed the scenario"
rm -f "$out/imported.lua"
"$exe" msel import "$out/place.csv" -o "$out/imported.lua" 2>/dev/null || fail "import of a sheet with a place"
grep -q 'place = "last"' "$out/imported.lua" || fail "msel import dropped the place"
"$exe" msel export "$out/imported.lua" -o "$out/imported.csv" 2>/dev/null
[ "$(grep ',ignore,' "$out/imported.csv")" = "$(grep ',ignore,' "$out/place.csv")" ] ||
  fail "the imported place did not come back: $(grep ',ignore,' "$out/imported.csv")"
rm -f "$out/bad.lua"
err=$("$exe" msel import "$out/badplace.csv" -o "$out/bad.lua" 2>&1); rc=$?
[ $rc = 2 ] || fail "import of a bad place: exit $rc, expected 2"
case "$err" in *'badplace.csv:6: option_place "middle" cannot be read: write it like first, last or nothing'*) ;; *) fail "import of a bad place said: $err" ;; esac

cut -d, -f1-8,10- "$out/mini.csv" > "$out/noids.csv"
err=$("$exe" msel merge "$out/noids.csv" --into "$out/mini.lua" -o "$out/noids.lua" 2>&1); rc=$?
[ $rc = 2 ] || fail "a sheet without inject ids: exit $rc, expected 2"
case "$err" in *'noids.csv:1: the sheet has no inject_id column'*) ;; *) fail "no ids: $err" ;; esac
[ -e "$out/noids.lua" ] && fail "a refused merge wrote a file"

[ $fails = 0 ] || exit 1
echo "ok: msel merge changes times and texts only, and reports the rest"
