// dom.js — building the page from data. Everything that came from the network
// goes in as text (textContent, attribute values): never as markup.

export function h(tag, attrs = {}, ...kids) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, kids);
  return el;
}

const SVGNS = 'http://www.w3.org/2000/svg';
export function s(tag, attrs = {}, ...kids) {
  const el = document.createElementNS(SVGNS, tag);
  setAttrs(el, attrs);
  append(el, kids);
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') el.textContent = String(v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k === 'className' ? 'class' : k, v === true ? '' : String(v));
  }
}

function append(el, kids) {
  for (const k of kids.flat(Infinity)) {
    if (k === null || k === undefined || k === false) continue;
    el.append(k instanceof Node ? k : document.createTextNode(String(k)));
  }
}

// Replaces el's children (nulls and falses skipped, arrays flattened).
export function fill(el, ...kids) {
  el.replaceChildren();
  append(el, kids);
  return el;
}

// Exercise time as people read it: T+1:05:09.
export function fmtT(ms) {
  const neg = ms < 0;
  let sec = Math.floor(Math.abs(ms) / 1000);
  const hh = Math.floor(sec / 3600); sec -= hh * 3600;
  const mm = Math.floor(sec / 60); sec -= mm * 60;
  return `T${neg ? '-' : '+'}${hh}:${String(mm).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
}

// A duration left: 12:05, or 1:02:05 past an hour.
export function fmtLeft(ms) {
  let sec = Math.max(0, Math.ceil(ms / 1000));
  const hh = Math.floor(sec / 3600); sec -= hh * 3600;
  const mm = Math.floor(sec / 60); sec -= mm * 60;
  const m2 = hh ? String(mm).padStart(2, '0') : String(mm);
  return `${hh ? hh + ':' : ''}${m2}:${String(sec).padStart(2, '0')}`;
}

// Points held in thousandths, shown to one decimal: 12.5, -3, 0.
export function fmtPoints(milli) {
  const tenths = Math.round(Math.abs(milli) / 100) * Math.sign(milli);
  const v = tenths / 10;
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

// Tells a screen reader what just happened (the polite live region).
export function announce(msg) {
  const live = document.getElementById('announce');
  if (!live) return;
  live.append(h('p', { text: msg }));
  while (live.childElementCount > 5) live.firstElementChild.remove();
}
