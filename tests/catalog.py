#!/usr/bin/env python3
# catalog.py — the word catalog (engine/core/catalog.tsv) is whole and in use.
#
# Fails when:
#   - a row lacks a language or has an empty cell, or an id is repeated;
#   - a translation's printf conversions differ from English's (count, order,
#     flags or length: a %s where English has %d would crash at run time);
#   - the code names a message id (dh_tr(lang, ID), dh_msg(ID), dh_ui_str(lang,
#     ID), a dh_msg_id table entry, a dh_opt's .help) the catalog lacks;
#   - a catalog row is used by no code (a dead word nobody will translate well).
# The browser station (web/) counts too: t("ID") and tIn(lang, "ID") in its
# scripts, data-t="ID" and data-t-label="ID" in its HTML. Its words are served
# from this catalog (catalog.json), so an id the page names must be here.
# The checker first proves on broken samples that it catches each of these.
#
# usage: catalog.py SOURCE_DIR
import os
import re
import sys

CONV = re.compile(r"%(?:%|[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|j|z|t|L)?[a-zA-Z])")
ID = re.compile(r"^[A-Z][A-Z0-9_]*$")
# where the code names an id: the lookups, and tables typed dh_msg_id
USE = re.compile(r"\b(?:dh_tr|dh_ui_str)\s*\([^,()]+,\s*([A-Z][A-Z0-9_]*)\s*\)"
                 r"|\bdh_msg\s*\(\s*([A-Z][A-Z0-9_]*)\s*\)"
                 r"|\bDH_MSG_USE\s*\(\s*([A-Z][A-Z0-9_]*)\s*\)")
TOKEN = re.compile(r"\b[A-Z][A-Z0-9_]*\b")
# the page's lookups: the id is always a literal, so the check sees every one
WEB_USE = re.compile(r"\bt(?:In)?\(\s*(?:[A-Za-z_.]+\s*,\s*)?\"([A-Z][A-Z0-9_]*)\""
                     r"|\bdata-t(?:-label)?=\"([A-Z][A-Z0-9_]*)\"")


def conversions(s):
    return [c for c in CONV.findall(s) if c != "%%"]


# calls whose format is a catalog message: dh_fail(code, dh_msg(ID), args...),
# snprintf(buf, n, dh_msg(ID), args...), ... The compiler cannot check a format
# that is not a literal, so the number of arguments is checked here.
FORMAT_AT = {"dh_fail": 1, "printf": 0, "fprintf": 1, "snprintf": 2, "dh_buf_printf": 1, "dh_term_printf": 1,
             "dh_diags_add": 4, "luaL_error": 1, "warn": 2}
FORMAT_CALL = re.compile(r"\b(" + "|".join(FORMAT_AT) + r")\s*\(")
MSG_ARG = re.compile(r"^(?:dh_msg\s*\(\s*([A-Z][A-Z0-9_]*)\s*\)|dh_tr\s*\([^,()]+,\s*([A-Z][A-Z0-9_]*)\s*\))$")


def call_args(text, start):
    """the top-level arguments of the call whose '(' is at start, and its end"""
    depth, args, cur, i, quote = 0, [], "", start, None
    while i < len(text):
        c = text[i]
        if quote:
            cur += c
            if c == "\\":
                cur += text[i + 1]
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'":
            quote = c
            cur += c
        elif c in "([{":
            depth += 1
            if depth > 1:
                cur += c
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append(cur.strip())
                return args, i
            cur += c
        elif c == "," and depth == 1:
            args.append(cur.strip())
            cur = ""
        else:
            cur += c
        i += 1
    return args, i


def arity(cell):
    return sum(1 + c.count("*") for c in conversions(cell))


def check_rows(lines, where="catalog.tsv"):
    """lines: the file's lines; returns (ids, errors)."""
    errors, ids, langs = [], {}, None
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if langs is None:
            if cells[0] != "id" or len(cells) < 2 or cells[1] != "en":
                errors.append(f"{where}:{n}: the first row must be id<TAB>en<TAB>…")
                return ids, errors
            langs = cells[1:]
            continue
        rid = cells[0]
        if not ID.match(rid):
            errors.append(f"{where}:{n}: {rid!r} is not an id (upper-case letters, digits, _)")
        if rid in ids:
            errors.append(f"{where}:{n}: {rid} repeated (first at line {ids[rid]})")
        ids[rid] = n
        if len(cells) != len(langs) + 1:
            errors.append(f"{where}:{n}: {rid} has {len(cells) - 1} languages, the header {len(langs)}")
            continue
        want = conversions(cells[1])
        for lang, cell in zip(langs, cells[1:]):
            if not cell:
                errors.append(f"{where}:{n}: {rid} is empty in {lang}")
            elif conversions(cell) != want:
                errors.append(f"{where}:{n}: {rid}: {lang} has {conversions(cell)}, en {want}")
            # a phrase spliced between others keeps its spaces in every
            # language; an editor that strips trailing blanks cuts the last column
            elif (cell[0] == " ") != (cells[1][0] == " ") or (cell[-1] == " ") != (cells[1][-1] == " "):
                errors.append(f"{where}:{n}: {rid}: {lang} and en differ in leading or trailing spaces")
    if langs is None:
        errors.append(f"{where}: no header row")
    return ids, errors


