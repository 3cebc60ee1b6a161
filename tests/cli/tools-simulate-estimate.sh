#!/usr/bin/env bash
# tools-simulate-estimate.sh DRILLHALL SLOW QUICK — a simulation whose scripts
# use their whole budget (an hour with the defaults) says how long it will take
# once its first drill is done, on stderr, long before the end; a quick one says
# nothing. The slow run is stopped once it has spoken (60 s at most).
set -u
err=$(mktemp)
trap 'rm -f "$err"' EXIT
"$1" simulate "$2" --threads 1 --teams 10 2>"$err" >/dev/null &
pid=$!
for _ in $(seq 600); do
  grep -q "simulate: about" "$err" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
grep -q "simulate: about [0-9]* min more" "$err" || { echo "said: $(cat "$err")"; exit 1; }
quiet=$("$1" simulate "$3" --runs 300 --threads 1 2>&1 >/dev/null)
[ -z "$quiet" ] || { echo "quick run said: $quiet"; exit 1; }
echo "simulate: a long simulation is announced"
