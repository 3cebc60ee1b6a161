#!/usr/bin/env python3
"""check_history.py DRILLHALL SRC OUT — two drills of one scenario compared:
the history's totals and ranks equal each drill's own report, the change column
is the difference, teams are matched by id (a team only in one drill is shown
as new or missing), drills of another scenario are refused, and the HTML form
parses."""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal

import html5lib

exe, src, out = sys.argv[1], sys.argv[2], os.path.join(sys.argv[3], "history")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
fails = []


def check(ok, msg):
    if not ok:
        fails.append(msg)
        print("FAIL", msg)


def run(*args):
    return subprocess.run([exe, *args], check=True, capture_output=True, text=True).stdout


scenario = os.path.join(src, "scenarios", "ransomware-contributions.lua")
full = os.path.join(src, "scenarios", "rosters", "vss-provinces.csv")
# the second year's roster lacks one province and adds a new unit
rows = list(csv.reader(open(full, encoding="utf-8")))
year2 = os.path.join(out, "roster-2026.csv")
with open(year2, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    for r in rows:
        if r[0] != "lang-son":
            w.writerow(r)
    w.writerow(["bhxh-bqp", "BHXH Bộ Quốc phòng", "hq", "central"])
a, b = os.path.join(out, "2025.drill"), os.path.join(out, "2026.drill")
run("run", scenario, "--headless", "--bots", "random", "--seed", "25", "--roster", full,
    "--record", a)
run("run", scenario, "--headless", "--bots", "random", "--seed", "26", "--roster", year2,
    "--record", b)
reports = []
for d in (a, b):
    run("report", d, "--format", "json", "-o", d + ".json")
    reports.append({t["id"]: t for t in json.load(open(d + ".json", encoding="utf-8"))["teams"]})

# given newest first: the history still orders the drills by date
table = list(csv.reader(io.StringIO(run("history", b, a, "--format", "csv"))))
head, body = table[0], table[1:]
check(len(head) == 2 + 3 * 2 + 2, "history CSV header: %s" % head)
ids = [r[0] for r in body]
check(len(ids) == len(set(ids)) == len(reports[0].keys() | reports[1].keys()),
      "history lists %d teams" % len(ids))
check(ids[0] == min(reports[1].values(), key=lambda t: t["rank"])["id"],
      "history does not start with the latest drill's winner")
for r in body:
    for k, rep in enumerate(reports):
        t = rep.get(r[0])
        tot, rank = r[2 + 3 * k], r[3 + 3 * k]
        if t is None:
            check(tot == "" and rank == "", "%s has figures for a drill it missed" % r[0])
            continue
        check(Decimal(tot) == Decimal(str(t["total"])), "%s total in drill %d" % (r[0], k + 1))
        check(int(rank) == t["rank"], "%s rank in drill %d" % (r[0], k + 1))
    if r[0] in reports[0] and r[0] in reports[1]:
        check(Decimal(r[8]) == Decimal(str(reports[1][r[0]]["total"])) -
              Decimal(str(reports[0][r[0]]["total"])), "%s change of total" % r[0])
        check(int(r[9]) == reports[0][r[0]]["rank"] - reports[1][r[0]]["rank"],
              "%s change of rank" % r[0])
    else:
        check(r[8] == "" and r[9] == "", "%s has a change without two drills" % r[0])

text = run("history", a, b)
check("BHXH Bộ Quốc phòng" in text and "new" in text, "the text table misses the new unit")
html = run("history", a, b, "--format", "html", "--lang", "vi")
try:
    doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)
    check(len(doc.findall(".//table[@class='teams']/tbody/tr")) == len(ids), "HTML history rows")
    # the sector's trends: headline fractions, one line per category, a row per decision
    text = "".join(doc.itertext())
    j = [json.load(open(d + ".json", encoding="utf-8")) for d in (a, b)]
    for rep in j:
        ans = sum(t["answered"] for t in rep["teams"])
        faced = ans + sum(t["missed"] for t in rep["teams"])
        check("%d/%d" % (ans, faced) in text, "the headline does not show %d/%d" % (ans, faced))
    ncat = len(j[1]["scenario"]["categories"])
    # the category chart (the objectives have a chart of their own)
    svg = "{http://www.w3.org/2000/svg}"
    cat_charts = [e for e in doc.iter(svg + "svg") if e.get("class") == "trend"]
    lines = cat_charts[0].findall(".//" + svg + "polyline") if cat_charts else []
    check(len(lines) == ncat, "the category trend has %d lines for %d categories"
          % (len(lines), ncat))
    for dec in j[1]["scenario"]["decisions"]:
        check(dec["id"] in text, "the decision trend lacks %s" % dec["id"])
    for term in ("TV q.định", "Δ điểm", "Δ hạng", "điểm phần trăm"):
        check(term in text, "the glossary does not explain %s" % term)
except Exception as e:
    check(False, "history HTML does not parse: %s" % e)

other = os.path.join(out, "other.drill")
run("run", os.path.join(src, "tests", "cli", "tour.lua"), "--headless", "--record", other)
p = subprocess.run([exe, "history", a, other], capture_output=True, text=True)
check(p.returncode == 2 and "one scenario" in p.stderr, "another scenario is not refused: %s"
      % p.stderr)
if fails:
    sys.exit(1)
print("history: %d teams across 2 drills agree with each drill's report" % len(ids))
