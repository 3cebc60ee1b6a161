#!/usr/bin/env bash
# expect.sh EXIT TEXT [--absent FILE] -- COMMAND...
# Runs COMMAND; passes when it exits with EXIT, its stderr contains TEXT and
# FILE (if given) does not exist afterwards (nothing half-written), nor any
# temporary of it: FILE.tmp (the old name) or .FILE.XXXXXX (dh_outfile).
set -u
want=$1 text=$2; shift 2
absent=""
if [ "$1" = "--absent" ]; then absent=$2; shift 2; fi
[ "$1" = "--" ] && shift
[ -n "$absent" ] && rm -f "$absent" "$absent.tmp"
err=$(timeout 60 "$@" 2>&1 >/dev/null); got=$?
ok=1
[ "$got" = "$want" ] || { echo "exit status $got, expected $want"; ok=0; }
case "$err" in *"$text"*) ;; *) echo "stderr lacks: $text"; ok=0 ;; esac
if [ -n "$absent" ] && { [ -e "$absent" ] || [ -e "$absent.tmp" ]; }; then
  echo "$absent was left behind"; ok=0
fi
if [ -n "$absent" ]; then
  adir=$(dirname "$absent") abase=$(basename "$absent")
  if [ -d "$adir" ]; then
    left=$(find "$adir" -maxdepth 1 -name ".$abase.??????" | head -1)
    [ -z "$left" ] || { echo "a temporary was left behind: $left"; ok=0; }
  fi
fi
[ $ok = 1 ] || { echo "--- stderr:"; echo "$err"; exit 1; }
