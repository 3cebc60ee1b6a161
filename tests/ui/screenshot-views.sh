#!/usr/bin/env bash
# screenshot-views.sh EXE SCENARIO ROSTER OUTDIR — every view becomes a PNG of the
# asked size, and the same drill drawn twice gives the same picture.
set -eu
exe=$1 sc=$2 roster=$3 out=$4
for view in console scoreboard team:hanoi; do
  f="$out/shot-${view/:/-}.png"
  rm -f "$f"
  "$exe" screenshot "$sc" --roster "$roster" --bots random --at 1:30 --view "$view" \
    --size 1280x720 -o "$f"
  # PNG signature, then the IHDR width and height
  sig=$(head -c 8 "$f" | od -An -tx1 | tr -d ' \n')
  [ "$sig" = 89504e470d0a1a0a ] || { echo "$f: not a PNG"; exit 1; }
  wh=$(od -An -tx1 -j16 -N8 "$f" | tr -d ' \n')
  [ "$wh" = 00000500000002d0 ] || { echo "$f: size $wh, expected 1280x720"; exit 1; }
done
"$exe" screenshot "$sc" --roster "$roster" --bots random --at 1:30 --size 1280x720 --lang vi -o "$out/again-1.png"
"$exe" screenshot "$sc" --roster "$roster" --bots random --at 1:30 --size 1280x720 --lang vi -o "$out/again-2.png"
cmp "$out/again-1.png" "$out/again-2.png" || { echo "FAIL: the same drill drew two pictures"; exit 1; }
# a later time draws a different picture: the drill moved
"$exe" screenshot "$sc" --roster "$roster" --bots random --at 1:31 --size 1280x720 --lang vi -o "$out/later.png"
if cmp -s "$out/again-1.png" "$out/later.png"; then
  echo "FAIL: 1:31 draws the same picture as 1:30"; exit 1
fi
echo ok
