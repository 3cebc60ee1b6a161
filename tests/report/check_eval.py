#!/usr/bin/env python3
"""check_eval.py DRILLHALL SRC OUT — the annual evaluation's fixes, end to end:

- ties: 35 `--bots best` teams all share rank 1 on the console scoreboard, in the
  scoreboard CSV, the JSON and the HTML (no podium row), and a second drill's
  history shows no rank change that comes only from the order of ids;
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys

import html5lib

exe, src, out = sys.argv[1], sys.argv[2], os.path.join(sys.argv[3], "eval")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
fails = []


def check(ok, msg):
    if not ok:
        fails.append(msg)
        print("FAIL", msg)


def run(*args, env=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([exe, *args], check=True, capture_output=True, text=True, env=e).stdout


def parse_html(path):
    text = open(path, encoding="utf-8").read()
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text), text


scenario = os.path.join(src, "scenarios", "ransomware-contributions.lua")
roster = os.path.join(src, "scenarios", "rosters", "vss-provinces.csv")
nteams = sum(1 for _ in open(roster, encoding="utf-8")) - 1

# --- ties share a rank everywhere ----------------------------------------------------
best = [os.path.join(out, "best-%d.drill" % k) for k in (1, 2)]
console = run("run", scenario, "--headless", "--bots", "best", "--roster", roster,
              "--record", best[0])
# next year one unit is gone: the smallest id, so id order would move every other team up
rows = list(csv.reader(open(roster, encoding="utf-8")))
gone = min(r[0] for r in rows[1:])
roster2 = os.path.join(out, "roster-2.csv")
with open(roster2, "w", encoding="utf-8", newline="") as f:
    csv.writer(f, lineterminator="\n").writerows(r for r in rows if r[0] != gone)
run("run", scenario, "--headless", "--bots", "best", "--roster", roster2, "--record", best[1])
lines = [l for l in console.splitlines()[3:] if l.strip()]
check(len(lines) == nteams, "console scoreboard has %d rows" % len(lines))
check(all(l.split()[0] == "1" for l in lines), "console: tied teams do not all rank 1")
run("report", best[0], "--format", "csv", "-o", os.path.join(out, "best"))
board = list(csv.DictReader(open(os.path.join(out, "best-scoreboard.csv"), encoding="utf-8-sig",
                                 newline="")))
check({r["rank"] for r in board} == {"1"}, "scoreboard.csv ranks of tied teams: %s"
      % sorted({r["rank"] for r in board}))
check({r["bracket_rank"] for r in board} == {"1"}, "scoreboard.csv bracket ranks of ties")
run("report", best[0], "--format", "json", "-o", os.path.join(out, "best.json"))
rep = json.load(open(os.path.join(out, "best.json"), encoding="utf-8"))
check({t["rank"] for t in rep["teams"]} == {1}, "JSON ranks of tied teams")
run("report", best[0], "--format", "html", "-o", os.path.join(out, "best.html"))
doc, _ = parse_html(os.path.join(out, "best.html"))
check(not doc.findall(".//tr[@class='top']"), "HTML highlights a podium among %d tied teams"
      % nteams)
hist = list(csv.reader(io.StringIO(run("history", best[0], best[1], "--format", "csv")),
                       ))
check(all(r[9] == "0" for r in hist[1:] if r[0] != gone), "history reports rank changes between two all-tied "
      "drills: %s" % sorted({r[9] for r in hist[1:]}))

if fails:
    sys.exit(1)
print("eval: %d tied teams share rank 1 on the console, CSV, JSON, HTML and history" % nteams)
