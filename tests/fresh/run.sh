#!/usr/bin/env bash
# The README's two commands on a fresh Debian 12, as a newcomer would type them.
#
# Builds a minimal bookworm root (minbase + make + git + ca-certificates: what a
# person has after installing Debian and cloning), clones this checkout's HEAD
# into it, and runs `make run` then `make test` there as root, in a chroot inside
# a private mount namespace with /proc, /sys and /dev mounted. Every package the
# two commands need must be installed by the commands themselves: nothing from
# this machine leaks in but the kernel and the network.
#
# Fails when either command fails, or when `make run` does not end with the
# scoreboard of the demo drill. Prints how long each step took.
#
#   tests/fresh/run.sh [--keep DIR]    (root; needs mmdebstrap, installs it if missing)
set -euo pipefail

top=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
keep=
if [ "${1:-}" = --keep ]; then keep=$2; fi

if [ "$(id -u)" != 0 ]; then
  echo "tests/fresh: needs root (a chroot and mounts); run it with sudo" >&2
  exit 2
fi
if ! command -v mmdebstrap >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
fi

work=${keep:-$(mktemp -d /tmp/drillhall-fresh.XXXXXX)}
mkdir -p "$work"
root=$work/root
cleanup() {
  # the mounts live only in the namespace below, which is gone by now; stay on
  # this file system anyway, so a leftover mount could never be followed
  [ -n "$keep" ] || rm -rf --one-file-system "$work"
}
trap cleanup EXIT

elapsed() { printf '%d:%02d' $(($1 / 60)) $(($1 % 60)); }
step_start=$SECONDS
mirror=http://deb.debian.org/debian
mmdebstrap --quiet --variant=minbase --include=make,git,ca-certificates bookworm "$root" \
  "deb $mirror bookworm main" "deb $mirror bookworm-updates main" \
  "deb http://deb.debian.org/debian-security bookworm-security main"
echo "fresh: Debian 12 minbase root in $(elapsed $((SECONDS - step_start)))"

git clone -q "$top" "$root/root/drillhall"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The network may pass through a proxy whose certificate authority this machine
# trusts (a certificate in /usr/local/share/ca-certificates, which Node.js is
# told of by NODE_EXTRA_CA_CERTS): that trust is part of the network, like
# resolv.conf, so the fresh root gets it too, or npm cannot reach its registry.
extra_ca=
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  chroot "$root" update-ca-certificates >/dev/null 2>&1
  [ -z "${NODE_EXTRA_CA_CERTS:-}" ] || extra_ca=NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
fi

# In the namespace: mount what a booted system has, then one command in the chroot
# with a login-like environment (no DISPLAY: `make run` must cope without one).
in_root() {
  unshare --mount --propagation private -- /bin/sh -ec '
    root=$1; extra=$2; shift 2
    mount -t proc proc "$root/proc"
    mount -t sysfs sys "$root/sys"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs tmpfs "$root/tmp"
    exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb $extra \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      /bin/sh -c "cd /root/drillhall && $*"
  ' in_root "$root" "$extra_ca" "$@" </dev/null
}

status=0
step_start=$SECONDS
if in_root make run >"$work/run.log" 2>&1; then
  echo "fresh: make run passed in $(elapsed $((SECONDS - step_start)))"
else
  echo "fresh: make run FAILED after $(elapsed $((SECONDS - step_start))); its last lines:"
  tail -n 30 "$work/run.log"
  status=1
fi
# with no display the demo drill is played headless to its end: the scoreboard
# names every team of the rehearsal roster
if [ $status = 0 ] && ! grep -q 'no display' "$work/run.log"; then
  echo "fresh: make run did not say it fell back to headless; its output:"
  tail -n 30 "$work/run.log"
  status=1
fi
if [ $status = 0 ]; then
  while IFS=, read -r _ name _; do
    if ! grep -qF -- "$name" "$work/run.log"; then
      echo "fresh: make run's scoreboard lacks team \"$name\"; its output:"
      tail -n 30 "$work/run.log"
      status=1
      break
    fi
  done < <(tail -n +2 "$top/scenarios/rosters/rehearsal-6.csv")
fi

step_start=$SECONDS
if in_root make test >"$work/test.log" 2>&1; then
  echo "fresh: make test passed in $(elapsed $((SECONDS - step_start)))"
  grep -E 'tests passed' "$work/test.log" | sed 's/^/fresh:   /'
else
  echo "fresh: make test FAILED after $(elapsed $((SECONDS - step_start))); its last lines:"
  tail -n 60 "$work/test.log"
  status=1
fi
exit $status
