#!/usr/bin/env python3
"""station_fake_test.py — the browser station in headless Chromium against a
scripted stand-in server (fake_server.py), for what a live drill cannot be made
to do on cue: a refused choice, a pause, a restart while a choice is pending,
an evaluator's adjustment, tied ranks on the scoreboard, a wrong code.

usage: station_fake_test.py SOURCE_DIR OUT_DIR   (screenshots go to OUT_DIR)
Loopback only; every wait is bounded; the browser and the server stop."""
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402
from fake_server import Drill, Server  # noqa: E402

SRC, OUT = sys.argv[1], sys.argv[2]
os.makedirs(OUT, exist_ok=True)
CHECKS = []


def check(cond, what):
    CHECKS.append(what)
    if not cond:
        raise AssertionError(what)


def cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", key, "-out", crt, "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    spki = subprocess.run(f"openssl x509 -in {crt} -pubkey -noout | openssl pkey -pubin -outform der"
                          " | openssl dgst -sha256 -binary | base64", shell=True, check=True,
                          capture_output=True, text=True).stdout.strip()
    return crt, key, spki


SCENARIO = {"id": "rw", "title": {"en": "Ransomware on the contributions database",
                                  "vi": "Mã độc tống tiền tấn công cơ sở dữ liệu thu"},
            "duration": 3 * 3600 * 1000,
            "categories": [{"id": "contain", "name": {"en": "Containment", "vi": "Ngăn chặn"}}],
            "stages": [{"id": "initial-access", "name": {"en": "Initial access", "vi": "Truy cập ban đầu"}},
                       {"id": "impact", "name": {"en": "Impact", "vi": "Tác động"}}]}
TEAMS = [{"id": "hanoi", "name": "Hà Nội", "bracket": "north"}, {"id": "hue", "name": "Huế", "bracket": "central"},
         {"id": "dalat", "name": "Đà Lạt", "bracket": "south"}]
CODES = {"HANOITEAM2": ("team", "hanoi", "Hà Nội", []), "HUETEAM222": ("team", "hue", "Huế", []),
         "EVAL222222": ("evaluator", "e1", "Trần Minh", ["hanoi", "hue"]), "WATCH22222": ("observer", None, None, [])}


def inject(team, iid, t, title, stage="initial-access", severity="medium", notes=None):
    return {"type": "inject", "t": t, "team": team, "inject": {
        "id": iid, "title": title, "body": {"en": f"Body of {iid}.\nSecond line.", "vi": f"Nội dung {iid}."},
        "from": {"en": "Service desk", "vi": "Bộ phận hỗ trợ"}, "channel": "email", "severity": severity,
        "stage": stage, "notes": notes or {"en": "Expected: isolate", "vi": "Mong đợi: cô lập"}}}


def decision(team, did, t, deadline, prompt):
    return {"type": "open", "t": t, "team": team, "deadline": deadline, "decision": {
        "id": did, "inject": None, "prompt": prompt, "timeout": "wait", "notes": {"en": "Best: isolate"},
        "options": [{"id": "isolate", "text": {"en": "Isolate the workstation", "vi": "Cô lập máy trạm"},
                     "points": {"contain": 10000}},
                    {"id": "wait", "text": {"en": "Wait and watch", "vi": "Chờ và theo dõi"}}]}}


def frames(b):
    """every websocket frame the page received, as text: the bytes, not the DOM"""
    return [e["params"]["response"]["payloadData"] for e in b.events if e["method"] == "Network.webSocketFrameReceived"]


def sent_frames(b):
    return [json.loads(e["params"]["response"]["payloadData"]) for e in b.events
            if e["method"] == "Network.webSocketFrameSent"]


def text_of(b, sel):
    return b.js(f"(document.querySelector({json.dumps(sel)}) || {{}}).textContent || ''")


