// Community manager: the triage queue ranked by risk with its reasons, one-click actions, and volume spikes.
// Refreshes itself every 30 seconds without reloading the page.
import { get, post } from './api.js';
import { timeline } from './charts.js';
import { clear, count, el, empty, innerWidth, shortDate } from './dom.js';
import { mentionCard } from './mentions.js';
import { brandName, showError, startPage } from './shell.js';

const REFRESH_MS = 30_000;
const ACTIONS = [['acknowledge', 'Acknowledge'], ['assign', 'Assign'], ['resolve', 'Resolve'], ['dismiss', 'Dismiss']];

startPage('Community triage', async (main, catalog) => {
  const canAct = ['community_manager', 'admin'].includes(catalog.role);
  const brand = el('select', { name: 'brand', 'aria-label': 'Brand' }, el('option', { value: '' }, 'All brands'), catalog.brands.map((b) => el('option', { value: b.id }, b.name)));
  const status = el('select', { name: 'status', 'aria-label': 'Status' }, el('option', { value: 'open' }, 'Open'), el('option', { value: 'all' }, 'All, with closed'));
  const q = el('input', { type: 'search', name: 'q', placeholder: 'Narrow with a query (theme:network)', 'aria-label': 'Query' });
  const updated = el('span', { class: 'hint', 'data-testid': 'updated' });
  const controls = el('form', { class: 'controls', onsubmit: (e) => { e.preventDefault(); refresh(); } },
    el('label', {}, 'Brand ', brand), el('label', {}, 'Status ', status), q, el('button', { type: 'submit' }, 'Filter'), updated);
  brand.addEventListener('change', () => refresh());
  status.addEventListener('change', () => refresh());
  const queue = el('section', { class: 'card wide', id: 'queue', 'data-testid': 'queue' });
  const spikes = el('section', { class: 'card wide', id: 'spikes', 'data-testid': 'spikes' });
  main.append(controls, el('div', { class: 'grid' }, spikes, queue));

  const filter = () => ({ brand: brand.value, q: q.value.trim() });

  // A slow answer to an older refresh must not overwrite a newer one (a filter changed meanwhile).
  let generation = 0;

  async function refresh() {
    const mine = ++generation;
    const current = (render) => (result) => { if (mine === generation) render(result); };
    await Promise.all([
      get('/api/triage/queue', { ...filter(), status: status.value }).then(current(renderQueue), current((e) => showError(queue, e))),
      get('/api/triage/spikes', { brand: brand.value }).then(current(renderSpikes), current((e) => showError(spikes, e))),
    ]);
    if (mine === generation) updated.textContent = `Updated ${new Date().toLocaleTimeString('en-GB')}`;
  }

  function renderQueue(result) {
    const s = result.scoring;
    clear(queue, el('h2', {}, 'Triage queue'),
      el('p', { class: 'hint', 'data-testid': 'scoring' },
        `${count(result.candidates)} complaints or negative mentions · scored: complaint ${count(s.complaint_scored)}, sentiment ${count(s.sentiment_scored)}, risk ${count(s.risk_scored)} of ${count(s.mentions)} mentions`),
      result.note ? el('p', { class: result.items.length === 0 ? 'empty' : 'notice', 'data-testid': 'queue-note' }, result.note) : null,
      result.items.map((item) => mentionCard(item.mention, catalog, triageBar(item))));
  }

  function triageBar(item) {
    const m = item.mention;
    const message = el('span', { class: 'hint' });
    const assignee = el('input', { type: 'text', name: 'assignee', placeholder: 'assignee', 'aria-label': 'Assignee', value: item.assignee ?? '' });
    const act = async (action) => {
      if (action === 'assign' && !assignee.value.trim()) {
        message.textContent = 'Type an assignee first.';
        assignee.focus();
        return;
      }
      try {
        const result = await post(`/api/triage/${encodeURIComponent(m.source)}/${encodeURIComponent(m.id)}`, { action, assignee: assignee.value.trim() || null });
        message.textContent = `${result.state.status} by ${result.state.by}`;
        await refresh();
      } catch (error) {
        message.textContent = error.message;
      }
    };
    return el('div', { class: 'triage' },
      el('div', { class: 'risk' },
        el('b', { class: item.risk >= 0.5 ? 'high' : null }, item.risk == null ? 'risk not scored' : `risk ${(100 * item.risk).toFixed(0)} %`),
        item.reasons.length ? el('ul', { class: 'reasons' }, item.reasons.map((r) => el('li', {}, r))) : null,
        el('span', { class: `status ${item.status}`, 'data-testid': 'status' }, item.status, item.assignee ? ` → ${item.assignee}` : '', item.updated_at ? ` · ${shortDate(item.updated_at)}` : '')),
      canAct
        ? el('div', { class: 'actions' }, assignee, ACTIONS.map(([action, label]) => el('button', { type: 'button', class: 'secondary', 'data-action': action, onclick: () => act(action) }, label)), message)
        : el('span', { class: 'hint' }, 'Your key is read-only: actions need the community_manager role.'));
  }

  function renderSpikes(report) {
    const flagged = report.brands.flatMap((b) => b.spikes.map((s) => ({ ...s, brand: b.brand })));
    clear(spikes, el('h2', {}, 'Spikes'),
      el('p', { class: 'hint' }, `Hourly mentions per brand, ${shortDate(report.from)} – ${shortDate(report.to)} (UTC hours). Highlighted hours are spikes: far above the level expected from the recent hours and the daily profile.`),
      report.brands.map((b) => {
        const hours = new Set(b.spikes.map((s) => new Date(s.hour).getTime()));
        const points = b.counts.map((n, i) => ({ key: new Date(new Date(b.first_hour).getTime() + i * 3_600_000).toISOString().slice(0, 13).replace('T', ' ') + 'h', count: n, at: new Date(b.first_hour).getTime() + i * 3_600_000 }));
        return el('div', { class: 'spike-row' }, el('h3', {}, brandName(catalog, b.brand), ' ', el('span', { class: 'badge' }, `${b.spikes.length} spike hour${b.spikes.length === 1 ? '' : 's'}`)),
          timeline(points, { height: 90, highlight: (p) => hours.has(p.at), width: innerWidth(spikes) }));
      }),
      flagged.length === 0 ? empty('No spike in this window.')
        : el('table', { class: 'data' },
          el('thead', {}, el('tr', {}, ['Hour', 'Brand', 'Mentions', 'Expected', 'Score', 'What grew'].map((h) => el('th', {}, h)))),
          el('tbody', {}, flagged.sort((a, b) => b.score - a.score).slice(0, 10).map((s) => el('tr', {},
            el('td', {}, shortDate(s.hour)), el('td', {}, brandName(catalog, s.brand)), el('td', { class: 'num' }, count(s.observed)),
            el('td', { class: 'num' }, s.expected.toFixed(1)), el('td', { class: 'num' }, s.score.toFixed(1)),
            el('td', { class: 'why' }, (s.phrases.length > 0 ? s.phrases : s.top_terms).join(', ')))))));
  }

  await refresh();
  setInterval(() => { if (!document.hidden) refresh(); }, REFRESH_MS);
});
