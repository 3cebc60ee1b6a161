// store.js — what a reload must keep (sessionStorage: this tab only, gone when
// it closes): the code, the events received and the highest seq, the choices
// sent and not yet answered, the answers. A reload rejoins with hello.last and
// resends the pending choices with their own refs, as a reconnect does.
const KEY = 'drillhall.station.v1';

export function fresh(code) {
  const rnd = new Uint32Array(2);
  crypto.getRandomValues(rnd);
  return {
    code, who: null, last: 0, events: [], pending: [], answers: {},
    // the station's own ids for what it sends: unique per tab
    refPrefix: 'w' + rnd[0].toString(36) + rnd[1].toString(36), refN: 0,
  };
}

export function load() {
  try {
    const st = JSON.parse(sessionStorage.getItem(KEY));
    if (st && typeof st.code === 'string' && Array.isArray(st.events) && Array.isArray(st.pending)) return st;
  } catch (e) { /* nothing kept, or not ours */ }
  return null;
}

export function save(st) {
  try { sessionStorage.setItem(KEY, JSON.stringify(st)); } catch (e) { /* full or private mode */ }
}

export function forget() {
  try { sessionStorage.removeItem(KEY); } catch (e) { /* private mode */ }
}

export function nextRef(st) {
  st.refN += 1;
  return `${st.refPrefix}-${st.refN}`;
}
