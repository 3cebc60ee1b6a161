#!/usr/bin/env python3
"""simulate-html.py DRILLHALL SCENARIO OUTDIR — `simulate --format html -o F.html`
writes one self-contained page that agrees with the text simulate prints:

  1. the page parses as XML (XHTML) and fetches nothing: no src, href, url() or
     @import, no script;
  2. one histogram for the total and one per category of the scenario, each
     counting every playthrough once;
  3. every decision the text lists appears, in the same order, with its spread,
     and every option with the share and mean final total the text prints;
  4. every balance warning of the text is on the page, and the warnings about
     one decision sit in that decision's section;
  5. the coverage figures are the text's;
  6. the same page for the same seed (deterministic), and a bad --format or a
     -o without html is a usage error.
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

exe, scenario, out = sys.argv[1:4]
os.makedirs(out, exist_ok=True)
page = os.path.join(out, "sim.html")
NS = {"h": "http://www.w3.org/1999/xhtml"}
fails = []


def check(ok, what):
    if not ok:
        fails.append(what)


def simulate(*extra):
    return subprocess.run([exe, "simulate", scenario, "--runs", "3000", "--teams", "100",
                           "--threads", "2", "--seed", "7", *extra],
                          capture_output=True, text=True, timeout=120)


r = simulate("--format", "html", "-o", page)
check(r.returncode == 0, f"simulate --format html exited {r.returncode}: {r.stderr}")
text = r.stdout
raw = open(page, encoding="utf-8").read()

# 1. well-formed, self-contained
check(raw.startswith("<!DOCTYPE html>"), "the page has no doctype")
root = ET.fromstring(raw.replace("<!DOCTYPE html>", "", 1))
for bad in ("src=", "href=", "url(", "@import", "<script", "<link"):
    check(bad not in raw, f"the page refers outside itself: {bad}")

# 2. histograms: the total and each category, every playthrough counted once
runs = int(re.search(r": (\d+) playthroughs", text).group(1))
cats = [l.split()[0] for l in text.split("Category", 1)[1].split("\n\n", 1)[0].splitlines()[1:]
        if l.strip() and not l.strip().startswith("total")]
figs = root.findall(".//h:figure", NS)
ids = [f.get("data-hist") for f in figs]
check(ids == ["total"] + cats, f"histograms {ids}, expected total and {cats}")
for f in figs:
    counts = [int(re.search(r": (\d+)$", t.text).group(1)) for t in f.iter("{http://www.w3.org/2000/svg}title")]
    check(sum(counts) == runs, f"histogram {f.get('data-hist')} counts {sum(counts)} playthroughs, not {runs}")

# 3. decisions and options, in the text's order with the text's numbers
want = []
for line in text.split("Decisions, the widest spread first", 1)[1].split("\nBalance\n", 1)[0].splitlines():
    m = re.match(r'  decision "([^"]+)" \(line (\d+)\): spread (\S+)$', line)
    if m:
        want.append((m.group(1), m.group(3), []))
        continue
    m = re.match(r"    (\S+)\s+chosen\s+(\S+) %\s+mean total\s+(\S+)", line)
    if m:
        want[-1][2].append(m.groups())
secs = root.findall(".//h:section[@class='decision']", NS)
check([s.get("data-decision") for s in secs] == [w[0] for w in want],
      f"decisions {[s.get('data-decision') for s in secs]}, text has {[w[0] for w in want]}")
check(len(want) >= 2, "the text lists fewer than two decisions")
for sec, (dec, spread, opts) in zip(secs, want):
    check(sec.get("data-spread") == spread, f"{dec}: spread {sec.get('data-spread')}, text {spread}")
    rows = [(tr.get("data-option"), tr.get("data-share"), tr.get("data-mean"))
            for tr in sec.findall(".//h:tr[@class='option']", NS)]
    check(rows == [tuple(o) for o in opts], f"{dec}: options {rows}, text {opts}")
    # the numbers are in the cells a reader sees, not only in attributes
    for tr in sec.findall(".//h:tr[@class='option']", NS):
        cells = ["".join(td.itertext()) for td in tr.findall("h:td", NS)]
        check(cells[2] == tr.get("data-share") + " %" and cells[3] == tr.get("data-mean"),
              f"{dec}/{tr.get('data-option')}: cells {cells[2:4]}")

# 4. balance warnings
warnings = [l[4:] for l in text.split("\nBalance\n", 1)[1].splitlines() if l.startswith("  ! ")]
check(len(warnings) >= 2, f"the fixture was expected to give balance warnings: {warnings}")
found = ["".join(p.itertext()) for p in root.findall(".//h:p[@class='warn']", NS)]
for w in warnings:
    check(w in found, f"the page lacks the warning: {w}")
    m = re.match(r'decision "([^"]+)"', w)
    if m:
        sec = [s for s in secs if s.get("data-decision") == m.group(1)]
        inside = sec and w in ["".join(p.itertext()) for p in sec[0].findall(".//h:p[@class='warn']", NS)]
        check(bool(inside), f"the warning is not in decision {m.group(1)}'s section: {w}")

# 5. coverage
for label in ("injects delivered", "options chosen", "branches taken"):
    m = re.search(label + r"\s+(\d+)/(\d+)", text)
    row = root.find(f".//h:tr[@data-coverage='{label}']", NS)
    check(row is not None and m and (row.get("data-hit"), row.get("data-of")) == m.groups(),
          f"coverage {label}: page {row.attrib if row is not None else None}, text {m.groups() if m else None}")

# 6. deterministic; usage errors
again = os.path.join(out, "again.html")
simulate("--format", "html", "-o", again)
check(open(again, encoding="utf-8").read() == raw, "the same seed gave a different page")
r = simulate("--format", "pdf")
check(r.returncode == 2 and "--format pdf: use text or html" in r.stderr, f"bad --format: {r.returncode} {r.stderr}")
r = simulate("-o", os.path.join(out, "x.html"))
check(r.returncode == 2 and "-o is for --format html" in r.stderr, f"-o without html: {r.returncode} {r.stderr}")

if fails:
    print("\n".join("FAIL: " + f for f in fails))
    sys.exit(1)
print(f"ok: the page parses, fetches nothing, and shows {len(secs)} decisions and "
      f"{sum(len(w[2]) for w in want)} options as the text does")
