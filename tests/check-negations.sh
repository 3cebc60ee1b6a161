#!/usr/bin/env bash
# check-negations.sh DIR — fails when a shell script under DIR that runs with
# `set -e` has a line that is only a negated command (`! cmd`): bash ignores
# the status of such a line under set -e, so the check it stands for can never
# fail. Write `if cmd; then echo FAIL; exit 1; fi` instead.
set -u
bad=0
while IFS= read -r -d '' f; do
  grep -qE '^\s*set -[a-z]*e' "$f" || continue
  # a line that continues a condition (the previous one ends in &&, || or |,
  # or a backslash) is part of that condition, whose status counts
  if awk -v f="$f" '
       /^[ \t]*![ \t]/ && prev !~ /(&&|\|\||\||\\)[ \t]*$/ { print f ":" NR ":" $0; found = 1 }
       NF { prev = $0 }
       END { exit !found }' "$f"; then bad=1; fi
done < <(find "$1" -name '*.sh' -print0)
if [ $bad -ne 0 ]; then
  echo "FAIL: '! cmd' lines above can never fail under set -e"
  exit 1
fi
echo ok
