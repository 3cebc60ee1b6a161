// team.js — a team's station: open decisions, the inbox, its own choices and
// its own timeline, drawn from the events the server sent this team (and
// nothing else: the server filters, the page only shows).
import { announce, fmtLeft, fmtPoints, fmtT, fill, h } from './dom.js';
import { t, tx } from './i18n.js';
import { clockState, nowMs } from './clock.js';
import { timeline } from './timeline.js';
import { feedbackForm, writtenInject } from './feedback.js';

// What the events say: the team's injects, its decisions (open and closed),
// adjustments and the end.
export function derive(events, me) {
  const injects = [], opens = new Map(), closes = new Map(), adjusts = [];
  let ended = false;
  for (const ev of events) {
    if (ev.team !== undefined && ev.team !== null && me && ev.team !== me) continue;
    if (ev.type === 'inject' && ev.inject) injects.push(ev);
    else if (ev.type === 'open' && ev.decision) opens.set(ev.decision.id, ev);
    else if (ev.type === 'closed') closes.set(ev.decision, ev);
    else if (ev.type === 'adjust') adjusts.push(ev);
    else if (ev.type === 'end') ended = true;
    else if (ev.type === 'control' && ev.action === 'message') {
      const w = writtenInject(ev);          // the facilitator's own words, as an inject
      if (w) injects.push(w);
    }
  }
  const open = [];
  for (const [id, ev] of opens) {
    const c = closes.get(id);
    if (!ended && !(c && c.seq > ev.seq)) open.push(ev);
  }
  return { injects, opens, closes, adjusts, open, ended };
}

const SEVERITY = { low: () => t("S_SEV_LOW"), medium: () => t("S_SEV_MEDIUM"), high: () => t("S_SEV_HIGH"),
  critical: () => t("S_SEV_CRITICAL") };
function severity(s) { return SEVERITY[s] ? SEVERITY[s]() : s; }

// the channels the scenario guide names, in the page's words (as the native
// station's); any other is shown as the scenario wrote it
const CHANNEL = { email: () => t("S_CH_EMAIL"), chat: () => t("S_CH_CHAT"), letter: () => t("S_CH_LETTER"),
  meeting: () => t("S_CH_MEETING"), news: () => t("S_CH_NEWS"), phone: () => t("S_CH_PHONE"),
  siem: () => t("S_CH_SIEM"), social: () => t("S_CH_SOCIAL"), ticket: () => t("S_CH_TICKET"),
  sms: () => t("S_CH_SMS"), press: () => t("S_CH_PRESS") };
function channel(c) { return c && Object.hasOwn(CHANNEL, c) ? CHANNEL[c]() : c; }

function optionText(openEv, optionId) {
  const o = openEv && openEv.decision.options && openEv.decision.options.find(x => x.id === optionId);
  return o ? tx(o.text) || o.id : (optionId ?? '');
}

function pointsText(points) {
  if (!points || typeof points !== 'object') return '';
  return Object.entries(points).map(([cat, m]) => `${cat} ${m > 0 ? '+' : ''}${fmtPoints(m)}`).join(' · ');
}

