#!/usr/bin/env bash
# An installed drillhall is complete and finds its own files.
#
# Installs the build into a temporary prefix with `cmake --install`, then, from
# another working directory and with DRILLHALL_ASSETS unset:
#   - the layout is the FHS one: bin/drillhall; share/drillhall/assets/fonts with
#     the fonts' licence; share/drillhall/scenarios with every shipped scenario,
#     roster, scenario test, the author guide and the LuaLS annotations, as in the
#     source tree; share/drillhall/web, the browser station's page, as web/ is;
#     share/doc/drillhall with the README and docs/
#   - the installed binary runs the reference drill headless from the installed
#     scenario and prints the scoreboard the build tree prints, and the installed
#     scenario tests pass
#   - it draws a screenshot byte-identical to the build tree's, with the fonts of
#     the prefix: a copy of the prefix whose font is broken fails naming that
#     font (so the prefix is looked at first and nothing else stands in for it),
#     and $DRILLHALL_ASSETS still overrides the prefix
#   - nothing depends on the source or build tree: in a private mount namespace
#     where both are hidden under an empty tmpfs, the prefix still runs the drill
#     and draws the same picture. Where the system allows no mount namespace this
#     part cannot run: the test says so and exits 77 (ctest: skipped).
#
#   install.sh CMAKE BUILD_DIR SOURCE_DIR BUILT_EXE
set -euo pipefail

cmake=$1
build=$(cd "$2" && pwd -P)
src=$(cd "$3" && pwd -P)
built_exe=$4
work=$(mktemp -d "${TMPDIR:-/tmp}/drillhall-install.XXXXXX")
work=$(cd "$work" && pwd -P)
trap 'rm -rf "$work"' EXIT

fail() {
  echo "install.prefix: $*" >&2
  exit 1
}
case "$work/" in
  "$src/"* | "$build/"*) fail "$work is inside the trees this test hides; set TMPDIR elsewhere" ;;
esac
unset DRILLHALL_ASSETS

prefix=$work/prefix
"$cmake" --install "$build" --prefix "$prefix" >"$work/install.log" \
  || fail "cmake --install failed: $(tail -5 "$work/install.log")"

# --- the layout ------------------------------------------------------------------
data=$prefix/share/drillhall
for f in bin/drillhall share/doc/drillhall/README.md share/doc/drillhall/docs/event-log.md \
         share/drillhall/assets/fonts/LICENSE-DejaVu.txt share/drillhall/scenarios/README.md \
         share/drillhall/scenarios/types/drillhall.lua; do
  [ -f "$prefix/$f" ] || fail "not installed: $f"
done
[ -x "$prefix/bin/drillhall" ] || fail "bin/drillhall is not executable"
# every file of the scenario library and every font, byte for byte: a file added
# to the source tree that the install rules miss fails here
diff -r "$src/scenarios" "$data/scenarios" >"$work/diff.txt" \
  || fail "installed scenarios differ from the source tree: $(head -5 "$work/diff.txt")"
diff -r "$src/assets/fonts" "$data/assets/fonts" >"$work/diff.txt" \
  || fail "installed fonts differ from the source tree: $(head -5 "$work/diff.txt")"
# the browser station's page, which the server hands out from here
diff -r "$src/web" "$data/web" >"$work/diff.txt" \
  || fail "installed station page differs from web/: $(head -5 "$work/diff.txt")"

# --- a drill from the prefix, from somewhere else -----------------------------------
exe=$prefix/bin/drillhall
scenario=$data/scenarios/ransomware-contributions.lua
mkdir "$work/elsewhere"
cd "$work/elsewhere"
drill=(run "$scenario" --headless --bots best --teams 3)
"$exe" "${drill[@]}" >board.txt || fail "the installed drill failed"
grep -q "scoreboard (T+3:00:00, 3 teams)" board.txt || fail "no scoreboard: $(head -3 board.txt)"
rows=$(grep -cE '^[123] +Team [123] ' board.txt || true)
[ "$rows" = 3 ] || fail "expected 3 team rows on the scoreboard, got $rows"
"$built_exe" run "$src/scenarios/ransomware-contributions.lua" --headless --bots best --teams 3 \
  >board-built.txt
