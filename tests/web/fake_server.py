"""fake_server.py — a stand-in for `drillhall serve`, speaking the station
protocol v1 (docs/protocol.md) over TLS on 127.0.0.1, for the page's own tests:
scripted events, a choice acknowledged or refused, a stop and a restart with
the same log (as `resume` does). It filters by role as the real server must,
so what a page receives can be checked on the bytes.

It serves web/ with the same headers as engine/net/dh_web.c and a catalog.json
made from engine/core/catalog.tsv the same way."""
import base64
import hashlib
import json
import os
import socket
import ssl
import struct
import threading

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
FILES = {"": "index.html"}
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8"}
HEADERS = [("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'"), ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer")]


def catalog_json(tsv):
    langs, words = None, {}
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if langs is None:
                langs = cells[1:]
                words = {l: {} for l in langs}
                continue
            if cells[0].startswith(("W_", "S_")):
                for l, c in zip(langs, cells[1:]):
                    words[l][cells[0]] = c.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")
    return json.dumps({"langs": langs, **words}, ensure_ascii=False).encode()


class Drill:
    """The drill's whole log and who may see what."""

    def __init__(self, codes, teams, scenario, show_points=False):
        self.codes = codes            # CODE → (role, id, name, [teams])
        self.teams = teams            # [{id, name, bracket}]
        self.scenario = scenario
        self.show_points = show_points
        self.log = []                 # every event, with notes and points
        self.inputs = 0
        self.refs = {}                # (team, ref) → ack
        self.clock = {"type": "clock", "now": 0, "state": "running", "speed": 1000}
        self.lock = threading.RLock()

    def visible(self, ev, who):
        role, wid, _, teams = who
        team = ev.get("team")
        if role == "team":
            if team is not None and team != wid:
                return None
            ev = json.loads(json.dumps(ev))
            for k in ("inject", "decision"):
                if isinstance(ev.get(k), dict):
                    ev[k].pop("notes", None)
            if not self.show_points:
                ev.pop("points", None)
                for o in (ev["decision"] if isinstance(ev.get("decision"), dict) else {}).get("options", []):
                    o.pop("points", None)
                if ev["type"] == "adjust":
                    return None
            return ev
        if role == "evaluator":
            return ev if team is None or team in teams else None
        ev = json.loads(json.dumps(ev))
        if isinstance(ev.get("inject"), dict):
            ev["inject"] = {"id": ev["inject"]["id"], "title": ev["inject"].get("title")}
        if isinstance(ev.get("decision"), dict):
            ev["decision"] = {"id": ev["decision"]["id"]}
        return ev


class Server:
    def __init__(self, drill, web_dir, tsv, cert, key, port=0):
        self.drill, self.web_dir = drill, web_dir
        self.catalog = catalog_json(tsv)
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(cert, key)
        self.lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.lsock.bind(("127.0.0.1", port))
        self.lsock.listen(16)
        self.port = self.lsock.getsockname()[1]
        self.stations = []            # (sock, who, lock)
        self.received = []            # every message from a station, parsed
        self.sent = {}                # station who-id → [raw frames]
        self.running = True
        threading.Thread(target=self.accept, daemon=True).start()

    # --- the drill, from the test -------------------------------------------
    def emit(self, ev):
        with self.drill.lock:
            ev = dict(ev, seq=len(self.drill.log) + 1)
            self.drill.log.append(ev)
            for st in list(self.stations):
                v = self.drill.visible(ev, st[1])
                if v is not None:
                    self.send(st, v)
        return ev["seq"]

    def set_clock(self, **kw):
        with self.drill.lock:
            self.drill.clock.update(kw)
            for st in list(self.stations):
                self.send(st, self.drill.clock)

    def stop(self):
        self.running = False
        try:
            self.lsock.shutdown(socket.SHUT_RDWR)   # wakes the accept() in its thread
        except OSError:
            pass
        try:
            self.lsock.close()
        except OSError:
            pass
        for st in list(self.stations):
            try:
                st[0].shutdown(socket.SHUT_RDWR)
                st[0].close()
            except OSError:
                pass
        self.stations.clear()

    # --- plumbing -----------------------------------------------------------
    def accept(self):
        while self.running:
            try:
                raw, _ = self.lsock.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(raw,), daemon=True).start()

    def serve(self, raw):
        try:
            raw.settimeout(15)
            sock = self.ctx.wrap_socket(raw, server_side=True)
            while self.running:
                head = b""
                while b"\r\n\r\n" not in head:
                    c = sock.recv(1)
                    if not c:
                        return
                    head += c
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                hdr = {l.split(":", 1)[0].strip().lower(): l.split(":", 1)[1].strip() for l in lines[1:] if ":" in l}
                if path == "/ws" and hdr.get("upgrade", "").lower() == "websocket":
                    return self.websocket(sock, hdr)
                self.http(sock, method, path)
        except (OSError, ValueError, ssl.SSLError):
            return

    def http(self, sock, method, path):
        name = path.split("?")[0].lstrip("/")
        name = FILES.get(name, name)
        body, status, ctype = b"not found\n", "404 Not Found", "text/plain; charset=utf-8"
        if name == "catalog.json":
            body, status, ctype = self.catalog, "200 OK", TYPES[".json"]
        elif "/" not in name and os.path.isfile(os.path.join(self.web_dir, name)):
            with open(os.path.join(self.web_dir, name), "rb") as f:
                body = f.read()
            status, ctype = "200 OK", TYPES.get(os.path.splitext(name)[1], "application/octet-stream")
        head = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in HEADERS) + "\r\n"
        sock.sendall(head.encode() + (body if method != "HEAD" else b""))

    def websocket(self, sock, hdr):
        if "drillhall.v1" not in [p.strip() for p in hdr.get("sec-websocket-protocol", "").split(",")]:
            sock.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            return
        accept = base64.b64encode(hashlib.sha1((hdr["sec-websocket-key"] + GUID).encode()).digest()).decode()
        sock.sendall((f"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      f"Sec-WebSocket-Accept: {accept}\r\nSec-WebSocket-Protocol: drillhall.v1\r\n\r\n").encode())
        sock.settimeout(None)
        st = None
        while self.running:
            text = self.read_frame(sock)
            if text is None:
                break
            m = json.loads(text)
            self.received.append(m)
            if st is None:
                st = self.hello(sock, m)
                if st is None:
                    break
                continue
            if m.get("type") == "choose" and st[1][0] == "team":
                self.choose(st, m)
            elif m.get("type") in ("adjust", "note") and st[1][0] == "evaluator":
                self.evaluate(st, m)
        if st in self.stations:
            self.stations.remove(st)

    def hello(self, sock, m):
        code = str(m.get("code", "")).replace("-", "").replace(" ", "").upper()
        who = self.drill.codes.get(code)
        st = (sock, who, threading.Lock())
        if m.get("type") != "hello" or who is None:
            self.send(st, {"type": "refuse", "reason": "code", "message": "this join code is not valid for this drill"})
            return None
        d = self.drill
        with d.lock:
            role, wid, name, teams = who
            w = {"type": "welcome", "proto": 1, "role": role, "show_points": d.show_points, "scenario": d.scenario,
                 "teams": [t for t in d.teams if role == "observer" or (role == "team" and t["id"] == wid)
                           or (role == "evaluator" and t["id"] in teams)]}
            if role != "observer":
                w.update(id=wid, name=name)
            self.send(st, w)
            for ev in d.log:
                if ev["seq"] > int(m.get("last", 0)):
                    v = d.visible(ev, who)
                    if v is not None:
                        self.send(st, v)
            self.send(st, {"type": "ready", "seq": len(d.log)})
            self.send(st, d.clock)
            if role == "observer":
                self.send(st, self.scores())
            self.stations.append(st)
        for p in m.get("pending", []) if role == "team" else []:
            self.choose(st, p)
        return st

    def scores(self):
        totals = {t["id"]: 0 for t in self.drill.teams}
        for ev in self.drill.log:
            for v in (ev.get("points") or {}).values():
                totals[ev["team"]] += v
            if ev["type"] == "adjust":
                totals[ev["team"]] += ev["milli"]
        order = sorted(totals.items(), key=lambda kv: -kv[1])
        out, rank = [], 0
        for i, (tid, tot) in enumerate(order):
            if i == 0 or tot != order[i - 1][1]:
                rank = i + 1
            out.append({"id": tid, "total": tot, "rank": rank})
        return {"type": "scores", "teams": out}

    def choose(self, st, m):
        d, team = self.drill, st[1][1]
        with d.lock:
            key = (team, m.get("ref"))
            if key in d.refs:
                return self.send(st, d.refs[key])
            opens = {e["decision"]["id"]: e for e in d.log if e["type"] == "open" and e["team"] == team}
            closed = {e["decision"] for e in d.log if e["type"] == "closed" and e["team"] == team}
            dec = m.get("decision")
            if dec not in opens or dec in closed:
                return self.send(st, {"type": "refused", "ref": m.get("ref"),
                                      "reason": f'decision "{dec}" is not open for team "{team}"'})
            opt = next((o for o in opens[dec]["decision"]["options"] if o["id"] == m.get("option")), None)
            if opt is None:
                return self.send(st, {"type": "refused", "ref": m.get("ref"), "reason": "no such option"})
            d.inputs += 1
            ack = {"type": "ack", "ref": m.get("ref"), "input": d.inputs}
            d.refs[key] = ack
            self.emit({"type": "closed", "t": d.clock["now"], "team": team, "decision": dec, "option": opt["id"],
                       "how": "choice", "factor": 1000, "points": opt.get("points", {})})
            self.send(st, ack)
            self.broadcast_scores()

    def evaluate(self, st, m):
        d = self.drill
        with d.lock:
            if m.get("team") not in st[1][3]:
                return self.send(st, {"type": "refused", "ref": m.get("ref"), "reason": "not your team"})
            d.inputs += 1
            if m["type"] == "adjust":
                self.emit({"type": "adjust", "t": d.clock["now"], "team": m["team"], "category": m["category"],
                           "milli": m["milli"], "reason": m["reason"], "by": st[1][2]})
            self.send(st, {"type": "ack", "ref": m.get("ref"), "input": d.inputs})
            self.broadcast_scores()

    def broadcast_scores(self):
        s = self.scores()
        for st in list(self.stations):
            if st[1][0] == "observer":
                self.send(st, s)

    def send(self, st, obj):
        data = json.dumps(obj, ensure_ascii=False).encode()
        n = len(data)
        head = struct.pack("!BB", 0x81, n) if n < 126 else (
            struct.pack("!BBH", 0x81, 126, n) if n < 65536 else struct.pack("!BBQ", 0x81, 127, n))
        key = st[1][1] if st[1] else "?"
        self.sent.setdefault(f"{st[1][0] if st[1] else '?'}:{key}", []).append(data)
        try:
            with st[2]:
                st[0].sendall(head + data)
        except OSError:
            pass

    @staticmethod
    def read_frame(sock):
        def read(n):
            b = b""
            while len(b) < n:
                c = sock.recv(n - len(b))
                if not c:
                    raise OSError("closed")
                b += c
            return b
        try:
            parts = []
            while True:
                b0, b1 = read(2)
                n = b1 & 0x7F
                if n == 126:
                    n = struct.unpack("!H", read(2))[0]
                elif n == 127:
                    n = struct.unpack("!Q", read(8))[0]
                mask = read(4) if b1 & 0x80 else b"\0\0\0\0"
                p = bytes(b ^ mask[i % 4] for i, b in enumerate(read(n)))
                op = b0 & 0x0F
                if op == 8:
                    return None
                if op in (9, 10):
                    continue
                parts.append(p)
                if b0 & 0x80:
                    return b"".join(parts).decode()
        except (OSError, ssl.SSLError):
            return None
