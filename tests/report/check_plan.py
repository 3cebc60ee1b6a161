#!/usr/bin/env python3
"""check_plan.py DRILLHALL SRC OUT — the improvement plan, year to year:

- `plan --format csv` writes one row per area for improvement, the same rows
  (and in the same order) as the report's improvement-plan table, with a BOM
  unless --no-bom;
- a filled sheet (';' as a Vietnamese Excel saves it, DD/MM/YYYY dates, a
  status in Vietnamese) is recorded into a finished drill's record: one more
  input in the chain, verify and replay still pass, the report shows it;
- a second import replaces the first in the report, and both stay in the chain;
- a sheet with mistakes is refused at FILE:ROW with exit 2 and the record is
  left byte for byte as it was;
- `report --per-team -o DIR/` writes one self-contained page per team, named
  after its id, and no page holds any other team's name or id;
- `history` over three drills: a sector trend per objective (SVG, parsed as
  XML: one line per objective, a point per drill), each team's change per
  objective, each year's plan with its status, HSEEP spelled out, shares under
  10 % with one decimal;
- next year's `report --previous` shows last year's plan with its status beside
  this year's rating of the same objective, and says so when an objective has
  no counterpart in the new scenario — in HTML, in JSON ("previous_plan") and
  in CSV (previous-plan.csv), the same rows; `history` in text and CSV
  (history-plans.csv beside -o FILE) shows each year's plan with its status.
"""
import csv
import json
import os
import re
import shutil
import subprocess
import sys

import html5lib

exe, src, out = sys.argv[1], sys.argv[2], os.path.join(sys.argv[3], "plan")
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


def parse_html(path):
    text = open(path, encoding="utf-8").read()
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)


def text_of(e):
    return re.sub(r"\s+", " ", "".join(e.itertext())).strip()


def table_after(doc, hid):
    """The rows (cell texts) of the table under the h2 with id `hid`."""
    body = doc.find(".//body")
    seen = False
    for e in body.iter():
        if e.tag == "h2":
            seen = e.get("id") == hid
        if seen and e.tag == "table":
            return [[text_of(c) for c in tr] for tr in e.find("tbody")]
    return None


def inputs(drill):
    m = re.search(r"chain holds: (\d+) inputs", run("verify", drill).stdout)
    return int(m.group(1)) if m else -1


scenario = os.path.join(src, "scenarios", "ransomware-contributions.lua")
old = os.path.join(out, "2026.drill")
run("run", scenario, "--headless", "--bots", "random", "--teams", "8", "--seed", "3",
    "--record", old)

# --- the sheet: the report's rows ---------------------------------------------------------
sheet = os.path.join(out, "plan.csv")
run("plan", old, "--format", "csv", "-o", sheet)
raw = open(sheet, "rb").read()
check(raw.startswith(b"\xef\xbb\xbf"), "the plan sheet has no BOM")
run("plan", old, "-o", os.path.join(out, "nobom.csv"), "--no-bom")
check(not open(os.path.join(out, "nobom.csv"), "rb").read().startswith(b"\xef\xbb\xbf"),
      "--no-bom still wrote a BOM")
rows = list(csv.DictReader(open(sheet, encoding="utf-8-sig", newline="")))
check(list(rows[0].keys()) == "decision,objectives,capability,finding,action,unit,contact,due,status"
      .split(","), "plan sheet columns: %s" % list(rows[0].keys()))
check(len(rows) >= 3, "want at least 3 areas for improvement, got %d" % len(rows))
check(all(r["status"] == "open" and not r["unit"] for r in rows), "an unfilled sheet is not all open")
for r in rows:
    m = re.search(r"— ([\d.]+)% of teams chose", r["finding"])
    check(m is not None, "a finding without its share: %r" % r["finding"])
    if m and float(m.group(1)) < 10:
        check(re.fullmatch(r"\d\.\d", m.group(1)) is not None, "under 10 %% without a decimal: %r" % r["finding"])
run("report", old, "-o", os.path.join(out, "2026.html"))
table = table_after(parse_html(os.path.join(out, "2026.html")), "improvement-plan")
check(table is not None and len(table) == len(rows), "report plan table rows != sheet rows")
if table:
    check([t[1] for t in table] == [r["action"] for r in rows], "sheet and table disagree on actions")

