#!/usr/bin/env python3
"""graph_check.py SVG CSV [--dead FIXTURE] — reads a `drillhall graph` picture back.

The SVG must parse as XML; every inject, decision and option that `msel export`
lists (CSV) must be drawn, and every trigger the export lists must be an arrow
from its option to its inject. With --dead, the dead-end fixture's marks are
checked exactly; without it, nothing may be marked dead."""
import csv
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"
svg, sheet = sys.argv[1], sys.argv[2]
dead_mode = "--dead" in sys.argv
fails = []

root = ET.parse(svg).getroot()
if root.tag != NS + "svg":
    fails.append(f"root element is {root.tag}, not svg")
injects = {g.get("data-id"): g for g in root.iter(NS + "g") if g.get("class") == "inject"}
decisions = {g.get("data-id"): g for g in root.iter(NS + "g") if g.get("class") == "decision"}
options = {(t.get("data-decision"), t.get("data-option")): t
           for t in root.iter(NS + "text") if t.get("data-option")}
arrows = {(p.get("data-from"), p.get("data-to"))
          for p in root.iter(NS + "path")
          if (p.get("class") or "").startswith("trigger") and p.get("data-from")}
reads = {(p.get("data-from"), p.get("data-to"))
         for p in root.iter(NS + "path") if p.get("class") == "reads"}

want_i, want_d, want_o, want_t = set(), set(), set(), set()
with open(sheet, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
for r in rows[1:]:  # row 0 is the scenario's own
    if r["option_id"]:
        want_o.add((r["decision_id"], r["option_id"]))
        for part in filter(None, (p.strip() for p in r["option_triggers"].split(";"))):
            want_t.add((r["decision_id"] + "/" + r["option_id"], part.split()[0]))
        continue
    if r["inject_id"]:
        want_i.add(r["inject_id"])
    if r["decision_id"]:
        want_d.add(r["decision_id"])

for kind, want, got in (("inject", want_i, set(injects)), ("decision", want_d, set(decisions)),
                        ("option", want_o, set(options)), ("trigger arrow", want_t, arrows)):
    if not want and kind != "trigger arrow":  # a scenario may branch on flags alone
        fails.append(f"the export lists no {kind}: nothing was compared")
    for w in sorted(want - got):
        fails.append(f"{kind} {w} is not drawn")
    for w in sorted(got - want):
        fails.append(f"{kind} {w} is drawn but the scenario has none")

marked = {("inject", k): g.get("data-dead") for k, g in injects.items() if g.get("data-dead")}
marked.update({("decision", k): g.get("data-dead") for k, g in decisions.items() if g.get("data-dead")})
marked.update({("option", k): t.get("data-dead") for k, t in options.items() if t.get("data-dead")})
if dead_mode:
    expect = {("inject", "orphan"): "never-delivered", ("inject", "too-late"): "after-end",
              ("decision", "stranded"): "never-opens", ("option", ("triage", "shrug")): "no-effect"}
    if marked != expect:
        fails.append(f"dead ends marked {marked}, expected {expect}")
    if ("triage", "ransom") not in reads:
        fails.append(f"no dotted line from decision triage to the condition of ransom: {reads}")
    texts = ["".join(e.itertext()) for e in injects["ransom"].iter(NS + "title")]
    if not any('team:chose("triage") == "forward" and team.flags.spread == true' == t for t in texts):
        fails.append(f"the condition of ransom reads {texts}")
    if any("comment" in t for t in texts):
        fails.append("a comment of the condition was drawn")
    if injects["phish"].get("data-branch") or not decisions["triage"].get("data-line"):
        fails.append("phish is marked as a branch or triage lacks its line")
else:
    inj_dec = {k: v for k, v in marked.items() if k[0] != "option"}
    if inj_dec:
        fails.append(f"a lint-clean scenario has dead ends marked: {inj_dec}")

for f in fails:
    print("FAIL:", f)
print(f"{svg}: {len(injects)} injects, {len(decisions)} decisions, {len(options)} options, "
      f"{len(arrows)} trigger arrows, {len(reads)} condition lines")
sys.exit(1 if fails else 0)
