#!/usr/bin/env python3
"""station_live_test.py — the browser station against the real server
(`drillhall serve`), in headless Chromium from Debian, on 127.0.0.1 only.

A team joins by the QR code's URL (the code in the fragment), sees an inject,
chooses and sees the acknowledgement (and the record holds the choice); the
server is killed with SIGKILL and resumed on the same port from its record
(`drillhall serve F.drill --listen …`): the page says "reconnecting…", keeps a
choice pressed meanwhile, then catches up from hello.last and resends the
choice with the same ref, which is recorded once. Another team's inject, the
facilitator's notes and the options' points never reach the page: checked on
the bytes the browser received. The code sheet carries one QR code per card.
Screenshots at 360 px and 1920 px, in both languages, go to OUT_DIR.

usage: station_live_test.py DRILLHALL SOURCE_DIR OUT_DIR
Every wait is bounded; the servers and the browser are killed at the end."""
import json
import os
import re
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402
from live import CHECKS, Serve, check, clean, codes_of, frames_in, frames_out, set_lang, spki_of, text_of  # noqa: E402

EXE, SRC, OUT = sys.argv[1:4]
HERE = os.path.join(SRC, "tests", "web")
os.makedirs(OUT, exist_ok=True)
REC = os.path.join(OUT, "live.drill")
def documented_csp():
    """the Content-Security-Policy header as docs/browser-station.md spells it"""
    with open(os.path.join(SRC, "docs", "browser-station.md"), encoding="utf-8") as f:
        m = re.search(r"^    Content-Security-Policy: (.+)$", f.read(), re.M)
    check(m, "docs/browser-station.md gives the CSP header")
    return m.group(1)


def recorded(ref):
    db = sqlite3.connect(f"file:{REC}?mode=ro", uri=True)
    try:
        return db.execute("SELECT seq, kind FROM inputs WHERE ref = ?", (ref,)).fetchall()
    finally:
        db.close()


