#!/usr/bin/env python3
"""question_live_test.py — open questions at the browser station, against the
real server (`drillhall serve`) in headless Chromium, on 127.0.0.1 only.

Team Bravo writes its answer in Vietnamese in the page's text box under the
countdown; the draft survives a reload (sessionStorage); it submits and sees
the acknowledgement, and the record holds the answer once. Team Alpha answers
from a native station (`join --headless --bots first`). The evaluator page of
Trần Minh shows both answers in its scoring queue, ticks two rubric items of
Bravo's answer with a comment and records the score; a native evaluator station
(Lê Hoa, `--bots worst`) scores both too. The report then shows each answer with
both evaluators' scores. A screenshot of the scoring view goes to OUT_DIR.

usage: question_live_test.py DRILLHALL SOURCE_DIR OUT_DIR
Every wait is bounded; the server, the stations and the browsers are stopped."""
import json
import os
import re
import sqlite3
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, die_with_parent  # noqa: E402

EXE, SRC, OUT = sys.argv[1:4]
Q = os.path.join(SRC, "tests", "questions")
os.makedirs(OUT, exist_ok=True)
REC = os.path.join(OUT, "questions.drill")
ENV = dict(os.environ, DRILLHALL_LANG="en")
ANSWER = "Báo giám đốc trước, rồi cán bộ bảo vệ dữ liệu;\nchỉ nói những gì đã xác nhận. <b>không</b> đoán."


def check(cond, what):
    if not cond:
        raise AssertionError(what)


