#!/usr/bin/env python3
"""page_bench.py — the browser station's figures for `make bench`, through the
real server on 127.0.0.1: the page's size (every file it loads, bytes) and its
time to interactive in headless Chromium (navigation start to the station
joined and online, median of 7 fresh tabs).

usage: page_bench.py DRILLHALL SOURCE_DIR WORK_DIR"""
import os
import re
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, die_with_parent  # noqa: E402

EXE, SRC, WORK = sys.argv[1:4]
HERE = os.path.join(SRC, "tests", "web")
os.makedirs(WORK, exist_ok=True)
rec = os.path.join(WORK, "bench.drill")
for side in ("", "-wal", "-shm", ".codes", ".cert.pem", ".key.pem"):
    if os.path.exists(rec + side):
        os.remove(rec + side)
p = subprocess.Popen([EXE, "serve", os.path.join(HERE, "web-drill.lua"), "--roster", os.path.join(HERE, "web-roster.csv"),
                      "--record", rec, "--listen", "127.0.0.1:0", "--wait"],
                     stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                     preexec_fn=die_with_parent)
try:
    err, end = b"", time.monotonic() + 20
    while b"join codes" not in err and time.monotonic() < end:
        err += p.stderr.readline()
    port = int(re.search(rb"127\.0\.0\.1:(\d+)/ws", err).group(1))
    codes = subprocess.run([EXE, "codes", rec], capture_output=True, text=True, timeout=30).stdout.splitlines()
    code = next(l.split(",")[-1] for l in codes if l.startswith("team,"))
    spki = subprocess.run(f"openssl x509 -in {rec}.cert.pem -pubkey -noout | openssl pkey -pubin -outform der"
                          " | openssl dgst -sha256 -binary | base64", shell=True, check=True,
                          capture_output=True, text=True).stdout.strip()
    b = Browser(390, 844, [f"--ignore-certificate-errors-spki-list={spki}"])
    try:
        times, size = [], 0
        for i in range(7):
            b.call("Network.clearBrowserCache")
            b.goto("about:blank")
            b.js("1")
            b.events.clear()
            b.goto(f"https://127.0.0.1:{port}/#code={code}")
            b.wait("document.getElementById('link') && document.getElementById('link').textContent === 'online'",
                   timeout=30, what="the station online")
            times.append(b.js("performance.getEntriesByName('drillhall-ready')[0].startTime"))
            b.js("sessionStorage.clear()")
            size = sum(e["params"]["encodedDataLength"] for e in b.events if e["method"] == "Network.loadingFinished")
        print(f"web_page_bytes {size} bytes")
        print(f"web_page_interactive_ms {statistics.median(times):.1f} ms")
    finally:
        b.close()
finally:
    p.kill()
    p.wait()
