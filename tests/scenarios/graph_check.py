#!/usr/bin/env python3
"""graph_check.py SVG CSV [--source SCENARIO.lua] [--dead | --branches] — reads a
`drillhall graph` picture back.

The SVG must parse as XML; every inject, decision and option that `msel export`
lists (CSV) must be drawn, and every trigger the export lists must be an arrow
from its option to its inject. With --source, the flag lines must be exactly
those from each option that sets a flag (the export's option_set) to each other
inject whose `when`, read here from the Lua source, reads that flag. With
--dead, the dead-end fixture's marks are checked exactly; with --branches, the
script-branches fixture's sector line, hook arrows, roles and delay labels;
with neither, nothing may be marked dead."""
import csv
import re
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"
svg, sheet = sys.argv[1], sys.argv[2]
dead_mode = "--dead" in sys.argv
branches_mode = "--branches" in sys.argv
source = sys.argv[sys.argv.index("--source") + 1] if "--source" in sys.argv else None
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
flag_lines = {(p.get("data-from"), p.get("data-to"), p.get("data-flag"))
              for p in root.iter(NS + "path") if p.get("class") == "flag" and p.get("data-from")}

want_i, want_d, want_o, want_t = set(), set(), set(), set()
sets = {}        # (decision, option) -> flags it sets
decision_on = {}  # decision -> its inject
conditional = set()
with open(sheet, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
for r in rows[1:]:  # row 0 is the scenario's own
    if r["decision_id"]:
        decision_on[r["decision_id"]] = r["inject_id"]
    if r["condition"] and r["inject_id"]:
        conditional.add(r["inject_id"])
    if r["option_id"]:
        want_o.add((r["decision_id"], r["option_id"]))
        sets[(r["decision_id"], r["option_id"])] = {
            p.split("=")[0].strip() for p in r["option_set"].split(";") if "=" in p}
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


TOP_LEVEL = re.compile(r"^(local |inject|decision|on\(|scenario|feedback|objective|test)")


def block(lines, start):
    """The text of the definition starting at 1-based line start, to the next top-level one."""
    out = [lines[start - 1]]
    for ln in lines[start:]:
        if TOP_LEVEL.match(ln):
            break
        out.append(ln)
    return "\n".join(out)


def flags_read(text):
    return set(re.findall(r"\bflags\.([A-Za-z_][A-Za-z0-9_]*)", text)) | \
        set(re.findall(r"\bflags\[\s*[\"']([^\"']+)[\"']\s*\]", text))


if source:
    lines = open(source, encoding="utf-8").read().split("\n")
    want_f = set()
    for iid in conditional:
        g = injects.get(iid)
        if g is None or not g.get("data-line"):
            continue
        text = block(lines, int(g.get("data-line")))
        m = re.search(r"\bwhen\s*=\s*(function\b)?\s*([A-Za-z_][A-Za-z0-9_]*)?", text)
        if not m:
            fails.append(f"inject {iid}: no `when =` found in its definition")
            continue
        cond = text[m.start():]
        if not m.group(1) and m.group(2):  # when = a local function
            for k, ln in enumerate(lines):
                if re.match(rf"local\s+(function\s+{m.group(2)}\b|{m.group(2)}\s*=\s*function)", ln):
                    cond = block(lines, k + 1)
        for flag in flags_read(cond):
            for (d, o), fl in sets.items():
                if flag in fl and decision_on.get(d) != iid:
                    want_f.add((d + "/" + o, iid, flag))
    for w in sorted(want_f - flag_lines):
        fails.append(f"flag line {w} is not drawn")
    for w in sorted(flag_lines - want_f):
        fails.append(f"flag line {w} is drawn but the scenario has none")

if branches_mode:
    sector = {(p.get("data-from"), p.get("data-to")) for p in root.iter(NS + "path")
              if p.get("class") == "sector"}
    if sector != {("local-call", "tally")}:
        fails.append(f"team:sector lines {sector}, expected local-call → tally")
    hooks = {(p.get("data-from"), p.get("data-to")) for p in root.iter(NS + "path")
             if p.get("class") == "hookedge"}
    if hooks != {("hook-0", "cleanup"), ("hook-0", "audit")}:
        fails.append(f"hook arrows {hooks}, expected hook-0 → cleanup and audit")
    boxes = [g.get("data-line") for g in root.iter(NS + "g") if g.get("class") == "hookbox"]
    if boxes != ["78"]:
        fails.append(f"hook boxes at lines {boxes}, expected one at 78")
    roles = {k: g.get("data-roles") for k, g in {**injects, **decisions}.items() if g.get("data-roles")}
    if roles != {"alert": "provincial", "spread": "provincial", "tally": "central", "hq-call": "central"}:
        fails.append(f"roles {roles}")
    badges = ["".join(t.itertext()) for t in root.iter(NS + "text") if t.get("class") == "role"]
    if sorted(badges) != ["central", "provincial", "provincial"]:  # hq-call's are its inject's
        fails.append(f"role badges {badges}")
    after = [(t.get("x"), t.get("y")) for t in root.iter(NS + "text") if t.get("class") == "after"]
    if len(after) != 2 or len(set(after)) != 2:
        fails.append(f"the two delay labels into follow-up are at {after}: they overlap")

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
elif not branches_mode:
    inj_dec = {k: v for k, v in marked.items() if k[0] != "option"}
    if inj_dec:
        fails.append(f"a lint-clean scenario has dead ends marked: {inj_dec}")

for f in fails:
    print("FAIL:", f)
print(f"{svg}: {len(injects)} injects, {len(decisions)} decisions, {len(options)} options, "
      f"{len(arrows)} trigger arrows, {len(reads)} condition lines, {len(flag_lines)} flag lines")
sys.exit(1 if fails else 0)
