#!/usr/bin/env python3
"""A served drill survives its server being killed: 35 stations (a swarm of random
bots, plus an observer) on a recorded drill at high speed; the server is killed with
SIGKILL at random moments and resumed each time on the same port. At the end:

- every choice the swarm was acknowledged is in the record exactly once, as the
  input number it was acknowledged with, and in the replayed event log once, with
  the acknowledged option;
- the scoreboard the last server printed equals `drillhall replay` of the record;
- the observer's last `scores` equal the replayed totals.

Loopback only; every process is bounded in time and killed on the way out.

usage: kill9.py DRILLHALL SCENARIO ROSTER WORKDIR [KILLS]
"""
import csv
import hashlib
import json
import os
import random
import signal
import socket
import sqlite3
import ssl
import subprocess
import sys
import time

DH, SCENARIO, ROSTER, WORK = sys.argv[1:5]
KILLS = int(sys.argv[5]) if len(sys.argv) > 5 else 10
SPEED = "300"          # a 3-hour drill in 36 s of wall time
DEADLINE = time.monotonic() + 600
procs = []


def fail(msg):
    print("kill9: FAIL: " + msg, file=sys.stderr)
    raise SystemExit(1)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(args, out, err):
    p = subprocess.Popen([DH] + args, stdout=open(out, "w"), stderr=open(err, "w"),
                         stdin=subprocess.DEVNULL, cwd=WORK)
    procs.append(p)
    return p


def wait_listening(port, p, what):
    end = time.monotonic() + 30
    while time.monotonic() < end:
        if p.poll() is not None:
            fail(f"{what} exited {p.returncode} before listening")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    fail(f"{what} did not listen on 127.0.0.1:{port} within 30 s")


def fingerprint(pem_path):
    der = ssl.PEM_cert_to_DER_cert(open(pem_path).read())
    return hashlib.sha256(der).hexdigest()


