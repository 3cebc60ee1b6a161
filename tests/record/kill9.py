#!/usr/bin/env python3
"""kill9.py DRILLHALL SRC OUT [KILLS] — crash a paced drill at random moments.

A headless drill driven by a responses file (and random bots for the rest) is
paced in wall time and recorded. It is killed with SIGKILL at KILLS random
moments (default 24) and resumed after each one; the last resume runs to the
end. Its event log (deliveries, choices, expiries, points) must equal the
uninterrupted drill's byte for byte, its record must verify, and its inputs must
equal the uninterrupted record's: no acknowledged input was lost or doubled.
"""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

exe, src, out = sys.argv[1], sys.argv[2], sys.argv[3]
kills = int(sys.argv[4]) if len(sys.argv) > 4 else 24
seed = int(os.environ.get("KILL9_SEED", str(int(time.time()))))
rng = random.Random(seed)
os.makedirs(out, exist_ok=True)

scenario = os.path.join(src, "scenarios", "ransomware-contributions.lua")
roster = os.path.join(src, "scenarios", "rosters", "rehearsal-6.csv")
responses = os.path.join(src, "tests", "record", "rehearsal-responses.csv")
speed = "1500"   # the 3-hour drill in about 7 s of wall time
common = ["--headless", "--bots", "random", "--seed", "11"]


def path(name):
    return os.path.join(out, name)


def clean(*names):
    for n in names:
        for suffix in ("", "-wal", "-shm", ".tmp"):
            try:
                os.remove(path(n) + suffix)
            except FileNotFoundError:
                pass
        # temporaries of a killed writer: ".NAME.XXXXXX" (and their sidecars)
        for f in os.listdir(out):
            if f.startswith("." + n + "."):
                os.remove(os.path.join(out, f))


def inputs(drill):
    db = sqlite3.connect("file:%s?mode=ro" % drill, uri=True)
    rows = db.execute("SELECT seq, t, kind, source, team, decision, option, category, inject,"
                      " milli, speed_milli, text FROM inputs ORDER BY seq").fetchall()
    db.close()
    return rows


def fail(msg):
    print("kill9: FAIL (KILL9_SEED=%d): %s" % (seed, msg))
    sys.exit(1)


clean("ref.drill", "crash.drill", "ref.jsonl", "crash.jsonl")
subprocess.run([exe, "run", scenario, "--roster", roster, "--responses", responses, *common,
                "--record", path("ref.drill"), "--log", path("ref.jsonl")],
               check=True, stdout=subprocess.DEVNULL)

# a resume first rebuilds the drill: kill moments start after that, so that
# slow builds (sanitizers) and busy machines still crash the drill mid-run
t = time.time()
subprocess.run([exe, "replay", path("ref.drill")], check=True, stdout=subprocess.DEVNULL)
startup = time.time() - t

run = [exe, "run", scenario, "--roster", roster, "--responses", responses, *common,
       "--speed", speed, "--record", path("crash.drill"), "--log", path("crash.jsonl")]
resume = [exe, "resume", path("crash.drill"), "--headless", "--responses", responses,
          "--speed", speed, "--log", path("crash.jsonl")]

killed, started = 0, False
points = set()  # exercise times the drill had reached when killed
t0 = time.time()
while True:
    cmd = resume if started else run
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if killed < kills:
        try:
            p.wait(timeout=startup + rng.uniform(0.05, 1.0))
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGKILL)
            p.wait()
            killed += 1
            if os.path.exists(path("crash.drill")):
                started = True
                db = sqlite3.connect("file:%s?mode=ro" % path("crash.drill"), uri=True)
                points.add(db.execute("SELECT max(now, coalesce((SELECT max(t) FROM inputs),"
                                      " 0)) FROM progress").fetchone()[0])
                db.close()
            continue
    else:
        p.wait()
    err = p.stderr.read().decode()
    p.stderr.close()
    if p.returncode != 0:
        fail("%s exited %d: %s" % (cmd[1], p.returncode, err))
    if killed >= kills:
        break
    # it finished before the kill came: the drill is over, crash it again
    # from the start to use the remaining kills
    clean("crash.drill", "crash.jsonl")
    started = False

if len(points) < kills // 4:
    fail("only %d distinct crash points in %d kills: the kills did not spread over the drill"
         % (len(points), kills))
with open(path("ref.jsonl"), "rb") as a, open(path("crash.jsonl"), "rb") as b:
    ref, got = a.read(), b.read()
if ref != got:
    fail("the resumed drill's log differs from the uninterrupted one")
v = subprocess.run([exe, "verify", path("crash.drill")], capture_output=True, text=True)
if v.returncode != 0:
    fail("verify: " + v.stderr)
if inputs(path("ref.drill")) != inputs(path("crash.drill")):
    fail("the recorded inputs differ from the uninterrupted drill's")
print("kill9: %d kills at %d distinct exercise times up to T+%d min; %d events and %d inputs identical to the uninterrupted drill "
      "(%.1f s, KILL9_SEED=%d)" % (killed, len(points), max(points) // 60000, ref.count(b"\n"), len(inputs(path("ref.drill"))),
                                   time.time() - t0, seed))
