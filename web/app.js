// app.js — the browser station: the join form, the link to the server, and the
// view for the role the code gives (team, evaluator, observer).
import { fmtT } from './dom.js';
import { applyStatic, fillLangSelect, getLang, loadCatalog, onLang, preferredLang, setLang, t, tx } from './i18n.js';
import { clockKnown, clockSpeed, clockStale, clockState, freezeClock, nowMs, setClock } from './clock.js';
import { Conn } from './conn.js';
import * as store from './store.js';
import { teamView } from './team.js';
import { evaluatorView } from './evaluator.js';
import { observerView } from './observer.js';
import { withQuestions } from './question.js';

const $ = id => document.getElementById(id);
const MAX_EVENTS = 20000;

let st = null;          // store.fresh(): what a reload keeps
let welcome = null;
let conn = null;
let view = null;
let ready = false;
let renderTimer = null;

// Why the server refused the station, in the reader's words. These stop the
// retries: a wrong or reissued code will not become right by itself.
const REFUSALS = {
  code: () => t("W_REFUSE_CODE"),
  revoked: () => t("W_REFUSE_REVOKED"),
  rate: () => t("W_REFUSE_RATE"),
  proto: () => t("W_REFUSE_PROTO"),
};

// Saving the whole state on every event of a long catch-up would cost its square:
// events are saved a moment later, a choice at once.
let saveTimer = null;
function saveSoon() {
  if (saveTimer) return;
  saveTimer = setTimeout(() => { saveTimer = null; store.save(st); }, 250);
}

function scheduleRender() {
  if (renderTimer) return;
  renderTimer = setTimeout(() => { renderTimer = null; render(); }, 30);
}

function render() {
  if (!view) return;
  // a full redraw keeps the keyboard where it was: interactive elements carry data-key
  const active = document.activeElement && document.activeElement.dataset
    ? document.activeElement.dataset.key : null;
  view.render();
  if (active) {
    const again = document.querySelector(`[data-key="${CSS.escape(active)}"]`);
    if (again && again !== document.activeElement) again.focus({ preventScroll: true });
  }
  renderClock();
}

function renderClock() {
  if (!welcome) return;
  $('clock').hidden = !clockKnown();
  $('clock-time').textContent = fmtT(nowMs());
  const state = clockState();
  const words = { waiting: t("S_WAITING"), running: t("S_RUNNING"), paused: t("S_PAUSED"), ended: t("S_ENDED") };
  // while the link is down the page cannot know the drill runs: it says so
  const offline = clockStale() && state !== 'ended';
  $('clock-state').textContent = offline ? t("W_CLOCK_OFFLINE") : words[state] || state;
  $('clock').dataset.state = offline ? 'offline' : state;
  // a stale clock (the link is down) is greyed, with the countdowns, by style.css
  document.body.classList.toggle('stale', clockStale());
  const sp = clockSpeed() / 1000;
  $('clock-speed').textContent = sp === 1 ? '' : `×${sp}`;
}

function setLink(state) {
  const words = {
    connecting: t("W_CONNECTING"), online: t("W_ONLINE"), reconnecting: t("W_RECONNECTING"), stopped: '',
  };
  const el = $('link');
  el.textContent = words[state] ?? '';
  el.dataset.state = state;
  if (state !== 'online') ready = false;
  if (state === 'reconnecting') freezeClock();
  scheduleRender();
}

// The choices this connection's hello carried: one pressed after the hello went
// (during the catch-up) is sent once the catch-up is complete.
let helloRefs = new Set();

function helloMsg() {
  const pending = st.pending.filter(p => p.type === 'choose').slice(0, 64);
  helloRefs = new Set(pending.map(p => p.ref));
  return { type: 'hello', proto: 1, code: st.code, last: st.last, client: 'drillhall-web/1', lang: getLang(), pending };
}

function showJoin(message) {
  if (conn) conn.stop();
  conn = null;
  view = null;
  welcome = null;
  $('view').hidden = true;
  $('view').replaceChildren();
  $('clock').hidden = true;
  $('join').hidden = false;
  $('drill-title').textContent = '';
  $('who').textContent = '';
  $('join-error').textContent = message || '';
  setLink('stopped');
}

function join(code) {
  const kept = store.load();
  // the same code after a reload keeps what it had; another code starts afresh
  st = kept && kept.code === code ? kept : store.fresh(code);
  store.save(st);
  $('join-error').textContent = '';
  conn = new Conn({ hello: helloMsg, onMessage, onState: setLink });
  conn.start();
}

function onMessage(m) {
  switch (m.type) {
  case 'welcome': return onWelcome(m);
  case 'refuse': {
    const why = REFUSALS[m.reason];
    if (why) {
      store.forget();
      showJoin(why());
    } else {
      $('link').textContent = typeof m.message === 'string' ? m.message : t("W_RECONNECTING");
    }
    return;
  }
  case 'ready':
    ready = true;
    // time to interactive, for `make bench` (User Timing: read, never sent)
    if (!performance.getEntriesByName('drillhall-ready').length) performance.mark('drillhall-ready');
    for (const p of st.pending) {
      if ((p.type === 'choose' || p.type === 'answer') && !helloRefs.has(p.ref)) {
        helloRefs.add(p.ref);
        conn.send(p);
      }
    }
    if (view && view.ready) view.ready();
    store.save(st);
    scheduleRender();
    return;
  case 'clock':
    setClock(m);
    renderClock();
    if (view && view.tick) view.tick();
    return;
  case 'ack':
  case 'refused':
    return onAnswer(m);
  case 'scores':
  case 'presence':
    if (view && view.onInfo) view.onInfo(m);
    scheduleRender();
    return;
  default:
    if (typeof m.seq === 'number') onEvent(m);
  }
}

