// i18n.js — the program's own words (GET catalog.json, made by the server from
// engine/core/catalog.tsv) and scenario text in the reader's language.
import { h } from './dom.js';

let catalog = { langs: ['en', 'vi'], en: {}, vi: {} };
let lang = 'en';
const listeners = [];

export async function loadCatalog() {
  const r = await fetch('catalog.json', { cache: 'no-cache', credentials: 'omit' });
  if (!r.ok) throw new Error(`catalog.json: ${r.status}`);
  catalog = await r.json();
}

export function langs() { return catalog.langs; }
export function getLang() { return lang; }

export function setLang(l) {
  if (!catalog.langs.includes(l)) return;
  lang = l;
  document.documentElement.lang = l;
  try { sessionStorage.setItem('drillhall.lang', l); } catch (e) { /* private mode */ }
  applyStatic();
  for (const f of listeners) f(l);
}

export function onLang(f) { listeners.push(f); }

// The browser's or the last chosen language.
export function preferredLang() {
  let l = null;
  try { l = sessionStorage.getItem('drillhall.lang'); } catch (e) { /* private mode */ }
  if (l && catalog.langs.includes(l)) return l;
  for (const n of navigator.languages || [navigator.language || 'en']) {
    const c = String(n).slice(0, 2).toLowerCase();
    if (catalog.langs.includes(c)) return c;
  }
  return 'en';
}

// A catalog word; %s, %d, … take args in order (the catalog keeps every
// language's conversions the same).
export function t(id, ...args) {
  const s = (catalog[lang] && catalog[lang][id]) || (catalog.en && catalog.en[id]) || id;
  let i = 0;
  return s.replace(/%(%|[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|j|z|t|L)?[a-zA-Z])/g,
    m => (m === '%%' ? '%' : String(args[i++] ?? '')));
}

// A catalog word in a given language, whatever the page's.
export function tIn(l, id) {
  return (catalog[l] && catalog[l][id]) || (catalog.en && catalog.en[id]) || id;
}

// Scenario text: a string, or {"en": …, "vi": …} with either missing.
export function tx(text) {
  if (text === null || text === undefined) return '';
  if (typeof text === 'string') return text;
  if (typeof text !== 'object') return String(text);
  for (const l of [lang, 'en', ...catalog.langs]) if (typeof text[l] === 'string' && text[l]) return text[l];
  return '';
}

// Elements written in index.html with a data-t attribute (their text) or a
// data-t-label attribute (their aria-label) get the word in the current language.
export function applyStatic(root = document) {
  for (const el of root.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  for (const el of root.querySelectorAll('[data-t-label]')) el.setAttribute('aria-label', t(el.dataset.tLabel));
}

// Fills a <select> with the catalog's languages, each named in itself.
export function fillLangSelect(sel) {
  sel.replaceChildren(...catalog.langs.map(l =>
    h('option', { value: l, text: tIn(l, "W_LANG_NAME") })));
  sel.value = lang;
}