export function teamView(root, ctx) {
  const opened = new Map();      // inject seq → the reader's own open/closed choice
  let flash = null;              // the last answer, shown until the next one
  let cardCache = new Map();     // decision id → { sig, el }
  let lastDecSig = null, lastInboxSig = null;

  root.replaceChildren();
  const dec = h('section', { id: 'decisions', className: 'decisions', 'aria-labelledby': 'dec-h' });
  const inbox = h('section', { id: 'inbox', className: 'inbox', 'aria-labelledby': 'inbox-h' });
  const mine = h('section', { id: 'choices', className: 'choices', 'aria-labelledby': 'ch-h' });
  const tl = h('section', { id: 'timeline', className: 'timeline-box', 'aria-labelledby': 'tl-h' });
  const fb = feedbackForm(ctx);
  root.append(h('div', { className: 'team' }, h('div', { className: 'col-a' }, fb.el, dec, mine),
    h('div', { className: 'col-b' }, inbox, tl)));
  root.className = 'view view-team';

  // answer: the server's answer to this decision's last choice, if it refused it
  function decisionCard(ev, st, answer) {
    const d = ev.decision;
    const pend = st.pending.find(p => p.type === 'choose' && p.decision === d.id);
    const pressed = pend ? optionText(ev, pend.option) : '';
    const inj = d.inject ? st.events.find(e => e.type === 'inject' && e.inject.id === d.inject) : null;
    const hid = `dec-${d.id}`;
    return h('article', { className: 'decision', 'aria-labelledby': hid, 'data-decision': d.id },
      h('h3', { id: hid, text: tx(d.prompt) || d.id }),
      inj ? h('p', { className: 'about', text: t("W_ABOUT", tx(inj.inject.title)) }) : null,
      h('p', { className: 'countdown', 'data-deadline': ev.deadline ?? '', text: countdown(ev.deadline) }),
      h('div', { className: 'options', role: 'group', 'aria-labelledby': hid },
        (d.options || []).map(o => h('button', {
          type: 'button', className: `option${pend && pend.option === o.id ? ' pressed' : ''}`,
          'data-key': `opt:${d.id}:${o.id}`, 'data-option': o.id, 'aria-pressed': pend ? String(pend.option === o.id) : null,
          disabled: !!pend || clockState() === 'ended',
          onclick: () => { ctx.choose(d.id, o.id); announce(t("W_SENDING")); },
        }, tx(o.text) || o.id,
        o.points ? h('span', { className: 'pts', text: pointsText(o.points) }) : null))),
      pend ? h('p', { className: 'sending', role: 'status',
        text: ctx.online() ? t("W_SENDING_OPT", pressed) : t("W_WILL_SEND_OPT", pressed) }) : null,
      !pend && answer && !answer.ok ? h('p', { className: 'refused', role: 'alert', text: t("W_REFUSED", answer.reason || '') }) : null);
  }

  function countdown(deadline) {
    if (deadline === null || deadline === undefined || deadline === '') return t("W_OPEN_UNTIL_END");
    const left = Number(deadline) - nowMs();
    if (clockState() === 'paused') return t("W_LEFT_PAUSED", fmtLeft(left));
    return left > 0 ? t("W_LEFT", fmtLeft(left)) : t("W_DEADLINE_PASSED");
  }

  function injectItem(ev, newest) {
    const i = ev.inject;
    const isOpen = opened.has(ev.seq) ? opened.get(ev.seq) : newest;
    const summary = h('summary', {},
      h('span', { className: 'title', text: tx(i.title) || i.id }),
      h('span', { className: 'meta', text: [fmtT(ev.t), ev.written ? t("W_FROM_FACILITATOR") : tx(i.from), channel(i.channel), i.severity ? t("W_SEVERITY", severity(i.severity)) : '']
        .filter(Boolean).join(' · ') }));
    const det = h('details', { className: `inject sev-${i.severity || 'none'}${ev.written ? ' written' : ''}`, 'data-key': `inj:${ev.seq}`, open: isOpen },
      summary, h('div', { className: 'body', text: tx(i.body) }));
    // only the reader's own opening or closing is remembered (a click on the
    // summary, also what Enter and Space do), never the page's own drawing
    summary.addEventListener('click', () => opened.set(ev.seq, !det.open));
    return h('li', {}, det);
  }

  function choiceItem(c, d) {
    const st = ctx.st;
    const ans = Object.values(st.answers).find(a => a.ok && a.sent && a.sent.decision === c.decision && a.sent.option === c.option);
    const how = c.how === 'timeout' ? t("W_TIMED_OUT") : t("W_CHOSEN");
    return h('li', { className: `choice how-${c.how}` },
      h('span', { className: 'q', text: d ? tx(d.decision.prompt) || c.decision : c.decision }),
      h('span', { className: 'a', text: c.option ? optionText(d, c.option) : t("W_NO_ANSWER") }),
      h('span', { className: 'meta', text: [fmtT(c.t), how, ans && ans.input ? t("W_INPUT_NO", String(ans.input)) : '',
        pointsText(c.points)].filter(Boolean).join(' · ') }));
  }

  return {
    role: 'team',
    render() {
      const st = ctx.st, w = ctx.welcome;
      const v = derive(st.events, w && w.id);
      // a card is redrawn only when what it shows changed, so a button under
      // the reader's finger is never swapped for another mid-click
      const lang = document.documentElement.lang, kept = new Map();
      const last = st.lastAnswer ? st.answers[st.lastAnswer] : null;
      flash = last && last.sent && last.sent.type === 'choose' ? last : null;
      const cards = v.open.slice().sort((a, b) => (a.deadline ?? Infinity) - (b.deadline ?? Infinity)).map(ev => {
        const pend = st.pending.find(p => p.type === 'choose' && p.decision === ev.decision.id);
        const answer = flash && flash.sent.decision === ev.decision.id ? flash : null;
        const sig = `${ev.seq}|${pend ? pend.option : ''}|${ctx.online()}|${lang}|${clockState() === 'ended'}|${answer ? answer.ref : ''}`;
        const old = cardCache.get(ev.decision.id);
        const el = old && old.sig === sig ? old.el : decisionCard(ev, st, answer);
        kept.set(ev.decision.id, { sig, el });
        return el;
      });
      cardCache = kept;
      // an answer belongs to its decision: in its card while it is open; once
      // it is closed (an acknowledged choice closes it), above the cards until
      // another decision opens after it (the choices list keeps the input number)
      const closedBy = flash ? v.closes.get(flash.sent.decision) : null;
      const fresh = closedBy && !v.open.some(ev => ev.seq > closedBy.seq);
      const flashEl = !fresh ? null : flash.ok
        ? h('p', { className: 'ack', role: 'status', text: t("W_ACKED", optionText(v.opens.get(flash.sent.decision), flash.sent.option), String(flash.input ?? '')) })
        : h('p', { className: 'refused', role: 'alert', text: t("W_REFUSED", flash.reason || '') });
      const decSig = [...kept.values()].map(k => k.sig).join(',') + `|${fresh ? flash.ref : ''}|${lang}|${v.ended}`;
      if (decSig !== lastDecSig) fill(dec, h('h2', { id: 'dec-h', text: t("W_DECISIONS") }), flashEl,
        cards.length ? cards : h('p', { className: 'empty', text: v.ended ? t("W_DRILL_ENDED") : t("W_NO_DECISIONS") }));
      lastDecSig = decSig;
      const inj = v.injects.slice().reverse();
      const inboxSig = `${inj.length}|${inj.length ? inj[0].seq : 0}|${lang}`;
      if (inboxSig !== lastInboxSig) fill(inbox, h('h2', { id: 'inbox-h', text: t("W_INBOX") }),
        inj.length ? h('ol', { className: 'inject-list', reversed: true }, inj.map((ev, k) => injectItem(ev, k === 0)))
          : h('p', { className: 'empty', text: t("W_NO_INJECTS") }));
      lastInboxSig = inboxSig;
      const closed = [...v.closes.values()].sort((a, b) => b.seq - a.seq);
      fill(mine, h('h2', { id: 'ch-h', text: t("W_YOUR_CHOICES") }),
        closed.length ? h('ul', { className: 'choice-list' }, closed.map(c => choiceItem(c, v.opens.get(c.decision))))
          : h('p', { className: 'empty', text: t("W_NO_CHOICES") }),
        v.adjusts.length ? h('ul', { className: 'adjust-list' }, v.adjusts.map(a => h('li', {
          text: `${fmtT(a.t)} · ${a.category} ${a.milli > 0 ? '+' : ''}${fmtPoints(a.milli)} · ${a.reason || ''}` }))) : null);
      fill(tl, h('h2', { id: 'tl-h', text: t("W_TIMELINE") }), timeline(w, v));
      fb.render(v.ended);
      this.tick();
    },
    tick() {
      for (const el of dec.querySelectorAll('[data-deadline]')) el.textContent = countdown(el.dataset.deadline);
      const now = document.querySelector('.tl-now');
      const dur = ctx.welcome && ctx.welcome.scenario && ctx.welcome.scenario.duration;
      if (now && dur) now.style.left = `${Math.min(100, Math.max(0, (nowMs() / dur) * 100))}%`;
    },
    live(ev) {
      if (ev.type === 'inject' && ev.inject) announce(t("W_NEW_INJECT", tx(ev.inject.title)));
      else if (ev.type === 'open' && ev.decision) announce(t("W_NEW_DECISION", tx(ev.decision.prompt)));
      else if (writtenInject(ev)) announce(t("W_NEW_INJECT", writtenInject(ev).inject.title));
    },
    answered(a) {
      if (fb.answered(a)) return;
      if (!a.sent || a.sent.type !== 'choose') return;
      announce(a.ok ? t("W_ACKED_SHORT", String(a.input ?? '')) : t("W_REFUSED", a.reason || ''));
    },
  };
}
