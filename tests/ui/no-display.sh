#!/usr/bin/env bash
# no-display.sh EXE SCENARIO OUTDIR — `run` without --headless where no window can
# be opened says so and runs the headless drill instead, with its scoreboard.
set -eu
exe=$1 sc=$2 out=$3
set +e
stdout=$(env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER "$exe" run "$sc" --bots first \
  --log "$out/fallback.jsonl" 2>"$out/fallback.err")
rc=$?
set -e
[ $rc = 0 ] || { echo "exit $rc"; cat "$out/fallback.err"; exit 1; }
grep -q "no display (.*); running the drill headless instead" "$out/fallback.err" \
  || { echo "no fallback message:"; cat "$out/fallback.err"; exit 1; }
echo "$stdout" | grep -q "^ *1 " || { echo "no scoreboard:"; echo "$stdout"; exit 1; }
tail -n1 "$out/fallback.jsonl" | grep -q '"type":"end"'
echo ok
