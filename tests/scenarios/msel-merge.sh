#!/usr/bin/env bash
# msel-merge.sh DRILLHALL FIXTURES OUTDIR SCENARIO... — an edited sheet merged back
# into the hand-written scenario changes only its times and texts:
#  - mini.lua exported, then edited in the sheet (a time, a title, a window, an
#    option's Vietnamese text, a score, an unknown inject): the merged file is
#    mini.lua with exactly those four literals changed (mini.merged.diff), each
#    change listed at its line; the score and the unknown row are reported and
#    not applied; the merged file passes check;
#  - every SCENARIO exported and merged back unedited comes back byte for byte;
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

cut -d, -f1-8,10- "$out/mini.csv" > "$out/noids.csv"
err=$("$exe" msel merge "$out/noids.csv" --into "$out/mini.lua" -o "$out/noids.lua" 2>&1); rc=$?
[ $rc = 2 ] || fail "a sheet without inject ids: exit $rc, expected 2"
case "$err" in *'noids.csv:1: the sheet has no inject_id column'*) ;; *) fail "no ids: $err" ;; esac
[ -e "$out/noids.lua" ] && fail "a refused merge wrote a file"

[ $fails = 0 ] || exit 1
echo "ok: msel merge changes times and texts only, and reports the rest"
