#!/usr/bin/env python3
"""check_rate.py DRILLHALL SRC OUT — an evaluator's rating after the end:

- `drillhall rate DRILL --objective ID [--team ID] --rating R --reason TEXT --by
  NAME` appends one input to a finished drill's chain; verify and replay still
  pass; the report (HTML and JSON) shows the rating, the computed one, the
  reason and the evaluator's name; a later rating replaces the earlier;
- a rating for the drill as a whole replaces the overall rating;
- mistakes (unknown objective or team, a rating that is not P/S/M/U, no reason,
  a control character) exit 2 and leave the record byte for byte as it was;
- a signed record takes a rating only with its key, and still verifies after.
"""
import json
import os
import re
import shutil
import subprocess
import sys

import html5lib

exe, src, out = sys.argv[1], sys.argv[2], os.path.join(sys.argv[3], "rate")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
fails = []


def check(ok, msg):
    if not ok:
        fails.append(msg)
        print("FAIL", msg)


def run(*args, code=0):
    p = subprocess.run([exe, *args], capture_output=True, text=True)
    check(p.returncode == code, "%s: exit %d, wanted %d: %s" % (" ".join(args), p.returncode, code,
                                                                p.stderr))
    return p


def inputs(drill):
    m = re.search(r"chain holds: (\d+) inputs", run("verify", drill).stdout)
    return int(m.group(1)) if m else -1


fixture = os.path.join(src, "tests", "report", "fixtures", "objectives.lua")
roster = os.path.join(src, "tests", "cli", "tour-roster.csv")
drill = os.path.join(out, "rated.drill")
run("run", fixture, "--headless", "--bots", "random", "--seed", "5", "--roster", roster,
    "--record", drill)
before = json.loads(run("report", drill, "--format", "json", "-o", "-").stdout)
hn = {t["id"]: t for t in before["teams"]}["hn"]["ratings"]["contain-spread"]
n0 = inputs(drill)
# the computed rating, and a different one for the evaluator to give
want = "U" if hn["computed"] != "U" else "P"

p = run("rate", drill, "--objective", "contain-spread", "--team", "hn", "--rating", "S",
        "--reason", "first look", "--by", "Trần Văn B")
check("recorded rating S" in p.stderr, "rate does not say what it recorded: %s" % p.stderr)
run("rate", drill, "--objective", "contain-spread", "--team", "hn", "--rating", want.lower(),
    "--reason", "Cô lập chậm <nhưng> đúng", "--by", "Nguyễn Thị A")
run("rate", drill, "--objective", "report-fast", "--rating", "M", "--reason", "cả ngành báo cáo chậm",
    "--by", "Lê C")
check(inputs(drill) == n0 + 3, "three ratings did not add three inputs to the chain")
run("replay", drill)
after = json.loads(run("report", drill, "--format", "json", "-o", "-").stdout)
r = {t["id"]: t for t in after["teams"]}["hn"]["ratings"]["contain-spread"]
check(r["rating"] == want and r["computed"] == hn["computed"] and
      r.get("override", {}).get("reason") == "Cô lập chậm <nhưng> đúng" and
      r["override"].get("evaluator") == "Nguyễn Thị A",
      "JSON rating of hn after the later rating: %r" % r)
overall = {o["id"]: o for o in after["objectives"]}["report-fast"]["overall"]
check(overall["rating"] == "M" and overall["override"]["evaluator"] == "Lê C",
      "JSON overall rating after a whole-drill rating: %r" % overall)
html_path = os.path.join(out, "rated.html")
run("report", drill, "--lang", "en", "-o", html_path)
html = open(html_path, encoding="utf-8").read()
html5lib.HTMLParser(strict=True).parse(html)
check("Cô lập chậm &lt;nhưng&gt; đúng (Nguyễn Thị A)" in html,
      "the report does not show the reason with the evaluator's name")
check("cả ngành báo cáo chậm (Lê C)" in html, "the whole-drill rating is not in the report")

# --- mistakes: exit 2, the record untouched --------------------------------------------------
raw = open(drill, "rb").read()
bad = [
    (["--objective", "no-such", "--rating", "P", "--reason", "x", "--by", "A"], "no-such"),
    (["--objective", "contain-spread", "--team", "hue", "--rating", "P", "--reason", "x", "--by", "A"],
     "hue"),
    (["--objective", "contain-spread", "--rating", "X", "--reason", "x", "--by", "A"], "--rating X"),
    (["--objective", "contain-spread", "--rating", "P", "--by", "A"], "--reason"),
    (["--objective", "contain-spread", "--rating", "P", "--reason", "", "--by", "A"], "--reason"),
    (["--objective", "contain-spread", "--rating", "P", "--reason", "x\x1b[2J", "--by", "A"], "--reason"),
    (["--objective", "contain-spread", "--rating", "P", "--reason", "x", "--by", "A\nB"], "--by"),
]
for args, want_msg in bad:
    p = run("rate", drill, *args, code=2)
    check(want_msg in p.stderr, "rate %s: %r" % (args, p.stderr))
check(open(drill, "rb").read() == raw, "a refused rating changed the record")
run("rate", os.path.join(out, "none.drill"), "--objective", "x", "--rating", "P", "--reason", "x",
    "--by", "A", code=2)

# --- a signed record -------------------------------------------------------------------------
key = os.path.join(out, "control.key")
run("keygen", "-o", key)
signed = os.path.join(out, "signed.drill")
run("run", fixture, "--headless", "--bots", "random", "--teams", "3", "--sign", key, "--record", signed)
s0 = inputs(signed)
args = ["--objective", "contain-spread", "--team", "team-002", "--rating", "M", "--reason", "x",
        "--by", "A"]
p = run("rate", signed, *args, code=2)
check("--sign" in p.stderr and inputs(signed) == s0, "a signed record took a rating without its key")
run("rate", signed, *args, "--sign", key)
check(inputs(signed) == s0 + 1, "the signed rating did not add an input")
check("the key given" in run("verify", "--key", os.path.join(out, "control.pub"), signed).stdout,
      "the signed record no longer verifies against its key after the rating")

if fails:
    sys.exit(1)
print("rate: 3 ratings after the end recorded, verified, replayed and reported")
