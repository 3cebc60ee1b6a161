#!/usr/bin/env bash
# responses-edge.sh DRILLHALL SRC OUT — a response at the very minute its
# (triggered) decision opens applies; one before the decision opens, and one for
# a decision that never opens for that team, are reported at their file:line.
set -eu
exe=$1 src=$2 out=$3
err=$("$exe" run "$src/tour.lua" --headless --roster "$src/tour-roster.csv" \
  --responses "$src/tour-responses-edge.csv" --log "$out/edge.jsonl" 2>&1 >/dev/null)
grep -q '"t":840000,"type":"choice","team":"hcm","id":"contain","option":"isolate","elapsed":0' "$out/edge.jsonl" \
  || { echo "the 0:14 response to the decision opened at 0:14 was not applied"; exit 1; }
want5="tour-responses-edge.csv:5: warning: response at 0:04:00 ignored: decision \"triage\" opened for team \"hn\" only at 0:05:00"
want4="tour-responses-edge.csv:4: warning: response never applied: decision \"contain\" never opened for team \"dn\""
case "$err" in *"$want5"*) ;; *) echo "missing: $want5"; echo "$err"; exit 1 ;; esac
case "$err" in *"$want4"*) ;; *) echo "missing: $want4"; echo "$err"; exit 1 ;; esac
echo "responses: applied at the opening minute; early and unused ones reported at their lines"
