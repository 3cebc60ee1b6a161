"""wsclient.py — a minimal WebSocket client over TLS for the live-drill tests.

Python's ssl and socket only (RFC 6455: masked client frames, text, close,
ping); every read is bounded by a timeout, so a test never hangs. Connections
go to 127.0.0.1 only. The server's certificate is checked against the SHA-256
fingerprint it printed (pinning), as a native station does."""
import base64
import hashlib
import json
import os
import socket
import ssl
import struct
import time


class Closed(Exception):
    pass


class Station:
    def __init__(self, port, fingerprint=None, path="/ws", proto="drillhall.v1", timeout=10, rcvbuf=None):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if rcvbuf:  # a small window: a reader that does not read fills up soon
            raw.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        raw.settimeout(timeout)
        raw.connect(("127.0.0.1", port))
        self.sock = ctx.wrap_socket(raw, server_hostname="localhost")
        if fingerprint:
            der = self.sock.getpeercert(binary_form=True)
            got = ":".join("%02X" % b for b in hashlib.sha256(der).digest())
            if got != fingerprint:
                raise AssertionError("certificate %s is not the pinned %s" % (got, fingerprint))
        key = base64.b64encode(os.urandom(16)).decode()
        req = ("GET %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\n"
               "Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n"
               % (path, port, key))
        if proto:
            req += "Sec-WebSocket-Protocol: %s\r\n" % proto
        self.sock.sendall((req + "\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise Closed("closed during the handshake")
            head += chunk
        head, self.buf = head.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise Closed("handshake refused: %r" % head.split(b"\r\n")[0])
        self.frames = []          # every text frame received, raw bytes, in order
        self.closed = False

    def send_raw(self, payload, opcode=1):
        mask = os.urandom(4)
        n = len(payload)
        head = bytes([0x80 | opcode])
        if n < 126:
            head += bytes([0x80 | n])
        elif n < 65536:
            head += bytes([0x80 | 126]) + struct.pack("!H", n)
        else:
            head += bytes([0x80 | 127]) + struct.pack("!Q", n)
        body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(head + mask + body)

    def send_fast(self, payload):
        """A text frame with an all-zero mask (valid, and no per-byte work)."""
        n = len(payload)
        head = bytes([0x81]) + (bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + struct.pack("!H", n))
        self.sock.sendall(head + b"\0\0\0\0" + payload)

    def send(self, obj):
        self.send_raw(json.dumps(obj).encode())

    def _read(self, n, deadline):
        while len(self.buf) < n:
            left = deadline - time.time()
            if left <= 0:
                raise TimeoutError("no frame in time")
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                raise TimeoutError("no frame in time")
            except (ssl.SSLError, OSError) as e:
                raise Closed(str(e))
            if not chunk:
                raise Closed("connection closed")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def recv(self, timeout=10):
        """The next text frame as a dict; raises Closed when the server closed."""
        deadline = time.time() + timeout
        while True:
            if self.closed:
                raise Closed("closed")
            b0, b1 = self._read(2, deadline)
            op, n = b0 & 15, b1 & 127
            if n == 126:
                n = struct.unpack("!H", self._read(2, deadline))[0]
            elif n == 127:
                n = struct.unpack("!Q", self._read(8, deadline))[0]
            payload = self._read(n, deadline)
            if op == 8:
                self.closed = True
                raise Closed("close frame")
            if op == 9:
                self.send_raw(payload, 10)
                continue
            if op == 1:
                self.frames.append(payload)
                return json.loads(payload.decode("utf-8"))

    def until(self, pred, timeout=15):
        """Frames until one matches pred; returns it."""
        deadline = time.time() + timeout
        while True:
            m = self.recv(max(0.05, deadline - time.time()))
            if pred(m):
                return m

    def drain(self, timeout=0.5):
        """Reads until nothing arrives for `timeout` or the server closes."""
        try:
            while True:
                self.recv(timeout)
        except (TimeoutError, Closed):
            pass

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass
