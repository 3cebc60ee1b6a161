#!/usr/bin/env python3
"""answers-edge.py DRILLHALL SRC OUT — an open question's answer is text from
outside: bounded, valid UTF-8, free of control characters, escaped wherever it
is shown, never interpreted.

A responses file: a 10,000-character Vietnamese answer is taken, recorded,
replayed identically and reported whole (HTML-escaped, a formula-like CSV cell
neutralised); one character more, a control character or invalid UTF-8 is
refused at its file:line with exit 2 and nothing written. Over the wire (a raw
WebSocket station on 127.0.0.1): the same answers get `refused` or `ack`, the
refused ones never reach the record, and a second answer is refused."""
import csv
import json
import os
import subprocess
import sys
import time

exe, src, out = sys.argv[1], sys.argv[2], os.path.join(sys.argv[3], "answers-edge")
sys.path.insert(0, os.path.join(src, "tests", "net"))
from wsclient import Station  # noqa: E402

T = os.path.join(src, "tests", "questions")
os.makedirs(out, exist_ok=True)
env = dict(os.environ, DRILLHALL_LANG="en")
bad = []


def run(*args):
    return subprocess.run([exe, *args], capture_output=True, env=env, timeout=120)


def responses(name, text):
    p = os.path.join(out, name)
    with open(p, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["team", "decision", "option", "at"])
        w.writerow(["team-001", "notify", text, "0:10"])
    return p


long_vi = ("Báo lãnh đạo, cán bộ bảo vệ dữ liệu; <script>alert(1)</script> & \"trích dẫn\"\n" * 200)
long_vi = ("=HYPERLINK(1)" + long_vi)[:10000]
assert len(long_vi) == 10000
for f in os.listdir(out):
    if f.endswith(".drill"):
        os.remove(os.path.join(out, f))
rec = os.path.join(out, "long.drill")
r = run("run", os.path.join(T, "ask.lua"), "--headless", "--teams", "2",
        "--responses", responses("long.csv", long_vi), "--record", rec,
        "--log", os.path.join(out, "long.jsonl"))
if r.returncode != 0:
    bad.append("the 10,000-character answer: exit %d %s" % (r.returncode, r.stderr.decode()))
else:
    r2 = run("replay", rec, "--log", os.path.join(out, "long-replay.jsonl"))
    if r2.returncode or open(os.path.join(out, "long.jsonl"), "rb").read() != \
            open(os.path.join(out, "long-replay.jsonl"), "rb").read():
        bad.append("the replay's log differs from the run's")
    run("report", rec, "--format", "json", "-o", os.path.join(out, "long.json"))
    run("report", rec, "--format", "html", "-o", os.path.join(out, "long.html"))
    run("report", rec, "--format", "csv", "-o", os.path.join(out, "long"))
    rep = json.load(open(os.path.join(out, "long.json"), encoding="utf-8"))
    a = rep["questions"][0]["answers"][0]
    if a["text"] != long_vi:
        bad.append("the report's answer is not the 10,000 characters given")
    if a["status"] != "unscored" or a["points"] is not None:
        bad.append("an unscored answer reads %r / %r, not unscored / null" % (a["status"], a["points"]))
    html = open(os.path.join(out, "long.html"), encoding="utf-8").read()
    if "<script>alert" in html or "&lt;script&gt;alert(1)&lt;/script&gt;" not in html:
        bad.append("the HTML report does not escape the answer")
    if "not scored" not in html:
        bad.append("the HTML report does not say the answer is not scored")
    rows = list(csv.DictReader(open(os.path.join(out, "long-questions.csv"), encoding="utf-8-sig")))
    if rows[0]["answer"] != "'" + long_vi:
        bad.append("the CSV cell of a formula-like answer is not neutralised")

for name, text, want in [("over.csv", long_vi + "x", "longer than 10,000 characters"),
                         ("esc.csv", "ok \x1b]0;title\x07 then", "control characters"),
                         ("nul.csv", "a\x7fb", "control characters")]:
    target = os.path.join(out, name + ".drill")
    r = run("run", os.path.join(T, "ask.lua"), "--headless", "--teams", "2",
            "--responses", responses(name, text), "--record", target)
    err = r.stderr.decode()
    if r.returncode != 2 or want not in err or (name + ":2:") not in err:
        bad.append("%s: exit %d, %r" % (name, r.returncode, err))
    if os.path.exists(target):
        bad.append("%s: a record was written for a refused file" % name)

# over the wire
srv_rec = os.path.join(out, "wire.drill")
ctl_r, ctl_w = os.pipe()
err_path = os.path.join(out, "serve.err")
server = subprocess.Popen([exe, "serve", os.path.join(T, "ask.lua"), "--roster", os.path.join(T, "roster.csv"),
                           "--record", srv_rec, "--listen", "127.0.0.1:0", "--speed", "60", "--wait"],
                          stdin=ctl_r, stdout=subprocess.DEVNULL, stderr=open(err_path, "w"), env=env)
try:
    port = fp = None
    for _ in range(400):
        text = open(err_path, encoding="utf-8").read()
        if "join codes:" in text:
            port = int(text.split("wss://127.0.0.1:")[1].split("/")[0])
            fp = text.split("fingerprint (SHA-256): ")[1].split()[0]
            break
        time.sleep(0.05)
    if not port:
        raise SystemExit("FAIL: the server did not start: " + open(err_path).read())
    run("codes", srv_rec, "--format", "csv", "-o", os.path.join(out, "codes.csv"))
    codes = {(r["role"], r["id"]): r["code"] for r in csv.DictReader(open(os.path.join(out, "codes.csv"), encoding="utf-8-sig"))}
    s = Station(port, fp)
    s.send({"type": "hello", "proto": 1, "code": codes[("team", "t-alpha")], "last": 0})
    s.until(lambda m: m.get("type") == "ready")
    os.write(ctl_w, b"\n")
    s.until(lambda m: m.get("type") == "question", timeout=30)
    answers = [("r1", "ok \x1b[2J cleared", "refused"), ("r2", long_vi + "x", "refused"),
               ("r3", "\u202e\u0085 C1", "refused"), ("r4", long_vi, "ack"), ("r5", "second", "refused")]
    for ref, text, want in answers:
        s.send({"type": "answer", "ref": ref, "question": "notify", "text": text})
        m = s.until(lambda m: m.get("type") in ("ack", "refused") and m.get("ref") == ref)
        if m["type"] != want:
            bad.append("wire answer %s: %s (%s), wanted %s" % (ref, m["type"], m.get("reason"), want))
    # the same ref again (a resend after a reconnect): the same ack, not a second input
    s.send({"type": "answer", "ref": "r4", "question": "notify", "text": long_vi})
    m = s.until(lambda m: m.get("type") in ("ack", "refused") and m.get("ref") == "r4")
    if m["type"] != "ack":
        bad.append("a resent answer was not acknowledged again: %r" % m)
    s.close()
finally:
    server.terminate()
    try:
        server.wait(10)
    except subprocess.TimeoutExpired:
        server.kill()
import sqlite3  # noqa: E402
db = sqlite3.connect("file:%s?mode=ro" % srv_rec, uri=True)
rows = db.execute("SELECT text FROM inputs WHERE kind = 'answer'").fetchall()
db.close()
if [len(r[0]) for r in rows] != [10000]:
    bad.append("the record holds answers of %r characters, not one of 10,000" % [len(r[0]) for r in rows])
for b in bad:
    print("FAIL:", b)
if bad:
    sys.exit(1)
print("answers-edge: 10,000 characters taken; too long, control characters and a second answer refused")
