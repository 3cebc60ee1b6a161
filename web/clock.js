// clock.js — the drill's exercise clock as the server last told it; between two
// `clock` messages it moves by wall time × speed while running. While the link
// is down the page cannot know what the server's clock does (a pause, a speed
// change, a stop), so the clock stands still where it was and is marked stale
// until the server's next `clock` after the catch-up.
const c = { now: 0, state: 'waiting', speed: 1000, at: performance.now(), known: false, stale: false };

export function setClock(m) {
  if (typeof m.now !== 'number') return;
  c.now = m.now;
  c.state = typeof m.state === 'string' ? m.state : c.state;
  c.speed = typeof m.speed === 'number' ? m.speed : c.speed;
  c.at = performance.now();
  c.known = true;
  c.stale = false;
}

// The link dropped: freeze the clock at what it shows now.
export function freezeClock() {
  if (c.stale) return;
  c.now = nowMs();
  c.at = performance.now();
  c.stale = true;
}

export function nowMs() {
  if (c.state !== 'running' || c.stale) return c.now;
  return c.now + ((performance.now() - c.at) * c.speed) / 1000;
}

export function clockState() { return c.state; }
export function clockSpeed() { return c.speed; }
export function clockKnown() { return c.known; }
export function clockStale() { return c.stale; }
