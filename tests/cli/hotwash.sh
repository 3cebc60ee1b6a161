#!/usr/bin/env bash
# hotwash.sh DRILLHALL SRC OUT — participant feedback from a responses file: each
# answer is a recorded input after the end; the record verifies and replays to
# the same log; the report gives the ratings' means and distributions and every
# team's words, escaped, in HTML, JSON and CSV; bad feedback rows are refused at
# their file:line with exit 2 and nothing written.
set -eu
exe=$1 src=$2 out=$3/hotwash
rm -rf "$out" && mkdir -p "$out"
fail() { echo "FAIL: $*"; exit 1; }
"$exe" run "$src/tour.lua" --headless --roster "$src/tour-roster.csv" --responses "$src/tour-feedback.csv" \
  --record "$out/d.drill" --log "$out/run.jsonl" >/dev/null
n=$(grep -c '"action":"feedback"' "$out/run.jsonl") || true
[ "$n" = 6 ] || fail "expected 6 feedback events, found $n"
grep -q '"team":"hcm","action":"feedback","id":"realism","rating":2}' "$out/run.jsonl" || fail "hcm's rating"
"$exe" verify "$out/d.drill" >/dev/null || fail "verify"
"$exe" replay "$out/d.drill" --log "$out/replay.jsonl" >/dev/null || fail "replay"
cmp -s "$out/run.jsonl" "$out/replay.jsonl" || fail "the replay's log differs from the run's"

"$exe" report "$out/d.drill" -o "$out/r.html" 2>/dev/null
python3 - "$out/r.html" <<'PY'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
sec = s[s.index('<h2 id="feedback">'):s.index('<section class="teams-start">')]
def fail(m): sys.exit("FAIL: " + m)
if "3 of 3 teams answered" not in sec: fail("the count of teams answering")
rows = re.findall(r"<tr><td>([^<]*)</td>((?:<td[^>]*>.*?</td>)+)</tr>", sec)
cells = {q: re.findall(r"<td[^>]*>(?:<b>)?([^<]*)", rest) for q, rest in rows}
realism = [v for k, v in cells.items() if k.startswith("How realistic")]
if realism != [["3", "3.7", "0", "1", "0", "1", "1"]]: fail("realism: %s" % realism)
if "<script>" in sec: fail("a team's words are not escaped")
if "Cô lập máy chủ &lt;script&gt;nhanh&lt;/script&gt;, &quot;đúng quy trình&quot;" not in sec:
    fail("hn's words are missing")
if "Escalate sooner\nand call the regional office" not in sec: fail("hcm's two lines")
PY
"$exe" report "$out/d.drill" --format json -o "$out/r.json" 2>/dev/null
python3 - "$out/r.json" <<'PY'
import json, sys
fb = json.load(open(sys.argv[1], encoding="utf-8"))["feedback"]
q = {x["id"]: x for x in fb["questions"]}
assert q["realism"]["mean"] == 3.7 and q["realism"]["distribution"] == {"1": 0, "2": 1, "3": 0, "4": 1, "5": 1}, q
assert q["overall"]["answers"] == 1 and q["worked"]["kind"] == "text", q
words = [a["text"] for a in fb["answers"] if a["team"] == "hcm" and a["question"] == "improve"]
assert words == ["Escalate sooner\nand call the regional office"], words
PY
mkdir -p "$out/csv"
"$exe" report "$out/d.drill" --format csv -o "$out/csv/" 2>/dev/null
grep -q '^hn,BHXH TP. Hà Nội,north,worked,text,,"Cô lập máy chủ <script>nhanh</script>, ""đúng quy trình"""' \
  "$out/csv/feedback.csv" || fail "feedback.csv: $(cat "$out/csv/feedback.csv")"

# bad rows: each refused at its line, exit 2, no record left behind
bad="$out/bad.csv"
printf 'team,decision,option,at\nhn,feedback:realism,7,\nhn,feedback:nothing,3,\nhn,feedback:worked,,\nhn,feedback:overall,4,0:10\nhn,feedback:realism,3,\nhn,feedback:realism,4,\n' >"$bad"
set +e
err=$("$exe" run "$src/tour.lua" --headless --roster "$src/tour-roster.csv" --responses "$bad" \
  --record "$out/bad.drill" 2>&1 >/dev/null)
rc=$?
set -e
[ $rc = 2 ] || fail "bad feedback rows: exit $rc"
[ ! -e "$out/bad.drill" ] || fail "a record was written from a bad responses file"
for want in "bad.csv:2: feedback question realism takes a rating from 1 to 5" \
            "bad.csv:3: unknown feedback question \"nothing\"" \
            "bad.csv:4: feedback question worked takes an answer in words" \
            "bad.csv:5: feedback is given after the end: leave at empty (found \"0:10\")" \
            "bad.csv:7: team \"hn\" already answered \"feedback:realism\" at line 6"; do
  case "$err" in *"$want"*) ;; *) fail "missing: $want
$err" ;; esac
done
# the scenario's own form, and a responses file that holds feedback only
printf 'team,decision,option,at\nhn,feedback:ransom-note,2,\nhcm,feedback:escalation,"Gọi trung tâm, rồi giám đốc",\n' >"$out/own.csv"
"$exe" run "$src/feedback-form.lua" --headless --roster "$src/tour-roster.csv" --responses "$out/own.csv" \
  --record "$out/own.drill" --log "$out/own.jsonl" >/dev/null 2>&1
grep -q '"team":"hn","action":"feedback","id":"ransom-note","rating":2}' "$out/own.jsonl" || fail "own form: rating"
grep -q '"team":"hcm","action":"feedback","id":"escalation","text":"Gọi trung tâm, rồi giám đốc"}' "$out/own.jsonl" \
  || fail "own form: words"
"$exe" replay "$out/own.drill" --log "$out/own-replay.jsonl" >/dev/null 2>&1
cmp -s "$out/own.jsonl" "$out/own-replay.jsonl" || fail "own form: the replay differs"
set +e
err=$(printf 'team,decision,option,at\nhn,feedback:realism,4,\n' >"$out/default.csv"
      "$exe" run "$src/feedback-form.lua" --headless --roster "$src/tour-roster.csv" --responses "$out/default.csv" 2>&1 >/dev/null)
rc=$?
set -e
[ $rc = 2 ] && case "$err" in *'default.csv:2: unknown feedback question "realism"'*) ;; *) false ;; esac \
  || fail "a form of its own replaces the default one: exit $rc, $err"
echo "hot wash: 6 answers recorded, verified, replayed identically and reported; bad rows refused at their lines"