def main():
    clean(REC)
    srv = Serve(EXE, [os.path.join(HERE, "web-drill.lua"), "--roster", os.path.join(HERE, "web-roster.csv"),
                 "--evaluators", os.path.join(HERE, "web-evaluators.csv"), "--record", REC,
                 "--listen", "127.0.0.1:0", "--speed", "60", "--wait"])
    port = srv.port
    base = f"https://127.0.0.1:{port}/"
    codes = codes_of(EXE, REC)
    sheet = subprocess.run([EXE, "codes", REC, "--format", "html"], capture_output=True, text=True, timeout=30).stdout
    check(sheet.count('<svg xmlns="http://www.w3.org/2000/svg" class="qr-code"') == len(codes) == 4,
          "the code sheet has one QR code per card")
    check(f"https://127.0.0.1:{port}/" in sheet, "the code sheet names the page")
    # trust the server's own certificate, and nothing else
    spki = spki_of(REC)
    hanoi = codes[("team", "hanoi")]
    b = Browser(360, 780, [f"--ignore-certificate-errors-spki-list={spki}"])
    srv2 = None
    try:
        b.goto(f"{base}#code={hanoi}")
        b.wait("document.getElementById('link').textContent === 'online'", what="joined, online")
        check(b.js("location.hash") == "" and hanoi not in b.js("location.href"), "the code leaves the address bar")
        hello = next(m for m in frames_out(b) if m.get("type") == "hello")
        check(hello["code"] == hanoi and hello["last"] == 0, "the code travels in hello")
        urls = [e["params"]["request"]["url"] for e in b.events if e["method"] == "Network.requestWillBeSent"]
        check(urls and all(u.startswith(base) for u in urls) and not any(hanoi in u for u in urls),
              f"every request goes to the server itself, none with the code: {urls}")
        doc = next(e["params"]["response"] for e in b.events if e["method"] == "Network.responseReceived"
                   and e["params"]["response"]["url"] == base)
        hdr = {k.lower(): v for k, v in doc["headers"].items()}
        check(hdr.get("content-security-policy") == documented_csp(),
              f"the page's CSP is the one docs/browser-station.md gives: {hdr.get('content-security-policy')}")
        check(hdr.get("x-content-type-options") == "nosniff" and hdr.get("referrer-policy") == "no-referrer" and
              "set-cookie" not in hdr, "the server's headers on the page, and no cookie")
        sockets = [e["params"]["url"] for e in b.events if e["method"] == "Network.webSocketCreated"]
        check(sockets == [f"wss://127.0.0.1:{port}/ws"], f"the one websocket is the server's own wss: {sockets}")
        check(b.csp_violations() == [], f"connect-src 'self' lets the same-origin wss through: {b.csp_violations()}")
        srv.start()
        # --- an inject arrives, a choice is acknowledged once it is recorded
        b.wait("[...document.querySelectorAll('#inbox .title')].some(e => e.textContent.startsWith('Suspicious invoice'))",
               what="the first inject")
        b.wait("document.querySelector(\"button[data-key='opt:triage:isolate']\")", what="the first decision")
        b.click("button[data-key='opt:triage:isolate']")
        b.wait("document.querySelector('#decisions .ack')", what="the acknowledgement")
        ref1 = next(m["ref"] for m in frames_out(b) if m.get("type") == "choose")
        rows = recorded(ref1)
        ack_no = re.search(r"input no\. (\d+)", text_of(b, "#decisions .ack"))
        check(len(rows) == 1 and rows[0][1] == "choice" and ack_no and
              int(ack_no.group(1)) == rows[0][0], f"the acknowledged choice is in the record: {rows}")
        b.wait("document.querySelector(\"button[data-key='opt:statement:holding']\")", what="the second decision")
        b.pump(0.3)
        check("Isolate the workstation" not in text_of(b, "#decisions"),
              f"the first decision's acknowledgement left the panel once another decision opened: {text_of(b, '#decisions')!r}")
        b.screenshot(os.path.join(OUT, "live-team-360-en.png"))
        # --- the server dies (SIGKILL); the page keeps what is pressed meanwhile
        before = [json.loads(f) for f in frames_in(b)]
        last = max(m["seq"] for m in before if "seq" in m)
        killed = len(b.events)
        srv.kill()
        b.wait("document.getElementById('link').textContent === 'reconnecting…'", what="reconnecting…")
        # the server's clock is not known while the link is down: it and the
        # countdowns stand still, greyed, instead of counting on alone
        b.wait("document.body.classList.contains('stale')", what="the clock marked stale while offline")
        frozen = (text_of(b, "#clock-time"), text_of(b, "#decisions .countdown"))
        b.pump(1.5)
        check((text_of(b, "#clock-time"), text_of(b, "#decisions .countdown")) == frozen,
              f"the clock and the countdown stand still while offline: {frozen}")
        b.click("button[data-key='opt:statement:holding']")
        b.wait("document.querySelector('#decisions .sending')", what="the choice waiting")
        pressed = b.js("[...document.querySelectorAll('#decisions button.option')].map(e => [e.dataset.option, "
                       "e.getAttribute('aria-pressed'), e.classList.contains('pressed')])")
        check(pressed == [["holding", "true", True], ["none", "false", False]],
              f"offline, the pressed option is marked and the other not: {pressed}")
        check("A holding statement" in text_of(b, "#decisions .sending"),
              f"the waiting line names the option: {text_of(b, '#decisions .sending')!r}")
        check(text_of(b, "#clock-state") == "OFFLINE, RECONNECTING",
              f"offline, the clock's badge says so, not running: {text_of(b, '#clock-state')!r}")
        b.screenshot(os.path.join(OUT, "live-team-360-reconnecting.png"))
        # the page retries at 0.5, 1.5, 3.5 and 7.5 s, then waits 6 to 10 s: restarting
        # right after its fourth try leaves the drill a few seconds to go on
        # without it (at 60x, minutes), so the catch-up has something to bring
        deadline = time.monotonic() + 30
        while sum(e["method"] == "Network.webSocketCreated" for e in b.events[killed:]) < 4:
            check(time.monotonic() < deadline, "the page keeps retrying while the server is down")
            b.pump(0.1)
        mark = len(b.events)
        srv2 = Serve(EXE, [REC, "--listen", f"127.0.0.1:{port}", "--speed", "60"])
        b.wait("document.getElementById('link').textContent === 'online'", timeout=30, what="back online")
        after = b.events[mark:]
        b.wait("!document.body.classList.contains('stale')", what="the clock synced again")
        check(text_of(b, "#clock-time") != frozen[0], "the clock took the server's time on the catch-up")
        hellos = [json.loads(e["params"]["response"]["payloadData"]) for e in after
                  if e["method"] == "Network.webSocketFrameSent"]
        hello = [m for m in hellos if m.get("type") == "hello"][-1]
        check(hello["last"] == last, f"hello.last is the last event held before the kill ({hello['last']}, {last})")
        check([(p["decision"], p["option"]) for p in hello["pending"]] == [("statement", "holding")],
              f"the waiting choice goes with the hello: {hello['pending']}")
        ref2 = hello["pending"][0]["ref"]
        b.wait("/A holding statement/.test((document.querySelector('#decisions .ack') || {}).textContent || '')",
               what="the resent choice acknowledged")
        check(len(recorded(ref2)) == 1 and len(recorded(ref1)) == 1, "each choice is in the record once")
        got = [json.loads(e["params"]["response"]["payloadData"]) for e in after
               if e["method"] == "Network.webSocketFrameReceived"]
        upto = next(i for i, m in enumerate(got) if m.get("type") == "ready")
        caught = [m for m in got[:upto] if "seq" in m]
        check(caught and all(m["seq"] > last for m in caught),
              f"the catch-up brings what happened while away, nothing held twice: {[m.get('seq') for m in caught]}")
        seqs = [m["seq"] for m in before + got if "seq" in m]
        check(len(seqs) == len(set(seqs)), "no event arrives twice across the restart")
        b.wait("[...document.querySelectorAll('#inbox .title')].some(e => e.textContent === 'Status update 6')",
               what="the drill going on after the restart")
        b.pump(0.3)
        opened = b.js("[...document.querySelectorAll('#inbox details')].map(d => d.open)")
        check(opened[0] and not any(opened[1:]), f"only the newest inject is open: {opened}")
        # --- hidden information, on the bytes the browser received
        raw = "".join(frames_in(b))
        for secret in ("HUE-ONLY", '"hue"', "NOTE-FOR-EVALUATORS-ONLY", "Background traffic", '"points"',
                       "Trần Minh"):
            check(secret not in raw, f"the team's page never received {secret!r}")
        for seen in ("Suspicious invoice", '"triage"', '"clock"'):
            check(seen in raw, f"the team's page received {seen!r} (the filter is not empty-handed)")
        set_lang(b, 'vi')
        b.wait("document.getElementById('inbox-h').textContent === 'Hộp thư đến'", what="Vietnamese")
        b.pump(0.3)
        meta = text_of(b, "#inbox")
        check("thư điện tử" in meta and "email" not in meta, f"the inject's channel in Vietnamese: {meta[-300:]!r}")
        tips = b.js("[...document.querySelectorAll('.tl-sq')].map(e => e.title)")
        check(tips and any("Cô lập máy trạm" in x for x in tips) and not any(x.endswith(("isolate", "holding")) for x in tips),
              f"the timeline's choices are titled with the option's Vietnamese text: {tips}")
        b.screenshot(os.path.join(OUT, "live-team-360-vi.png"))
    finally:
        b.close()
    w = Browser(1920, 1080, [f"--ignore-certificate-errors-spki-list={spki}"])
    try:
        # a wrong code typed into the form: the server's refusal, in the page's words
        w.goto(base)
        w.wait("document.documentElement.dataset.ready && !document.getElementById('join').hidden", what="the form")
        w.click("#code")
        w.type("2222-3333-44")
        w.click("#join-form button")
        w.wait("document.getElementById('join-error').textContent.includes('not valid')", what="the wrong code refused")
        check(w.js("document.getElementById('view').hidden") and w.js("location.href") == base,
              "no station and no code in the URL after a wrong code")
        for name, code in (("team-1920-en", hanoi), ("evaluator-1920-en", codes[("evaluator", "ev-1")]),
                           ("observer-1920-vi", codes[("observer", "observer")])):
            w.goto(f"{base}#code={code}")
            try:
                w.wait("document.getElementById('link').textContent === 'online' || "
                       "document.getElementById('link').textContent === 'trực tuyến'", what=f"{name} online")
            except AssertionError:
                print(text_of(w, "#link"), text_of(w, "#join-error"), w.js("location.href"), srv2.err[-5:])
                raise
            if name.endswith("-vi"):
                set_lang(w, 'vi')
            w.pump(0.8)
            if name.startswith("evaluator"):
                check("NOTE-FOR-EVALUATORS-ONLY" in text_of(w, ".eval-teams"), "the evaluator reads the notes")
                w.click("#adj-points")
                w.type("-2.5")
                w.click("#adj-reason")
                w.type("isolated the wrong host")
                w.js("window.oldReason = document.querySelector('#adj-reason'), 0")
                w.click("[data-key='adj-send']")
                w.js("window.oldReason.dispatchEvent(new Event('input')), 0")
                w.wait("document.querySelector('.eval-forms .ack')", what="the adjustment acknowledged")
                ref = next(m["ref"] for m in frames_out(w) if m.get("type") == "adjust")
                db = sqlite3.connect(f"file:{REC}?mode=ro", uri=True)
                rows = db.execute('SELECT kind, "by" FROM inputs WHERE ref = ?', (ref,)).fetchall()
                db.close()
                check(len(rows) == 1 and rows[0][1] == "Trần Minh",
                      f"the adjustment is recorded once, with its evaluator's name: {rows}")
                w.wait("/isolated the wrong host/.test(document.querySelector('.eval-teams').textContent)",
                       what="the adjustment in the team's feed")
                w.click("#note-text")
                w.type("escalated by phone at 09:12")
                # a keyboard that composes (Telex, a phone's) commits its last word with an
                # input event on the box it typed into, after Send has redrawn the form
                w.js("window.oldNote = document.querySelector('#note-text'), 0")
                w.click("[data-key='note-send']")
                w.js("window.oldNote.dispatchEvent(new Event('input')), 0")
                w.wait("/escalated by phone at 09:12/.test(document.querySelector('.eval-teams .ev-note') ? "
                       "document.querySelector('.eval-teams .ev-note').textContent : '')", what="the note in the feed")
                w.wait("/Recorded|Đã ghi/.test(document.querySelector('.eval-forms [role=status]') ? "
                       "document.querySelector('.eval-forms [role=status]').textContent : '')", what="the note acknowledged")
                w.pump(0.3)
                left = w.js("['#note-text', '#adj-points', '#adj-reason'].map(s => document.querySelector(s).value)")
                check(left == ["", "", ""], f"once acknowledged, the note and the adjustment's boxes are empty "
                      f"(nothing to send twice): {left}")
            if name.startswith("observer"):
                w.wait("document.querySelectorAll('.scores tbody tr').length === 2", what="the scoreboard")
            check(w.unnamed_controls() == [], f"{name}: every control has a name")
            w.screenshot(os.path.join(OUT, f"live-{name}.png"), full=False)
    finally:
        w.close()
        if srv2:
            srv2.kill()
        srv.kill()
    print(f"browser station (live server): {len(CHECKS)} checks passed")


if __name__ == "__main__":
    main()
