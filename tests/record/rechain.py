#!/usr/bin/env python3
"""rechain.py F.drill [--keep-progress] — recompute a record's whole chain the way
a forger would after editing rows: the scenario hash, the chain's start, every
input's hash and the progress checkpoint. Without the signing key the forger
cannot sign the new checkpoint, so the old signature stays. Mirrors
engine/record/dh_chain.c; keep the two in step.

--keep-progress leaves the progress row as it was (inputs added or cut, the
checkpoint not brought along)."""
import hashlib
import sqlite3
import sys

path = sys.argv[1]
keep_progress = "--keep-progress" in sys.argv[2:]
db = sqlite3.connect(path)


def b(s):
    return s.encode() if isinstance(s, str) else bytes(s)


def lp(s):
    s = b(s)
    return b"%d:" % len(s) + s


def sha(data):
    return hashlib.sha256(data).hexdigest()


(schema,) = db.execute("PRAGMA user_version").fetchone()
(eng, sfile, sid, sver, src, seed, lang, bots, created, signer) = db.execute(
    "SELECT engine_version, scenario_file, scenario_id, scenario_version, scenario_source,"
    " seed, lang, bots, created_us, signer FROM drill").fetchone()
scenario_sha = sha(b(src))
head = (b"drillhall-record %d\nengine " % schema + lp(eng) + b"\nscenario-file " + lp(sfile) +
        b"\nscenario-id " + lp(sid) + b"\nscenario-version %d\n" % sver)
head += (b"scenario " + b(scenario_sha) + b"\nseed " + b(seed) + b"\nlang " + b(lang) +
         b"\nbots " + b(bots) + b"\ncreated %d\nsigner " % created + b(signer or "none") + b"\n")
for tid, name, br, role, bname in db.execute(
        "SELECT id, name, bracket, role, bracket_name FROM teams ORDER BY idx"):
    # schema 4: the bracket's display name ("" when none)
    head += (b"team " + lp(tid) + b" " + lp(name) + b" " + lp(br) + b" " + lp(role) + b" " +
             lp(bname) + b"\n")
for row in db.execute("SELECT team, decision, option, at, line FROM responses ORDER BY idx"):
    head += b"response %d %d %d %d %d\n" % row
start = sha(head)
db.execute("UPDATE drill SET scenario_sha256 = ?, chain_start = ?", (scenario_sha, start))

prev = start
rows = db.execute("SELECT seq, t, wall_us, kind, source, team, decision, option, category,"
                  " inject, milli, speed_milli, text, ref, \"by\" FROM inputs ORDER BY seq").fetchall()
for (seq, t, wall, kind, source, team, dec, opt, cat, inj, milli, speed, text, ref, by) in rows:
    body = b"%d %d " % (t, wall) + b(kind) + b" " + b(source) + \
        b" %d %d %d %d %d %d %d %d " % (team, dec, opt, cat, inj, milli, speed, text is not None)
    body += lp(text or "")
    # schema 3: the station's ref and the evaluator's name
    body += b" ref %d " % (ref is not None) + lp(ref or "")
    body += b" by %d " % (by is not None) + lp(by or "")
    prev = sha(b(prev) + body)
    db.execute("UPDATE inputs SET hash = ? WHERE seq = ?", (prev, seq))

if not keep_progress:
    (now, ended) = db.execute("SELECT now, ended FROM progress").fetchone()
    cp = sha(b(prev) + b"checkpoint %d %d %d" % (len(rows), now, ended))
    db.execute("UPDATE progress SET ninputs = ?, head = ?, checkpoint = ?",
               (len(rows), prev, cp))
db.commit()
db.close()
