#!/usr/bin/env python3
"""types_check.py TYPES.lua CSV API.lua ANY.lua — reads `drillhall types` back.

Every inject, decision and option id, category and stage `msel export` lists
(CSV) is in its alias, and nothing else is; every alias the API file
(scenarios/types/drillhall.lua) uses and does not define is defined exactly once
in the generated file and in any-ids.lua, so each can stand in for the other."""
import csv
import re
import sys

types, sheet, api, anyids = sys.argv[1:5]
fails = []
text = open(types, encoding="utf-8").read()

aliases = {}
cur = None
for line in text.splitlines():
    m = re.match(r"---@alias (\S+)\s*$", line)
    if m:
        cur = aliases.setdefault(m.group(1), [])
        continue
    m = re.match(r'---\| "([^"]*)"$', line)
    if m and cur is not None:
        cur.append(m.group(1))
        continue
    if not line.startswith("---|"):
        cur = None

want = {k: [] for k in ("dh.InjectId", "dh.DecisionId", "dh.OptionId", "dh.CategoryId", "dh.StageId")}
with open(sheet, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
want["dh.CategoryId"] = rows[0]["option_score"].split()
want["dh.StageId"] = rows[0]["stage"].split()
for r in rows[1:]:
    if r["option_id"]:
        want["dh.OptionId"].append(r["option_id"])
    elif r["inject_id"]:
        want["dh.InjectId"].append(r["inject_id"])
    if r["decision_id"] and not r["option_id"]:
        want["dh.DecisionId"].append(r["decision_id"])
for k, v in want.items():
    if k not in aliases:
        fails.append(f"no alias {k}")
    elif set(aliases[k]) != set(v) or len(aliases[k]) != len(set(aliases[k])):
        fails.append(f"{k}: missing {sorted(set(v) - set(aliases[k]))}, "
                     f"extra {sorted(set(aliases[k]) - set(v))}")

api_text = open(api, encoding="utf-8").read()
used = set(re.findall(r"\bdh\.(?:[A-Z][A-Za-z]*Id|Flags)\b", api_text))
defined_in_api = set(re.findall(r"---@(?:alias|class) (dh\.\w+)", api_text))
if not used:
    fails.append("the API file uses no id alias")
for name in sorted(used - defined_in_api):
    for path, body in ((types, text), (anyids, open(anyids, encoding="utf-8").read())):
        n = len(re.findall(r"---@(?:alias|class) " + re.escape(name) + r"\b", body))
        if n != 1:
            fails.append(f"{path} defines {name} {n} times, expected once")
for name in sorted(used & defined_in_api):
    fails.append(f"the API file defines {name} itself: the generated file could not narrow it")

for f in fails:
    print("FAIL:", f)
print(f"{types}: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(aliases.items())))
sys.exit(1 if fails else 0)
