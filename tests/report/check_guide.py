#!/usr/bin/env python3
"""check_guide.py DRILLHALL SOURCE_DIR BUILD_DIR — the evaluator guide.

On a fixture written to break it (tests/report/fixtures/guide.lua):
- every text from the scenario is escaped: a title with <script>, an inject
  title with <img onerror>, an option text with </td> stay text;
- objectives list the decisions that evidence them and the options that meet
  them; an objective nothing evidences says so;
- options are graded as the console and the report grade answers (strong: the
  best or at least ¾ of its points; adequate: some points; weak: none or a
  loss), strong first;
- decisions come in the order they can open (triggered after timed); each
  says its inject, roles, window, credit curve and timeout; a balance_reason
  is shown;
- both languages; the default file sits beside the scenario; a broken scenario
  exits 2 at file:line; Chromium renders it.
"""
import os
import shutil
import subprocess
import sys
import tempfile

import html5lib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import png  # noqa: E402

exe, src, out = sys.argv[1], sys.argv[2], os.path.join(sys.argv[3], "guide")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
fixture = os.path.join(src, "tests", "report", "fixtures", "guide.lua")
fails = []
NS = "{http://www.w3.org/1999/xhtml}"


def check(ok, msg):
    if not ok:
        fails.append(msg)
        print("FAIL", msg)


def guide(lang):
    p = subprocess.run([exe, "guide", fixture, "--lang", lang, "-o", "-"], capture_output=True,
                       text=True)
    check(p.returncode == 0, "guide --lang %s exited %d: %s" % (lang, p.returncode, p.stderr))
    return p.stdout


def text(el):
    return "".join(el.itertext())


en = guide("en")
doc = html5lib.parse(en)
body = text(doc)
check(not doc.findall(".//%sscript" % NS) and not doc.findall(".//%simg" % NS),
      "a scenario's text became markup (script or img)")
h1 = doc.findall(".//%sh1" % NS)
check(h1 and text(h1[0]) == 'Guide <script>alert(1)</script> & "co"', "the title is not kept as text")
check("Wipe </td> it" in body, "an option's </td> was not escaped")
check("For evaluators and controllers only" in body, "the guide does not warn it holds the answers")

# objectives → decisions → the options that meet them
sections = {text(h).split(".")[0]: h for h in doc.findall(".//%sh3" % NS)}
check("obj-contain" in sections and "obj-report" in sections, "objectives are missing")
items = [text(li) for li in doc.findall(".//%sli" % NS)]
check("What first?first — met by isolate" in items, "obj-contain does not list first/isolate: %s" % items)
check("Tell whom?tell — met by ministry" in items, "obj-report does not list tell/ministry: %s" % items)
lonely = body.split("Nobody tests me")[1][:120]
check("No decision evidences this objective" in lonely, "the lone objective is not said to lack evidence")

# grades, strong first, by the report's rule
rows = []
for table in doc.findall(".//%stable" % NS):
    for tr in table.findall(".//%stbody/%str" % (NS, NS)):
        cells = [text(td) for td in tr.findall("%std" % NS)]
        if len(cells) == 6:
            rows.append(cells)
first = [(r[0], r[1], r[3]) for r in rows[:4]]
# "Isolate half" is worth ¾ of the best: adequate, as the console marks it and
# as the report counts it (not the best option)
check([g for g, _, _ in first] == ["Strong", "Adequate", "Adequate", "Weak"],
      "the grades of 'first' are %s" % first)
check([t.split("\n")[0] for _, t, _ in first] ==
      ["Isolate itisolate", "Isolate halfpartial", "Watch itwatch", "Wipe </td> itwipe"],
      "the options of 'first' are not strong first: %s" % first)
check([p for _, _, p in first] == ["+8", "+6", "+2", "-3"], "the totals are %s" % first)
check("brings Spread after 10m" in rows[2][5] and "wiped" in rows[3][5],
      "consequences are missing: %s / %s" % (rows[2][5], rows[3][5]))

# decisions: order, facts
check(body.index("1. What first?") < body.index("2. Tell whom?"), "decisions are not in opening order")
check("at T+0:05:00" in body and "full points within 5m, falling to 50% of the gains at 15m" in body,
      "the opening time or the credit curve is missing")
check("If the deadline passesAdequate Watch it" in body, "the timeout is not shown graded")
tell = body.split("2. Tell whom?")[1]
check("only when an answer or a script brings it — brought by first / watch (+10m)" in tell,
      "the triggered inject does not say what brings it")
check("Forcentral" in tell, "the decision's roles are not shown")
check("The law allows one answer." in tell, "the balance_reason is not shown")
check("Expected: isolate & \"report\"." in body and "Watch who decides." in body,
      "the facilitator notes are missing")

# Vietnamese
vi = guide("vi")
vdoc = html5lib.parse(vi)
vbody = text(vdoc)
check('<html lang="vi">' in vi, "the Vietnamese guide is not marked lang=vi")
for word in ("Hướng dẫn đánh giá diễn tập", "TốtCô lập", "KháTheo dõi", "YếuXoá sạch", "Mục tiêu và các quyết định",
             "Cô lập một nửa", "Hướng dẫn <b>đậm</b> & 'nháy'"):
    check(word in vbody, "the Vietnamese guide lacks %r" % word)

# default file beside the scenario; a broken scenario
tmp = os.path.join(out, "sc.lua")
shutil.copy(fixture, tmp)
p = subprocess.run([exe, "guide", tmp, "--lang", "en"], capture_output=True, text=True)
check(p.returncode == 0 and os.path.exists(os.path.join(out, "sc.guide.html")),
      "guide without -o did not write sc.guide.html: %s" % p.stderr)
bad = os.path.join(out, "bad.lua")
open(bad, "w").write("scenario { id = 's', duration = '1:00', title = 'T' }\ninject { id = 'a', at = 5 }\n")
p = subprocess.run([exe, "guide", bad, "--lang", "en", "-o", os.path.join(out, "bad.html")],
                   capture_output=True, text=True)
check(p.returncode == 2 and "bad.lua:2:" in p.stderr and not os.path.exists(os.path.join(out, "bad.html")),
      "a broken scenario: exit %d, %s" % (p.returncode, p.stderr))

# Chromium draws it
chromium = shutil.which("chromium")
check(chromium is not None, "chromium is not installed (make test-deps)")
if chromium:
    page = os.path.join(out, "guide-vi.html")
    open(page, "w", encoding="utf-8").write(vi)
    shot = os.path.join(out, "guide-vi.png")
    profile = tempfile.mkdtemp()
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--screenshot=" + shot,
                    "--window-size=1200,1800", "file://" + os.path.abspath(page)],
                   capture_output=True, timeout=120)
    shutil.rmtree(profile, ignore_errors=True)
    check(os.path.exists(shot), "chromium wrote no screenshot")
    if os.path.exists(shot):
        w, h, bpp, prow = png.read(shot)
        ink = sum(1 for y in range(0, h, 4) for x in range(0, w * bpp, bpp * 4)
                  if sum(prow[y][x:x + 3]) < 600)
        check(ink > (h // 4) * (w // 4) // 20, "the screenshot is nearly blank")

if fails:
    sys.exit(1)
print("guide: escaped, graded by the report's rule, objectives to decisions, both languages")
