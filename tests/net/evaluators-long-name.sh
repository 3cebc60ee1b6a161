#!/bin/sh
# evaluators-long-name.sh DRILLHALL NETDIR OUTDIR LENGTH CHAR: serves net.lua with
# an evaluators sheet whose third line names an evaluator with LENGTH times CHAR.
set -eu
exe=$1 net=$2 out=$3 len=$4 ch=$5
csv=$out/evaluators-long-$len.csv
name=$(python3 -c 'import sys; print(sys.argv[1] * int(sys.argv[2]))' "$ch" "$len")
printf 'id,name,teams\nev-1,Lan,t-alpha\nev-2,%s,t-bravo\n' "$name" > "$csv"
exec "$exe" serve "$net/net.lua" --listen 127.0.0.1:0 --roster "$net/net-roster.csv" \
    --evaluators "$csv" --record "$out/long-name-$len.drill"
