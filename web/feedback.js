// feedback.js — two things the facilitator's console gained that a team's page
// shows: an inject the facilitator wrote on the spot (a `control` event with
// action "message", read as an inject "From: the facilitator"), and the hot
// wash: after the end, the feedback form the welcome carried, one `feedback`
// message per answer, what was sent and what the server said about it.
// Everything from the server goes in as text; drafts live in the station's
// sessionStorage state, so a reconnect or a reload keeps them.
import { announce, fill, h } from './dom.js';
import { t, tx } from './i18n.js';
import * as store from './store.js';

const MESSAGE_MAX = 4000;     // bytes of title, newline and body (docs/protocol.md)
const TITLE_MAX = 160;
export const TEXT_MAX = 1000; // bytes of a text answer, as the server takes it
const QUESTIONS_MAX = 32;

const utf8 = new TextEncoder();
const bytes = s => utf8.encode(s).length;

// A written inject as the inbox holds an inject: { seq, t, team, written,
// inject: { id, title, body } }, or null for one the page cannot take (no
// title line, too long, control characters) — the native station refuses
// those too.
export function writtenInject(ev) {
  if (!ev || ev.type !== 'control' || ev.action !== 'message' || typeof ev.text !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  if (bytes(ev.text) > MESSAGE_MAX || /[\u0000-\u0009\u000b-\u001f\u007f]/.test(ev.text)) return null;
  const nl = ev.text.indexOf('\n');
  const title = nl < 0 ? ev.text : ev.text.slice(0, nl);
  if (!title.trim() || bytes(title) > TITLE_MAX) return null;
  return { seq: ev.seq, t: ev.t, type: 'inject', team: ev.team, written: true,
    inject: { id: `written-${ev.seq}`, title, body: nl < 0 ? '' : ev.text.slice(nl + 1) } };
}

// The welcome's form, checked: at most 32 questions, each with an id and a
// kind the page knows.
export function questions(welcome) {
  const f = welcome && welcome.scenario && welcome.scenario.feedback;
  if (!Array.isArray(f)) return [];
  return f.filter(q => q && typeof q.id === 'string' && q.id.length > 0 && q.id.length <= 64 &&
    (q.kind === 'rating' || q.kind === 'text')).slice(0, QUESTIONS_MAX);
}

// The team's latest answer to each question that the server took, and the
// latest said about it at all (taken, refused, lost), from the station's own
// answers (st.answers survives a reload with the rest of the state).
function answersOf(st) {
  const last = new Map(), taken = new Map();
  const all = Object.values(st.answers || {}).filter(a => a && a.sent && a.sent.type === 'feedback')
    .sort((a, b) => (a.at || 0) - (b.at || 0));
  for (const a of all) {
    last.set(a.sent.question, a);
    if (a.ok) taken.set(a.sent.question, a);
  }
  return { last, taken };
}

// The form, drawn once per language and form, then updated in place so that
// what the reader types is never redrawn under the cursor.
export function feedbackForm(ctx) {
  const el = h('section', { id: 'feedback', className: 'feedback', 'aria-labelledby': 'fb-h', hidden: true });
  const local = new Map();         // question id → what the page itself said (empty, too long, offline)
  let drawnSig = null;
  let parts = [];                  // per question: { q, status, sent, input }

  function drafts() {
    const st = ctx.st;
    if (!st.fbDrafts || typeof st.fbDrafts !== 'object') st.fbDrafts = {};
    return st.fbDrafts;
  }

  // the whole station state is one sessionStorage item: a draft is saved a
  // moment after the last key, not on every key
  let saveTimer = null;
  function keep(q, value) {
    drafts()[q.id] = value;
    local.delete(q.id);
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => store.save(ctx.st), 200);
  }
  // a reload or a closed tab right after a key still keeps it
  window.addEventListener('pagehide', () => { if (saveTimer) store.save(ctx.st); });

  function submit(q) {
    const v = drafts()[q.id];
    let msg = null;
    if (q.kind === 'rating') {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 5) local.set(q.id, t("W_FB_EMPTY"));
      else msg = { type: 'feedback', question: q.id, rating: n };
    } else {
      const text = typeof v === 'string' ? v.trim() : '';
      if (!text) local.set(q.id, t("W_FB_EMPTY"));
      else if (bytes(text) > TEXT_MAX) local.set(q.id, t("W_FB_TOO_LONG", String(TEXT_MAX)));
      else msg = { type: 'feedback', question: q.id, text };
    }
    if (msg) {
      if (ctx.send(msg)) { local.delete(q.id); announce(t("W_FB_SENDING")); }
      else local.set(q.id, t("W_FB_OFFLINE"));
    }
    update();
    if (local.has(q.id)) announce(local.get(q.id));
  }

  function ratingPart(q, k) {
    const lid = `fb-${k}-q`, hid = `fb-${k}-scale`;
    const now = drafts()[q.id];
    const fs = h('fieldset', { className: 'fb-q fb-rating', 'data-question': q.id, 'aria-describedby': hid },
      h('legend', { id: lid, text: tx(q.text) || q.id }),
      h('p', { id: hid, className: 'hint', text: t("W_FB_SCALE") }),
      h('div', { className: 'fb-scale' }, [1, 2, 3, 4, 5].map(n => {
        const input = h('input', { type: 'radio', name: `fb-${k}`, value: String(n), id: `fb-${k}-${n}`,
          'data-key': `fb:${k}:${n}`, checked: String(now) === String(n) });
        input.addEventListener('change', () => { if (input.checked) keep(q, n); update(); });
        return h('label', { className: 'fb-rate', for: `fb-${k}-${n}` }, input, h('span', { text: String(n) }));
      })));
    return { fs, lid };
  }

  function textPart(q, k) {
    const lid = `fb-${k}-q`, hid = `fb-${k}-limit`;
    const area = h('textarea', { id: `fb-${k}-text`, rows: '4', maxlength: String(TEXT_MAX),
      'data-key': `fb:${k}:text`, 'aria-describedby': hid });
    area.value = typeof drafts()[q.id] === 'string' ? drafts()[q.id] : '';
    const limit = h('p', { id: hid, className: 'hint' });
    const count = () => { limit.textContent = t("W_FB_LIMIT", String(TEXT_MAX), String(bytes(area.value))); };
    count();
    area.addEventListener('input', () => { keep(q, area.value); count(); });
    const fs = h('div', { className: 'fb-q fb-text', 'data-question': q.id },
      h('label', { id: lid, for: area.id, text: tx(q.text) || q.id }), area, limit);
    return { fs, lid };
  }

  function draw(qs) {
    parts = qs.map((q, k) => {
      const { fs, lid } = q.kind === 'rating' ? ratingPart(q, k) : textPart(q, k);
      const sent = h('p', { className: 'fb-sent' });
      const status = h('p', { className: 'fb-status', role: 'status' });
      const button = h('button', { type: 'button', className: 'primary fb-send', 'data-key': `fb:${k}:send`,
        'aria-describedby': lid, text: t("W_FB_SEND"), onclick: () => submit(q) });
      fs.append(button, sent, status);
      return { q, status, sent, fs };
    });
    fill(el, h('h2', { id: 'fb-h', text: t("W_FB_TITLE") }),
      h('p', { className: 'fb-help', text: t("W_FB_HELP") }),
      h('p', { className: 'offline fb-offline', hidden: true, text: t("W_FB_OFFLINE") }),
      parts.map(p => p.fs));
  }

  // What each question's lines say now: sent, sending, taken, refused.
  function update() {
    const st = ctx.st;
    const { last, taken } = answersOf(st);
    const off = el.querySelector('.fb-offline');
    if (off) off.hidden = ctx.online();
    for (const p of parts) {
      const q = p.q;
      const ok = taken.get(q.id);
      const said = ok ? (q.kind === 'rating' ? t("W_FB_SENT_RATING", String(ok.sent.rating))
        : t("W_FB_SENT_TEXT", ok.sent.text)) : '';
      if (p.sent.textContent !== said) p.sent.textContent = said;
      const pend = (st.pending || []).some(x => x.type === 'feedback' && x.question === q.id);
      const a = last.get(q.id);
      let text = '', kind = '';
      if (local.has(q.id)) { text = local.get(q.id); kind = 'refused'; }
      else if (pend) { text = t("W_FB_SENDING"); kind = 'sending'; }
      else if (a && a.ok) { text = t("W_ACKED_SHORT", String(a.input ?? '')); kind = 'ack'; }
      else if (a && a.lost) { text = t("W_FB_LOST"); kind = 'refused'; }
      else if (a) { text = t("W_REFUSED", a.reason || ''); kind = 'refused'; }
      if (p.status.textContent !== text) p.status.textContent = text;
      p.status.className = `fb-status ${kind}`;
    }
  }

  return {
    el,
    render(ended) {
      const qs = ended ? questions(ctx.welcome) : [];
      el.hidden = qs.length === 0;
      const sig = `${document.documentElement.lang}|${qs.map(q => `${q.id}:${q.kind}:${tx(q.text)}`).join(',')}`;
      if (sig !== drawnSig) {
        drawnSig = sig;
        if (qs.length) draw(qs); else { el.replaceChildren(); parts = []; }
      }
      update();
    },
    answered(a) {
      if (!a.sent || a.sent.type !== 'feedback') return false;
      if (a.ok) local.delete(a.sent.question);
      announce(a.ok ? t("W_ACKED_SHORT", String(a.input ?? '')) : a.lost ? t("W_FB_LOST") : t("W_REFUSED", a.reason || ''));
      update();
      return true;
    },
  };
}
