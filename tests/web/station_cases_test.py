#!/usr/bin/env python3
"""station_cases_test.py — the browser station's harder cases, each made to
happen for real on the real server (`drillhall serve`, paused with Ctrl-C,
killed with SIGKILL and resumed on the same port), in headless Chromium on
127.0.0.1 only (scenario tests/web/web-cases.lua, three teams):

- an inject whose title holds markup is shown as text;
- a pause shows at once and the clock stands still; a resume at another speed
  shows the new speed;
- a choice pressed while the server is down waits in the tab's sessionStorage;
  the tab leaves and comes back (a reload) only once the resumed drill has
  passed the decision's deadline: the page rejoins from the last event it held,
  resends the choice, and the server refuses it, with its reason on the page;
- the scoreboard shows two teams tied at zero sharing a rank.

usage: station_cases_test.py DRILLHALL SOURCE_DIR OUT_DIR
Every wait is bounded; the servers and the browser are killed at the end."""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402
from live import (CHECKS, Serve, check, clean, codes_of, frames_in, frames_out, progress_now,  # noqa: E402
                  set_lang, spki_of, text_of)

EXE, SRC, OUT = sys.argv[1:4]
HERE = os.path.join(SRC, "tests", "web")
os.makedirs(OUT, exist_ok=True)
REC = os.path.join(OUT, "cases.drill")
STORE = "JSON.parse(sessionStorage.getItem('drillhall.station.v1'))"


