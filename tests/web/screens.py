#!/usr/bin/env python3
"""screens.py — the README's pictures of the browser station, taken from a real
drill: the shipped ransomware scenario served to the 6-team rehearsal roster
(`drillhall serve`, the other teams answered by random bots), paused at about
T+0:27 with a choice of Hà Nội's recorded. The team station at 390×844 (a
phone) and 1920×1080, in English and Vietnamese; the evaluator page and the
scoreboard at 1920×1080. Then the same drill served again at a speed that ends
it in seconds (`--hot-wash`): Hà Nội's feedback form on a phone in Vietnamese,
a rating sent and recorded, words being written.

usage: tests/web/screens.py DRILLHALL OUT_DIR   (README's are in assets/screenshots)
Loopback only; every wait is bounded; the server and the browsers stop."""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402
from live import Serve, clean, codes_of, set_lang, spki_of  # noqa: E402

EXE, OUT = sys.argv[1:3]
SRC = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ONLINE = "['online', 'trực tuyến'].includes(document.getElementById('link').textContent)"


def shot(b, name, at=None):
    """the viewport; a projector-sized one at 3/4 scale, to keep the file small"""
    path = os.path.join(OUT, f"browser-station-{name}.png")
    b.screenshot(path, full=False, at=at, scale=0.75 if "1920" in name else 1)
    print(path, os.path.getsize(path), "bytes")


def main():
    os.makedirs(OUT, exist_ok=True)
    rec = os.path.join(tempfile.mkdtemp(prefix="dh-screens-"), "screens.drill")
    clean(rec)
    srv = Serve(EXE, [os.path.join(SRC, "scenarios", "ransomware-contributions.lua"),
                      "--roster", os.path.join(SRC, "scenarios", "rosters", "rehearsal-6.csv"),
                      "--evaluators", os.path.join(SRC, "tests", "web", "screens-evaluators.csv"),
                      "--bots", "random", "--record", rec, "--listen", "127.0.0.1:0", "--speed", "120", "--wait"])
    base = f"https://127.0.0.1:{srv.port}/"
    codes = codes_of(EXE, rec)
    trust = [f"--ignore-certificate-errors-spki-list={spki_of(rec)}"]
    try:
        b = Browser(390, 844, trust)
        try:
            b.goto(f"{base}#code={codes[('team', 'hanoi')]}")
            b.wait(ONLINE, what="the team online")
            srv.start()
            b.wait("document.querySelector('#decisions .option')", timeout=60, what="a decision")
            b.click("#decisions .option")
            b.wait("document.querySelector('#decisions .ack')", what="the choice recorded")
            b.wait("document.querySelectorAll('#inbox .title').length >= 3", timeout=60, what="three injects")
            srv.interrupt()
            srv.wait_for("paused at")
            b.wait("document.getElementById('clock').dataset.state === 'paused'", what="the pause")
            b.pump(0.5)
            shot(b, "team-390-en")
            set_lang(b, "vi")
            b.wait("document.documentElement.lang === 'vi'", what="Vietnamese")
            b.pump(0.5)
            shot(b, "team-390-vi", at="#inbox")   # a phone reads the newest inject's body
        finally:
            b.close()
        w = Browser(1920, 1080, trust)
        try:
            for name, code, lang, shown in (
                    ("team-1920-en", codes[("team", "hanoi")], "en", "#inbox .title"),
                    ("team-1920-vi", codes[("team", "hanoi")], "vi", "#inbox .title"),
                    ("evaluator-1920-en", codes[("evaluator", "ev-north")], "en", ".eval-teams .notes"),
                    ("observer-1920-vi", codes[("observer", "observer")], "vi", ".scores tbody tr")):
                w.goto("about:blank")
                w.goto(f"{base}#code={code}")
                w.wait(ONLINE, what=f"{name} online")
                w.wait(f"document.querySelector('{shown}')", what=f"{name}: its content")
                set_lang(w, lang)
                w.wait(f"document.documentElement.lang === '{lang}'", what=f"{name}: {lang}")
                w.pump(0.5)
                shot(w, name)
        finally:
            w.close()
    finally:
        srv.kill()
    hot_wash()


def hot_wash():
    rec = os.path.join(tempfile.mkdtemp(prefix="dh-screens-"), "hotwash.drill")
    srv = Serve(EXE, [os.path.join(SRC, "scenarios", "ransomware-contributions.lua"),
                      "--roster", os.path.join(SRC, "scenarios", "rosters", "rehearsal-6.csv"),
                      "--bots", "random", "--record", rec, "--listen", "127.0.0.1:0", "--speed", "1000",
                      "--hot-wash"])
    code = codes_of(EXE, rec)[("team", "hanoi")]
    try:
        b = Browser(390, 844, [f"--ignore-certificate-errors-spki-list={spki_of(rec)}"])
        try:
            b.goto(f"https://127.0.0.1:{srv.port}/#code={code}")
            b.wait(ONLINE, what="the team online")
            set_lang(b, "vi")
            b.wait("!document.getElementById('feedback').hidden", timeout=60, what="the feedback form")
            b.click("label[for='fb-0-4']")
            b.click("[data-key='fb:0:send']")
            b.wait("document.querySelector('#feedback .fb-status.ack')", what="the rating recorded")
            b.js("document.getElementById('fb-1-text').focus()")
            b.type("Phối hợp nhanh với Trung tâm CNTT; báo cáo sự cố trong 24 giờ.")
            b.pump(0.5)
            shot(b, "feedback-390-vi", at="#feedback")
        finally:
            b.close()
    finally:
        srv.kill()


if __name__ == "__main__":
    main()
