#!/usr/bin/env python3
"""feedback_test.py — written injects and the hot wash on the browser station,
on the real server (`drillhall serve … --hot-wash`, scenario
tests/web/web-feedback.lua) in headless Chromium, 127.0.0.1 only:

- the facilitator writes injects from the server's terminal (`write hanoi …`,
  `write all …`, `write hue …`) while the drill is paused: the team's inbox
  shows them newest first, "From: the facilitator", the newest open with its
  body, markup as text; the one written to another team never reaches the
  page's bytes; the evaluator's page shows them in the team's feed;
- after the end the team station shows the feedback form of its welcome
  (radio groups 1–5 and labelled textareas), a rating sent and acknowledged,
  an empty and a too-long answer stopped on the page, the server killed and
  served again (the draft kept, an answer pressed offline not sent, then sent
  once the link is back), a draft kept across a reload with what was already
  sent, a text answer sent and acknowledged, one
  with a control character refused by the server with its reason shown;
- Enter closes the server; `drillhall report --format json` has both answers.

usage: feedback_test.py DRILLHALL SOURCE_DIR OUT_DIR
Every wait is bounded; the server and the browser are killed at the end."""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402
from live import CHECKS, Serve, check, clean, codes_of, frames_in, frames_out, set_lang, spki_of  # noqa: E402

EXE, SRC, OUT = sys.argv[1:4]
HERE = os.path.join(SRC, "tests", "web")
os.makedirs(OUT, exist_ok=True)
REC = os.path.join(OUT, "feedback.drill")
ONLINE = "['online', 'trực tuyến'].includes(document.getElementById('link').textContent)"
WORDS = "Phối hợp nhanh với trung tâm <b>CNTT</b>\nGọi điện sớm"


def terminal(srv, line):
    """a line typed on the server's terminal"""
    srv.p.stdin.write(line.encode("utf-8") + b"\n")
    srv.p.stdin.flush()


def inbox_titles(b):
    return b.js("[...document.querySelectorAll('#inbox .inject .title')].map(e => e.textContent)")


