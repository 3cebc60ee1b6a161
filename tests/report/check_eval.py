#!/usr/bin/env python3
"""check_eval.py DRILLHALL SRC OUT — the annual evaluation's fixes, end to end:

- ties: 35 `--bots best` teams all share rank 1 on the console scoreboard, in the
  scoreboard CSV, the JSON and the HTML (no podium row), and a second drill's
  history shows no rank change that comes only from the order of ids;
- dates are local time as TZ says, with the offset shown (a 06:30 start in
  Hanoi is on its own day), in the HTML and JSON and the history's columns;
- every CSV file written starts with the UTF-8 byte order mark (not with
  --no-bom) and still reads back;
- a roster saved by a Vietnamese Excel (';' between fields) with a
  bracket_name column is read, says which separator it used, and the bracket's
  display name is what the console and the report show;
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

# --- local time, with the zone ----------------------------------------------------------
from datetime import datetime, timedelta, timezone  # noqa: E402

created = rep["drill"]["created_us"] / 1e6
for tz, off, label in (("UTC0", 0, " UTC"), ("ICT-7", 7, " UTC+07:00"), ("EST5", -5, " UTC-05:00")):
    want = datetime.fromtimestamp(created, timezone(timedelta(hours=off))).strftime("%Y-%m-%d %H:%M")
    j = json.loads(run("report", best[0], "--format", "json", "-o", "-", env={"TZ": tz}))
    check(j["drill"]["date"] == want + label, "TZ=%s: date %s, expected %s" % (tz, j["drill"]["date"],
                                                                             want + label))
    page = run("report", best[0], "--format", "html", "-o", "-", env={"TZ": tz})
    check(want + label in page, "TZ=%s: the HTML report does not show %s" % (tz, want + label))
    h = list(csv.reader(io.StringIO(run("history", best[0], best[1], "--format", "csv",
                                        env={"TZ": tz}))))
    check(h[0][2] == "total " + want[:10] + " #1", "TZ=%s: history column %s is not the local "
          "date %s" % (tz, h[0][2], want[:10]))

# --- CSV files start with the byte order mark ---------------------------------------------
BOM = b"\xef\xbb\xbf"
for name in ("best-decisions.csv", "best-scoreboard.csv"):
    check(open(os.path.join(out, name), "rb").read(3) == BOM, "%s has no BOM" % name)
run("history", best[0], best[1], "--format", "csv", "-o", os.path.join(out, "hist.csv"))
check(open(os.path.join(out, "hist.csv"), "rb").read(3) == BOM, "history CSV file has no BOM")
run("msel", "export", scenario, "-o", os.path.join(out, "msel.csv"))
check(open(os.path.join(out, "msel.csv"), "rb").read(3) == BOM, "MSEL sheet has no BOM")
run("report", best[0], "--format", "csv", "--no-bom", "-o", os.path.join(out, "nobom"))
check(open(os.path.join(out, "nobom-scoreboard.csv"), "rb").read(1) == b"r",
      "--no-bom still writes a BOM")

# --- a ';' roster with bracket display names --------------------------------------------
semi = os.path.join(out, "roster-vi.csv")
names = {"north": "Miền Bắc", "central-region": "Miền Trung", "south": "Miền Nam"}
with open(semi, "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    w.writerow(["id", "name", "bracket", "bracket_name"])
    for r in rows[1:]:
        w.writerow(r + [names.get(r[2], "")])
p = subprocess.run([exe, "run", scenario, "--headless", "--bots", "random", "--roster", semi,
                    "--lang", "vi"], capture_output=True, text=True)
check(p.returncode == 0, "the ';' roster is refused: %s" % p.stderr)
check("roster-vi.csv:1: " in p.stderr and "';'" in p.stderr,
      "the separator used is not said: %s" % p.stderr)
board_lines = [l for l in p.stdout.splitlines()[3:] if l.strip()]
check(len(board_lines) == nteams, "the ';' roster gave %d teams" % len(board_lines))
check(any("Miền Trung" in l for l in board_lines) and not any(" central-region " in l
                                                              for l in board_lines),
      "console scoreboard shows bracket ids, not their names")

if fails:
    sys.exit(1)
print("eval: %d tied teams share rank 1 on the console, CSV, JSON, HTML and history" % nteams)
