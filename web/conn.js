// conn.js — the websocket to the server: `drillhall.v1` on /ws of the page's own
// host, hello first, and when the link drops, retries with backoff (0.5 s
// doubling to 8 s, with jitter) until told to stop.
export class Conn {
  constructor({ hello, onMessage, onState }) {
    this.hello = hello;           // () => the hello object for this attempt
    this.onMessage = onMessage;
    this.onState = onState;       // 'connecting' | 'online' | 'reconnecting' | 'stopped'
    this.ws = null;
    this.attempt = 0;
    this.timer = null;
    this.stopped = false;
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  connect() {
    clearTimeout(this.timer);
    this.timer = null;
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    let ws;
    try {
      ws = new WebSocket(`${scheme}//${location.host}/ws`, 'drillhall.v1');
    } catch (e) {
      this.retry();
      return;
    }
    this.ws = ws;
    this.onState(this.attempt ? 'reconnecting' : 'connecting');
    ws.onopen = () => ws.send(JSON.stringify(this.hello()));
    ws.onmessage = ev => {
      if (typeof ev.data !== 'string') return;
      let m;
      try { m = JSON.parse(ev.data); } catch (e) { return; }
      if (!m || typeof m !== 'object' || Array.isArray(m)) return;
      if (m.type === 'ready') {
        this.attempt = 0;
        this.onState('online');
      }
      this.onMessage(m);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      if (this.stopped) return;
      this.retry();
    };
  }

  retry() {
    this.onState('reconnecting');
    const base = Math.min(8000, 500 * 2 ** Math.min(this.attempt, 4));
    this.attempt += 1;
    const delay = base * (0.75 + Math.random() * 0.5);
    this.timer = setTimeout(() => this.connect(), delay);
  }

  // Sends now when the link is up; returns false when it is not (the caller
  // keeps the message pending and it goes with the next hello).
  send(obj) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(obj));
    return true;
  }

  online() { return !!this.ws && this.ws.readyState === WebSocket.OPEN; }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.ws) this.ws.close();
    this.ws = null;
    this.onState('stopped');
  }
}
