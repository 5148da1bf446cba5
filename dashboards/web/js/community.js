// Community manager: the triage queue ranked by risk with its reasons, one-click actions, and volume spikes.
// Refreshes itself every 30 seconds without reloading the page.
import { get, post } from './api.js';
import { timeline } from './charts.js';
import { clear, count, el, empty, innerWidth, shortDate } from './dom.js';
import { mentionCard } from './mentions.js';
import { LOCALE, label, t } from './i18n.js';
import { brandName, showError, startPage } from './shell.js';

const REFRESH_MS = 30_000;
const ACTIONS = ['acknowledge', 'assign', 'resolve', 'dismiss'];

startPage(t('titleCommunity'), async (main, catalog) => {
  const canAct = ['community_manager', 'admin'].includes(catalog.role);
  const brand = el('select', { name: 'brand', 'aria-label': t('brand') }, el('option', { value: '' }, t('allBrands')), catalog.brands.map((b) => el('option', { value: b.id }, b.name)));
  const status = el('select', { name: 'status', 'aria-label': t('status') }, el('option', { value: 'open' }, t('open_')), el('option', { value: 'all' }, t('allWithClosed')));
  const q = el('input', { type: 'search', name: 'q', placeholder: t('narrow'), 'aria-label': t('query') });
  const updated = el('span', { class: 'hint', 'data-testid': 'updated' });
  const controls = el('form', { class: 'controls', onsubmit: (e) => { e.preventDefault(); refresh(); } },
    el('label', {}, `${t('brand')} `, brand), el('label', {}, `${t('status')} `, status), q, el('button', { type: 'submit' }, t('filter')), updated);
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
    if (mine === generation) updated.textContent = t('updatedAt', new Date().toLocaleTimeString(LOCALE));
  }

  function renderQueue(result) {
    const s = result.scoring;
    clear(queue, el('h2', {}, t('queueTitle')),
      el('p', { class: 'hint', 'data-testid': 'scoring' },
        t('scoring', count(result.candidates), count(s.complaint_scored), count(s.sentiment_scored), count(s.risk_scored), count(s.mentions))),
      result.note ? el('p', { class: result.items.length === 0 ? 'empty' : 'notice', 'data-testid': 'queue-note' }, result.note) : null,
      result.items.map((item) => mentionCard(item.mention, catalog, triageBar(item))));
  }

  function triageBar(item) {
    const m = item.mention;
    const message = el('span', { class: 'hint' });
    const assignee = el('input', { type: 'text', name: 'assignee', placeholder: t('assignee'), 'aria-label': t('assigneeLabel'), value: item.assignee ?? '' });
    const act = async (action) => {
      if (action === 'assign' && !assignee.value.trim()) {
        message.textContent = t('typeAssignee');
        assignee.focus();
        return;
      }
      try {
        const result = await post(`/api/triage/${encodeURIComponent(m.source)}/${encodeURIComponent(m.id)}`, { action, assignee: assignee.value.trim() || null });
        message.textContent = t('stateBy', label('statuses', result.state.status), result.state.by);
        await refresh();
      } catch (error) {
        message.textContent = error.message;
      }
    };
    return el('div', { class: 'triage' },
      el('div', { class: 'risk' },
        el('b', { class: item.risk >= 0.5 ? 'high' : null }, item.risk == null ? t('riskNotScored') : t('riskPercent', (100 * item.risk).toFixed(0))),
        item.reasons.length ? el('ul', { class: 'reasons' }, item.reasons.map((r) => el('li', {}, r))) : null,
        el('span', { class: `status ${item.status}`, 'data-testid': 'status' }, label('statuses', item.status), item.assignee ? ` → ${item.assignee}` : '', item.updated_at ? ` · ${shortDate(item.updated_at)}` : '')),
      canAct
        ? el('div', { class: 'actions' }, assignee, ACTIONS.map((action) => el('button', { type: 'button', class: 'secondary', 'data-action': action, onclick: () => act(action) }, label('actions', action))), message)
        : el('span', { class: 'hint' }, t('readOnly')));
  }

  function renderSpikes(report) {
    const flagged = report.brands.flatMap((b) => b.spikes.map((s) => ({ ...s, brand: b.brand })));
    clear(spikes, el('h2', {}, t('spikesTitle')),
      el('p', { class: 'hint' }, t('spikesHint', shortDate(report.from), shortDate(report.to))),
      report.brands.map((b) => {
        const hours = new Set(b.spikes.map((s) => new Date(s.hour).getTime()));
        const points = b.counts.map((n, i) => ({ key: new Date(new Date(b.first_hour).getTime() + i * 3_600_000).toISOString().slice(0, 13).replace('T', ' ') + 'h', count: n, at: new Date(b.first_hour).getTime() + i * 3_600_000 }));
        return el('div', { class: 'spike-row' }, el('h3', {}, brandName(catalog, b.brand), ' ', el('span', { class: 'badge' }, t('spikeHours', b.spikes.length))),
          timeline(points, { height: 90, highlight: (p) => hours.has(p.at), width: innerWidth(spikes) }));
      }),
      flagged.length === 0 ? empty(t('noSpike'))
        : el('table', { class: 'data' },
          el('thead', {}, el('tr', {}, t('spikeHeaders').map((h) => el('th', {}, h)))),
          el('tbody', {}, flagged.sort((a, b) => b.score - a.score).slice(0, 10).map((s) => el('tr', {},
            el('td', {}, shortDate(s.hour)), el('td', {}, brandName(catalog, s.brand)), el('td', { class: 'num' }, count(s.observed)),
            el('td', { class: 'num' }, s.expected.toFixed(1)), el('td', { class: 'num' }, s.score.toFixed(1)),
            el('td', { class: 'why' }, (s.phrases.length > 0 ? s.phrases : s.top_terms).join(', ')))))));
  }

  await refresh();
  setInterval(() => { if (!document.hidden) refresh(); }, REFRESH_MS);
});
