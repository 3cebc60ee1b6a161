// evaluator.js — an evaluator's station: for each team it evaluates, what the
// team was sent (with the facilitator's notes and expected actions), its
// decisions with their points, its choices and adjustments; a form to adjust a
// team's points with a reason, and one to leave a note.
import { announce, fmtPoints, fmtT, fill, h } from './dom.js';
import { t, tx } from './i18n.js';
import { writtenInject } from './feedback.js';

function pts(points, name = c => c) {
  if (!points || typeof points !== 'object') return '';
  return Object.entries(points).map(([c, m]) => `${name(c)} ${m > 0 ? '+' : ''}${fmtPoints(m)}`).join(' · ');
}

export function evaluatorView(root, ctx) {
  const catName = id => {
    const c = ((ctx.welcome.scenario && ctx.welcome.scenario.categories) || []).find(x => x.id === id);
    return c ? tx(c.name) || id : id;
  };
  const presence = new Map();
  let status = null;                   // the last answer to this station's adjust or note
  root.replaceChildren();
  root.className = 'view view-evaluator';
  const forms = h('section', { className: 'eval-forms', 'aria-labelledby': 'ev-act-h' });
  const teams = h('div', { className: 'eval-teams' });
  root.append(forms, teams);

  function teamOptions(id) {
    return (ctx.welcome.teams || []).map(tm => h('option', { value: tm.id, text: tm.name || tm.id, selected: tm.id === id }));
  }

  let keep = {};   // what the reader typed, across redraws
  function field(name, el) {
    el.dataset.key = `f:${name}`;
    el.name = name;
    if (keep[name] !== undefined) el.value = keep[name];
    // a box the form has redrawn away says nothing more: a keyboard that composes
    // (Telex, a phone's) commits its last word into the old box after Send
    const save = () => { if (el.isConnected) keep[name] = el.value; };
    el.addEventListener('input', save);
    el.addEventListener('change', save);
    return el;
  }

  function drawForms() {
    const w = ctx.welcome, off = !ctx.online();
    const cats = (w.scenario && w.scenario.categories) || [];
    const adj = h('form', { className: 'card', 'aria-labelledby': 'adj-h' },
      h('h3', { id: 'adj-h', text: t("W_ADJUST") }),
      h('label', { for: 'adj-team', text: t("W_TEAM") }), field('adj-team', h('select', { id: 'adj-team' }, teamOptions(keep['adj-team']))),
      h('label', { for: 'adj-cat', text: t("W_CATEGORY") }),
      field('adj-cat', h('select', { id: 'adj-cat' }, cats.map(c => h('option', { value: c.id, text: tx(c.name) || c.id })))),
      h('label', { for: 'adj-points', text: t("W_POINTS") }),
      field('adj-points', h('input', { id: 'adj-points', type: 'number', step: '0.5', required: true, inputmode: 'decimal' })),
      h('label', { for: 'adj-reason', text: t("W_REASON") }),
      field('adj-reason', h('textarea', { id: 'adj-reason', rows: '2', required: true, maxlength: '1000' })),
      h('button', { type: 'submit', className: 'primary', disabled: off, 'data-key': 'adj-send', text: t("W_SEND") }));
    adj.addEventListener('submit', ev => {
      ev.preventDefault();
      const milli = Math.round(Number(keep['adj-points']) * 1000);
      const reason = (keep['adj-reason'] || '').trim();
      if (!Number.isFinite(milli) || milli === 0 || !reason) {
        status = { ok: false, reason: t("W_ADJUST_NEEDS") };
        return this_.render();
      }
      const ref = ctx.send({ type: 'adjust', team: adj.elements['adj-team'].value, category: adj.elements['adj-cat'].value, milli, reason });
      if (ref) { keep['adj-points'] = ''; keep['adj-reason'] = ''; status = { pending: true }; }
      this_.render();
    });
    const note = h('form', { className: 'card', 'aria-labelledby': 'note-h' },
      h('h3', { id: 'note-h', text: t("W_NOTE") }),
      h('label', { for: 'note-team', text: t("W_TEAM") }), field('note-team', h('select', { id: 'note-team' }, teamOptions(keep['note-team']))),
      h('label', { for: 'note-text', text: t("W_NOTE_TEXT") }),
      field('note-text', h('textarea', { id: 'note-text', rows: '3', required: true, maxlength: '4000' })),
      h('button', { type: 'submit', className: 'primary', disabled: off, 'data-key': 'note-send', text: t("W_SEND") }));
    note.addEventListener('submit', ev => {
      ev.preventDefault();
      const text = (keep['note-text'] || '').trim();
      if (!text) return;
      const ref = ctx.send({ type: 'note', team: note.elements['note-team'].value, text });
      if (ref) { keep['note-text'] = ''; status = { pending: true }; }
      this_.render();
    });
    const st = !status ? null : status.pending ? h('p', { role: 'status', className: 'sending', text: t("W_SENDING") })
      : status.ok ? h('p', { role: 'status', className: 'ack', text: t("W_ACKED_SHORT", String(status.input ?? '')) })
        : h('p', { role: 'alert', className: 'refused', text: t("W_REFUSED", status.reason || '') });
    fill(forms, h('h2', { id: 'ev-act-h', text: t("W_EVALUATE") }),
      off ? h('p', { className: 'offline', text: t("W_OFFLINE_FORMS") }) : null, st, h('div', { className: 'forms' }, adj, note));
  }

  function item(ev, opens) {
    if (ev.type === 'inject') {
      const i = ev.inject;
      return h('li', { className: 'ev-inject' },
        h('details', {}, h('summary', {}, h('span', { className: 'title', text: tx(i.title) || i.id }),
          h('span', { className: 'meta', text: `${fmtT(ev.t)} · ${t("W_INJECT")}` })),
        h('div', { className: 'body', text: tx(i.body) })),
        tx(i.notes) ? h('div', { className: 'notes' }, h('strong', { text: t("W_NOTES") }), h('p', { text: tx(i.notes) })) : null);
    }
    if (ev.type === 'open') {
      const d = ev.decision;
      return h('li', { className: 'ev-open' },
        h('p', {}, h('span', { className: 'title', text: tx(d.prompt) || d.id }),
          h('span', { className: 'meta', text: `${fmtT(ev.t)} · ${t("W_DECISION")}` +
            (ev.deadline === null || ev.deadline === undefined ? '' : ` · ${t("W_DUE", fmtT(ev.deadline))}`) })),
        h('ul', { className: 'opts' }, (d.options || []).map(o => h('li', { text: `${tx(o.text) || o.id}${o.points ? ' — ' + pts(o.points, catName) : ''}` }))),
        tx(d.notes) ? h('div', { className: 'notes' }, h('strong', { text: t("W_NOTES") }), h('p', { text: tx(d.notes) })) : null);
    }
    if (ev.type === 'closed') {
      const o = opens.get(ev.decision);
      const opt = o && (o.decision.options || []).find(x => x.id === ev.option);
      return h('li', { className: `ev-closed how-${ev.how}` }, h('p', {},
        h('span', { className: 'title', text: `${o ? tx(o.decision.prompt) : ev.decision} → ${opt ? tx(opt.text) : ev.option ?? t("W_NO_ANSWER")}` }),
        h('span', { className: 'meta', text: [fmtT(ev.t), ev.how === 'timeout' ? t("W_TIMED_OUT") : t("W_CHOSEN"), pts(ev.points, catName)].filter(Boolean).join(' · ') })));
    }
    if (ev.type === 'control' && ev.action === 'message') {
      const w = writtenInject(ev);
      return w ? h('li', { className: 'ev-inject ev-written' },
        h('details', {}, h('summary', {}, h('span', { className: 'title', text: w.inject.title }),
          h('span', { className: 'meta', text: `${fmtT(ev.t)} · ${t("W_WRITTEN")}` })),
        h('div', { className: 'body', text: w.inject.body }))) : null;
    }
    if (ev.type === 'control' && ev.action === 'note') {
      return h('li', { className: 'ev-note' }, h('p', {},
        h('span', { className: 'title', text: ev.text || '' }),
        h('span', { className: 'meta', text: [fmtT(ev.t), t("W_NOTE"), ev.by || ''].filter(Boolean).join(' · ') })));
    }
    if (ev.type === 'adjust') {
      return h('li', { className: 'ev-adjust' }, h('p', {},
        h('span', { className: 'title', text: `${catName(ev.category)} ${ev.milli > 0 ? '+' : ''}${fmtPoints(ev.milli)} · ${ev.reason || ''}` }),
        h('span', { className: 'meta', text: [fmtT(ev.t), t("W_ADJUST"), ev.by || ''].filter(Boolean).join(' · ') })));
    }
    return null;
  }

  const this_ = {
    role: 'evaluator',
    render() {
      drawForms();
      const w = ctx.welcome, evs = ctx.st.events;
      fill(teams, (w.teams || []).map(tm => {
        // the team's own events, and the facilitator's notes for every team
        const mine = evs.filter(e => e.team === tm.id || (e.type === 'control' && (e.action === 'note' || e.action === 'message') && !e.team));
        const opens = new Map(mine.filter(e => e.type === 'open' && e.decision).map(e => [e.decision.id, e]));
        const p = presence.get(tm.id);
        const hid = `team-${tm.id}`;
        return h('section', { className: 'eval-team', 'aria-labelledby': hid },
          h('h2', { id: hid }, tm.name || tm.id,
            p ? h('span', { className: `presence ${p.online > 0 ? 'on' : 'off'}`,
              text: p.online > 0 ? t("W_STATIONS_ONLINE", String(p.online)) : t("W_TEAM_OFFLINE") }) : null),
          mine.length ? h('ol', { className: 'eval-feed', reversed: true }, mine.slice().reverse().map(e => item(e, opens)))
            : h('p', { className: 'empty', text: t("W_NOTHING_YET") }));
      }));
    },
    onInfo(m) {
      if (m.type === 'presence' && Array.isArray(m.teams)) for (const p of m.teams) presence.set(p.id, p);
    },
    ready() { this_.render(); },
    answered(a) {
      if (!a.sent || (a.sent.type !== 'adjust' && a.sent.type !== 'note')) return;
      status = a;
      // acknowledged: what was sent leaves the form, so it cannot go twice (a
      // new text typed while it was on its way stays)
      if (a.ok && a.sent.type === 'note' && (keep['note-text'] || '').trim() === a.sent.text) keep['note-text'] = '';
      if (a.ok && a.sent.type === 'adjust' && (keep['adj-reason'] || '').trim() === a.sent.reason) {
        keep['adj-reason'] = '';
        keep['adj-points'] = '';
      }
      announce(a.ok ? t("W_ACKED_SHORT", String(a.input ?? '')) : t("W_REFUSED", a.reason || ''));
    },
  };
  return this_;
}
