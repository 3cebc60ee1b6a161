// question.js — open questions at the browser station (docs/protocol.md):
// a team writes its answer in a text box under the question's countdown (the
// draft is kept in the tab's sessionStorage, so a reload or a dropped link
// loses nothing) and submits it once; an evaluator sees each answer of its
// teams, ticks the rubric items it meets and may add a comment. Everything the
// server sent goes in as text, never as markup.
import { announce, fmtLeft, fmtPoints, fmtT, fill, h } from './dom.js';
import { t, tx } from './i18n.js';
import { clockState, nowMs } from './clock.js';
import * as store from './store.js';

const MAX_CHARS = 10000;

// What the events say about questions: by "team|question", the question event,
// the answer (or its timeout) and the scores (the latest per evaluator).
export function deriveQuestions(events, me) {
  const qs = new Map();
  let ended = false;
  for (const ev of events) {
    if (ev.type === 'end') ended = true;
    if (!ev.team || (me && ev.team !== me)) continue;
    if (ev.type === 'question' && ev.question) {
      const k = `${ev.team}|${ev.question.id}`;
      if (!qs.has(k)) qs.set(k, { team: ev.team, q: ev.question, open: ev, answer: null, scores: new Map() });
    } else if (ev.type === 'answered' || ev.type === 'scored') {
      const x = qs.get(`${ev.team}|${ev.question}`);
      if (!x) continue;
      if (ev.type === 'answered') x.answer = ev;
      else x.scores.set(ev.by || '', ev);
    }
  }
  return { list: [...qs.values()], ended };
}

// Code points, as the server counts them (10,000 at most).
function chars(s) { return [...s].length; }

