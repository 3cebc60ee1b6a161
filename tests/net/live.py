#!/usr/bin/env python3
"""live.py — the live drill through the real TLS server, on 127.0.0.1 only.

usage: live.py DRILLHALL SOURCE_DIR OUT_DIR (drill|hostile)

drill:   a served drill from its start to its end with a team station, an
         evaluator and an observer: what the team received holds nothing it may
         not see (checked on the bytes); a choice is acknowledged only once it is
         in the record; a repeated ref gets the same ack and is applied once; a
         choice for a closed decision, another team's decision or after the end
         is refused and recorded nowhere.
hostile: wrong codes (then the rate limit), an older protocol, oversized,
         malformed, binary and unknown messages, a wrong path: each refused with
         its reason, and a good station keeps being served throughout.
Every wait is bounded; the server is killed if it outlives the test."""
import os
import re
import sqlite3
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wsclient import Closed, Station  # noqa: E402

exe, src, out, which = sys.argv[1:5]
here = os.path.join(src, "tests", "net")
os.makedirs(out, exist_ok=True)
failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


class Server:
    def __init__(self, name, *extra, wait=False, speed="60"):
        self.rec = os.path.join(out, name + ".drill")
        for side in ("", "-wal", "-shm", ".codes", ".cert.pem", ".key.pem"):
            if os.path.exists(self.rec + side):
                os.remove(self.rec + side)
        args = [exe, "serve", os.path.join(here, "net.lua"), "--listen", "127.0.0.1:0",
                "--record", self.rec, "--roster", os.path.join(here, "net-roster.csv"),
                "--evaluators", os.path.join(here, "evaluators.csv"), "--speed", speed] + list(extra)
        if wait:
            args.append("--wait")
        self.p = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=dict(os.environ, DRILLHALL_LANG="en"))
        self.err = []
        self.ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()
        self.killer = threading.Timer(120, self.p.kill)
        self.killer.start()
        if not self.ready.wait(20):
            self.p.kill()
            sys.exit("the server did not start: " + "".join(self.err))
        text = "".join(self.err)
        self.port = int(re.search(r"serving wss://127\.0\.0\.1:(\d+)/ws", text).group(1))
        self.fp = re.search(r"fingerprint \(SHA-256\): ([0-9A-F:]{95})", text).group(1)
        codes = subprocess.run([exe, "codes", self.rec], capture_output=True, text=True, timeout=30)
        check(codes.returncode == 0, "codes CSV while the drill is served")
        self.codes = {}
        for line in codes.stdout.splitlines()[1:]:
            role, ident, _name, code = line.rsplit(",", 3)[0:1] + line.split(",")[1:2] + [None, line.rsplit(",", 1)[1]]
            self.codes[(role, ident)] = code

    def _read(self):
        for line in iter(self.p.stderr.readline, b""):
            self.err.append(line.decode("utf-8", "replace"))
            if "join codes:" in self.err[-1]:
                self.ready.set()

    def station(self, role, ident, last=0, **kw):
        s = Station(self.port, self.fp, **kw)
        s.send({"type": "hello", "proto": 1, "code": self.codes[(role, ident)], "last": last,
                "lang": "en", "client": "live.py"})
        return s

    def start(self):
        self.p.stdin.write(b"\n")
        self.p.stdin.flush()

    def stop(self):
        if self.p.poll() is None:
            self.p.terminate()
        try:
            self.p.wait(30)
        except subprocess.TimeoutExpired:
            self.p.kill()
        self.killer.cancel()
        return self.p.returncode

    def inputs(self, where="1"):
        db = sqlite3.connect("file:%s?mode=ro" % self.rec, uri=True)
        rows = db.execute('SELECT seq, kind, team, decision, option, ref, "by" FROM inputs WHERE ' + where).fetchall()
        db.close()
        return rows


