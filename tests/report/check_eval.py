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
  display name is what the console and the report show — the report from the
  record alone (schema 4 keeps the names, chained), a record made without names
  showing ids unless --roster names them, and a record whose teams disagree on a
  bracket's name refused as damaged;
- a recorded drill the facilitator paused, sped up, fed an inject by hand and
  ended at 0:25 of 1:00, where an evaluator rated an objective: verify accepts
  it, replay says it ended early, the report gives the real end, the control
  log, the hand delivery apart from the scenario's and the rating with its
  reason, in HTML (parsed, and drawn by Chromium) and JSON;
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
# The reference scenario gives the IT Centre (bracket hq) and the provinces different
# decisions, so only teams of one role can tie: the 34 provincial teams.
roster = os.path.join(out, "provinces.csv")
with open(os.path.join(src, "scenarios", "rosters", "vss-provinces.csv"), encoding="utf-8") as f:
    rows0 = list(csv.reader(f))
with open(roster, "w", encoding="utf-8", newline="") as f:
    csv.writer(f, lineterminator="\n").writerows(r for r in rows0 if r[2] != "hq")
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
# the whole shipped roster, the IT Centre too: its role is ranked on its own
with open(semi, "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    # columns are found by name: bracket_name after the shipped roster's role
    w.writerow(rows0[0] + ["bracket_name"])
    for r in rows0[1:]:
        w.writerow(r + [names.get(r[2], "")])
p = subprocess.run([exe, "run", scenario, "--headless", "--bots", "random", "--roster", semi,
                    "--lang", "vi"], capture_output=True, text=True)
check(p.returncode == 0, "the ';' roster is refused: %s" % p.stderr)
check("roster-vi.csv:1: " in p.stderr and "';'" in p.stderr,
      "the separator used is not said: %s" % p.stderr)
board_lines = [l for l in p.stdout.splitlines()[3:] if l.strip()]
check(len(board_lines) == len(rows0) - 1, "the ';' roster gave %d teams" % len(board_lines))
check(any("Miền Trung" in l for l in board_lines) and not any(" central-region " in l
                                                              for l in board_lines),
      "console scoreboard shows bracket ids, not their names")
import sqlite3  # noqa: E402

# a report from the record alone: the record keeps the brackets' display names
# (schema 4), chained like the rest of its header
semi_rec = os.path.join(out, "semi.drill")
run("run", scenario, "--headless", "--bots", "random", "--roster", semi, "--record", semi_rec)
run("verify", semi_rec)
run("replay", semi_rec)
plain = run("report", semi_rec, "--format", "html", "--lang", "vi", "-o", "-")
check("<h3>Nhóm: Miền Trung</h3>" in plain and "central-region</td>" not in plain,
      "a report from the record alone does not show the brackets' names")
sj = json.loads(run("report", semi_rec, "--format", "json", "-o", "-"))
check({t["bracket_name"] for t in sj["teams"]} >= {"Miền Bắc", "Miền Trung", "Miền Nam"},
      "JSON from the record alone: bracket names %s" % {t["bracket_name"] for t in sj["teams"]})
sdb = sqlite3.connect(semi_rec)
got_names = dict(sdb.execute("SELECT bracket, bracket_name FROM teams"))
sdb.close()
check(all(got_names.get(b) == n for b, n in names.items()), "teams.bracket_name: %s" % got_names)
# a record made without names keeps ids, and --roster still names them
bare_rec = os.path.join(out, "bare-brackets.drill")
run("run", scenario, "--headless", "--bots", "random", "--roster", roster, "--record", bare_rec)
bare = run("report", bare_rec, "--format", "html", "--lang", "vi", "-o", "-")
check("<h3>Nhóm: central-region</h3>" in bare, "a record without names lost the bracket ids")
named = run("report", bare_rec, "--format", "html", "--lang", "vi", "-o", "-", "--roster", semi)
check("<h3>Nhóm: Miền Trung</h3>" in named and "central-region</td>" not in named,
      "report --roster does not show the brackets' names")
# a record whose teams disagree on a bracket's name is damaged
bad_rec = os.path.join(out, "bad-brackets.drill")
shutil.copy(semi_rec, bad_rec)
sdb = sqlite3.connect(bad_rec)
sdb.execute("UPDATE teams SET bracket_name = 'Khác' WHERE idx = (SELECT max(idx) FROM teams"
            " WHERE bracket = 'north')")
sdb.commit()
sdb.close()
p = subprocess.run([exe, "report", bad_rec, "-o", "-"], capture_output=True, text=True)
check(p.returncode == 2 and "display name differs" in p.stderr,
      "a record with two names for one bracket: exit %d: %s" % (p.returncode, p.stderr))
# the shipped roster's roles: each role ranked on its own, then the sector as a whole
check('<h3 class="role">Vai trò: central</h3>' in plain and
      '<h3 class="role">Vai trò: provincial</h3>' in plain and "<h3>Toàn ngành</h3>" in plain,
      "the report does not rank each role apart and the sector overall")
# the header row and one row per province
roleboard = plain.split('Vai trò: provincial</h3>')[1].split("</table>")[0]
check(roleboard.count("<tr") == nteams + 1 and "<td class=\"n\">1</td>" in roleboard,
      "the provincial table does not hold just the provinces, ranked from 1")

# --- a recorded drill with facilitator controls, an evaluator's rating, an early end ----
import sqlite3  # noqa: E402

fixture = os.path.join(src, "tests", "report", "fixtures", "objectives.lua")
ctl = os.path.join(out, "control.drill")
run("run", fixture, "--headless", "--teams", "3", "--record", ctl)
db = sqlite3.connect(ctl)
check(db.execute("SELECT count(*) FROM inputs").fetchone()[0] == 0, "the bare run recorded inputs")
rows = [  # t, kind, team, decision, option, inject, milli, speed_milli, text
    (360000, "choice", 0, 0, 0, 0, 0, 0, None),
    (420000, "choice", 1, 0, 1, 0, 0, 0, None),
    (480000, "pause", -1, 0, 0, 0, 0, 0, None),
    (480000, "resume", -1, 0, 0, 0, 0, 0, None),
    (540000, "speed", -1, 0, 0, 0, 0, 2000, None),
    (720000, "deliver", 1, 0, 0, 1, 0, 0, None),
    (780000, "choice", 1, 1, 0, 0, 0, 0, None),
    (1260000, "choice", 0, 1, 0, 0, 0, 0, None),
    (1320000, "rate", 2, 0, 0, 0, 2, 0, "báo cáo qua điện thoại"),
    (1500000, "end", -1, 0, 0, 0, 0, 0, None),
]
for seq, (t, kind, team, dec, opt, inj, milli, speed, text) in enumerate(rows, 1):
    db.execute("INSERT INTO inputs(seq,t,wall_us,kind,source,team,decision,option,category,inject,"
               "milli,speed_milli,text,hash) VALUES (?,?,?,?,'console',?,?,?,0,?,?,?,?,'')",
               (seq, t, 1764000000000000 + seq, kind, team, dec, opt, inj, milli, speed, text))
db.execute("UPDATE progress SET now = 1500000, ended = 1")
db.commit()
db.close()
subprocess.run([sys.executable, os.path.join(src, "tests", "record", "rechain.py"), ctl], check=True)
run("verify", ctl)
replayed = run("replay", ctl, "--lang", "en")
check("T+0:25:00, ended early" in replayed.splitlines()[0],
      "replay's scoreboard does not say the drill ended early: %s" % replayed.splitlines()[0])
run("report", ctl, "--format", "html", "--lang", "en", "-o", os.path.join(out, "control.html"))
doc, page = parse_html(os.path.join(out, "control.html"))
text = "".join(doc.itertext())
check("T+1:00:00 — ended early by the facilitator at T+0:25:00" in text,
      "the report does not give the real end")
log = doc.find(".//h2[@id='control-log']")
check(log is not None, "the report has no control log")
log_rows = ["".join(tr.itertext()) for tr in doc.findall(".//table[@class='control']/tbody/tr")]
want = ["T+0:08:00paused", "T+0:08:00resumed", "T+0:09:00speed set to 2×",
        "T+0:12:00sent by hand to Team 2: Malware spreads",
        "T+0:25:00ended early by the facilitator (scenario duration T+1:00:00)"]
check(log_rows == want, "control log rows: %s" % log_rows)
titles = ["".join(t.itertext()) for t in doc.iter("{http://www.w3.org/2000/svg}title")]
check("Malware spreads — T+0:20:00, 2/3 teams" in titles,
      "the timeline's first delivery is not the scenario's: %s" % [t for t in titles if "Malware" in t])
check("Malware spreads — T+0:12:00, sent by hand" in titles, "the hand delivery is not shown apart")
check("báo cáo qua điện thoại" in text, "the evaluator's reason is not in the report")
for sid in ("executive-summary", "objectives", "improvement-plan"):
    check(doc.find(".//*[@id='%s']" % sid) is not None, "the report has no #%s" % sid)
j = json.loads(run("report", ctl, "--format", "json", "-o", "-"))
check(j["drill"]["ended_early"] is True and j["drill"]["ended_ms"] == 1500000, "JSON end facts")
check([c["action"] for c in j["control"]] == ["pause", "resume", "speed", "deliver", "end"],
      "JSON control log: %s" % j["control"])
byid = {t["id"]: t for t in j["teams"]}
check(byid["team-003"]["ratings"]["report-fast"] == {
    "rating": "M", "computed": "U",
    "override": {"t_ms": 1320000, "reason": "báo cáo qua điện thoại"}},
    "JSON rating of team-003: %s" % byid["team-003"]["ratings"])
run("report", ctl, "--format", "csv", "-o", os.path.join(out, "control"))
ocsv = list(csv.DictReader(open(os.path.join(out, "control-objectives.csv"), encoding="utf-8-sig",
                                newline="")))
got = {(r["objective"], r["team"]): (r["rating"], r["computed"], r["evaluator_reason"]) for r in ocsv}
for t in j["teams"]:
    for oid, r in t["ratings"].items():
        want_row = (r["rating"], r["computed"], r.get("override", {}).get("reason", ""))
        check(got.get((oid, t["id"])) == want_row, "objectives.csv %s/%s: %s, JSON %s"
              % (oid, t["id"], got.get((oid, t["id"])), want_row))
check(got.get(("contain-spread", "")) == ("S", "S", ""), "objectives.csv whole-drill row")
obj = {o["id"]: o for o in j["objectives"]}
check(obj["contain-spread"]["overall"]["rating"] == "S", "overall rating of contain-spread")

chromium = shutil.which("chromium")
if chromium:
    import tempfile  # noqa: E402
    shot = os.path.join(out, "control.png")
    profile = tempfile.mkdtemp()
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--user-data-dir=" + profile, "--screenshot=" + shot,
                    "--window-size=1280,1600", "file://" + os.path.join(out, "control.html")],
                   capture_output=True, timeout=120)
    shutil.rmtree(profile, ignore_errors=True)
    check(os.path.exists(shot) and os.path.getsize(shot) > 20000,
          "chromium did not draw the report")

if fails:
    sys.exit(1)
print("eval: %d tied teams share rank 1 on the console, CSV, JSON, HTML and history" % nteams)
