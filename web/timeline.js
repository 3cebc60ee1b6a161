// timeline.js — a team's own small timeline: one lane per stage of the
// scenario, its injects as dots, its choices as squares (titled with the
// option's text in the page's language, never its id), the clock's "now".
// Drawn with CSS (positions set through the style object, never markup); a
// summary for screen readers, the inbox and the choices list say the rest.
import { fmtT, h } from './dom.js';
import { t, tx } from './i18n.js';
import { nowMs } from './clock.js';

function at(el, ms, dur) {
  el.style.left = `${Math.min(100, Math.max(0, (ms / dur) * 100))}%`;
  return el;
}

function chosen(openEv, optionId) {
  const o = openEv && (openEv.decision.options || []).find(x => x.id === optionId);
  return o ? tx(o.text) || o.id : optionId;
}

export function timeline(welcome, v) {
  const sc = (welcome && welcome.scenario) || {};
  const dur = sc.duration > 0 ? sc.duration : 1;
  const stages = Array.isArray(sc.stages) && sc.stages.length ? sc.stages : [{ id: '', name: '' }];
  const lanes = stages.map(stage => {
    const marks = v.injects.filter(ev => stages.length === 1 || ev.inject.stage === stage.id)
      .map(ev => at(h('span', { className: `tl-dot sev-${ev.inject.severity || 'none'}`, title: `${fmtT(ev.t)} ${tx(ev.inject.title)}` }), ev.t, dur));
    return h('div', { className: 'tl-lane' },
      h('span', { className: 'tl-name', text: tx(stage.name) || stage.id || t("W_INJECTS") }),
      h('div', { className: 'tl-track' }, marks));
  });
  const choices = [...v.closes.values()].map(c =>
    at(h('span', { className: `tl-sq how-${c.how}`, title: `${fmtT(c.t)} ${c.option ? chosen(v.opens.get(c.decision), c.option) : t("W_NO_ANSWER")}` }), c.t, dur));
  lanes.push(h('div', { className: 'tl-lane' }, h('span', { className: 'tl-name', text: t("W_YOUR_CHOICES") }),
    h('div', { className: 'tl-track' }, choices)));
  const summary = t("W_TIMELINE_SUMMARY", String(v.injects.length), String(v.closes.size));
  return h('figure', { className: 'tl' },
    h('div', { className: 'tl-lanes', 'aria-hidden': 'true' }, lanes,
      h('div', { className: 'tl-over' }, at(h('span', { className: 'tl-now' }), nowMs(), dur))),
    h('figcaption', { className: 'tl-scale' },
      h('span', { text: fmtT(0) }), h('span', { className: 'sr-only', text: summary }), h('span', { text: fmtT(dur) })));
}