# --- a filled sheet, saved by a Vietnamese Excel -------------------------------------------
statuses = ["đang thực hiện", "done", "dropped", "open"]
filled = os.path.join(out, "filled.csv")
with open(filled, "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(["status", "due", "decision", "unit", "contact", "action"])  # any order
    for i, r in enumerate(rows):
        w.writerow([statuses[i % 4], "30/06/2027" if i % 2 else "2027-03-%02d" % (i + 1),
                    r["decision"], "Phòng CNTT tỉnh %d" % i, "Nguyễn Thị %d" % i,
                    r["action"] + " (đã điều chỉnh)"])
n0 = inputs(old)
p = run("plan", old, "--import", filled)
check("';'" in p.stderr, "the import does not say it read ';': %s" % p.stderr)
check(inputs(old) == n0 + 1, "import did not add exactly one input to the chain")
run("replay", old)
back = os.path.join(out, "back.csv")
run("plan", old, "-o", back)
got = list(csv.DictReader(open(back, encoding="utf-8-sig", newline="")))
check([(g["decision"], g["status"], g["unit"]) for g in got] ==
      [(r["decision"], ["in progress", "done", "dropped", "open"][i % 4], "Phòng CNTT tỉnh %d" % i)
       for i, r in enumerate(rows)], "the plan read back is not the plan imported")
check(got and got[1]["due"] == "2027-06-30", "DD/MM/YYYY not read as a date: %r" % (got[1:2],))
run("report", old, "-o", os.path.join(out, "filled.html"))
table = table_after(parse_html(os.path.join(out, "filled.html")), "improvement-plan")
check(table and table[0][3] == "Phòng CNTT tỉnh 0" and table[0][4] == "Nguyễn Thị 0",
      "the report does not show the filled plan: %r" % (table[:1] if table else None))

rep = json.loads(run("report", old, "--format", "json", "-o", "-").stdout)
check(rep["plan"]["imports"] == 1 and [r["decision"] for r in rep["plan"]["rows"]] ==
      [r["decision"] for r in rows], "JSON plan rows differ from the sheet's")
check(rep["plan"]["rows"][0]["unit"] == "Phòng CNTT tỉnh 0" and
      rep["plan"]["rows"][0]["status"] == "in progress", "JSON plan row 0: %r" % rep["plan"]["rows"][:1])

# --- a second import replaces the first; both stay in the chain ---------------------------
second = os.path.join(out, "second.csv")
with open(second, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["decision", "status", "unit"])
    w.writerow([rows[0]["decision"], "done", "Trung tâm Công nghệ thông tin"])
run("plan", old, "--import", second)
check(inputs(old) == n0 + 2, "the second import is not a second input in the chain")
run("verify", old)
run("report", old, "-o", os.path.join(out, "second.html"))
table = table_after(parse_html(os.path.join(out, "second.html")), "improvement-plan")
check(table and table[0][3] == "Trung tâm Công nghệ thông tin" and table[1][3] == "",
      "the second import did not replace the first: %r" % (table[:2] if table else None))

# --- a signed record takes the plan only from the key it was signed with ---------------------
key = os.path.join(out, "control.key")
run("keygen", "-o", key)
signed = os.path.join(out, "signed.drill")
run("run", scenario, "--headless", "--bots", "random", "--teams", "4", "--sign", key, "--record", signed)
run("plan", signed, "-o", os.path.join(out, "signed.csv"))
s0 = inputs(signed)
p = run("plan", signed, "--import", os.path.join(out, "signed.csv"), code=2)
check("--sign" in p.stderr and inputs(signed) == s0, "a signed record took a plan without its key")
run("plan", signed, "--import", os.path.join(out, "signed.csv"), "--sign", key)
check(inputs(signed) == s0 + 1, "the signed import did not add an input")
check("the key given" in run("verify", "--key", os.path.join(out, "control.pub"), signed).stdout,
      "the signed record no longer verifies against its key after the import")

# --- mistakes: refused at FILE:ROW, the record untouched ------------------------------------
before = open(old, "rb").read()
bad = os.path.join(out, "bad.csv")
cases = [
    ("decision,status,due\n%s,maybe,\n" % rows[0]["decision"], 2, "status \"maybe\""),
    ("decision,status,due\n%s,done,2027-02-30\n" % rows[0]["decision"], 2, "due date"),
    ("decision,status\nno-such-decision,done\n", 2, "no-such-decision"),
    ("decision,status\n%s,done\n%s,open\n" % (rows[0]["decision"], rows[0]["decision"]), 3,
     "has a row already"),
    ("decision,stauts\n%s,done\n" % rows[0]["decision"], 1, "unknown column \"stauts\""),
    ("status,unit\ndone,x\n", 1, "no \"decision\" column"),
    ("decision,status\n%s,done,extra\n" % rows[0]["decision"], 2, "expected 2 fields"),
]
for text, line, want in cases:
    open(bad, "w", encoding="utf-8").write(text)
    p = run("plan", old, "--import", bad, code=2)
    check("%s:%d: " % (bad, line) in p.stderr and want in p.stderr,
          "bad sheet %r: wanted %s:%d: …%s…, got %r" % (text, bad, line, want, p.stderr))
check(open(old, "rb").read() == before, "a refused sheet changed the record")
check(inputs(old) == n0 + 2, "a refused sheet added an input")

# --- next year --------------------------------------------------------------------------------
# last year's scenario named the first-report objective differently: no counterpart
renamed = os.path.join(out, "last-year.lua")
open(renamed, "w", encoding="utf-8").write(
    open(scenario, encoding="utf-8").read().replace('"first-report"', '"first-report-2025"'))
old2 = os.path.join(out, "2025.drill")
run("run", renamed, "--headless", "--bots", "random", "--teams", "8", "--seed", "3",
    "--record", old2)
new = os.path.join(out, "2027.drill")
run("run", scenario, "--headless", "--bots", "random", "--teams", "8", "--seed", "11",
    "--record", new)
for prev, name in ((old, "prev.html"), (old2, "prev-renamed.html")):
    path = os.path.join(out, name)
    run("report", new, "--previous", prev, "-o", path)
    table = table_after(parse_html(path), "previous-plan")
    check(table is not None and len(table) >= len(rows), "%s: no previous-plan table" % name)
    if not table:
        continue
    if prev == old:
        check(table[0][2] == "Trung tâm Công nghệ thông tin" and table[0][4] == "done",
              "previous plan row 0 is not the imported one: %r" % table[0])
        check(all(re.match(r"^[PSMU–] ", t[5]) for t in table if "No counterpart" not in t[5]),
              "previous plan: a row without this year's rating: %r" % table)
        check(not any("No counterpart" in t[5] for t in table), "same scenario: no counterpart?")
    else:
        fr = [t for t in table if "No counterpart in this year's scenario" in t[5]]
        check(fr, "renamed objective: no row says it has no counterpart")
        check(all(t[4] == "open" for t in table), "an unfilled previous plan is not all open")
# the same rows in JSON and CSV: last year's status beside this year's rating
html_rows = table_after(parse_html(os.path.join(out, "prev.html")), "previous-plan")
rep_new = json.loads(run("report", new, "--format", "json", "-o", "-").stdout)
check("previous_plan" not in rep_new, "JSON without --previous has a previous_plan")
now = {o["id"]: o["overall"]["rating"] for o in rep_new["objectives"]}
pj = json.loads(run("report", new, "--previous", old, "--format", "json", "-o", "-").stdout)
pp = pj.get("previous_plan", {})
check(pp.get("filled") is True and pp.get("imports") == 2, "JSON previous_plan head: %r" %
      {k: v for k, v in pp.items() if k != "rows"})
check(html_rows is not None and len(pp.get("rows", [])) == len(html_rows),
      "JSON previous_plan rows %d, HTML %d" % (len(pp.get("rows", [])), len(html_rows or [])))
if pp.get("rows") and html_rows:
    check(pp["rows"][0]["unit"] == "Trung tâm Công nghệ thông tin" and pp["rows"][0]["status"] == "done",
          "JSON previous_plan row 0: %r" % pp["rows"][0])
    check([r["action"] for r in pp["rows"]] == [t[1] for t in html_rows],
          "JSON previous_plan actions differ from the HTML table's")
    for r in pp["rows"]:
        for o in r["objectives"]:
            check(o["counterpart"] is True and o["rating"] == now.get(o["id"]),
                  "JSON previous_plan %s/%s: %r, this year's %r" % (r["decision"], o["id"], o,
                                                                   now.get(o["id"])))
pr = json.loads(run("report", new, "--previous", old2, "--format", "json", "-o", "-").stdout)
gone = [o for r in pr["previous_plan"]["rows"] for o in r["objectives"] if o["id"] == "first-report-2025"]
check(gone and all(o["counterpart"] is False and o["rating"] is None for o in gone),
      "JSON: a renamed objective is not marked without counterpart: %r" % gone)
check(pr["previous_plan"]["filled"] is False, "an unfilled previous plan says filled")
csvdir = os.path.join(out, "csv")
os.makedirs(csvdir)
run("report", new, "--previous", old, "--format", "csv", "-o", csvdir)
pc = os.path.join(csvdir, "previous-plan.csv")
check(open(pc, "rb").read().startswith(b"\xef\xbb\xbf"), "previous-plan.csv has no BOM")
prows = list(csv.DictReader(open(pc, encoding="utf-8-sig", newline="")))
want = [(r["decision"], r["status"], r["unit"], o["id"], "yes", o["rating"] or "")
        for r in pp.get("rows", []) for o in r["objectives"]]
got = [(r["decision"], r["status"], r["unit"], r["objective"], r["counterpart"], r["rating"])
       for r in prows]
check(got == want and want, "previous-plan.csv differs from the JSON: %r vs %r" % (got[:2], want[:2]))
run("report", new, "--format", "csv", "-o", os.path.join(out, "csv-none"))
check(not os.path.exists(os.path.join(out, "csv-none-previous-plan.csv")),
      "previous-plan.csv written without --previous")

# --- one page per team, naming no other team ------------------------------------------------
roster = os.path.join(src, "scenarios", "rosters", "vss-provinces.csv")
teams = list(csv.DictReader(open(roster, encoding="utf-8-sig", newline="")))
agency = os.path.join(out, "agency.drill")
run("run", scenario, "--headless", "--bots", "random", "--roster", roster, "--record", agency)
run("plan", agency, "-o", os.path.join(out, "agency-plan.csv"))
pages = os.path.join(out, "pages")
run("report", agency, "--per-team", "-o", pages + "/")
check(sorted(os.listdir(pages)) == sorted(t["id"] + ".html" for t in teams),
      "per-team files are not one per team id: %s" % sorted(os.listdir(pages))[:5])
for t in teams:
    path = os.path.join(pages, t["id"] + ".html")
    if not os.path.exists(path):
        continue
    doc = parse_html(path)
    text = open(path, encoding="utf-8").read()
    check(t["name"] in text_of(doc.find(".//h1")), "%s: its own name is not the title" % t["id"])
    check(table_after(doc, "against-sector") is not None, "%s: no comparison with the sector" % t["id"])
    check(not re.search(r"<(script|link|img)\b|src=|href=\"http", text), "%s: not self-contained" % t["id"])
    for o in teams:
        if o is t:
            continue
        check(o["name"] not in text, "%s's page names %s" % (t["id"], o["name"]))
        check(not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(o["id"]), text),
              "%s's page holds the id %s" % (t["id"], o["id"]))
