#!/usr/bin/env bash
# `make package` builds a Debian package that holds the program and its files and
# depends on the Debian packages of every library the binary links.
#
# Runs `make package` on a build folder of its own (the suite's build must not be
# reconfigured or relinked under the tests running beside this one), then checks
# the .deb with dpkg-deb, which must be installed (no dpkg-deb: the test fails):
#   - its name and control fields: Package, Version (the project's), Architecture
#     (this machine's), Maintainer, Section, Description
#   - dpkg-deb -c lists usr/bin/drillhall, the fonts with their licence, the
#     scenarios with the author guide and annotations, and the README
#   - Depends names liblua5.4-0, libsdl2-2.0-0, libsdl2-ttf-2.0-0, libsqlite3-0
#     and libssl3, and the package owning each library the packaged binary links
#     (readelf's NEEDED, found with ldd, owner from dpkg -S), so a new library
#     without its dependency fails here
#   - unpacked anywhere, its binary runs the reference drill headless and draws a
#     screenshot with the packaged fonts (DRILLHALL_ASSETS unset)
# Prints the package's size and Depends line.
#
#   package.sh SOURCE_DIR VERSION
set -euo pipefail

src=$(cd "$1" && pwd -P)
version=$2
fail() {
  echo "install.package: $*" >&2
  exit 1
}
for tool in dpkg-deb dpkg readelf ldd make; do
  command -v "$tool" >/dev/null || fail "$tool is missing: the package cannot be built or checked"
done
work=$(mktemp -d "${TMPDIR:-/tmp}/drillhall-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
unset DRILLHALL_ASSETS

# The suites are not what the package holds: configured off here, and `make
# package` keeps that choice when it configures the folder again.
build=$work/build
cmake -S "$src" -B "$build" -DDH_TESTS=OFF >"$work/make.log"
# A missing package is installed by `make package` itself; a test never waits
# for a password, so sudo may not ask (root needs no sudo at all).
sudo=
[ "$(id -u)" = 0 ] || sudo="sudo -n"
make -C "$src" package BUILD="$build" JOBS=2 SUDO="$sudo" >>"$work/make.log" 2>&1 \
  || fail "make package failed: $(tail -20 "$work/make.log")"

arch=$(dpkg --print-architecture)
deb=$build/drillhall_${version}_${arch}.deb
[ -f "$deb" ] || fail "no $deb; the build folder has: $(cd "$build" && ls ./*.deb 2>&1)"

# --- control fields -----------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = drillhall ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), the project says $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture: $(field Architecture)"
for f in Maintainer Section Description; do
  [ -n "$(field "$f")" ] || fail "no $f field"
done
grep -q '<.*@.*>' <<<"$(field Maintainer)" || fail "Maintainer has no address: $(field Maintainer)"

# --- contents -------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{ print $6 }' >"$work/contents.txt"
fonts=usr/share/drillhall/assets/fonts
scenarios=usr/share/drillhall/scenarios
for f in usr/bin/drillhall usr/share/doc/drillhall/README.md \
         $fonts/{DejaVuSans.ttf,DejaVuSans-Bold.ttf,DejaVuSansMono.ttf,LICENSE-DejaVu.txt} \
         $scenarios/{ransomware-contributions.lua,README.md,types/drillhall.lua,rosters/rehearsal-6.csv} \
         usr/share/drillhall/web/{index.html,app.js,style.css}; do
  grep -qxF "./$f" "$work/contents.txt" || fail "dpkg-deb -c does not list ./$f"
done

# --- Depends ------------------------------------------------------------------------
depends=$(field Depends)
# "a (>= 1), b | c" → one package name a line
names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*)//; s/:any//; s/[[:space:]]//g' | grep -v '^$')
need=(liblua5.4-0 libsdl2-2.0-0 libsdl2-ttf-2.0-0 libsqlite3-0 libssl3)

root=$work/root
dpkg-deb -x "$deb" "$root"
exe=$root/usr/bin/drillhall
# The Debian package owning a library path; dpkg knows a file by the path its
# package gave, which on a merged /usr may differ from ldd's by the /usr.
owner() {
  local alt
  case $1 in /usr/*) alt=${1#/usr} ;; *) alt=/usr$1 ;; esac
  { dpkg -S "$1" 2>/dev/null || dpkg -S "$alt" 2>/dev/null; } | head -1 | cut -d: -f1
}
sonames=$(readelf -d "$exe" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$sonames" ] || fail "readelf shows no NEEDED library in the packaged binary"
for so in $sonames; do
  path=$(ldd "$exe" | awk -v so="$so" '$1 == so { print $3 }')
  [ -n "$path" ] || fail "ldd cannot find $so"
  pkg=$(owner "$path") || true
  [ -n "$pkg" ] || fail "no Debian package owns $path ($so)"
  need+=("$pkg")
done
for p in "${need[@]}"; do
  grep -qxF "$p" <<<"$names" || fail "Depends does not name $p: $depends"
done

# --- the packaged files work where they land ----------------------------------------
mkdir "$work/elsewhere"
cd "$work/elsewhere"
scenario=$root/usr/share/drillhall/scenarios/ransomware-contributions.lua
SDL_VIDEODRIVER=offscreen "$exe" run "$scenario" --headless --bots best --teams 3 >board.txt \
  || fail "the packaged binary's drill failed"
grep -q "scoreboard (T+3:00:00, 3 teams)" board.txt || fail "no scoreboard: $(head -3 board.txt)"
SDL_VIDEODRIVER=offscreen "$exe" screenshot "$scenario" --teams 3 --at 1:00 -o shot.png 2>shot.err \
  || fail "the packaged binary cannot draw: $(cat shot.err)"
[ -s shot.png ] || fail "no screenshot"

size=$(stat -c %s "$deb")
echo "install.package: $(basename "$deb"), $size bytes ($((size / 1024)) KiB)"
echo "install.package: Depends: $depends"
