#!/usr/bin/env python3
# layers.py — the layer rule of DESIGN.md §4, checked on every #include.
#
# Fails on:
#   (a) a forbidden include: a layer includes a header of a layer (or a third-party
#       library) it may not see — judged by where the header lives, not its name;
#   (b) a cycle between files of one layer: foo.c, foo.h and foo_impl.h are one
#       node; an edge is an #include of one of the layer's own headers, or a call
#       from one file to a function another file of the layer defines (a header
#       that declares everything would otherwise hide the circle); the cycle is
#       printed;
#   (c) a private header (one beside a layer's sources, not in its include/) of
#       another layer included from outside it. tests/<layer>/ may include its own
#       layer's private headers (their CMakeLists give them the folder explicitly).
# Exceptions sit in tests/layers-allow.txt, one a line, each with the reason.
#
# usage: layers.py SOURCE_DIR [--allow FILE]
import os
import re
import sys

# What each layer may see, besides itself and libc/POSIX (DESIGN.md §4).
# script sees author: scenario test files fill author's dh_expect model and
# dh_scan answers lint's dh_lint_refs, authoring features the script layer binds.
# author is libc-only and may not see script, so the direction stays one-way.
LAYERS = {
    "core": set(),
    "author": {"core"},
    "script": {"core", "author", "lua"},
    "record": {"core", "sqlite", "openssl"},
    "report": {"core", "sqlite"},
    # net: the transport (libwebsockets over OpenSSL) and JSON (cJSON); never Lua,
    # SQLite or SDL, so a station and a server are drawn from core snapshots only
    "net": {"core", "openssl", "lws", "json", "qrencode"},
    "ui": {"core", "sdl2"},
    "app": {"core", "author", "script", "record", "report", "net", "ui",
            "lua", "sqlite", "openssl", "lws", "json", "qrencode", "sdl2"},
}
# Third-party headers by the library they belong to.
THIRD_PARTY = [
    ("lua", re.compile(r"^(lua|lauxlib|lualib|luaconf)\.h(pp)?$|^lua5\.4/")),
    ("sdl2", re.compile(r"^SDL2?[/_.]|^SDL\.h$")),
    ("sqlite", re.compile(r"^sqlite3(ext)?\.h$")),
    ("openssl", re.compile(r"^openssl/")),
    ("mbedtls", re.compile(r"^mbedtls/|^psa/")),
    ("lws", re.compile(r"^libwebsockets\.h$|^libwebsockets/")),
    ("json", re.compile(r"^(cjson/|cJSON\.h$|jansson\.h$|yyjson\.h$)")),
    ("qrencode", re.compile(r"^qrencode\.h$")),
]
INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"]+)[>"]', re.M)


def includes(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    # line numbers for the report
    for m in INCLUDE.finditer(text):
        yield text.count("\n", 0, m.start()) + 1, m.group(1), m.group(2)


def sources(root):
    for dirpath, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".c", ".h")):
                yield os.path.join(dirpath, name)


def node(path):
    """foo.c, foo.h, include/foo.h and foo_impl.h are one node: 'foo'."""
    stem = os.path.splitext(os.path.basename(path))[0]
    return stem[:-len("_impl")] if stem.endswith("_impl") else stem


# A function definition: at the start of a line, not static, its body's brace on
# the same or the next line (the project's style puts it on the next).
DEFINITION = re.compile(r"^(?!static\b|typedef\b|return\b)[A-Za-z_][\w \t*]*?\b([A-Za-z_]\w*)\s*\([^;]*\)\s*\n?\{", re.M)
COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def calls(layer_files, graph):
    """Adds an edge for each call from one .c file to a function another defines."""
    text = {}
    definer = {}
    for path in layer_files:
        if path.endswith(".c"):
            with open(path, encoding="utf-8", errors="replace") as f:
                text[path] = COMMENT.sub(" ", f.read())
            for m in DEFINITION.finditer(text[path]):
                definer.setdefault(m.group(1), node(path))
    if not definer:
        return
    used = re.compile(r"\b(" + "|".join(sorted(map(re.escape, definer))) + r")\s*\(")
    for path, body in text.items():
        a = node(path)
        for m in used.finditer(body):
            b = definer[m.group(1)]
            if a != b:
                graph.setdefault(a, set()).add(b)


def find_cycles(graph):
    """Strongly connected components with more than one node (Tarjan)."""
    index, low, stack, on, comps = {}, {}, [], set(), []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                comps.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            strong(v)
    return comps


def shortest_cycle(graph, comp):
    """A shortest cycle through the component's first node, as a path."""
    start = comp[0]
    members = set(comp)
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in sorted(graph.get(v, ())):
                if w == start:
                    path = [v]
                    while prev[path[0]] is not None:
                        path.insert(0, prev[path[0]])
                    return path + [start]
                if w in members and w not in prev:
                    prev[w] = v
                    nxt.append(w)
        frontier = nxt
    return comp + [start]


def read_allow(path):
    allow = {"include": set(), "cycle": []}
    if not path or not os.path.exists(path):
        return allow
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].split()
            if not line:
                continue
            if line[0] == "include" and len(line) == 3:
                allow["include"].add((line[1], line[2]))
            elif line[0] == "cycle" and len(line) >= 4:
                allow["cycle"].append((line[1], set(line[2:])))
            else:
                sys.exit(f"{path}:{n}: expected `include FILE HEADER` or `cycle LAYER NODE...`")
    return allow