def drill():
    srv = Server("drill", wait=True, speed="60")
    team = srv.station("team", "t-alpha")
    welcome = team.recv()
    check(welcome["type"] == "welcome" and welcome["role"] == "team" and welcome["id"] == "t-alpha",
          "the team's code opens a team station: %s" % welcome.get("type"))
    check([t["id"] for t in welcome["teams"]] == ["t-alpha"], "a team's welcome names only its own team")
    check(team.until(lambda m: m["type"] == "ready")["seq"] == 0, "ready before the start: seq 0")
    ev = srv.station("evaluator", "ev-1")
    check(ev.recv()["name"] == "Trần Minh", "the evaluator's welcome carries its name")
    obs = srv.station("observer", "observer")
    check(obs.recv()["role"] == "observer", "the observers' code opens an observer station")
    srv.start()
    opened = team.until(lambda m: m["type"] == "open" and m["decision"]["id"] == "triage")
    check("points" not in str(opened["decision"]["options"]), "a team's open decision has no points")
    team.send({"type": "choose", "ref": "s1-1", "decision": "triage", "option": "report"})
    ack = team.until(lambda m: m["type"] in ("ack", "refused") and m["ref"] == "s1-1")
    check(ack["type"] == "ack", "the choice is acknowledged: %s" % ack)
    # durable before acknowledged: the row is in the record when the ack arrives
    rows = srv.inputs("ref = 's1-1'")
    check(len(rows) == 1 and rows[0][0] == ack.get("input") and rows[0][1] == "choice",
          "the acknowledged choice is in the record as input %s: %s" % (ack.get("input"), rows))
    team.send({"type": "choose", "ref": "s1-1", "decision": "triage", "option": "ignore"})
    again = team.until(lambda m: m["type"] in ("ack", "refused") and m["ref"] == "s1-1")
    check(again == ack, "the same ref again gets the same ack: %s" % again)
    team.send({"type": "choose", "ref": "s1-2", "decision": "triage", "option": "ignore"})
    closed = team.until(lambda m: m["type"] in ("ack", "refused") and m["ref"] == "s1-2")
    check(closed["type"] == "refused" and "triage" in closed["reason"],
          "a choice for an answered decision is refused: %s" % closed)
    time.sleep(1.5)  # bravo's decision is open by T+0:02
    team.send({"type": "choose", "ref": "s1-3", "decision": "bravo-dec", "option": "yes"})
    other = team.until(lambda m: m["type"] in ("ack", "refused") and m["ref"] == "s1-3")
    check(other["type"] == "refused", "a choice for another team's decision is refused: %s" % other)
    ev.send({"type": "adjust", "ref": "e1-1", "team": "t-alpha", "category": "contain",
             "milli": -2000, "reason": "REASON-EVALUATOR"})
    eack = ev.until(lambda m: m["type"] in ("ack", "refused") and m["ref"] == "e1-1")
    check(eack["type"] == "ack", "the evaluator's adjustment is acknowledged: %s" % eack)
    ev.send({"type": "adjust", "ref": "e1-2", "team": "t-bravo", "category": "contain",
             "milli": 1000, "reason": "x"})
    eref = ev.until(lambda m: m["type"] in ("ack", "refused") and m["ref"] == "e1-2")
    check(eref["type"] == "refused", "an adjustment for a team the evaluator does not evaluate is refused")
    team.until(lambda m: m["type"] == "end", timeout=30)
    team.send({"type": "choose", "ref": "s1-4", "decision": "triage", "option": "ignore"})
    late = team.until(lambda m: m["type"] in ("ack", "refused") and m["ref"] == "s1-4")
    check(late["type"] == "refused", "a choice after the end is refused: %s" % late)
    for s in (team, ev, obs):
        s.drain(0.3)
        s.close()
    rc = srv.stop()
    check(rc == 0, "the server ends the drill and exits 0 (%s)" % rc)
    rows = srv.inputs("ref IS NOT NULL")
    check(sorted(r[5] for r in rows) == ["e1-1", "s1-1"],
          "only the accepted inputs are recorded, once each: %s" % [r[5] for r in rows])
    check([r[6] for r in rows if r[5] == "e1-1"] == ["Trần Minh"], "the adjustment names its evaluator")
    v = subprocess.run([exe, "verify", srv.rec], capture_output=True, text=True, timeout=60)
    check(v.returncode == 0, "the served record verifies: " + v.stderr.strip())

    # hidden information, on the bytes the team station received (but the
    # refusals of its own test inputs, which echo the ids it sent)
    def bytes_of(st):
        return b"".join(f for f in st.frames if not f.startswith(b'{"type":"refused"'))
    check(all(f.startswith((b'{"seq"', b'{"type"')) for f in team.frames), "every frame is one object")
    got = bytes_of(team)
    for secret in (b"t-bravo", b"t-charlie", b"Bravo", b"Charlie", b"NOTE-SECRET", b"TITLE-BRAVO-ONLY",
                   b"PROMPT-BRAVO", b"TITLE-NEVER", b"never", b"REASON-ESCALATED", b"REASON-EVALUATOR",
                   b'"points"', b"Tr\xe1\xba\xa7n Minh", b"bravo-dec"):
        check(secret not in got, "the team station never received %r" % secret)
    for seen in (b"TITLE-PHISH", b'"triage"', b'"end"', b'"clock"'):
        check(seen in got, "the team station received %r (the filter is not empty-handed)" % seen)
    egot = bytes_of(ev)
    check(b"NOTE-SECRET-PHISH" in egot and b'"points"' in egot and b"REASON-ESCALATED" in egot,
          "the evaluator receives its team's notes, points and adjustments")
    check(b"t-bravo" not in egot and b"TITLE-BRAVO-ONLY" not in egot,
          "the evaluator receives nothing of a team it does not evaluate")
    ogot = bytes_of(obs)
    check(b'"scores"' in ogot and b"NOTE-SECRET" not in ogot and b"REASON-" not in ogot,
          "the observer receives scores, no notes and no reasons")


