#!/usr/bin/env python3
"""web_serve_test.py — the station page as libwebsockets serves it (dh_web_lws.c
through web_serve): every file of the list with its type and the security
headers, 404 for anything else (climbing paths included), no cookie, and a
websocket without the station's subprotocol refused. TLS on 127.0.0.1 only.

usage: web_serve_test.py WEB_SERVE WEB_DIR WORK_DIR"""
import base64
import os
import socket
import ssl
import subprocess
import sys
import time

SERVE, WEB, WORK = sys.argv[1:4]
os.makedirs(WORK, exist_ok=True)
key, crt, port_file = (os.path.join(WORK, n) for n in ("key.pem", "cert.pem", "port"))
subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", key, "-out", crt, "-days", "2", "-subj", "/CN=127.0.0.1"], check=True, capture_output=True)
if os.path.exists(port_file):
    os.remove(port_file)
proc = subprocess.Popen([SERVE, WEB, crt, key, port_file, "60"])
n = 0


def check(cond, what):
    global n
    n += 1
    if not cond:
        raise AssertionError(what)


def request(raw):
    ctx = ssl.create_default_context(cafile=crt)
    ctx.check_hostname = False
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s, ctx.wrap_socket(s) as t:
        t.sendall(raw.encode())
        data = b""
        while True:
            try:
                c = t.recv(65536)
            except (ssl.SSLError, ConnectionResetError):
                break
            if not c:
                break
            data += c
            head, _, body = data.partition(b"\r\n\r\n")
            if head.startswith(b"HTTP/1.1 101"):
                break
            lens = [int(l.split(b":")[1]) for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")]
            if lens and len(body) >= lens[0]:
                break
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    hdr = {}
    for l in lines[1:]:
        k, _, v = l.partition(":")
        hdr[k.strip().lower()] = v.strip()
    return (int(lines[0].split()[1]) if lines and lines[0] else 0), hdr, body


def get(path):
    return request(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")


try:
    end = time.monotonic() + 20
    while not (os.path.exists(port_file) and os.path.getsize(port_file)):
        check(time.monotonic() < end and proc.poll() is None, "web_serve started")
        time.sleep(0.05)
    with open(port_file) as f:
        port = int(f.read())
    names = subprocess.run([SERVE, "--list"], check=True, capture_output=True, text=True).stdout.split()
    check("index.html" in names and "app.js" in names, f"the page's file list: {names}")
    types = {".html": "text/html", ".js": "text/javascript", ".css": "text/css"}
    for name in names:
        status, hdr, body = get("/" + name)
        with open(os.path.join(WEB, name), "rb") as f:
            check(status == 200 and body == f.read(), f"/{name} is the file")
        check(hdr.get("content-type", "").startswith(types[os.path.splitext(name)[1]]), f"/{name}'s type")
        check("default-src 'self'" in hdr.get("content-security-policy", ""), f"/{name} has the CSP")
        check(hdr.get("x-content-type-options") == "nosniff", f"/{name}: nosniff")
        check(hdr.get("referrer-policy") == "no-referrer", f"/{name}: no referrer")
        check("set-cookie" not in hdr, f"/{name} sets no cookie")
    status, hdr, body = get("/")
    check(status == 200 and body.startswith(b"<!doctype html>"), "/ is index.html")
    status, hdr, body = get("/catalog.json")
    check(status == 200 and b'"W_JOIN":"Tham gia"' in body and hdr["content-type"].startswith("application/json"),
          "/catalog.json holds the catalog's words")
    for path in ("/../CMakeLists.txt", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/web/index.html",
                 "/cert.pem", "/index.html/", "/.git/config", "/catalog.tsv"):
        status, hdr, body = get(path)
        check(status == 404 and b"root:" not in body, f"{path} is not found ({status})")
        check("default-src 'self'" in hdr.get("content-security-policy", ""), f"{path}: the 404 has the CSP too")
    key64 = base64.b64encode(os.urandom(16)).decode()
    up = ("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          f"Sec-WebSocket-Key: {key64}\r\nSec-WebSocket-Version: 13\r\n")
    status, _, _ = request(up + "\r\n")
    check(status != 101, f"a websocket without a subprotocol is refused ({status})")
    status, hdr, _ = request(up + "Sec-WebSocket-Protocol: drillhall.v1\r\n\r\n")
    check(status == 101 and hdr.get("sec-websocket-protocol") == "drillhall.v1", "drillhall.v1 is upgraded")
finally:
    proc.kill()
    proc.wait(timeout=10)
print(f"station page over libwebsockets: {n} checks passed")
