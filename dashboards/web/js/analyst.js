// Analyst: search in the query syntax (errors shown under the box), facets to filter, a timeline, mention cards,
// and export of the same search.
import { ApiError, download, get } from './api.js';
import { timeline } from './charts.js';
import { clear, count, el, empty, innerWidth } from './dom.js';
import { mentionCard } from './mentions.js';
import { label as codeLabel, t } from './i18n.js';
import { brandName, showError, startPage, themeName } from './shell.js';

const FACETS = ['brand', 'theme', 'source', 'lang', 'sentiment', 'stage'];

startPage(t('titleAnalyst'), async (main, catalog) => {
  const params = new URLSearchParams(location.search);
  const state = { q: params.get('q') ?? '', sort: 'newest', from: '', to: '', filters: {} };
  for (const field of FACETS) state.filters[field] = params.getAll(field);

  const query = el('input', { type: 'search', name: 'q', value: state.q, placeholder: 'panne AND brand:mandarine, "service client"~3, theme:network NOT lang:en', 'aria-label': t('query'), spellcheck: 'false' });
  const sort = el('select', { name: 'sort', 'aria-label': t('sort') }, ['newest', 'oldest', 'relevance'].map((s) => el('option', { value: s }, codeLabel('sorts', s))));
  const from = el('input', { type: 'date', name: 'from', 'aria-label': t('from') });
  const to = el('input', { type: 'date', name: 'to', 'aria-label': t('to') });
  const queryError = el('div', { class: 'query-error', role: 'alert', 'data-testid': 'query-error', hidden: true });
  const exportStatus = el('span', { class: 'hint', 'data-testid': 'export-status' });
  const exportButton = (format) => el('button', { type: 'button', class: 'secondary', 'data-export': format, onclick: () => exportAs(format) }, t('exportAs', format.toUpperCase()));
  const form = el('form', { class: 'search', onsubmit: (e) => { e.preventDefault(); run(); } },
    el('div', { class: 'row' }, query, el('button', { type: 'submit' }, t('search'))),
    queryError,
    el('div', { class: 'row small' }, el('label', {}, `${t('sort')} `, sort), el('label', {}, `${t('from')} `, from), el('label', {}, `${t('to')} `, to),
      el('span', { class: 'spacer' }), exportButton('csv'), exportButton('ndjson'), exportStatus));
  const facets = el('aside', { class: 'facets', 'data-testid': 'facets' });
  const chart = el('section', { class: 'card', 'data-testid': 'timeline' });
  const summary = el('p', { class: 'summary', 'data-testid': 'summary' });
  const results = el('div', { class: 'results', 'data-testid': 'results' });
  const more = el('button', { type: 'button', class: 'secondary more', hidden: true, onclick: () => page(false).catch((error) => showError(results, error)) }, t('moreResults'));
  main.append(form, el('div', { class: 'split' }, facets, el('div', { class: 'column' }, chart, summary, results, more)));

  let cursor = null;
  let shown = 0;
  // Each search gets a number; answers to an older search are dropped (facet clicks can overlap).
  let generation = 0;

  const request = () => ({ q: query.value.trim(), sort: sort.value, from: from.value, to: to.value, ...state.filters });

  function showQueryError(error) {
    const p = error.problem ?? {};
    const caret = p.column && p.query && !p.query.includes('\n') ? `${p.query}\n${' '.repeat(Math.max(0, p.column - 1))}^` : null;
    clear(queryError, el('strong', {}, p.title ?? t('error')), ' ', error.message, caret ? el('pre', {}, caret) : null);
    queryError.hidden = false;
    query.setAttribute('aria-invalid', 'true');
  }

  async function run() {
    queryError.hidden = true;
    query.removeAttribute('aria-invalid');
    const url = new URL(location.href);
    url.search = '';
    if (query.value.trim()) url.searchParams.set('q', query.value.trim());
    history.replaceState(null, '', url);
    const mine = ++generation;
    try {
      const [facetResult, histogram] = await Promise.all([get('/api/search/facets', request()), get('/api/search/histogram', { ...request(), interval: 'day' })]);
      if (mine !== generation) return;
      renderFacets(facetResult);
      clear(chart, el('h2', {}, t('perDay')),
        histogram.buckets.length === 0 ? empty(t('noMatch')) : timeline(histogram.buckets.map((b) => ({ key: b.key, count: b.count })), { width: innerWidth(chart) }));
      await page(true, mine);
    } catch (error) {
      if (mine !== generation) return;
      if (error instanceof ApiError && error.status === 400) {
        showQueryError(error);
      } else {
        showError(results, error);
      }
    }
  }

  async function page(first, mine = generation) {
    const result = await get('/api/search', { ...request(), limit: 20, cursor: first ? null : cursor });
    if (mine !== generation) return;
    if (first) {
      shown = 0;
      summary.textContent = t('mentionsTotal', count(result.total));
      results.replaceChildren();
      if (result.total === 0) results.append(empty(t('noMatchSearch')));
    }
    results.append(...result.hits.map((m) => mentionCard(m, catalog)));
    shown += result.hits.length;
    cursor = result.next_cursor;
    more.hidden = !cursor || shown >= result.total;
  }

  function renderFacets(result) {
    const label = (field, key) => (field === 'brand' ? brandName(catalog, key) : field === 'theme' ? themeName(catalog, key) : key);
    clear(facets, FACETS.map((field) => {
      const values = result.facets[field] ?? [];
      return el('div', { class: 'facet', 'data-facet': field },
        el('h3', {}, codeLabel('facets', field)),
        values.length === 0
          ? el('p', { class: 'empty small' }, field === 'sentiment' || field === 'stage' ? t('notScoredYet') : t('none'))
          : values.map((v) => {
            const box = el('input', { type: 'checkbox', value: v.key, checked: state.filters[field].includes(v.key) });
            box.addEventListener('change', () => {
              state.filters[field] = box.checked ? [...state.filters[field], v.key] : state.filters[field].filter((x) => x !== v.key);
              run();
            });
            return el('label', { class: 'facet-value' }, box, el('span', {}, label(field, v.key)), el('span', { class: 'n' }, count(v.count)));
          }));
    }));
  }

  async function exportAs(format) {
    exportStatus.textContent = t('exporting');
    try {
      const size = await download('/api/export', { ...request(), format }, `mentions.${format}`);
      exportStatus.textContent = t('exported', count(size), format.toUpperCase());
    } catch (error) {
      exportStatus.textContent = t('exportFailed', error.message);
    }
  }

  await run();
});