def main():
    for side in ("", "-wal", "-shm", ".codes", ".cert.pem", ".key.pem"):
        if os.path.exists(REC + side):
            os.remove(REC + side)
    srv = subprocess.Popen([EXE, "serve", os.path.join(Q, "ask.lua"), "--roster", os.path.join(Q, "roster.csv"),
                            "--evaluators", os.path.join(Q, "evaluators.csv"), "--record", REC,
                            "--listen", "127.0.0.1:0", "--speed", "60", "--wait"],
                           stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV,
                           preexec_fn=die_with_parent)
    err, ready = [], threading.Event()

    def read():
        for line in iter(srv.stderr.readline, b""):
            err.append(line.decode("utf-8", "replace"))
            if "join codes:" in err[-1]:
                ready.set()
    threading.Thread(target=read, daemon=True).start()
    killer = threading.Timer(200, srv.kill)
    killer.start()
    procs, browsers = [], []
    try:
        check(ready.wait(20), "the server started: " + "".join(err))
        text = "".join(err)
        port = int(re.search(r"serving wss://127\.0\.0\.1:(\d+)/ws", text).group(1))
        fp = re.search(r"fingerprint \(SHA-256\): ([0-9A-F:]+)", text).group(1)
        base = f"https://127.0.0.1:{port}/"
        out = subprocess.run([EXE, "codes", REC, "--format", "csv"], capture_output=True, text=True, timeout=30)
        codes = {(c[0], c[1]): c[-1] for c in (l.split(",") for l in out.stdout.splitlines()[1:])}
        spki = subprocess.run(f"openssl x509 -in {REC}.cert.pem -pubkey -noout | openssl pkey -pubin -outform der"
                              " | openssl dgst -sha256 -binary | base64", shell=True, check=True,
                              capture_output=True, text=True).stdout.strip()
        args = [f"--ignore-certificate-errors-spki-list={spki}"]

        def native(code, policy, name):
            p = subprocess.Popen([EXE, "join", f"wss://127.0.0.1:{port}", "--code", code, "--pin", fp,
                                  "--headless", "--bots", policy], stdout=open(os.path.join(OUT, name), "w"),
                                 stderr=subprocess.STDOUT, env=ENV, preexec_fn=die_with_parent)
            procs.append(p)
            return p

        native(codes[("team", "t-alpha")], "first", "alpha.out")
        team = Browser(420, 900, args)
        browsers.append(team)
        team.goto(f"{base}#code={codes[('team', 't-bravo')]}")
        team.wait("document.getElementById('link').textContent === 'online'", what="the team page online")
        ev = Browser(1280, 1000, args)
        browsers.append(ev)
        ev.goto(f"{base}#code={codes[('evaluator', 'ev-1')]}")
        ev.wait("document.getElementById('link').textContent === 'online'", what="the evaluator page online")
        srv.stdin.write(b"\n")
        srv.stdin.flush()
        # --- the team writes its answer; the draft outlives a reload
        team.wait("document.querySelector(\"textarea[data-question='notify']\")", what="the question's text box")
        check("left" in team.js("document.querySelector('#questions .countdown').textContent"),
              "the question shows its countdown")
        team.js("document.querySelector(\"textarea[data-question='notify']\").focus()")
        team.type(ANSWER)
        team.wait("JSON.parse(sessionStorage.getItem('drillhall.station.v1')).drafts.notify.length > 10",
                  what="the draft kept in sessionStorage")
        team.goto(base)
        team.wait("document.querySelector(\"textarea[data-question='notify']\")", what="the text box after a reload")
        team.wait("document.querySelector(\"textarea[data-question='notify']\").value === "
                  + json.dumps(ANSWER.replace("\r\n", "\n")), what="the draft back after the reload")
        team.click("button[data-send='notify']")
        team.wait("document.querySelector('#questions .ack')", what="the answer acknowledged")
        sent = [json.loads(e["params"]["response"]["payloadData"]) for e in team.events
                if e["method"] == "Network.webSocketFrameSent"]
        ans = [m for m in sent if m.get("type") == "answer"]
        check(len(ans) == 1 and ans[0]["text"] == ANSWER, f"one answer sent with the typed text: {ans}")
        db = sqlite3.connect(f"file:{REC}?mode=ro", uri=True)
        rows = db.execute("SELECT seq, text FROM inputs WHERE ref = ?", (ans[0]["ref"],)).fetchall()
        db.close()
        acked = re.search(r"input no\. (\d+)", team.js("document.querySelector('#questions .ack').textContent"))
        check(len(rows) == 1 and rows[0][1] == ANSWER and acked and int(acked.group(1)) == rows[0][0],
              f"the acknowledged answer is in the record once: {rows}")
        team.screenshot(os.path.join(OUT, "question-team-420.png"))
        # --- the evaluator's scoring queue: both teams' answers
        ev.wait("document.querySelectorAll('#scoring .score-card').length === 2", what="two answers to score")
        check(ANSWER in ev.js("document.querySelector(\"#scoring .score-card[data-team='t-bravo'] .q-answer\").textContent"),
              "the evaluator sees Bravo's answer as text")
        check(ev.js("document.querySelectorAll('#scoring b').length === 0 || "
                    "![...document.querySelectorAll('.q-answer b')].length"), "the answer's markup stays text")
        card = "#scoring .score-card[data-team='t-bravo']"
        ev.click(f"{card} input[data-item='lead']")
        ev.click(f"{card} input[data-item='facts']")
        ev.js(f"document.querySelector(\"{card} textarea\").focus()")
        ev.type("Đúng thứ tự, thiếu cán bộ bảo vệ dữ liệu.")
        ev.click(f"{card} button[data-score]")
        ev.wait("document.querySelector('#scoring .ack')", what="the score acknowledged")
        alpha_card = "#scoring .score-card[data-team='t-alpha']"
        for item in ("lead", "dpo", "facts"):
            ev.click(f"{alpha_card} input[data-item='{item}']")
        ev.click(f"{alpha_card} button[data-score]")
        ev.wait(f"document.querySelectorAll(\"{alpha_card} .q-scores li\").length >= 1", what="Alpha scored")
        native(codes[("evaluator", "ev-2")], "worst", "ev2.out")
        ev.wait(f"document.querySelectorAll(\"{card} .q-scores li\").length === 2", timeout=30,
                what="both evaluators' scores on the card")
        ev.screenshot(os.path.join(OUT, "question-evaluator-scoring.png"), full=False)
        # --- the end, and the report
        for p in procs:
            p.wait(120)
        srv.wait(120)
        rj = os.path.join(OUT, "questions-report.json")
        subprocess.run([EXE, "report", REC, "--format", "json", "-o", rj], check=True, capture_output=True,
                       timeout=60, env=ENV)
        r = json.load(open(rj, encoding="utf-8"))
        answers = {a["team"]: a for a in r["questions"][0]["answers"]}
        bravo, alpha = answers["t-bravo"], answers["t-alpha"]
        check(bravo["text"] == ANSWER, "the report has Bravo's answer as typed")
        got = sorted((s["evaluator"], tuple(s["items"])) for s in bravo["scores"])
        check(got == [("Lê Hoa", ()), ("Trần Minh", ("lead", "facts"))], f"Bravo's two scores: {got}")
        check([s["comment"] for s in bravo["scores"] if s["evaluator"] == "Trần Minh"] ==
              ["Đúng thứ tự, thiếu cán bộ bảo vệ dữ liệu."], "the evaluator's comment")
        check(sorted(s["evaluator"] for s in alpha["scores"]) == ["Lê Hoa", "Trần Minh"],
              f"Alpha's native answer scored by both: {alpha['scores']}")
        print("question_live_test: a browser's and a native station's answers, scored by two evaluators")
    finally:
        for b in browsers:
            b.close()
        for p in procs:
            if p.poll() is None:
                p.kill()
        if srv.poll() is None:
            srv.kill()
        killer.cancel()


if __name__ == "__main__":
    main()