function onWelcome(m) {
  const who = `${m.role}:${m.id || ''}`;
  if (st.who && st.who !== who) {          // the code now names someone else: start afresh
    const code = st.code;
    st = store.fresh(code);
  }
  st.who = who;
  welcome = m;
  // an adjustment or note the link dropped before the server answered is not
  // sent again (it may have been recorded): the evaluator is told to check
  for (const p of st.pending.filter(x => x.type !== 'choose' && x.type !== 'answer')) {
    st.pending.splice(st.pending.indexOf(p), 1);
    st.answers[p.ref] = { ref: p.ref, ok: false, lost: true, reason: t("W_NOT_CONFIRMED"), sent: p, at: Date.now() };
    st.lastAnswer = p.ref;
    if (view && view.answered) view.answered(st.answers[p.ref]);
  }
  $('join').hidden = true;
  $('view').hidden = false;
  $('drill-title').textContent = tx(m.scenario && m.scenario.title);
  onWelcomeWho();
  if (!view || view.role !== m.role) {
    const ctx = { get st() { return st; }, get welcome() { return welcome; }, choose, answer, send, online: () => ready };
    const make = { team: teamView, evaluator: evaluatorView, observer: observerView }[m.role];
    if (!make) return showJoin(t("W_REFUSE_PROTO"));
    view = withQuestions(make($('view'), ctx), $('view'), ctx, m.role);
  }
  store.save(st);
  scheduleRender();
}

function onWelcomeWho() {
  const m = welcome;
  $('who').textContent = m.role === 'observer' ? t("W_ROLE_OBSERVER")
    : m.role === 'evaluator' ? `${t("W_ROLE_EVALUATOR")}: ${m.name || m.id || ''}` : (m.name || m.id || '');
}

function onEvent(ev) {
  if (ev.seq <= st.last) return;            // already held (catch-up overlap)
  st.last = ev.seq;
  st.events.push(ev);
  if (st.events.length > MAX_EVENTS) st.events.splice(0, st.events.length - MAX_EVENTS);
  if (ev.type === 'control' || ev.type === 'end') {
    if (ev.type === 'end') setClock({ now: ev.t, state: 'ended', speed: clockSpeed() });
  }
  if (ready && view && view.live) view.live(ev);
  saveSoon();
  scheduleRender();
}

function onAnswer(m) {
  if (typeof m.ref !== 'string') return;
  const i = st.pending.findIndex(p => p.ref === m.ref);
  const sent = i >= 0 ? st.pending.splice(i, 1)[0] : null;
  const answer = { ref: m.ref, ok: m.type === 'ack', input: m.input, reason: m.reason, sent, at: Date.now() };
  st.answers[m.ref] = answer;
  st.lastAnswer = m.ref;
  if (view && view.answered) view.answered(answer);
  store.save(st);
  scheduleRender();
}

// A team's choice: kept pending (and resent with the next hello) until the
// server answers it.
function choose(decision, option) {
  const msg = { type: 'choose', ref: store.nextRef(st), decision, option };
  st.pending.push(msg);
  store.save(st);
  if (ready) conn.send(msg);
  scheduleRender();
  return msg.ref;
}

// A team's answer to an open question: kept and resent like a choice (after
// the catch-up, never in hello) until the server answers it.
function answer(question, text) {
  const msg = { type: 'answer', ref: store.nextRef(st), question, text };
  st.pending.push(msg);
  store.save(st);
  if (ready) conn.send(msg);
  scheduleRender();
  return msg.ref;
}

// An evaluator's adjustment or note: sent only while online (the form says so).
function send(obj) {
  if (!ready) return null;
  const msg = { ...obj, ref: store.nextRef(st) };
  st.pending.push(msg);
  store.save(st);
  conn.send(msg);
  scheduleRender();
  return msg.ref;
}

function codeFromFragment() {
  const m = /^#code=([A-Za-z0-9 -]{4,40})$/.exec(location.hash);
  if (!location.hash) return null;
  // the code leaves the address bar (and the history) at once
  history.replaceState(null, '', location.pathname + location.search);
  return m ? m[1] : null;
}

async function main() {
  try {
    await loadCatalog();
  } catch (e) {
    $('join-error').textContent = String(e.message || e);
  }
  setLang(preferredLang());
  for (const sel of [$('lang'), $('join-lang')]) {
    fillLangSelect(sel);
    sel.addEventListener('change', () => setLang(sel.value));
  }
  onLang(l => {
    $('lang').value = l;
    $('join-lang').value = l;
    if (welcome) {
      $('drill-title').textContent = tx(welcome.scenario && welcome.scenario.title);
      onWelcomeWho();
    }
    setLink($('link').dataset.state || 'stopped');
    render();
  });
  $('join-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const code = $('code').value.trim();
    if (!/^[A-Za-z0-9 -]{4,40}$/.test(code)) {
      $('join-error').textContent = t("W_CODE_INVALID");
      $('code').focus();
      return;
    }
    $('code').value = '';
    join(code.toUpperCase());
  });
  setInterval(() => { if (welcome) { renderClock(); if (view && view.tick) view.tick(); } }, 250);
  // a scanned card opened in a tab that already shows the page
  window.addEventListener('hashchange', () => {
    const code = codeFromFragment();
    if (!code) return;
    showJoin('');
    join(code.toUpperCase());
  });
  const fromQr = codeFromFragment();
  const kept = store.load();
  if (fromQr) join(fromQr.toUpperCase());
  else if (kept) join(kept.code);
  else $('code').focus();
  applyStatic();
  document.documentElement.dataset.ready = '1';
}

main();