run("report", agency, "--per-team", "-o", "-", code=2)

# --- history: the objectives and each year's plan -------------------------------------------
import xml.etree.ElementTree as ET
nxt = os.path.join(out, "2028.drill")
run("run", scenario, "--headless", "--bots", "best", "--teams", "8", "--record", nxt)
with open(os.path.join(out, "new-plan.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["decision", "status"])
    run("plan", new, "-o", os.path.join(out, "2027-plan.csv"))
    new_rows = list(csv.DictReader(open(os.path.join(out, "2027-plan.csv"), encoding="utf-8-sig")))
    w.writerow([new_rows[0]["decision"], "done"])
run("plan", new, "--import", os.path.join(out, "new-plan.csv"))
hist = os.path.join(out, "history.html")
run("history", old, new, nxt, "--format", "html", "-o", hist)
doc = parse_html(hist)
raw = open(hist, encoding="utf-8").read()
svgs = re.findall(r"<svg\b.*?</svg>", raw, re.S)
for s_ in svgs:
    try:
        ET.fromstring(s_)
    except ET.ParseError as e:
        check(False, "a history chart is not well-formed XML: %s" % e)
charts = [ET.fromstring(s_) for s_ in svgs if 'class="trend objectives"' in s_]
check(len(charts) == 1, "history: %d objective charts" % len(charts))
NS = "{http://www.w3.org/2000/svg}"
if charts:
    series = charts[0].findall(NS + "g[@class='series']")
    ids = re.findall(r'\bid = "([a-z-]+)", category', open(scenario, encoding="utf-8").read())
    check(sorted(g.find(NS + "title").text for g in series) == sorted(ids),
          "objective chart series %s, scenario objectives %s" %
          ([g.find(NS + "title").text for g in series], ids))
    for g in series:
        pts = g.find(NS + "polyline").get("points").split()
        check(len(pts) == 3, "objective %s: %d points for 3 drills" % (g.find(NS + "title").text, len(pts)))
shares = doc.find(".//table[@class='objective-shares']")
check(shares is not None, "history: no table of the objective chart's figures")
if shares is not None:
    for td in shares.iter("td"):
        m = re.search(r"\(([\d.]+)%\)", text_of(td))
        if m and float(m.group(1)) < 10:
            check(re.fullmatch(r"\d\.\d", m.group(1)) is not None, "under 10 %% without one decimal: %s" % text_of(td))
changes = doc.find(".//table[@class='team-objectives']")
check(changes is not None and len(changes.find("tbody")) == 8, "history: no team-by-objective change table")
if changes is not None:
    check(all(re.fullmatch(r"[PSMU–] → [PSMU–]", text_of(td)) for tr in changes.find("tbody")
              for td in list(tr)[1:]), "team changes are not 'X → Y'")
p0, p1 = table_after(doc, "plan-0"), table_after(doc, "plan-1")
check(p0 is not None and p0[0][4] == "done" and p0[0][2] == "Trung tâm Công nghệ thông tin",
      "history: the first year's plan with its status is missing: %r" % (p0[:1] if p0 else None))
check(p1 is not None and p1[0][4] == "done", "history: the second year's plan is missing")
# the same plans in text and CSV, statuses and all
txt = run("history", old, new, nxt, "--lang", "en").stdout
heads = [ln for ln in txt.splitlines() if ln.startswith("Improvement plan of ")]
check(len(heads) == 3 and heads[-1].endswith("as it stands"), "history text plan headings: %s" % heads)
first_plan = txt.split(heads[0])[1].split("\n\n")[0].strip().splitlines() if heads else []
check(len(first_plan) == len(p0 or []) and first_plan and first_plan[0].startswith(
      rows[0]["decision"] + " [done] ") and "Trung tâm Công nghệ thông tin" in first_plan[0],
      "history text: the first year's plan: %s" % first_plan[:2])
hcsv = os.path.join(out, "history.csv")
run("history", old, new, nxt, "--format", "csv", "-o", hcsv)
hplans = os.path.join(out, "history-plans.csv")
check(os.path.exists(hplans), "history --format csv wrote no plans file")
if os.path.exists(hplans):
    prow = list(csv.DictReader(open(hplans, encoding="utf-8-sig", newline="")))
    labels = list(dict.fromkeys(r["drill"] for r in prow))  # in the drills' order
    check(len(labels) == 2, "history-plans.csv drills: %s (the last has no areas)" % labels)
    y0 = [r for r in prow if r["drill"] == labels[0]]
    check(y0 and y0[0]["decision"] == rows[0]["decision"] and y0[0]["status"] == "done" and
          y0[0]["unit"] == "Trung tâm Công nghệ thông tin" and y0[0]["counterpart"] == "yes" and
          y0[0]["rating"] in "PSMU" and y0[0]["rating"],
          "history-plans.csv first row: %r" % (y0[:1],))
    y1 = [r for r in prow if r["drill"] == labels[1]]
    check(y1 and y1[0]["status"] == "done" and all(r["status"] == "open" for r in y1[1:]),
          "history-plans.csv second year's statuses: %s" % [r["status"] for r in y1])
    check(len({r["decision"] for r in y0}) == len(p0 or []), "history-plans.csv rows differ from HTML's")
glossary = text_of(doc.find(".//dl[@class='glossary']"))
check("HSEEP" in glossary and "Homeland Security Exercise and Evaluation Program" in glossary,
      "history glossary does not spell out HSEEP")

print("%d failure(s)" % len(fails) if fails else "ok")
sys.exit(1 if fails else 0)
