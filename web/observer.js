// observer.js — the scoreboard for a projector: rank, team, points; tied teams
// share a rank (the server ranks; this page only shows).
import { fmtPoints, fmtT, fill, h } from './dom.js';
import { t, tx } from './i18n.js';

export function observerView(root, ctx) {
  let scores = [];
  const presence = new Map();
  root.replaceChildren();
  root.className = 'view view-observer';
  const board = h('section', { className: 'board', 'aria-labelledby': 'board-h' });
  const feed = h('section', { className: 'feed', 'aria-labelledby': 'feed-h' });
  root.append(board, feed);

  return {
    role: 'observer',
    render() {
      const w = ctx.welcome;
      const names = new Map((w.teams || []).map(tm => [tm.id, tm]));
      const rows = scores.slice().sort((a, b) => a.rank - b.rank || String(a.id).localeCompare(String(b.id)));
      const table = part => h('table', { className: 'scores' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', className: 'rank', text: t("W_RANK") }),
          h('th', { scope: 'col', text: t("W_TEAM") }), h('th', { scope: 'col', className: 'total', text: t("W_POINTS") }))),
        h('tbody', {}, part.map(r => {
          const tm = names.get(r.id) || {};
          const p = presence.get(r.id);
          return h('tr', { 'data-team': r.id },
            h('td', { className: 'rank', text: String(r.rank) }),
            h('th', { scope: 'row', className: 'name' }, tm.name || r.id,
              tm.bracket ? h('span', { className: 'bracket', text: tm.bracket }) : null,
              p ? h('span', { className: `presence ${p.online > 0 ? 'on' : 'off'}`, text: p.online > 0 ? t("W_ONLINE") : t("W_TEAM_OFFLINE") }) : null),
            h('td', { className: 'total', text: fmtPoints(r.total) }));
        })));
      // the agency's 35 teams fit one projector screen: two tables side by side
      const half = Math.ceil(rows.length / 2);
      const parts = rows.length > 12 ? [rows.slice(0, half), rows.slice(half)] : [rows];
      root.classList.toggle('many', parts.length > 1);
      fill(board, h('h2', { id: 'board-h', text: t("W_SCOREBOARD") }),
        rows.length ? h('div', { className: `tables n${parts.length}` }, parts.map(table))
          : h('p', { className: 'empty', text: t("W_NOTHING_YET") }));
      const seen = new Set(), injects = [];
      for (const e of ctx.st.events.slice().reverse()) {
        if (e.type !== 'inject' || !e.inject || seen.has(e.inject.id)) continue;
        seen.add(e.inject.id);
        injects.push(e);
        if (injects.length === 8) break;
      }
      fill(feed, h('h2', { id: 'feed-h', text: t("W_LATEST") }),
        injects.length ? h('ul', { className: 'latest' }, injects.map(e => h('li', {},
          h('span', { className: 'meta', text: fmtT(e.t) }), ' ', tx(e.inject.title) || e.inject.id)))
          : h('p', { className: 'empty', text: t("W_NOTHING_YET") }));
    },
    onInfo(m) {
      if (m.type === 'scores' && Array.isArray(m.teams)) scores = m.teams.filter(x => x && typeof x.id === 'string');
      if (m.type === 'presence' && Array.isArray(m.teams)) for (const p of m.teams) presence.set(p.id, p);
    },
  };
}
