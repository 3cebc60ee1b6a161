#!/usr/bin/env python3
"""mistakes_check.py DOC FIXTURES BINDIR — runs every row of docs/author-mistakes.md.

Each row names a command (run with bash from a fresh copy of FIXTURES, with
BINDIR first on PATH), its exit status and the exact lines it prints (code spans
separated by <br>). Every line must be printed, whole, and the lines one stream
prints must come in the order the row gives them."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

doc, fixtures, bindir = (os.path.abspath(p) for p in sys.argv[1:4])
span = re.compile(r"``(.+?)``|`([^`]+)`")
fails, rows = [], 0
with tempfile.TemporaryDirectory() as tmp:
    work = os.path.join(tmp, "fixtures")
    shutil.copytree(fixtures, work)
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"], DRILLHALL_LANG="en")
    for line in open(doc, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or not cells[0].isdigit():
            continue
        num, _, cmd, code, said = cells
        if cmd == "—":
            continue
        rows += 1
        cmd = span.fullmatch(cmd)
        cmd = cmd and (cmd.group(1) or cmd.group(2))
        if not cmd or not cmd.startswith("drillhall "):
            fails.append(f"row {num}: no command to run")
            continue
        want = [m.group(1) or m.group(2) for part in said.split("<br>")
                for m in [span.fullmatch(part.strip(" "))] if m]
        if not want:
            fails.append(f"row {num}: no message to compare")
            continue
        p = subprocess.run(["bash", "-c", cmd], cwd=work, env=env, capture_output=True,
                           text=True, timeout=300)
        if str(p.returncode) != code:
            fails.append(f"row {num}: `{cmd}` exited {p.returncode}, the page says {code}")
        streams = {"stdout": p.stdout.splitlines(), "stderr": p.stderr.splitlines()}
        last = {"stdout": -1, "stderr": -1}
        for w in want:
            where = [(s, lines.index(w)) for s, lines in streams.items() if w in lines]
            if not where:
                fails.append(f"row {num}: `{cmd}` did not print:\n    {w}\n  it printed:\n    "
                             + "\n    ".join(streams["stderr"] + streams["stdout"]))
                continue
            s, i = where[0]
            if i < last[s]:
                fails.append(f"row {num}: printed out of the page's order: {w}")
            last[s] = i
for f in fails:
    print("FAIL:", f)
print(f"{rows} rows run, {len(fails)} problem(s)")
sys.exit(1 if fails or rows < 20 else 0)