def self_test():
    bad = {
        "missing language": ["id\ten\tvi", "A_X\tone"],
        "empty cell": ["id\ten\tvi", "A_X\tone\t"],
        "repeated id": ["id\ten\tvi", "A_X\ta\tb", "A_X\ta\tb"],
        "other conversion": ["id\ten\tvi", "A_X\t%s: %d\t%d: %s"],
        "missing conversion": ["id\ten\tvi", "A_X\t%zu teams\tcác đội"],
        "other length": ["id\ten\tvi", "A_X\t%zu\t%d"],
        "stripped space": ["id\ten\tvi", "A_X\tMean \tTrung bình"],
    }
    for what, lines in bad.items():
        if not check_rows(lines)[1]:
            sys.exit(f"catalog.py: the checker misses a {what}")
    uses = [m.group(1) or m.group(2) for m in WEB_USE.finditer(
        't("W_A") t( "W_B", x) tIn(l, "W_C") data-t="W_D" data-t-label="W_E" at("W_F") t(W_G)')]
    if uses != ["W_A", "W_B", "W_C", "W_D", "W_E"]:
        sys.exit(f"catalog.py: the page's lookups are read as {uses}")
    good = ["id\ten\tvi\tfr", "A_X\t%d%% of %s\t%d%% của %s\t%d%% de %s"]
    if check_rows(good)[1]:
        sys.exit("catalog.py: the checker refuses a good row")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: catalog.py SOURCE_DIR")
    self_test()
    src = sys.argv[1]
    with open(os.path.join(src, "engine/core/catalog.tsv"), encoding="utf-8") as f:
        ids, errors = check_rows(f.readlines())
    cells = {}
    with open(os.path.join(src, "engine/core/catalog.tsv"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) > 1 and c[0] in ids:
                cells[c[0]] = c[1]
    used, tokens = {}, set()
    for dirpath, dirs, files in os.walk(os.path.join(src, "engine")):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            rel = os.path.relpath(path, src)
            for m in USE.finditer(text):
                used.setdefault(next(g for g in m.groups() if g), f"{rel}:{text.count(chr(10), 0, m.start()) + 1}")
            tokens.update(TOKEN.findall(text))
            for m in FORMAT_CALL.finditer(text):
                args, _ = call_args(text, m.end() - 1)
                k = FORMAT_AT[m.group(1)]
                mm = MSG_ARG.match(args[k]) if k < len(args) else None
                if mm and (mm.group(1) or mm.group(2)) in cells:
                    rid = mm.group(1) or mm.group(2)
                    want, got = arity(cells[rid]), len(args) - k - 1
                    if want != got:
                        line = text.count(chr(10), 0, m.start()) + 1
                        errors.append(f"{rel}:{line}: {m.group(1)} gives {rid} {got} value(s); "
                                      f"the message takes {want}")
    web = os.path.join(src, "web")
    for name in sorted(os.listdir(web)) if os.path.isdir(web) else []:
        if not name.endswith((".js", ".html")):
            continue
        with open(os.path.join(web, name), encoding="utf-8") as f:
            text = f.read()
        for m in WEB_USE.finditer(text):
            used.setdefault(next(g for g in m.groups() if g), f"web/{name}:{text.count(chr(10), 0, m.start()) + 1}")
    for rid, where in sorted(used.items()):
        if rid not in ids:
            errors.append(f"{where}: {rid} is not in engine/core/catalog.tsv")
    for rid in sorted(ids):
        if rid not in tokens and rid not in used:
            errors.append(f"engine/core/catalog.tsv:{ids[rid]}: {rid} is used by no code")
    for e in errors:
        print("catalog:", e)
    if errors:
        sys.exit(f"catalog: {len(errors)} problem(s)")
    print(f"catalog: {len(ids)} messages, {len(used)} named through a lookup")


if __name__ == "__main__":
    main()