def main():
    crt, key, spki = cert(OUT)
    drill = Drill(CODES, TEAMS, SCENARIO)
    web = os.path.join(SRC, "web")
    tsv = os.path.join(SRC, "engine/core/catalog.tsv")
    srv = Server(drill, web, tsv, crt, key)
    port = srv.port
    base = f"https://127.0.0.1:{port}/"
    srv.emit({"type": "start", "t": 0})
    srv.emit(inject("hanoi", "phish", 300000, {"en": "Suspicious email at Hà Đông", "vi": "Email đáng ngờ tại Hà Đông"}))
    srv.emit(inject("hue", "hue-only", 300000, {"en": "HUE-SECRET-TITLE", "vi": "HUE-SECRET-TITLE"}))
    srv.emit(decision("hanoi", "first", 300000, 1200000, {"en": "What do you do first?", "vi": "Bạn làm gì đầu tiên?"}))
    srv.emit(decision("hue", "hue-decision", 300000, 1200000, {"en": "HUE-SECRET-PROMPT"}))
    srv.emit(inject("hanoi", "xss", 400000, {"en": "<img src=x onerror=\"window.pwned=1\">Ransom note", "vi": "<b>x</b>"},
                    stage="impact", severity="high"))
    srv.set_clock(now=420000, state="running", speed=1000)
    b = Browser(360, 780, [f"--ignore-certificate-errors-spki-list={spki}"])
    try:
        # --- join by the QR code's URL: the code is in the fragment, then gone
        b.goto(base + "#code=HANOITEAM2")
        b.wait("document.documentElement.dataset.ready", what="the page started")
        b.wait("!document.getElementById('view').hidden", what="joined with the code from the fragment")
        check(b.js("location.hash") == "", "the code leaves the address bar")
        hello = next(m for m in sent_frames(b) if m.get("type") == "hello")
        check(hello["code"] == "HANOITEAM2" and hello["last"] == 0 and hello["proto"] == 1, "the code travels in hello")
        urls = [e["params"]["request"]["url"] for e in b.events if e["method"] == "Network.requestWillBeSent"]
        check(urls and all(u.startswith(base) for u in urls), f"every request goes to the server itself: {urls}")
        check(not any("HANOITEAM2" in u for u in urls), "the code is in no requested URL")
        doc = next(e["params"]["response"] for e in b.events if e["method"] == "Network.responseReceived"
                   and e["params"]["response"]["url"] == base)
        hdr = {k.lower(): v for k, v in doc["headers"].items()}
        check("default-src 'self'" in hdr.get("content-security-policy", ""), "the page has its CSP")
        check(hdr.get("x-content-type-options") == "nosniff", "nosniff")
        # --- the inject arrives; network text stays text
        b.wait("document.querySelector('#inbox .title')", what="an inject in the inbox")
        titles = b.js("[...document.querySelectorAll('#inbox .title')].map(e => e.textContent)")
        check(titles[0].startswith("<img src=x"), f"the newest first, shown as text: {titles}")
        check(b.js("document.querySelectorAll('#inbox img, #inbox b').length") == 0 and not b.js("window.pwned"),
              "markup from the network is never markup")
        check(b.js("document.querySelector('#inbox details').open"), "the newest inject is open")
        check("HUE-SECRET" not in "".join(frames(b)), "another team's inject and decision never reach the page")
        check("Expected: isolate" not in "".join(frames(b)), "facilitator notes never reach a team")
        check(b.unnamed_controls() == [], "every button and field of the team page has a name")
        check(b.js("document.querySelectorAll('h1, h2').length") >= 4 and
              b.js("document.getElementById('announce').getAttribute('aria-live')") == "polite",
              "headings and a live region")
        b.screenshot(os.path.join(OUT, "station-team-360-en.png"))
        # --- choose; the server acknowledges
        b.click("button[data-key='opt:first:isolate']")
        b.wait("document.querySelector('#decisions .ack')", what="the acknowledgement")
        check("input no. 1" in text_of(b, "#decisions .ack"), "the ack shows the input number")
        choose = [m for m in sent_frames(b) if m.get("type") == "choose"]
        check(len(choose) == 1 and choose[0]["decision"] == "first" and choose[0]["option"] == "isolate",
              "one choose was sent")
        check("Recorded (input no. 1)" in text_of(b, "#announce"), "the ack is told to a screen reader")
        b.wait("document.querySelector('#choices .choice')", what="the choice in the team's own list")
        check("Isolate the workstation" in text_of(b, "#choices"), "its past choice is listed")
        # --- a refused choice shows the reason
        srv.emit(decision("hanoi", "second", 430000, 2000000, {"en": "Call the regulator?"}))
        b.wait("document.querySelector(\"button[data-key='opt:second:wait']\")", what="the second decision")
        check("New decision: Call the regulator?" in text_of(b, "#announce"), "a new decision is told to a screen reader")
        with drill.lock:   # closed on the server a moment before the click reaches it
            drill.log.append({"seq": len(drill.log) + 1, "type": "closed", "t": 430000, "team": "hanoi",
                              "decision": "second", "option": "wait", "how": "timeout", "factor": 0})
        b.click("button[data-key='opt:second:isolate']")
        b.wait("document.querySelector('#decisions .refused')", what="the refusal")
        check('decision "second" is not open' in text_of(b, "#decisions .refused"), "the refusal's reason is shown")
        # --- a pause shows at once
        srv.set_clock(now=440000, state="paused", speed=1000)
        b.wait("document.getElementById('clock-state').textContent === 'PAUSED'", timeout=2, what="the pause")
        before = text_of(b, "#clock-time")
        b.pump(1.2)
        check(text_of(b, "#clock-time") == before == "T+0:07:20", "a paused clock stands still")
        srv.set_clock(now=440000, state="running", speed=4000)
        b.wait("document.getElementById('clock-speed').textContent === '×4'", timeout=2, what="the speed change")
        # --- the server dies; the page says so and keeps a choice pending
        srv.emit(decision("hanoi", "third", 450000, None, {"en": "Tell the press?", "vi": "Thông báo báo chí?"}))
        b.wait("document.querySelector(\"button[data-key='opt:third:wait']\")", what="the third decision")
        # what the page holds is kept for a reload: up to the last event it was sent
        last_seen = len(drill.log)
        b.wait(f"JSON.parse(sessionStorage.getItem('drillhall.station.v1')).last === {last_seen}",
               what="the last seq kept in sessionStorage")
        srv.stop()
        b.wait("document.getElementById('link').textContent === 'reconnecting…'", what="reconnecting…")
        b.click("button[data-key='opt:third:wait']")
        b.wait("document.querySelector('#decisions .sending')", what="the pending choice")
        pending = b.js("JSON.parse(sessionStorage.getItem('drillhall.station.v1')).pending")
        check(len(pending) == 1 and pending[0]["decision"] == "third", "the choice waits in sessionStorage")
        b.screenshot(os.path.join(OUT, "station-team-360-reconnecting.png"))
        # the drill went on meanwhile (a resumed drill replays the same log)
        srv2 = Server(drill, web, tsv, crt, key, port=port)
        srv = srv2
        srv.emit(inject("hanoi", "after", 500000, {"en": "While you were away", "vi": "Khi bạn vắng mặt"}))
        srv.set_clock(now=500000, state="running", speed=1000)
        b.wait("document.getElementById('link').textContent === 'online'", timeout=20, what="back online")
        hellos = [m for m in sent_frames(b) if m.get("type") == "hello"]
        check(hellos[-1]["last"] == last_seen, f"hello.last is the last seq held ({hellos[-1]['last']} vs {last_seen})")
        check([p["ref"] for p in hellos[-1]["pending"]] == [pending[0]["ref"]], "the pending choice went again, same ref")
        b.wait("[...document.querySelectorAll('#inbox .title')].some(e => e.textContent === 'While you were away')",
               what="the catch-up")
        b.wait("document.querySelector('#decisions .ack') && /input no\\. 2/.test(document.querySelector('#decisions .ack').textContent)",
               what="the pending choice acknowledged")
        # --- a reload keeps what was received and rejoins where it was
        b.events.clear()
        b.call("Page.reload")
        b.wait("document.documentElement.dataset.ready && !document.getElementById('view').hidden", what="rejoined")
        hello = next(m for m in sent_frames(b) if m.get("type") == "hello")
        check(hello["last"] >= last_seen + 1 and hello["code"] == "HANOITEAM2", "a reload rejoins from the last seq")
        b.wait("document.querySelectorAll('#inbox .title').length === 3", what="the inbox after a reload")
        b.pump(0.3)
        check(b.js("[...document.querySelectorAll('#inbox details')].map(d => d.open)") == [True, False, False],
              "only the newest inject is open")
        # --- the other language, from the same catalog
        b.js("(() => { const s = document.getElementById('lang'); s.value = 'vi'; s.dispatchEvent(new Event('change')); })()")
        b.wait("document.getElementById('inbox-h').textContent === 'Hộp thư đến'", what="Vietnamese")
        check(b.js("document.documentElement.lang") == "vi", "the document says its language")
        b.screenshot(os.path.join(OUT, "station-team-360-vi.png"))
        check("HUE-SECRET" not in "".join(frames(b)), "no other team's data after the reconnect either")
    finally:
        b.close()
    # --- a projector-sized team page, then the other roles
    b = Browser(1920, 1080, [f"--ignore-certificate-errors-spki-list={spki}"])
    try:
        # a fresh tab: a wrong code is refused with the reason, and the form stays
        b.goto(base)
        b.wait("document.documentElement.dataset.ready && !document.getElementById('join').hidden", what="the form")
        b.click("#code")
        b.type("WRONG-CODE-99")
        b.click("#join-form button")
        b.wait("document.getElementById('join-error').textContent.includes('not valid')", what="the wrong code refused")
        check(b.js("document.getElementById('view').hidden"), "no station after a wrong code")
        # a scanned card in the same tab: the team page at projector size
        b.goto(base + "#code=HANOITEAM2")
        b.wait("document.querySelectorAll('#inbox .title').length === 3", what="the wide page")
        b.screenshot(os.path.join(OUT, "station-team-1920-en.png"), full=False)
        # the evaluator: notes, an adjustment with its reason
        b.goto(base + "#code=EVAL222222")
        b.wait("document.querySelector('.eval-team')", what="the evaluator page")
        b.wait("document.querySelector('.eval-teams .notes')", what="the facilitator notes")
        check("Expected: isolate" in text_of(b, ".eval-teams"), "an evaluator reads the facilitator notes")
        b.wait("!document.querySelector('#adj-points').disabled && !document.querySelector('.eval-forms button').disabled",
               what="the forms enabled")
        b.click("#adj-points")
        b.type("-2.5")
        b.click("#adj-reason")
        b.type("isolated the wrong host")
        b.click("[data-key='adj-send']")
        b.wait("document.querySelector('.eval-forms .ack')", what="the adjustment acknowledged")
        adj = [m for m in sent_frames(b) if m.get("type") == "adjust"]
        check(adj and adj[0]["milli"] == -2500 and adj[0]["reason"] == "isolated the wrong host", "the adjustment sent")
        b.wait("document.querySelector('.ev-adjust')", what="the adjustment in the team's feed")
        check(b.unnamed_controls() == [], "every button and field of the evaluator page has a name")
        b.screenshot(os.path.join(OUT, "station-evaluator-1920.png"), full=False)
        # the observer: ties share a rank
        b.events.clear()
        b.goto(base + "#code=WATCH22222")
        b.wait("document.querySelectorAll('.scores tbody tr').length === 3", what="the scoreboard")
        ranks = b.js("[...document.querySelectorAll('.scores tbody tr')].map(r => [r.dataset.team, r.querySelector('.rank').textContent])")
        check(ranks[0] == ["hanoi", "1"] and sorted(ranks[1:]) == [["dalat", "2"], ["hue", "2"]], f"tied teams share a rank: {ranks}")
        check("HUE-SECRET-PROMPT" not in "".join(frames(b)), "an observer gets decisions by id only")
        b.screenshot(os.path.join(OUT, "station-observer-1920.png"), full=False)
    finally:
        b.close()
        srv.stop()
    print(f"browser station (scripted server): {len(CHECKS)} checks passed")


if __name__ == "__main__":
    main()
