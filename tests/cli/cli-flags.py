#!/usr/bin/env python3
# cli-flags.py — the flag documentation cannot drift from the flag tables.
#
# 1. docs/cli.md is exactly what `drillhall help --markdown` writes from each
#    command's dh_opt table (the one that parses the flags), so a flag added,
#    renamed or removed in code and not in the docs fails here with the diff.
# 2. README.md links docs/cli.md, and every `| flag | meaning |` table in it
#    (each preceded by `<!-- flags: COMMAND -->`) names only flags COMMAND has.
#
# usage: cli-flags.py DRILLHALL SOURCE_DIR
import difflib
import os
import re
import subprocess
import sys


def sections(markdown):
    """command -> set of flags, from docs/cli.md's tables."""
    out, cmd = {}, None
    for line in markdown.splitlines():
        m = re.match(r"## (\S+)$", line)
        if m:
            cmd = m.group(1)
            out[cmd] = {"--help"}
        m = re.match(r"\| `(-[-\w]*)", line)
        if m and cmd:
            out[cmd].add(m.group(1))
    return out


def main():
    exe, src = sys.argv[1], sys.argv[2]
    env = dict(os.environ, DRILLHALL_LANG="en")
    got = subprocess.run([exe, "help", "--markdown"], env=env, check=True,
                         capture_output=True, text=True).stdout
    with open(os.path.join(src, "docs/cli.md"), encoding="utf-8") as f:
        want = f.read()
    errors = []
    if got != want:
        sys.stdout.writelines(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                   "docs/cli.md", "drillhall help --markdown"))
        errors.append("docs/cli.md is not what `drillhall help --markdown` writes: regenerate it")
    flags = sections(got)
    if len(flags) < 10:
        errors.append(f"docs/cli.md documents only {sorted(flags)}")
    with open(os.path.join(src, "README.md"), encoding="utf-8") as f:
        readme = f.read().splitlines()
    if not any("docs/cli.md" in line for line in readme):
        errors.append("README.md: no link to docs/cli.md")
    tables = 0
    for i, line in enumerate(readme):
        if not re.match(r"\|\s*flag\s*\|\s*meaning\s*\|", line):
            continue
        tables += 1
        marker = next((readme[j] for j in range(i - 1, -1, -1) if readme[j].strip()), "")
        m = re.match(r"<!-- flags: (\S+) -->", marker)
        if not m or m.group(1) not in flags:
            errors.append(f"README.md:{i + 1}: a flag table without `<!-- flags: COMMAND -->` above it")
            continue
        for j in range(i + 2, len(readme)):
            row = re.match(r"\| `(-[-\w]*)", readme[j])
            if not readme[j].startswith("|"):
                break
            if not row or row.group(1) not in flags[m.group(1)]:
                errors.append(f"README.md:{j + 1}: `{m.group(1)}` has no flag "
                              f"{row.group(1) if row else readme[j]!r}")
    # --help speaks the chosen language and lists the same flags
    vi = subprocess.run([exe, "run", "--help"], env=dict(os.environ, DRILLHALL_LANG="vi"),
                        capture_output=True, text=True).stdout
    if not vi.startswith("cách dùng: drillhall run"):
        errors.append(f"DRILLHALL_LANG=vi drillhall run --help: {vi[:60]!r}")
    listed = set(re.findall(r"^  (-[-\w]*)", vi, re.M))
    if listed != flags.get("run", set()):
        errors.append(f"run --help lists {sorted(listed)}, docs/cli.md {sorted(flags.get('run', []))}")
    if not tables:
        errors.append("README.md: no `| flag | meaning |` table found")
    for e in errors:
        print("cli-flags:", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