def main():
    os.makedirs(WORK, exist_ok=True)
    record = os.path.join(WORK, "k9.drill")
    for suffix in ("", ".codes", ".cert.pem", ".key.pem", "-wal", "-shm"):
        if os.path.exists(record + suffix):
            os.remove(record + suffix)
    port = free_port()
    listen = f"127.0.0.1:{port}"
    server_args = ["--listen", listen, "--speed", SPEED]
    server = start(["serve", SCENARIO, "--roster", ROSTER, "--record", record] + server_args,
                   os.path.join(WORK, "serve-0.out"), os.path.join(WORK, "serve-0.err"))
    wait_listening(port, server, "serve")
    codes = os.path.join(WORK, "codes.csv")
    r = subprocess.run([DH, "codes", record, "--format", "csv", "-o", codes], cwd=WORK,
                       capture_output=True, text=True, timeout=30)
    if r.returncode != 0:
        fail("codes: " + r.stderr)
    rows = list(csv.DictReader(open(codes, encoding="utf-8-sig")))
    teams = [row for row in rows if row["role"] == "team"]
    if len(teams) != 35 or not any(row["role"] == "observer" for row in rows):
        fail(f"codes.csv has {len(teams)} team codes and no observer: {rows[:2]}")
    # the swarm: every team and the observer (evaluators are not needed here)
    swarm_codes = os.path.join(WORK, "swarm-codes.csv")
    with open(swarm_codes, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["role", "id", "name", "code"])
        w.writeheader()
        for row in rows:
            if row["role"] in ("team", "observer"):
                w.writerow({k: row[k] for k in ("role", "id", "name", "code")})
    pin = fingerprint(record + ".cert.pem")
    out = os.path.join(WORK, "swarm")
    swarm = start(["swarm", f"wss://{listen}", "--codes", swarm_codes, "--pin", pin,
                   "--bots", "random", "--out", out, "--seed", "7"],
                  os.path.join(WORK, "swarm.out"), os.path.join(WORK, "swarm.err"))

    rng = random.Random(int(os.environ.get("KILL9_SEED", "11")))
    for i in range(1, KILLS + 1):
        time.sleep(rng.uniform(0.8, 2.5))
        if server.poll() is not None:
            fail(f"server ended (exit {server.returncode}) before kill {i}: the drill ran out;"
                 " lower the speed")
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=10)
        server = start(["serve", record] + server_args,
                       os.path.join(WORK, f"serve-{i}.out"), os.path.join(WORK, f"serve-{i}.err"))
        wait_listening(port, server, f"resumed serve {i}")
    print(f"kill9: killed and resumed the server {KILLS} times")

    try:
        server.wait(timeout=max(1, DEADLINE - time.monotonic()))
    except subprocess.TimeoutExpired:
        fail("the last server did not finish the drill in time")
    if server.returncode != 0:
        fail(f"the last server exited {server.returncode}: "
             + open(os.path.join(WORK, f"serve-{KILLS}.err")).read()[-2000:])
    try:
        swarm.wait(timeout=60)
    except subprocess.TimeoutExpired:
        fail("the swarm did not stop after the drill ended")
    if swarm.returncode != 0:
        fail(f"swarm exited {swarm.returncode}: " + open(os.path.join(WORK, "swarm.err")).read()[-2000:])

    # every acknowledged choice is in the record exactly once
    acked = list(csv.DictReader(open(os.path.join(out, "acked.csv"), encoding="utf-8-sig")))
    if len(acked) < 35:
        fail(f"only {len(acked)} acknowledged choices: the bots did not play")
    db = sqlite3.connect(f"file:{record}?mode=ro", uri=True)
    team_idx = {tid: idx for idx, tid in db.execute("SELECT idx, id FROM teams")}
    seen_inputs = set()
    for a in acked:
        n = int(a["input"])
        if n in seen_inputs:
            fail(f"input {n} acknowledged twice")
        seen_inputs.add(n)
        row = db.execute("SELECT kind, team, decision FROM inputs WHERE seq = ?", (n,)).fetchone()
        if row is None:
            fail(f"acknowledged input {n} ({a}) is not in the record")
        kind, team, decision = row
        if kind != "choice" or team != team_idx[a["team"]]:
            fail(f"input {n} is {kind} of team {team}, acknowledged as {a}")
        count = db.execute("SELECT count(*) FROM inputs WHERE kind = 'choice' AND team = ? AND"
                           " decision = ?", (team, decision)).fetchone()[0]
        if count != 1:
            fail(f"{a['team']} / {a['decision']} has {count} choices in the record")
    db.close()

    # the replayed event log has each acknowledged choice once, with its option
    log = os.path.join(WORK, "replay.jsonl")
    rep = subprocess.run([DH, "replay", record, "--log", log], cwd=WORK, capture_output=True,
                         text=True, timeout=120)
    if rep.returncode != 0:
        fail("replay: " + rep.stderr)
    choices = {}
    totals = {}
    for line in open(log, encoding="utf-8"):
        ev = json.loads(line)
        if ev.get("type") == "choice":
            key = (ev["team"], ev["id"])
            choices[key] = choices.get(key, []) + [ev["option"]]
        if ev.get("type") in ("choice", "expire"):
            totals[ev["team"]] = totals.get(ev["team"], 0) + sum(ev.get("points", {}).values())
        elif ev.get("type") == "adjust":
            totals[ev["team"]] = totals.get(ev["team"], 0) + ev["points"]
    for a in acked:
        got = choices.get((a["team"], a["decision"]), [])
        if got != [a["option"]]:
            fail(f"replay has {got} for acknowledged {a}")

    # the last server's scoreboard is the replay's
    served = open(os.path.join(WORK, f"serve-{KILLS}.out"), encoding="utf-8").read()
    table = rep.stdout.strip().splitlines()[-35:]
    if not table or any(line not in served for line in table):
        fail("the served drill's final scoreboard differs from the replay:\n" + served[-3000:]
             + "\n---\n" + rep.stdout[-3000:])

    # the observer saw the final totals
    last_scores = None
    for line in open(os.path.join(out, "observer.jsonl"), encoding="utf-8"):
        msg = json.loads(line)
        if msg.get("type") == "scores":
            last_scores = msg
    if last_scores is None:
        fail("the observer received no scores")
    for t in last_scores["teams"]:
        if abs(t["total"] / 1000 - totals.get(t["id"], 0)) > 0.0015:
            fail(f"observer's last total for {t['id']} is {t['total']} milli, replay has"
                 f" {totals.get(t['id'], 0)}")
    print(f"kill9: {len(acked)} acknowledged choices, each in the record once;"
          f" scores equal the replay after {KILLS} kills")


try:
    main()
finally:
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait()
