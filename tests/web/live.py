"""live.py — what the browser-station tests share around the real server:
`drillhall serve …` in the background, the join codes and certificate of its
record, and reading what the page sent and received (the bytes, not the DOM).

Every wait is bounded; a server is killed when the test dies."""
import json
import os
import re
import sqlite3
import subprocess
import threading
import time

from cdp import die_with_parent

CHECKS = []


def check(cond, what):
    CHECKS.append(what)
    if not cond:
        raise AssertionError(what)


class Serve:
    """`drillhall serve …` in the background, its stderr read as it comes."""

    def __init__(self, exe, args, lang="en"):
        self.p = subprocess.Popen([exe, "serve", *args], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, env=dict(os.environ, DRILLHALL_LANG=lang),
                                  preexec_fn=die_with_parent)
        self.err, self.ready = [], threading.Event()
        threading.Thread(target=self._read, daemon=True).start()
        self.killer = threading.Timer(150, self.p.kill)   # whatever happens, it stops
        self.killer.start()
        if not self.ready.wait(20):
            self.kill()
            raise AssertionError("the server did not start: " + "".join(self.err))
        text = "".join(self.err)
        self.port = int(re.search(r"serving wss://127\.0\.0\.1:(\d+)/ws", text).group(1))
        check(f"browser stations: https://127.0.0.1:{self.port}/" in text, "serve says where the page is")

    def _read(self):
        for line in iter(self.p.stderr.readline, b""):
            self.err.append(line.decode("utf-8", "replace"))
            if "join codes:" in self.err[-1]:
                self.ready.set()

    def wait_for(self, text, timeout=20):
        """until the server has said text on its terminal"""
        end = time.monotonic() + timeout
        while not any(text in line for line in self.err):
            if time.monotonic() > end or self.p.poll() is not None:
                raise AssertionError(f"the server never said {text!r}: {''.join(self.err)}")
            time.sleep(0.05)

    def start(self):
        """Enter on the terminal: starts a drill that waits, resumes a paused one"""
        self.p.stdin.write(b"\n")
        self.p.stdin.flush()

    def interrupt(self):
        """Ctrl-C on the terminal: pauses the drill and asks"""
        self.p.send_signal(2)

    def kill(self):
        if self.p.poll() is None:
            self.p.kill()
        self.p.wait(30)
        self.killer.cancel()


def clean(rec):
    for side in ("", "-wal", "-shm", ".codes", ".cert.pem", ".key.pem"):
        if os.path.exists(rec + side):
            os.remove(rec + side)


def codes_of(exe, rec):
    """{(role, id): code} from `drillhall codes REC`"""
    codes = {}
    out = subprocess.run([exe, "codes", rec, "--format", "csv"], capture_output=True, text=True, timeout=30)
    for line in out.stdout.splitlines()[1:]:
        cells = line.split(",")
        codes[(cells[0], cells[1])] = cells[-1]
    return codes


def spki_of(rec):
    """the server's own certificate, for --ignore-certificate-errors-spki-list: trust it and nothing else"""
    return subprocess.run(f"openssl x509 -in {rec}.cert.pem -pubkey -noout | openssl pkey -pubin -outform der"
                          " | openssl dgst -sha256 -binary | base64", shell=True, check=True,
                          capture_output=True, text=True).stdout.strip()


def progress_now(rec):
    """how far the server's drill has got (exercise ms), as it notes in its record"""
    db = sqlite3.connect(f"file:{rec}?mode=ro", uri=True)
    try:
        row = db.execute("SELECT now FROM progress").fetchone()
        return row[0] if row else 0
    finally:
        db.close()


def frames_in(b):
    return [e["params"]["response"]["payloadData"] for e in b.events
            if e["method"] == "Network.webSocketFrameReceived"]


def frames_out(b):
    return [json.loads(e["params"]["response"]["payloadData"]) for e in b.events
            if e["method"] == "Network.webSocketFrameSent"]


def text_of(b, sel):
    return b.js(f"(document.querySelector({json.dumps(sel)}) || {{}}).textContent || ''")


def set_lang(b, lang):
    b.js(f"(() => {{ const s = document.getElementById('lang'); s.value = '{lang}'; "
         "s.dispatchEvent(new Event('change')); })()")