// What a station may send: newline and tab kept, every other control character
// (C0, DEL, C1) dropped, as the server would refuse them.
export function cleanAnswer(s) {
  return String(s).replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

function countdown(deadline) {
  if (deadline === null || deadline === undefined || deadline === '') return t("W_OPEN_UNTIL_END");
  const left = Number(deadline) - nowMs();
  if (clockState() === 'paused') return t("W_LEFT_PAUSED", fmtLeft(left));
  return left > 0 ? t("W_LEFT", fmtLeft(left)) : t("W_DEADLINE_PASSED");
}

// --- the team's side -----------------------------------------------------------

function teamSection(ctx) {
  const sec = h('section', { id: 'questions', className: 'questions', 'aria-labelledby': 'q-h' });
  let sig = null;

  function card(x, st) {
    const id = x.q.id, hid = `q-${id}`;
    const pend = st.pending.find(p => p.type === 'answer' && p.question === id);
    const last = Object.values(st.answers).filter(a => a.sent && a.sent.type === 'answer' && a.sent.question === id).pop();
    const done = x.answer || (last && last.ok);
    const head = [h('h3', { id: hid, text: tx(x.q.prompt) || id })];
    if (x.answer && x.answer.how === 'timeout')
      return h('article', { className: 'question done', 'aria-labelledby': hid }, head,
        h('p', { className: 'empty', text: t("W_Q_MISSED") }));
    if (done) {
      const text = x.answer ? x.answer.text : last.sent.text;
      return h('article', { className: 'question done', 'aria-labelledby': hid }, head,
        h('p', { className: 'q-answer', text }),
        h('p', { className: 'ack', role: 'status',
          text: last && last.ok ? t("W_Q_ACKED", String(last.input ?? '')) : t("W_Q_ANSWERED") }),
        x.scores.size ? h('p', { className: 'meta', text: t("W_Q_SCORED") }) : null);
    }
    st.drafts = st.drafts || {};
    const box = h('textarea', { id: `qa-${id}`, rows: '6', 'data-key': `qa:${id}`, 'data-question': id,
      'aria-describedby': `qc-${id}`, disabled: !!pend || clockState() === 'ended' });
    box.value = pend ? pend.text : (st.drafts[id] || '');
    const count = h('p', { id: `qc-${id}`, className: 'meta q-count' });
    const setCount = () => {
      const n = chars(box.value);
      count.textContent = t("W_Q_CHARS", String(n), String(MAX_CHARS));
      count.dataset.over = n > MAX_CHARS ? '1' : '';
    };
    setCount();
    box.addEventListener('input', () => {
      st.drafts[id] = box.value;       // kept with the station's state: a reload keeps it
      store.save(st);
      setCount();
    });
    const send = h('button', { type: 'button', className: 'primary', 'data-key': `qs:${id}`, 'data-send': id,
      disabled: !!pend || clockState() === 'ended', text: t("W_Q_SUBMIT") });
    const err = h('p', { className: 'error', role: 'alert' });
    send.addEventListener('click', () => {
      const text = cleanAnswer(box.value).trim();
      if (!text) { err.textContent = t("W_Q_EMPTY"); return; }
      if (chars(text) > MAX_CHARS) { err.textContent = t("W_Q_TOO_LONG", String(MAX_CHARS)); return; }
      ctx.answer(id, text);
      announce(t("W_Q_SENDING"));
    });
    const refused = last && !last.ok ? h('p', { className: 'refused', role: 'alert', text: t("W_REFUSED", last.reason || '') }) : null;
    return h('article', { className: 'question', 'aria-labelledby': hid, 'data-question': id }, head,
      h('p', { className: 'countdown', 'data-deadline': x.open.deadline ?? '', text: countdown(x.open.deadline) }),
      h('label', { for: `qa-${id}`, text: t("W_Q_YOUR_ANSWER") }), box, count, err, refused,
      h('div', { className: 'q-actions' }, send),
      pend ? h('p', { className: 'sending', role: 'status', text: ctx.online() ? t("W_Q_SENDING") : t("W_WILL_SEND") }) : null);
  }

  return {
    el: sec,
    render() {
      const st = ctx.st, w = ctx.welcome;
      const v = deriveQuestions(st.events, w && w.id);
      const lang = document.documentElement.lang;
      const s = v.list.map(x => `${x.q.id}:${x.answer ? x.answer.seq : 0}:${x.scores.size}`).join(',') +
        `|${st.pending.filter(p => p.type === 'answer').map(p => p.ref).join(',')}` +
        `|${Object.keys(st.answers).length}|${ctx.online()}|${lang}|${clockState() === 'ended'}`;
      if (s === sig) return;       // a redraw would lose the caret in the text box
      sig = s;
      sec.hidden = !v.list.length;
      fill(sec, h('h2', { id: 'q-h', text: t("W_Q_TITLE") }), v.list.map(x => card(x, st)));
    },
    tick() {
      for (const el of sec.querySelectorAll('[data-deadline]')) el.textContent = countdown(el.dataset.deadline);
    },
  };
}

// --- the evaluator's side: the scoring view --------------------------------------

function evaluatorSection(ctx) {
  const sec = h('section', { id: 'scoring', className: 'scoring', 'aria-labelledby': 'sc-h' });
  const ticks = {}, comments = {};   // what the reader set, across redraws
  let sig = null, status = null;
  const teamName = id => {
    const tm = (ctx.welcome.teams || []).find(x => x.id === id);
    return tm ? tm.name || id : id;
  };
  const me = () => ctx.welcome.name || ctx.welcome.id || '';

  function card(x) {
    const k = `${x.team}|${x.q.id}`, hid = `sc-${x.team}-${x.q.id}`;
    const mine = x.scores.get(me());
    const items = x.q.rubric || [];
    if (!ticks[k]) ticks[k] = new Set(mine && mine.items ? mine.items.split(',').filter(Boolean) : []);
    const boxes = items.map(it => {
      const cb = h('input', { type: 'checkbox', id: `${hid}-${it.id}`, 'data-key': `sc:${k}:${it.id}`,
        'data-item': it.id, checked: ticks[k].has(it.id) });
      cb.addEventListener('change', () => { if (cb.checked) ticks[k].add(it.id); else ticks[k].delete(it.id); });
      return h('li', {}, cb, h('label', { for: `${hid}-${it.id}` }, tx(it.text) || it.id,
        it.points ? h('span', { className: 'pts', text: Object.entries(it.points)
          .map(([c, m]) => `${c} ${m > 0 ? '+' : ''}${fmtPoints(m)}`).join(' · ') }) : null));
    });
    const note = h('textarea', { rows: '2', maxlength: '2000', 'data-key': `scc:${k}`, 'aria-label': t("W_Q_COMMENT") });
    note.value = comments[k] ?? (mine ? mine.comment || '' : '');
    note.addEventListener('input', () => { comments[k] = note.value; });
    const send = h('button', { type: 'button', className: 'primary', 'data-key': `scs:${k}`, 'data-score': k,
      disabled: !ctx.online(), text: mine ? t("W_Q_RESCORE") : t("W_Q_SCORE") });
    send.addEventListener('click', () => {
      const ref = ctx.send({ type: 'score', team: x.team, question: x.q.id,
        items: items.map(it => it.id).filter(id => ticks[k].has(id)).join(','),
        comment: cleanAnswer(note.value).trim() });
      status = ref ? null : { ok: false, reason: t("W_Q_OFFLINE") };
      if (ref) announce(t("W_SENDING"));
    });
    const others = [...x.scores.entries()].map(([by, s]) => h('li', {},
      h('b', { text: by || t("W_Q_FACILITATOR") }), ` · ${s.items ? s.items.split(',').join(', ') : t("W_Q_NONE")}`,
      s.comment ? h('span', { className: 'q-comment', text: ` — ${s.comment}` }) : null));
    const agree = x.scores.size > 1 ? new Set([...x.scores.values()].map(s => s.items || '')).size === 1 : null;
    return h('article', { className: 'card score-card', 'aria-labelledby': hid, 'data-team': x.team, 'data-question': x.q.id },
      h('h3', { id: hid, text: `${teamName(x.team)} — ${tx(x.q.prompt) || x.q.id}` }),
      x.q.guidance ? h('p', { className: 'notes', text: tx(x.q.guidance) }) : null,
      h('p', { className: 'meta', text: fmtT(x.answer.t) }),
      h('blockquote', { className: 'q-answer', text: x.answer.text || '' }),
      h('fieldset', {}, h('legend', { text: t("W_Q_RUBRIC") }), h('ul', { className: 'rubric' }, boxes)),
      h('label', { text: t("W_Q_COMMENT") }), note, send,
      x.scores.size ? h('div', {}, h('p', { className: 'meta', text: agree === null ? t("W_Q_SCORES")
        : agree ? t("W_Q_AGREE") : t("W_Q_DISAGREE") }), h('ul', { className: 'q-scores' }, others)) : null);
  }

  return {
    el: sec,
    render() {
      const st = ctx.st;
      const v = deriveQuestions(st.events, null);
      const answered = v.list.filter(x => x.answer && x.answer.how !== 'timeout');
      const waiting = answered.filter(x => !x.scores.has(me()));
      const lang = document.documentElement.lang;
      const s = answered.map(x => `${x.team}|${x.q.id}|${[...x.scores.values()].map(e => e.seq).join('.')}`).join(',') +
        `|${ctx.online()}|${lang}|${st.lastAnswer || ''}`;
      if (s === sig) return;
      sig = s;
      const last = st.lastAnswer ? st.answers[st.lastAnswer] : null;
      const flash = last && last.sent && last.sent.type === 'score'
        ? (last.ok ? h('p', { className: 'ack', role: 'status', text: t("W_Q_SCORE_ACKED", String(last.input ?? '')) })
          : h('p', { className: 'refused', role: 'alert', text: t("W_REFUSED", last.reason || '') })) : null;
      sec.hidden = !v.list.length;
      fill(sec, h('h2', { id: 'sc-h', text: t("W_Q_QUEUE", String(waiting.length)) }), flash,
        status ? h('p', { className: 'refused', role: 'alert', text: status.reason }) : null,
        answered.length ? [...waiting, ...answered.filter(x => !waiting.includes(x))].map(card)
          : h('p', { className: 'empty', text: t("W_Q_NOTHING_YET") }));
    },
    tick() {},
  };
}

// Adds the questions to a role's view: the team's answer boxes or the
// evaluator's scoring queue, drawn after the view's own parts.
export function withQuestions(view, root, ctx, role) {
  const part = role === 'team' ? teamSection(ctx) : role === 'evaluator' ? evaluatorSection(ctx) : null;
  if (!part) return view;
  part.el.hidden = true;
  root.prepend(part.el);
  const render = view.render.bind(view), tick = view.tick ? view.tick.bind(view) : null;
  view.render = function () { render(); part.render(); };
  view.tick = function () { if (tick) tick(); part.tick(); };
  return view;
}