def main():
    args = sys.argv[1:]
    allow_path = None
    if "--allow" in args:
        i = args.index("--allow")
        allow_path = args[i + 1]
        del args[i:i + 2]
    if len(args) != 1:
        sys.exit("usage: layers.py SOURCE_DIR [--allow FILE]")
    src = os.path.abspath(args[0])
    allow = read_allow(allow_path)
    engine = os.path.join(src, "engine")
    layers = sorted(d for d in os.listdir(engine) if os.path.isdir(os.path.join(engine, d)))

    # every engine header: basename -> (layer, public)
    owner = {}
    errors = []
    for layer in layers:
        if layer not in LAYERS:
            errors.append(f"engine/{layer}: a layer DESIGN.md §4 does not name; add its rule to tests/layers.py")
            continue
        for path in sources(os.path.join(engine, layer)):
            if not path.endswith(".h"):
                continue
            rel = os.path.relpath(path, src)
            public = os.path.dirname(rel) == f"engine/{layer}/include"
            name = os.path.basename(path)
            if name in owner:
                errors.append(f"{rel}: a second header named {name} (also in engine/{owner[name][0]})")
            owner[name] = (layer, public)

    # headers the build generates: core's public ones (engine/core/CMakeLists.txt)
    owner.setdefault("dh_msg_ids.h", ("core", True))  # from engine/core/catalog.tsv

    used_allow = set()

    def refuse(rel, line, header, why):
        if (rel, os.path.basename(header)) in allow["include"]:
            used_allow.add((rel, os.path.basename(header)))
            return
        errors.append(f"{rel}:{line}: #include {header}: {why}")

    graphs = {layer: {} for layer in layers}
    files = [(layer, p) for layer in layers if layer in LAYERS
             for p in sources(os.path.join(engine, layer))]
    tests = os.path.join(src, "tests")
    files += [("tests/" + os.path.relpath(p, tests).split(os.sep)[0], p) for p in sources(tests)
              if os.sep in os.path.relpath(p, tests)]
    for layer, path in files:
        rel = os.path.relpath(path, src)
        is_test = layer.startswith("tests/")
        tested = layer[len("tests/"):] if is_test else None
        if tested == "unit":
            tested = "core"
        for line, kind, header in includes(path):
            name = os.path.basename(header)
            if name in owner and (kind == '"' or "/" not in header):
                hl, public = owner[name]
                if is_test:
                    # (c) for tests: a test folder sees its own layer's private headers
                    if not public and hl != tested:
                        refuse(rel, line, header,
                               f"private header of engine/{hl} (tests/{hl}/ may include it; others not)")
                    continue
                if hl == layer:
                    a, b = node(path), node(name)
                    if a != b:
                        graphs[layer].setdefault(a, set()).add(b)
                    continue
                if not public:
                    refuse(rel, line, header,
                           f"private header of engine/{hl} (only engine/{hl}/ may include it)")
                if hl not in LAYERS[layer]:
                    refuse(rel, line, header,
                           f"engine/{layer} may not see engine/{hl} (it sees: "
                           f"{', '.join(sorted(LAYERS[layer])) or 'libc only'})")
                continue
            if is_test or kind == '"' and os.path.exists(os.path.join(os.path.dirname(path), header)):
                continue
            for lib, pattern in THIRD_PARTY:
                if pattern.search(header) and lib not in LAYERS[layer]:
                    refuse(rel, line, header,
                           f"engine/{layer} may not see {lib} (it sees: "
                           f"{', '.join(sorted(LAYERS[layer])) or 'libc only'})")
            if kind == '"' and name not in owner and not any(p.search(header) for _, p in THIRD_PARTY):
                errors.append(f"{rel}:{line}: #include \"{header}\": no such header in engine/")

    # (b) cycles between files of one layer
    for layer in layers:
        graph = graphs.get(layer, {})
        calls([p for l, p in files if l == layer], graph)
        for comp in find_cycles(graph):
            path = shortest_cycle(graph, comp)
            allowed = [a for a in allow["cycle"] if a[0] == layer and set(comp) <= a[1]]
            if allowed:
                used_allow.add(("cycle", layer, " ".join(sorted(allowed[0][1]))))
                print(f"layers: allowed for now (tests/layers-allow.txt): engine/{layer}: cycle "
                      f"{' -> '.join(path)}")
                continue
            errors.append(f"engine/{layer}: cycle between files: {' -> '.join(path)}"
                          f" (component: {', '.join(comp)})")

    for rel, header in sorted(allow["include"] - {u for u in used_allow if len(u) == 2}):
        errors.append(f"{allow_path}: `include {rel} {header}` no longer happens: remove the line")
    for layer, members in allow["cycle"]:
        if ("cycle", layer, " ".join(sorted(members))) not in used_allow:
            errors.append(f"{allow_path}: `cycle {layer} ...` no longer happens: remove the line")

    for e in errors:
        print("layers: " + e)
    if errors:
        print(f"layers: {len(errors)} problem(s)")
        return 1
    print(f"layers: {len(files)} files, {len(owner)} headers, no forbidden include, no cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