def expect_refuse(s, reason, what, contains=None):
    try:
        m = s.until(lambda m: m["type"] == "refuse", timeout=10)
    except (Closed, TimeoutError) as e:
        check(False, "%s: no refuse (%s)" % (what, e))
        return
    ok = m["reason"] == reason and (contains is None or contains in m.get("message", ""))
    check(ok, "%s: refuse %s (%s)" % (what, m["reason"], m.get("message")))
    try:
        s.recv(5)
        check(False, what + ": the connection stays open after the refusal")
    except Closed:
        check(True, what + ": the connection is closed after the refusal")
    except TimeoutError:
        check(False, what + ": the connection stays open after the refusal")
    s.close()


def hostile():
    srv = Server("hostile", speed="1")
    good = srv.station("team", "t-alpha")
    check(good.recv()["type"] == "welcome", "a good station joins")
    good.until(lambda m: m["type"] == "ready")

    s = Station(srv.port, srv.fp)
    s.send({"type": "hello", "proto": 0, "code": srv.codes[("team", "t-bravo")]})
    expect_refuse(s, "proto", "an older protocol", "version 0")
    s = Station(srv.port, srv.fp)
    s.send_raw(b'{"type":"hello","proto":1,"code":"' + b"A" * 70000 + b'"}')
    expect_refuse(s, "too-large", "a 70 kB message")
    s = Station(srv.port, srv.fp)
    s.send_raw(b'{"type":"hello",')
    expect_refuse(s, "bad-message", "malformed JSON")
    s = Station(srv.port, srv.fp)
    s.send_raw(b"\x00\x01\x02", opcode=2)
    expect_refuse(s, "bad-message", "a binary frame")
    s = Station(srv.port, srv.fp)
    s.send({"type": "choose", "ref": "x", "decision": "triage", "option": "report"})
    expect_refuse(s, "bad-message", "a choice before hello")
    s = srv.station("team", "t-bravo")
    s.until(lambda m: m["type"] == "ready")
    s.send({"type": "launch-missiles"})
    expect_refuse(s, "bad-message", "an unknown message type", "launch-missiles")
    try:
        Station(srv.port, srv.fp, path="/other")
        check(False, "a WebSocket on another path is refused")
    except Closed:
        check(True, "a WebSocket on another path is refused")
    good.until(lambda m: m["type"] == "clock", timeout=5)
    check(True, "the good station is still served after the hostile ones")

    for i in range(5):
        s = Station(srv.port, srv.fp)
        s.send({"type": "hello", "proto": 1, "code": "2222-2222-2%d" % i, "last": 0})
        expect_refuse(s, "code", "wrong code %d" % (i + 1), "not valid")
    s = srv.station("team", "t-charlie")
    expect_refuse(s, "rate", "a right code after 5 wrong ones from this address (rate limit)")
    good.until(lambda m: m["type"] == "clock", timeout=5)
    check(True, "the good station is still served after the rate limit")
    good.close()
    rc = srv.stop()
    check(rc == 0, "SIGTERM stops the served drill (exit %s)" % rc)
    text = "".join(srv.err)
    check(text.count("refused (code)") == 1, "wrong codes are logged once per address")
    check("stopped at" in text, "a stopped drill says where it stopped")
    check(len(srv.inputs()) == 0, "no hostile message was recorded")


{"drill": drill, "hostile": hostile}[which]()
print("%d failure(s)" % len(failures))
sys.exit(1 if failures else 0)
