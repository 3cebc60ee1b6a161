"""cdp.py — drives a headless Chromium from Debian through the DevTools protocol,
with nothing but the Python standard library: a small RFC 6455 client for the
one websocket DevTools listens on (127.0.0.1 only), and the few commands the
browser-station test needs.

Every wait is bounded; the browser is killed on close, whatever happened."""
import base64
import ctypes
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import time

CHROMIUM = os.environ.get("DH_CHROMIUM", "/usr/bin/chromium")


def die_with_parent():
    """preexec_fn: the child gets SIGKILL when the test dies, however it dies
    (a test runner's timeout kills the test, not what the test started)"""
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG


class WS:
    """A websocket client for ws://127.0.0.1:PORT/PATH (no TLS, no extensions)."""

    def __init__(self, port, path, timeout=30):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        req = (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
               f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(req.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError("DevTools closed during the handshake")
            head += chunk
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(f"DevTools refused the websocket: {head[:200]!r}")
        self.buf = b""

    def send(self, text):
        data = text.encode()
        mask = os.urandom(4)
        n = len(data)
        if n < 126:
            head = struct.pack("!BB", 0x81, 0x80 | n)
        elif n < 65536:
            head = struct.pack("!BBH", 0x81, 0x80 | 126, n)
        else:
            head = struct.pack("!BBQ", 0x81, 0x80 | 127, n)
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _read(self, n):
        while len(self.buf) < n:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def recv(self):
        """one whole text message (continuation frames joined)"""
        parts = []
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack("!H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack("!Q", self._read(8))[0]
            payload = self._read(n)
            op = b0 & 0x0F
            if op == 8:
                raise ConnectionError("DevTools sent close")
            if op in (9, 10):
                continue
            parts.append(payload)
            if b0 & 0x80:
                return b"".join(parts).decode()

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


class Browser:
    """One headless Chromium and one page in it."""

    def __init__(self, width, height, extra_args=(), timeout=60):
        self.profile = tempfile.mkdtemp(prefix="dh-chromium-")
        args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
                f"--user-data-dir={self.profile}", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", f"--window-size={width},{height}", *extra_args, "about:blank"]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True, preexec_fn=die_with_parent)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.monotonic() + timeout
        while not os.path.exists(port_file) or os.path.getsize(port_file) == 0:
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not start its DevTools endpoint")
            time.sleep(0.05)
        time.sleep(0.1)
        with open(port_file) as f:
            port, path = f.read().split("\n")[:2]
        self.ws = WS(int(port), path)
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.call("Network.enable")
        self.call("Log.enable")
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})

    def call(self, method, params=None, session=True, timeout=30):
        self.next_id += 1
        mid = self.next_id
        msg = {"id": mid, "method": method, "params": params or {}}
        if session and getattr(self, "session", None):
            msg["sessionId"] = self.session
        self.ws.send(json.dumps(msg))
        self.ws.sock.settimeout(timeout)
        while True:
            m = json.loads(self.ws.recv())
            if m.get("id") == mid:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            if "method" in m:
                self.events.append(m)

    def pump(self, seconds):
        """collects events for a while"""
        end = time.monotonic() + seconds
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return
            self.ws.sock.settimeout(left)
            try:
                m = json.loads(self.ws.recv())
            except (socket.timeout, TimeoutError):
                return
            if "method" in m:
                self.events.append(m)

    def goto(self, url):
        self.call("Page.navigate", {"url": url})

    def js(self, expr):
        r = self.call("Runtime.evaluate", {"expression": expr, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expr}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def wait(self, expr, timeout=20, what=None):
        """waits until expr is truthy in the page"""
        end = time.monotonic() + timeout
        while True:
            try:
                v = self.js(f"!!({expr})")
            except RuntimeError:
                v = None
            if v:
                return v
            if time.monotonic() > end:
                raise AssertionError(f"timed out waiting for {what or expr}")
            self.pump(0.1)

    def click(self, selector):
        """a real mouse click in the middle of the element"""
        box = self.js(f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
            if (!e) return null; e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect();
            return [r.x + r.width / 2, r.y + r.height / 2]; }})()""")
        if not box:
            raise AssertionError(f"nothing to click at {selector}")
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent",
                      {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1})

    def type(self, text):
        self.call("Input.insertText", {"text": text})

    def unnamed_controls(self):
        """controls in the accessibility tree that a screen reader would read
        without a name (a button, a field, a list box), as [(role, dom id)]"""
        self.call("Accessibility.enable")
        nodes = self.call("Accessibility.getFullAXTree")["nodes"]
        bad = []
        for n in nodes:
            if n.get("ignored"):
                continue
            role = (n.get("role") or {}).get("value")
            name = (n.get("name") or {}).get("value")
            if role in ("button", "textbox", "combobox", "spinbutton", "checkbox", "link", "ListBox") and not name:
                bad.append((role, n.get("backendDOMNodeId")))
        return bad

    def csp_violations(self):
        """what the browser reported the page's Content-Security-Policy blocked"""
        return [e["params"]["entry"].get("text", "") for e in self.events if e["method"] == "Log.entryAdded"
                and "Content Security Policy" in e["params"]["entry"].get("text", "")]

    def screenshot(self, path, full=True, at=None, scale=1):
        """the page from its top (or from the element at selector `at`), the
        whole of it or the viewport, scaled down by `scale` (viewport only)"""
        if at:
            self.js(f"document.querySelector({json.dumps(at)}).scrollIntoView()")
        else:
            self.js("window.scrollTo(0, 0)")
        params = {"format": "png", "captureBeyondViewport": bool(full)}
        if not full and scale != 1:
            size = self.js("[window.innerWidth, window.innerHeight]")
            params["clip"] = {"x": 0, "y": self.js("window.scrollY"), "width": size[0], "height": size[1],
                              "scale": scale}
        if full:
            size = self.js("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            params["clip"] = {"x": 0, "y": 0, "width": size[0], "height": min(size[1], 6000), "scale": 1}
        data = self.call("Page.captureScreenshot", params)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            if getattr(self, "ws", None):
                self.ws.close()
        finally:
            if self.proc.poll() is None:
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except OSError:
                    pass
                self.proc.wait(timeout=10)
            shutil.rmtree(self.profile, ignore_errors=True)