def main():
    clean(REC)
    srv = Serve(EXE, [os.path.join(HERE, "web-feedback.lua"), "--roster", os.path.join(HERE, "web-roster.csv"),
                      "--evaluators", os.path.join(HERE, "web-evaluators.csv"), "--record", REC,
                      "--listen", "127.0.0.1:0", "--speed", "60", "--wait", "--hot-wash"])
    port = srv.port
    base = f"https://127.0.0.1:{port}/"
    codes = codes_of(EXE, REC)
    b = Browser(390, 844, [f"--ignore-certificate-errors-spki-list={spki_of(REC)}"])
    try:
        b.goto(f"{base}#code={codes[('team', 'hanoi')]}")
        b.wait(ONLINE, what="joined, online")
        srv.start()
        b.wait("document.querySelector('#inbox .inject')", what="the scenario's inject")
        srv.interrupt()
        srv.wait_for("paused at")
        # --- written injects, from the server's terminal
        terminal(srv, "write nowhere Title | body")
        srv.wait_for('no team with the id "nowhere"')
        terminal(srv, "write hanoi Báo chí gọi <img src=x onerror=window.pwned=1> | Phóng viên hỏi về sự cố.")
        srv.wait_for("written inject sent to hanoi")
        terminal(srv, "write hue HUE-WRITTEN-SECRET | never on hanoi's page")
        srv.wait_for("written inject sent to hue")
        terminal(srv, "write all Họp giao ban lúc 10:00 | Mọi đội gửi một người.")
        srv.wait_for("written inject sent to all")
        b.wait("document.querySelectorAll('#inbox .inject').length === 3", what="two written injects in the inbox")
        titles = inbox_titles(b)
        check(titles == ["Họp giao ban lúc 10:00", "Báo chí gọi <img src=x onerror=window.pwned=1>",
                         "Suspicious invoice"], f"the inbox, newest first, markup as text: {titles}")
        check(b.js("document.querySelectorAll('#inbox img').length") == 0 and not b.js("window.pwned"),
              "a written inject's markup is never markup")
        first = "document.querySelector('#inbox .inject')"
        check(b.js(f"{first}.open") and b.js(f"{first}.classList.contains('written')"),
              "the newest written inject is open, marked as written")
        check("From: the facilitator" in b.js(f"{first}.querySelector('.meta').textContent"),
              "a written inject says it is from the facilitator")
        check(b.js(f"{first}.querySelector('.body').textContent") == "Mọi đội gửi một người.",
              "its body is shown as written")
        check(not b.js("document.querySelectorAll('#inbox .inject')[1].open"), "older ones are closed")
        b.wait("/New inject: Họp giao ban/.test(document.getElementById('announce').textContent)",
               what="the written inject told to a screen reader")
        got = "".join(frames_in(b))
        check("HUE-WRITTEN-SECRET" not in got, "an inject written to another team never reaches the page")
        check('"action":"message"' in got, "the written injects came as control messages")
        set_lang(b, "vi")
        b.wait("/Từ: người điều phối/.test(document.querySelector('#inbox .inject .meta').textContent)",
               what="From: the facilitator, in Vietnamese")
        b.screenshot(os.path.join(OUT, "written-390-vi.png"), full=False)
        set_lang(b, "en")
        # --- the end, and the hot wash
        srv.start()
        b.wait("!document.getElementById('feedback').hidden", timeout=30, what="the feedback form after the end")
        srv.wait_for("can give their feedback now")
        form = b.js("""[...document.querySelectorAll('#feedback .fb-q')].map(q => ({
            q: q.dataset.question, kind: q.tagName,
            radios: [...q.querySelectorAll('input[type=radio]')].map(r => r.labels[0].textContent),
            label: (q.querySelector('legend') || q.querySelector('label')).textContent,
            area: q.querySelector('textarea') ? q.querySelector('textarea').labels[0].textContent : null}))""")
        check([f["q"] for f in form] == ["realism", "worked", "improve", "overall"],
              f"the welcome's form: {[f['q'] for f in form]}")
        check(form[0]["kind"] == "FIELDSET" and form[0]["radios"] == ["1", "2", "3", "4", "5"] and form[0]["label"],
              f"a rating is a group of five labelled radio buttons: {form[0]}")
        check(form[1]["area"] and form[1]["area"] == form[1]["label"], f"a text question labels its textarea: {form[1]}")
        check(b.js("document.getElementById('fb-1-text').maxLength") == 1000, "a text answer is bounded")
        b.click("[data-key='fb:0:send']")
        b.wait("/Choose a rating/.test(document.querySelector('[data-question=realism] .fb-status').textContent)",
               what="an empty answer stopped on the page")
        b.click("label[for='fb-0-4']")
        check(b.js("document.getElementById('fb-0-4').checked"), "a click on the label picks the rating")
        b.click("[data-key='fb:0:send']")
        b.wait("/Recorded \\(input no\\. \\d+\\)/.test(document.querySelector('[data-question=realism] .fb-status')"
               ".textContent)", what="the rating acknowledged")
        check(b.js("document.querySelector('[data-question=realism] .fb-sent').textContent") == "Sent: 4 of 5",
              "what was sent is shown")
        # the server dies (SIGKILL) and comes back from its record on the same port:
        # what is typed meanwhile stays, an answer cannot go until the link is back
        srv.kill()
        b.wait("document.getElementById('link').dataset.state === 'reconnecting'", what="reconnecting…")
        b.wait("!document.querySelector('#feedback .fb-offline').hidden", what="the form says it is offline")
        b.click("label[for='fb-3-5']")
        b.click("[data-key='fb:3:send']")
        b.wait("/Offline/.test(document.querySelector('[data-question=overall] .fb-status').textContent)",
               what="an answer pressed offline is not sent, and the page says so")
        srv = Serve(EXE, [REC, "--listen", f"127.0.0.1:{port}", "--hot-wash"])
        srv.wait_for("can give their feedback now")
        b.wait(ONLINE, timeout=30, what="back online")
        check(b.js("document.getElementById('fb-3-5').checked") and
              b.js("document.querySelector('[data-question=realism] .fb-sent').textContent") == "Sent: 4 of 5",
              "the draft and what was sent survive the reconnect")
        b.click("[data-key='fb:3:send']")
        b.wait("/Recorded/.test(document.querySelector('[data-question=overall] .fb-status').textContent)",
               what="the answer sent once the link is back")
        # a Vietnamese answer under 1,000 characters but over 1,000 bytes
        b.js("document.getElementById('fb-1-text').focus()")
        b.type("ệ" * 400)
        b.click("[data-key='fb:1:send']")
        b.wait("/too long/.test(document.querySelector('[data-question=worked] .fb-status').textContent)",
               what="a too-long answer stopped on the page")
        b.js("(() => { const a = document.getElementById('fb-1-text'); a.value = ''; "
             "a.dispatchEvent(new Event('input')); a.focus(); })()")
        b.type(WORDS)
        b.pump(0.3)
        # a reload keeps the draft and what was sent
        b.goto(base)
        b.wait(ONLINE, what="back after a reload")
        b.wait("!document.getElementById('feedback').hidden", what="the form again after the reload")
        check(b.js("document.getElementById('fb-1-text').value") == WORDS, "the draft survives the reload")
        check(b.js("document.querySelector('[data-question=realism] .fb-sent').textContent") == "Sent: 4 of 5"
              and b.js("document.getElementById('fb-0-4').checked"), "what was sent survives the reload")
        set_lang(b, "vi")
        b.wait("/Đã gửi: 4\\/5/.test(document.getElementById('feedback').textContent)", what="the form in Vietnamese")
        b.screenshot(os.path.join(OUT, "feedback-390-vi.png"), full=False, at="#feedback")
        set_lang(b, "en")
        b.click("[data-key='fb:1:send']")
        b.wait("/Recorded/.test(document.querySelector('[data-question=worked] .fb-status').textContent)",
               what="the words acknowledged")
        check(b.js("document.querySelector('[data-question=worked] .fb-sent').textContent") == "Sent: " + WORDS,
              "the words sent are shown as text")
        # a pasted control character: the server refuses the answer and the page says why
        b.js("document.getElementById('fb-2-text').focus()")
        b.type("Gọi sớm hơn\u0007")
        b.click("[data-key='fb:2:send']")
        b.wait("/Not accepted: .*control characters/.test(document.querySelector('[data-question=improve] "
               ".fb-status').textContent)", what="the server's refusal and its reason")
        check(b.js("document.querySelector('[data-question=improve] .fb-sent').textContent") == "",
              "a refused answer is not shown as sent")
        sent = [m for m in frames_out(b) if m.get("type") == "feedback" and m["question"] != "improve"]
        check([(m["question"], m.get("rating"), m.get("text")) for m in sent] ==
              [("realism", 4, None), ("overall", 5, None), ("worked", None, WORDS)],
              f"one feedback message per answer: {sent}")
        check(all(isinstance(m.get("ref"), str) and m["ref"] for m in sent), "each with the station's own ref")
        b.screenshot(os.path.join(OUT, "feedback-390-en.png"), full=True)
        # --- the evaluator sees the written injects in the team's feed
        b.goto("about:blank")
        b.goto(f"{base}#code={codes[('evaluator', 'ev-1')]}")
        b.wait(ONLINE, what="the evaluator, online")
        b.wait("document.querySelector('.ev-written')", what="the written injects on the evaluator page")
        hanoi = b.js("[...document.querySelectorAll('.eval-team')].find(s => /Hà Nội/.test(s.querySelector('h2')"
                     ".textContent)).querySelectorAll('.ev-written .title').length")
        hue = b.js("[...document.querySelectorAll('.eval-team')].find(s => /Huế/.test(s.querySelector('h2')"
                   ".textContent)).textContent")
        check(hanoi == 2 and "HUE-WRITTEN-SECRET" in hue and "Họp giao ban" in hue,
              f"each team's feed has what was written to it or to all ({hanoi})")
        check("written by the facilitator" in b.js("document.querySelector('.ev-written .meta').textContent"),
              "the evaluator is told who wrote it")
    finally:
        b.close()
    terminal(srv, "")                  # Enter: the hot wash is over
    rc = srv.p.wait(30)
    srv.killer.cancel()
    check(rc == 0, f"Enter closes the served drill after the hot wash ({rc})")
    rep = subprocess.run([EXE, "report", REC, "--format", "json", "-o", "-"], capture_output=True, text=True,
                         timeout=60)
    data = json.loads(rep.stdout)
    fb = [(a["team"], a["question"], a.get("rating"), a.get("text")) for a in data["feedback"]["answers"]]
    check(rep.returncode == 0 and sorted(fb, key=str) == sorted([("hanoi", "realism", 4, None),
                                                                 ("hanoi", "overall", 5, None),
                                                                 ("hanoi", "worked", None, WORDS)], key=str),
          f"the report has the three answers the server took: {fb}")
    print(f"written injects and hot wash in the browser: {len(CHECKS)} checks passed")


if __name__ == "__main__":
    main()
