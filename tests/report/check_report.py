#!/usr/bin/env python3
"""check_report.py DRILLHALL SRC OUT — the after-action report of a recorded
35-team drill (scenario rules add and remove points on the way):

- HTML (Vietnamese and English) parses with a real HTML5 parser without a single
  parse error, names every team, holds the SVG charts, has A4 print rules and
  fetches nothing (no script, stylesheet, image or font from anywhere);
- headless Chromium opens it to a screenshot whose pixels are not blank;
- the CSV files round-trip through a CSV reader and agree with the JSON;
- the JSON parses and every team's total equals the sum of that team's points
  in the engine's own event log.
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

import html5lib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import png  # noqa: E402

exe, src, out = sys.argv[1], sys.argv[2], os.path.join(sys.argv[3], "report")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
fails = []


def check(ok, msg):
    if not ok:
        fails.append(msg)
        print("FAIL", msg)


def run(*args, **kw):
    return subprocess.run([exe, *args], check=True, capture_output=True, text=True, **kw)


drill = os.path.join(out, "vss-2026.drill")
run("run", os.path.join(src, "scenarios", "ransomware-contributions.lua"), "--headless",
    "--bots", "random", "--seed", "2026",
    "--roster", os.path.join(src, "scenarios", "rosters", "vss-provinces.csv"),
    "--record", drill, "--log", os.path.join(out, "events.jsonl"), "--lang", "vi")
roster = list(csv.DictReader(open(os.path.join(src, "scenarios", "rosters", "vss-provinces.csv"),
                                  encoding="utf-8")))

# --- JSON: totals equal the engine's event log ------------------------------------
run("report", drill, "--format", "json", "-o", os.path.join(out, "aar.json"))
report = json.load(open(os.path.join(out, "aar.json"), encoding="utf-8"))
logged = {}
for line in open(os.path.join(out, "events.jsonl"), encoding="utf-8"):
    e = json.loads(line)
    if e["type"] in ("choice", "expire"):
        logged[e["team"]] = logged.get(e["team"], 0) + sum(
            Decimal(str(v)) for v in e.get("points", {}).values())
    elif e["type"] == "adjust":
        logged[e["team"]] = logged.get(e["team"], 0) + Decimal(str(e["points"]))
check(len(report["teams"]) == len(roster), "JSON has %d teams" % len(report["teams"]))
for t in report["teams"]:
    total = Decimal(str(t["total"]))
    check(total == logged.get(t["id"], 0),
          "JSON total of %s is %s, the event log says %s" % (t["id"], total, logged.get(t["id"])))
    check(sum(Decimal(str(v)) for v in t["points"].values()) == total,
          "JSON points of %s do not add up to its total" % t["id"])
ranks = [t["rank"] for t in report["teams"]]
# in rank order, a tie sharing its rank and the next rank skipping (1, 2, 2, 4)
check(ranks[0] == 1 and all(r == ranks[i] or r == i + 2 for i, r in enumerate(ranks[1:])),
      "JSON teams are not in rank order: %s" % ranks)
check(report["drill"]["ended"] is True and report["drill"]["fingerprint"], "JSON drill facts")

# --- CSV: round trip -----------------------------------------------------------------
run("report", drill, "--format", "csv", "-o", os.path.join(out, "aar"))
os.makedirs(os.path.join(out, "csvdir"))
run("report", drill, "--format", "csv", "-o", os.path.join(out, "csvdir"))
for name in ("decisions.csv", "scoreboard.csv", "objectives.csv"):
    a = open(os.path.join(out, "aar-" + name), "rb").read()
    b = open(os.path.join(out, "csvdir", name), "rb").read()
    check(a == b, "csv prefix and directory forms differ for " + name)
rows = list(csv.DictReader(open(os.path.join(out, "aar-decisions.csv"), encoding="utf-8-sig",
                                newline="")))
cats = [c["id"] for c in report["scenario"]["categories"]]
njson = sum(len(t["decisions"]) for t in report["teams"])
check(len(rows) == njson, "decisions.csv has %d rows, JSON %d decisions" % (len(rows), njson))
byteam = {t["id"]: t for t in report["teams"]}
for r in rows:
    check(sum(Decimal(r[c]) for c in cats) == Decimal(r["total"]),
          "decisions.csv row %s/%s does not add up" % (r["team"], r["decision"]))
    check(r["name"] == next(x["name"] for x in roster if x["id"] == r["team"]),
          "decisions.csv name of %s" % r["team"])
board = list(csv.DictReader(open(os.path.join(out, "aar-scoreboard.csv"), encoding="utf-8-sig",
                                 newline="")))
check(len(board) == len(roster), "scoreboard.csv has %d rows" % len(board))
for r in board:
    check(Decimal(r["total"]) == Decimal(str(byteam[r["team"]]["total"])),
          "scoreboard.csv total of %s differs from JSON" % r["team"])
    check(int(r["rank"]) == byteam[r["team"]]["rank"], "scoreboard.csv rank of %s" % r["team"])

# --- HTML: parses, names every team, charts, self-contained -------------------------
for lang in ("vi", "en"):
    path = os.path.join(out, "aar-%s.html" % lang)
    run("report", drill, "--format", "html", "--lang", lang, "-o", path)
    text = open(path, encoding="utf-8").read()
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        doc = parser.parse(text)
    except Exception as e:  # strict mode raises on the first parse error
        check(False, "%s does not parse: %s" % (path, e))
        continue
    check(doc.get("lang") == lang, "%s: <html lang> is %s" % (path, doc.get("lang")))
    body = "".join(doc.itertext())
    for t in roster:
        check(t["name"] in body, "%s does not name %s" % (path, t["name"]))
        check(doc.find(".//section[@id='team-%s']" % t["id"]) is not None,
              "%s has no section for %s" % (path, t["id"]))
    svgs = doc.findall(".//{http://www.w3.org/2000/svg}svg") + doc.findall(".//svg")
    check(len(svgs) >= 2, "%s has %d SVG charts" % (path, len(svgs)))
    check(len(doc.findall(".//{http://www.w3.org/2000/svg}circle")) > 100,
          "%s: the timeline shows no decisions" % path)
    for tag in ("script", "link", "img", "iframe", "object"):
        check(not doc.findall(".//" + tag), "%s has a <%s>" % (path, tag))
    for el in doc.iter():
        for attr in ("src", "href"):
            v = el.get(attr)
            check(v is None or v.startswith("#"), "%s fetches %s" % (path, v))
    check("url(" not in text and "@import" not in text, "%s: CSS fetches something" % path)
    check("@page{size:A4" in text, "%s has no A4 print rules" % path)
    heading = "Bảng xếp hạng" if lang == "vi" else "Scoreboard"
    check(heading in body, "%s is not in %s" % (path, lang))

# --- Chromium: the report renders to pixels ----------------------------------------
chromium = shutil.which("chromium")
check(chromium is not None, "chromium is not installed (make test-deps)")
if chromium:
    for lang in ("vi", "en"):
        shot = os.path.join(out, "aar-%s.png" % lang)
        profile = tempfile.mkdtemp()
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + profile, "--screenshot=" + shot,
                        "--window-size=1280,2000",
                        "file://" + os.path.abspath(os.path.join(out, "aar-%s.html" % lang))],
                       capture_output=True, timeout=120)
        shutil.rmtree(profile, ignore_errors=True)
        check(os.path.exists(shot), "chromium wrote no screenshot")
        if not os.path.exists(shot):
            continue
        w, h, bpp, rows = png.read(shot)
        colours, ink = set(), 0
        for y in range(0, h, 4):
            row = rows[y]
            for x in range(0, w * bpp, bpp * 4):
                px = row[x:x + 3]
                colours.add(px)
                if sum(px) < 600:
                    ink += 1
        sampled = (h // 4) * (w // 4)
        check((w, h) == (1280, 2000), "screenshot is %dx%d" % (w, h))
        check(len(colours) > 50, "screenshot has only %d colours" % len(colours))
        check(ink > sampled // 20, "screenshot is nearly blank (%d of %d)" % (ink, sampled))
        print("screenshot %s: %d colours, %.0f%% ink" % (shot, len(colours), 100 * ink / sampled))

if fails:
    sys.exit(1)
print("report: %d teams, %d decision rows; HTML, CSV and JSON agree with the event log"
      % (len(roster), len(rows)))