def main():
    clean(REC)
    srv = Serve(EXE, [os.path.join(HERE, "web-cases.lua"), "--roster", os.path.join(HERE, "web-cases-roster.csv"),
                      "--record", REC, "--listen", "127.0.0.1:0", "--speed", "60", "--wait"])
    srv2 = None
    port = srv.port
    base = f"https://127.0.0.1:{port}/"
    codes = codes_of(EXE, REC)
    b = Browser(390, 844, [f"--ignore-certificate-errors-spki-list={spki_of(REC)}"])
    try:
        b.goto(f"{base}#code={codes[('team', 'hanoi')]}")
        b.wait("document.getElementById('link').textContent === 'online'", what="joined, online")
        srv.start()
        # --- markup in an inject's title stays text
        b.wait("[...document.querySelectorAll('#inbox .title')].some(e => e.textContent.startsWith('<img src=x'))",
               what="the inject with markup in its title, as text")
        check(b.js("document.querySelectorAll('#inbox img').length") == 0 and not b.js("window.pwned"),
              "markup from the network is never markup")
        b.click("button[data-key='opt:triage:isolate']")
        b.wait("document.querySelector('#decisions .ack')", what="the first choice acknowledged")
        b.wait("/Recorded \\(input no\\. \\d+\\)/.test(document.getElementById('announce').textContent)",
               what="the acknowledgement told to a screen reader")
        b.wait("/Isolate the server/.test(document.getElementById('choices').textContent)",
               what="the choice among the team's own choices")
        # --- a pause (Ctrl-C on the server's terminal) shows at once
        b.wait("document.querySelector(\"button[data-key='opt:statement:holding']\")", what="the second decision")
        b.wait("/New decision: Give a statement\\?/.test(document.getElementById('announce').textContent)",
               what="the new decision told to a screen reader")
        srv.interrupt()
        srv.wait_for("paused at")
        check(text_of(b, "#clock-speed") == "×60", "the page shows the drill's speed")
        b.wait("document.getElementById('clock-state').textContent === 'PAUSED'", what="the pause on the page")
        b.wait("/\\(paused\\)/.test(document.querySelector('#decisions .countdown').textContent)",
               what="the countdown says it is paused")
        still = (text_of(b, "#clock-time"), text_of(b, "#decisions .countdown"))
        b.pump(1.2)
        check((text_of(b, "#clock-time"), text_of(b, "#decisions .countdown")) == still,
              f"a paused clock and its countdown stand still: {still}")
        opened = next(json.loads(f) for f in frames_in(b) if '"statement"' in f and '"open"' in f)
        deadline = opened["deadline"]
        last = max(json.loads(f).get("seq", 0) for f in frames_in(b))
        # --- the server dies; a choice pressed meanwhile waits in the tab
        srv.kill()
        b.wait("document.getElementById('link').textContent === 'reconnecting…'", what="reconnecting…")
        b.wait("document.body.classList.contains('stale')", what="the clock marked stale")
        b.click("button[data-key='opt:statement:holding']")
        b.wait("document.querySelector('#decisions .sending')", what="the choice waiting")
        check("Not sent yet" in text_of(b, "#decisions .sending"), "the page says the choice is not sent yet")
        pending = b.js(f"{STORE}.pending")
        check([(p["decision"], p["option"]) for p in pending] == [("statement", "holding")],
              f"the choice waits in sessionStorage: {pending}")
        check(b.js(f"{STORE}.last") == last, "what the page holds is kept up to its last event")
        inbox_before = b.js("document.querySelectorAll('#inbox .title').length")
        # the tab leaves (its sessionStorage stays with it) while the drill goes
        # on without it: resumed, paused as it was recorded, then run on faster
        b.goto("about:blank")
        b.wait("location.href === 'about:blank'", what="the tab away from the page")
        srv2 = Serve(EXE, [REC, "--listen", f"127.0.0.1:{port}", "--speed", "120"])
        srv2.wait_for("resuming at")
        srv2.interrupt()
        srv2.wait_for("paused at")
        srv2.start()
        end = time.monotonic() + 60
        while progress_now(REC) <= deadline:
            check(time.monotonic() < end, "the resumed drill passes the decision's deadline")
            time.sleep(0.2)
        # --- back in the tab (a reload): it rejoins from what it held
        b.events.clear()
        b.goto(base)
        b.wait("document.getElementById('link').textContent === 'online'", timeout=30, what="back online")
        hello = next(m for m in frames_out(b) if m.get("type") == "hello")
        check(hello["last"] == last and [p["ref"] for p in hello["pending"]] == [pending[0]["ref"]],
              f"the reload rejoins from the last event held, with the waiting choice: {hello}")
        b.wait("document.querySelector('#decisions .refused')", what="the refusal")
        refusal = text_of(b, "#decisions .refused")
        check('Not accepted: decision "statement" is not open for team "hanoi"' in refusal,
              f"the server's reason is on the page: {refusal!r}")
        refused = [json.loads(f) for f in frames_in(b) if '"refused"' in f]
        check(len(refused) == 1 and refused[0]["ref"] == pending[0]["ref"], "the server refused that very choice")
        check(b.js(f"{STORE}.pending") == [], "a refused choice no longer waits")
        b.wait(f"document.querySelectorAll('#inbox .title').length > {inbox_before}",
               what="the catch-up after the reload")
        b.wait("/time ran out/.test(document.getElementById('choices').textContent)",
               what="the expired decision among the team's choices")
        b.wait("document.getElementById('clock-speed').textContent === '×120'", what="the new speed")
        check(not b.js("document.body.classList.contains('stale')"), "the clock is live again")
        set_lang(b, "vi")
        b.wait("document.getElementById('inbox-h').textContent === 'Hộp thư đến'", what="Vietnamese")
        check(b.js("document.documentElement.lang") == "vi", "the document says its language")
        check(b.unnamed_controls() == [], "every control of the team page has a name")
        b.screenshot(os.path.join(OUT, "cases-team-390-vi.png"))
    finally:
        b.close()
    w = Browser(1920, 1080, [f"--ignore-certificate-errors-spki-list={spki_of(REC)}"])
    try:
        # --- the scoreboard: hanoi scored, hue and danang tie at zero
        w.goto(f"{base}#code={codes[('observer', 'observer')]}")
        w.wait("document.querySelectorAll('.scores tbody tr').length === 3", what="the scoreboard")
        ranks = w.js("[...document.querySelectorAll('.scores tbody tr')]"
                     ".map(r => [r.dataset.team, r.querySelector('.rank').textContent])")
        check(ranks[0] == ["hanoi", "1"] and sorted(ranks[1:]) == [["danang", "2"], ["hue", "2"]],
              f"tied teams share a rank: {ranks}")
        raw = "".join(frames_in(w))
        check("Give a statement?" not in raw and "Isolate the server" not in raw and '"statement"' in raw,
              "an observer gets decisions by id, without their prompts and options")
        w.screenshot(os.path.join(OUT, "cases-observer-1920.png"), full=False)
    finally:
        w.close()
        if srv2:
            srv2.kill()
        srv.kill()
    print(f"browser station (cases, live server): {len(CHECKS)} checks passed")


if __name__ == "__main__":
    main()
