#!/usr/bin/env python3
"""a11y_test.py — axe-core (from the npm registry, pinned in tests/web/package.json)
run inside headless Chromium on every page of the browser station, in English
and in Vietnamese: the join form, the team station, the evaluator page and the
observer's scoreboard, each filled by a real drill on the real server, and the
team's feedback form after the end of a second, short drill (tests/web/
web-feedback.lua, served with --hot-wash). Fails on
any violation axe rates serious or critical, and prints them; the moderate and
minor ones are printed too, for a person to weigh.

usage: a11y_test.py DRILLHALL SOURCE_DIR OUT_DIR AXE_JS
Loopback only; every wait is bounded; the server and the browser stop."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402
from live import CHECKS, Serve, check, clean, codes_of, set_lang, spki_of  # noqa: E402

EXE, SRC, OUT, AXE = sys.argv[1:5]
HERE = os.path.join(SRC, "tests", "web")
REC = os.path.join(OUT, "a11y.drill")
REC_FB = os.path.join(OUT, "a11y-feedback.drill")
ONLINE = "['online', 'trực tuyến'].includes(document.getElementById('link').textContent)"


def axe(b, page):
    """axe's serious and critical findings on what the page shows now"""
    every = b.js("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations"
                 ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
                 " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)})))")
    for v in every:
        print(f"{page}: {v['impact']} {v['id']}: {v['help']}", file=sys.stderr)
        for n in v["nodes"]:
            print(f"    {n}", file=sys.stderr)
    return [v for v in every if v["impact"] in ("serious", "critical")]


def main():
    if not os.path.exists(AXE):
        sys.exit(f"a11y_test.py: axe-core is not installed ({AXE} is missing): "
                 "run `npm ci --prefix tests/web` (make test does)")
    with open(AXE, encoding="utf-8") as f:
        axe_src = f.read()
    os.makedirs(OUT, exist_ok=True)
    clean(REC)
    srv = Serve(EXE, [os.path.join(HERE, "web-drill.lua"), "--roster", os.path.join(HERE, "web-roster.csv"),
                      "--evaluators", os.path.join(HERE, "web-evaluators.csv"), "--record", REC,
                      "--listen", "127.0.0.1:0", "--speed", "60"])
    base = f"https://127.0.0.1:{srv.port}/"
    codes = codes_of(EXE, REC)
    # a drill of six exercise minutes at 60×: over in seconds, then its hot wash
    clean(REC_FB)
    fbsrv = Serve(EXE, [os.path.join(HERE, "web-feedback.lua"), "--roster", os.path.join(HERE, "web-roster.csv"),
                        "--record", REC_FB, "--listen", "127.0.0.1:0", "--speed", "60", "--hot-wash"])
    fbcode = codes_of(EXE, REC_FB)[("team", "hanoi")]
    pages = [("join", None, "!document.getElementById('join').hidden"),
             ("team", codes[("team", "hanoi")], "document.querySelector('#inbox .title')"),
             ("evaluator", codes[("evaluator", "ev-1")], "document.querySelector('.eval-teams .notes')"),
             ("observer", codes[("observer", "observer")], "document.querySelectorAll('.scores tbody tr').length"),
             ("feedback", fbcode, "document.querySelectorAll('#feedback:not([hidden]) .fb-q').length === 4")]
    bases = {"feedback": f"https://127.0.0.1:{fbsrv.port}/"}
    spki = ",".join((spki_of(REC), spki_of(REC_FB)))
    failures = {}
    try:
        for width, height in ((390, 844), (1920, 1080)):
            b = Browser(width, height, [f"--ignore-certificate-errors-spki-list={spki}"])
            try:
                for name, code, shown in pages:
                    b.goto("about:blank")
                    b.goto(bases.get(name, base) + (f"#code={code}" if code else ""))
                    b.wait("document.documentElement.dataset.ready", what=f"{name}: the page")
                    if code:
                        b.wait(ONLINE, what=f"{name}: online")
                    b.wait(shown, timeout=30, what=f"{name}: its content")
                    b.js(axe_src)
                    check(b.js("typeof axe.run") == "function", "axe-core runs inside the page")
                    for lang in ("en", "vi"):
                        if code:
                            set_lang(b, lang)
                        else:
                            b.js(f"(() => {{ const s = document.getElementById('join-lang'); s.value = '{lang}'; "
                                 "s.dispatchEvent(new Event('change')); })()")
                        b.wait(f"document.documentElement.lang === '{lang}'", what=f"{name}: {lang}")
                        b.pump(0.3)
                        page = f"{name} {lang} {width}px"
                        found = axe(b, page)
                        if found:
                            failures[page] = [v["id"] for v in found]
                        CHECKS.append(page)
            finally:
                b.close()
    finally:
        srv.kill()
        fbsrv.kill()
    check(not failures, f"axe found serious or critical violations: {json.dumps(failures)}")
    print(f"accessibility (axe-core): {len(CHECKS)} pages and checks passed")


if __name__ == "__main__":
    main()
