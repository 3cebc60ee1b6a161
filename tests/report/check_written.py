#!/usr/bin/env python3
"""check_written.py DRILLHALL SRC OUT — what the facilitator wrote and what each
team answered reach the report, and each team's own file, and no other:

- the facilitator's written injects (one to a team, one to every team) are
  marked on the timeline on the rows of the teams they reached, and listed in
  each reached team's appendix labelled "written by the facilitator";
- `report --per-team -o DIR/` pages carry the team's own feedback answers and
  the written injects sent to it or to all; never another team's answer, inject,
  name or id.
"""
import csv
import os
import re
import shutil
import sqlite3
import subprocess
import sys

import html5lib

exe, src, out = sys.argv[1], sys.argv[2], os.path.join(sys.argv[3], "written")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
fails = []
SVG = "{http://www.w3.org/2000/svg}"


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
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text), text


def text_of(e):
    return re.sub(r"\s+", " ", "".join(e.itertext())).strip()


fixture = os.path.join(src, "tests", "report", "fixtures", "objectives.lua")
roster = os.path.join(src, "tests", "cli", "tour-roster.csv")
teams = list(csv.DictReader(open(roster, encoding="utf-8", newline="")))
drill = os.path.join(out, "written.drill")
run("run", fixture, "--headless", "--roster", roster, "--record", drill)
db = sqlite3.connect(drill)
rows = [  # t, kind, team, decision (feedback: the question), milli (rating), text
    (360000, "choice", 0, 0, 0, None),
    (600000, "message", 1, 0, 0, "Báo chí hỏi HCM\nMột phóng viên gọi riêng cho đội HCM."),
    (900000, "message", -1, 0, 0, "Toàn ngành: mất điện\nĐiện lưới chập chờn ở mọi nơi."),
    (3600000, "feedback", 0, 1, 0, "Hà Nội gọi đúng quy trình"),
    (3600000, "feedback", 1, 1, 0, "HCM cô lập nhanh"),
    (3600000, "feedback", 1, 0, 4, None),
]
questions = ["realism", "worked", "improve", "overall"]
for seq, (t, kind, team, dec, milli, text) in enumerate(rows, 1):
    db.execute("INSERT INTO inputs(seq,t,wall_us,kind,source,team,decision,option,category,inject,"
               "milli,speed_milli,text,hash) VALUES (?,?,?,?,'console',?,?,0,0,0,?,0,?,'')",
               (seq, t, 1764000000000000 + seq, kind, team, dec, milli, text))
db.commit()
db.close()
subprocess.run([sys.executable, os.path.join(src, "tests", "record", "rechain.py"), drill], check=True)
run("verify", drill)
run("replay", drill)

# --- the whole report: timeline marks and the appendix -------------------------------------
full = os.path.join(out, "report.html")
run("report", drill, "--lang", "en", "-o", full)
doc, raw = parse_html(full)
timeline = [s for s in doc.iter(SVG + "svg") if "timeline" in (s.get("class") or "")]
check(len(timeline) == 1, "no timeline")
if timeline:
    marks = [text_of(r.find(SVG + "title")) for r in timeline[0].iter(SVG + "rect")
             if r.get("class") == "written"]
    # one to hcm, one to each of the three teams
    check(sorted(marks) == sorted(["Báo chí hỏi HCM — T+0:10:00, written by the facilitator"] +
                                  ["Toàn ngành: mất điện — T+0:15:00, written by the facilitator"] * 3),
          "timeline written marks: %s" % marks)
for t in teams:
    sec = doc.find(".//section[@id='team-%s']" % t["id"])
    check(sec is not None, "no appendix section for %s" % t["id"])
    if sec is None:
        continue
    items = [text_of(li) for ul in sec.iter("ul") if "written" in (ul.get("class") or "")
             for li in ul.iter("li")]
    want = (["T+0:10:00 · Báo chí hỏi HCM (written by the facilitator)"
             "Một phóng viên gọi riêng cho đội HCM."] if t["id"] == "hcm" else [])
    want.append("T+0:15:00 · Toàn ngành: mất điện (written by the facilitator, to every team)"
                "Điện lưới chập chờn ở mọi nơi.")
    check(items == want, "%s appendix written injects: %s" % (t["id"], items))

# --- one file per team: its own answers and injects, nobody else's -------------------------
pages = os.path.join(out, "pages")
run("report", drill, "--per-team", "--lang", "vi", "-o", pages + "/")
own = {"hn": ["Hà Nội gọi đúng quy trình"], "hcm": ["HCM cô lập nhanh", "Báo chí hỏi HCM"], "dn": []}
for t in teams:
    path = os.path.join(pages, t["id"] + ".html")
    check(os.path.exists(path), "no page for %s" % t["id"])
    if not os.path.exists(path):
        continue
    doc, text = parse_html(path)
    for s in own[t["id"]] + ["Toàn ngành: mất điện", "do người điều phối viết"]:
        check(s in text, "%s's page lacks %r" % (t["id"], s))
    for o in teams:
        if o is t:
            continue
        for s in own[o["id"]] + [o["name"]]:
            check(s not in text, "%s's page holds %r of %s" % (t["id"], s, o["id"]))
        check(not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(o["id"]), text),
              "%s's page holds the id %s" % (t["id"], o["id"]))
    fb = doc.find(".//h2[@id='feedback']")
    if t["id"] == "hcm":
        rows_ = [[text_of(c) for c in tr] for tr in doc.find(".//table[@class='feedback']/tbody")]
        check(rows_ == [["Kịch bản sát thực tế đến mức nào?", "4/5"],
                        ["Điều gì đã làm tốt?", "HCM cô lập nhanh"]] or
              (len(rows_) == 2 and rows_[0][1] == "4/5" and rows_[1][1] == "HCM cô lập nhanh"),
              "hcm's feedback table: %s" % rows_)
    elif t["id"] == "dn":
        check(fb is None, "dn answered nothing but its page has a feedback section")

if fails:
    sys.exit(1)
print("written: 2 written injects on the timeline and in %d appendices and team files" % len(teams))
