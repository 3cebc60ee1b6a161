// clock.js — the drill's exercise clock as the server last told it; between two
// `clock` messages it moves by wall time × speed while running.
const c = { now: 0, state: 'waiting', speed: 1000, at: performance.now(), known: false };

export function setClock(m) {
  if (typeof m.now !== 'number') return;
  c.now = m.now;
  c.state = typeof m.state === 'string' ? m.state : c.state;
  c.speed = typeof m.speed === 'number' ? m.speed : c.speed;
  c.at = performance.now();
  c.known = true;
}

export function nowMs() {
  if (c.state !== 'running') return c.now;
  return c.now + ((performance.now() - c.at) * c.speed) / 1000;
}

export function clockState() { return c.state; }
export function clockSpeed() { return c.speed; }
export function clockKnown() { return c.known; }