cmp -s board.txt board-built.txt \
  || fail "the installed drill's scoreboard differs from the build tree's"

"$exe" test "$data"/scenarios/*.lua >tests.txt \
  || fail "installed scenario tests: $(tail -3 tests.txt)"
grep -qE '^[0-9]+ tests: [0-9]+ passed, 0 failed$' tests.txt \
  || fail "scenario tests: $(tail -1 tests.txt)"

# --- the prefix's own fonts ---------------------------------------------------------
shot=(screenshot "$scenario" --teams 3 --at 1:00)
"$exe" "${shot[@]}" -o installed.png 2>shot.err || fail "installed screenshot: $(cat shot.err)"
DRILLHALL_ASSETS=$src/assets "$built_exe" screenshot "$src/scenarios/ransomware-contributions.lua" \
  --teams 3 --at 1:00 -o built.png
cmp -s installed.png built.png || fail "the installed screenshot differs from the build tree's"

# A copy of the prefix with its main font broken: the binary must pick that font
# (the prefix comes first) and fail on it, not quietly draw with another copy.
cp -a "$prefix" "$work/broken"
: >"$work/broken/share/drillhall/assets/fonts/DejaVuSans.ttf"
rc=0
"$work/broken/bin/drillhall" "${shot[@]}" -o broken.png 2>broken.err || rc=$?
[ "$rc" = 1 ] || fail "with the prefix's font broken, screenshot exited $rc, expected 1"
broken_font=$work/broken/bin/../share/drillhall/assets/fonts/DejaVuSans.ttf
grep -qF "$broken_font: cannot open font" broken.err \
  || fail "the broken font is not the one named: $(cat broken.err)"
[ ! -e broken.png ] || fail "a picture was written with a broken font"
# ... and $DRILLHALL_ASSETS still wins over the prefix
DRILLHALL_ASSETS=$data/assets "$work/broken/bin/drillhall" "${shot[@]}" -o override.png \
  || fail "DRILLHALL_ASSETS did not override the installed fonts"
cmp -s override.png installed.png || fail "the DRILLHALL_ASSETS screenshot differs"

# --- with the source and build trees gone -------------------------------------------
# Root may make a mount namespace; anyone else needs a user namespace too.
hide=(unshare --mount)
[ "$(id -u)" = 0 ] || hide=(unshare --map-root-user --mount)
if ! "${hide[@]}" true 2>"$work/unshare.err"; then
  echo "install.prefix: SKIPPED the run with the source and build trees hidden:" \
       "no mount namespace here ($(cat "$work/unshare.err")); everything before it passed" >&2
  exit 77
fi
# The build tree is hidden first: it may sit inside the source tree, which is
# hidden next (unless it sat inside the build tree and is gone already). unshare
# makes the mounts private, so nothing outside the namespace sees them.
"${hide[@]}" bash -euo pipefail -c '
  src=$1 build=$2 exe=$3 scenario=$4
  mount -t tmpfs -o size=64k drillhall-hidden "$build"
  if [ -d "$src" ]; then mount -t tmpfs -o size=64k drillhall-hidden "$src"; fi
  if [ -e "$src/assets/fonts/DejaVuSans.ttf" ] || [ -e "$build/engine/app/assets" ]; then
    echo "the trees are still visible" >&2
    exit 1
  fi
  "$exe" run "$scenario" --headless --bots best --teams 3 >board-hidden.txt
  "$exe" screenshot "$scenario" --teams 3 --at 1:00 -o hidden.png
' hide "$src" "$build" "$exe" "$scenario" 2>hidden.err \
  || fail "with the source and build trees hidden: $(cat hidden.err)"
cmp -s board-hidden.txt board.txt || fail "the scoreboard differs with the trees hidden"
cmp -s hidden.png installed.png || fail "the screenshot differs with the trees hidden"
echo "install.prefix: installed layout, drill, scenario tests and fonts all from $prefix"
