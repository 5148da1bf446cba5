// Brand manager: the brand's territory against its targets, share of voice per theme against competitors,
// sentiment per theme, the territory over time, emerging themes, and the topics found beyond the configured themes.
import { get } from './api.js';
import { legend, lines, stackedBars, targetBars, timeline } from './charts.js';
import { clear, count, el, empty, innerWidth, percent } from './dom.js';
import { LOCALE, t } from './i18n.js';
import { brandColour, brandName, showError, startPage, themeName } from './shell.js';
import { fetchTopics, renderTopics } from './topics.js';

startPage(t('titleBrand'), async (main, catalog) => {
  if (catalog.brands.length === 0) {
    clear(main, empty(t('noBrands')));
    return;
  }
  const brand = el('select', { name: 'brand', 'aria-label': t('brand') }, catalog.brands.map((b) => el('option', { value: b.id }, b.name)));
  const from = el('input', { type: 'date', name: 'from', 'aria-label': t('from') });
  const to = el('input', { type: 'date', name: 'to', 'aria-label': t('to') });
  const interval = el('select', { name: 'interval', 'aria-label': t('trend') }, el('option', { value: 'week' }, t('weekly')), el('option', { value: 'day' }, t('daily')));
  const controls = el('form', { class: 'controls', onsubmit: (e) => { e.preventDefault(); load(); } },
    el('label', {}, `${t('brand')} `, brand), el('label', {}, `${t('from')} `, from), el('label', {}, `${t('to')} `, to),
    el('label', {}, `${t('trend')} `, interval), el('button', { type: 'submit' }, t('update')));
  brand.addEventListener('change', () => load());

  const cards = {
    territory: el('section', { class: 'card wide', id: 'territory' }),
    sov: el('section', { class: 'card wide', id: 'sov' }),
    sentiment: el('section', { class: 'card', id: 'sentiment' }),
    emerging: el('section', { class: 'card', id: 'emerging' }),
    topics: el('section', { class: 'card wide', id: 'topics', 'data-testid': 'topics' }),
    trend: el('section', { class: 'card wide', id: 'trend' }),
    sovTime: el('section', { class: 'card wide', id: 'sov-time' }),
  };
  main.append(controls, el('div', { class: 'grid' }, Object.values(cards)));

  // A slow answer for the previous brand must not overwrite the current one.
  let generation = 0;

  async function load() {
    const id = brand.value;
    const filter = { from: from.value, to: to.value };
    const tasks = [
      [cards.territory, () => get(`/api/insights/territory/${encodeURIComponent(id)}`, filter), renderTerritory],
      [cards.sov, () => get('/api/insights/share-of-voice', { ...filter, by: 'theme', set: setOf(id) }), renderSov],
      [cards.sentiment, () => get(`/api/insights/sentiment/${encodeURIComponent(id)}`, filter), renderSentiment],
      [cards.emerging, () => get('/api/insights/emerging', { ...filter, brand: id }), renderEmerging],
      [cards.topics, () => fetchTopics(id), (card, saved) => renderTopics(card, catalog, saved)],
      [cards.trend, () => get(`/api/insights/territory/${encodeURIComponent(id)}/trend`, { ...filter, interval: interval.value }), renderTrend],
      [cards.sovTime, () => get('/api/insights/share-of-voice', { ...filter, by: 'day', set: setOf(id) }), renderSovOverTime],
    ];
    const mine = ++generation;
    await Promise.all(tasks.map(async ([card, fetch, render]) => {
      card.classList.add('loading');
      try {
        const result = await fetch();
        if (mine === generation) render(card, result);
      } catch (error) {
        if (mine === generation) showError(card, error);
      } finally {
        if (mine === generation) card.classList.remove('loading');
      }
    }));
  }

  const setOf = (id) => catalog.competitive_sets.find((s) => s.brands.includes(id))?.id;

  function renderTerritory(card, report) {
    const territory = report.themes.filter((theme) => theme.target != null);
    const others = report.themes.filter((theme) => theme.target == null);
    clear(card,
      el('h2', {}, t('territoryOf', brandName(catalog, report.brand))),
      el('div', { class: 'kpis' },
        el('div', { class: 'kpi' }, el('b', { 'data-testid': 'alignment' }, percent(report.alignment)), el('span', {}, t('alignmentKpi'))),
        el('div', { class: 'kpi' }, el('b', { 'data-testid': 'brand-mentions' }, count(report.brand_mentions)), el('span', {}, t('brandMentionsKpi')))),
      el('p', { class: 'hint' }, t('territoryHint')),
      report.brand_mentions === 0 ? empty(t('noBrandMention'))
        : targetBars(territory.map((theme) => ({ label: themeName(catalog, theme.theme), value: theme.association, target: theme.target, cls: brandColour(catalog, report.brand) })), { width: innerWidth(card) }),
      el('table', { class: 'data' },
        el('thead', {}, el('tr', {}, t('territoryHeaders').map((h) => el('th', {}, h)))),
        el('tbody', {}, [...territory, ...others].map((theme) => el('tr', { class: theme.target == null ? 'outside' : null },
          el('td', {}, themeName(catalog, theme.theme)), el('td', { class: 'num' }, count(theme.mentions)), el('td', { class: 'num' }, percent(theme.association)),
          el('td', { class: 'num' }, theme.target == null ? '—' : percent(theme.target)),
          el('td', { class: `num ${theme.target == null ? '' : theme.association >= theme.target ? 'up' : 'down'}` }, theme.target == null ? '—' : t('points', ((theme.association - theme.target) * 100).toFixed(0))),
          el('td', { class: 'num' }, percent(theme.share_of_voice)), el('td', {}, brandName(catalog, theme.leader)))))));
  }

  function renderSov(card, report) {
    const parts = (g) => report.brands.map((b) => ({ name: brandName(catalog, b), value: g.brands.find((x) => x.brand === b)?.mentions ?? 0, cls: brandColour(catalog, b) }));
    clear(card, el('h2', {}, t('sovTitle')),
      legend(report.brands.map((b) => ({ name: brandName(catalog, b), cls: brandColour(catalog, b) }))),
      report.groups.length === 0 ? empty(t('noSetMention'))
        : stackedBars(report.groups.map((g) => ({ label: themeName(catalog, g.key), total: g.brand_mentions, parts: parts(g) })), { width: innerWidth(card) }));
  }

  function renderSentiment(card, result) {
    clear(card, el('h2', {}, t('sentimentTitle')));
    if (result.scored === 0) {
      card.append(empty(t('sentimentNotRun', count(result.mentions))));
      return;
    }
    card.append(legend([{ name: t('negative'), cls: 'neg' }, { name: t('neutral'), cls: 'neu' }, { name: t('positive'), cls: 'pos' }, { name: t('notScored'), cls: 'none' }]),
      stackedBars(result.themes.map((theme) => ({
        label: themeName(catalog, theme.theme), total: theme.mentions,
        parts: [{ name: t('negative'), value: theme.negative, cls: 'neg' }, { name: t('neutral'), value: theme.neutral, cls: 'neu' }, { name: t('positive'), value: theme.positive, cls: 'pos' }, { name: t('notScored'), value: theme.unscored, cls: 'none', light: true }],
      })), { width: innerWidth(card) }));
  }

  function renderEmerging(card, result) {
    const day = (iso) => new Date(iso).toLocaleDateString(LOCALE, { day: 'numeric', month: 'short' });
    clear(card, el('h2', {}, t('emergingTitle')),
      el('p', { class: 'hint' }, t('emergingHint', result.days, day(result.from), day(result.to))),
      result.themes.length === 0 ? empty(t('noThemed'))
        : el('ul', { class: 'emerging' }, result.themes.slice(0, 8).map((theme) => el('li', { class: theme.emerging ? 'hot' : null },
          el('span', { class: 'name' }, themeName(catalog, theme.theme)),
          el('span', { class: 'badge' }, `×${theme.growth.toFixed(1)}`),
          el('span', { class: 'detail' }, t('versus', count(theme.recent), theme.baseline.toFixed(0))),
          theme.emerging ? el('span', { class: 'tag' }, t('emerging')) : null))));
  }

  function renderTrend(card, trend) {
    clear(card, el('h2', {}, t('trendTitle', trend.interval === 'day')),
      el('p', { class: 'hint' }, t('trendHint')),
      trend.points.length === 0 ? empty(t('noBrandMention'))
        : timeline(trend.points.map((p) => ({ key: p.period, count: p.mentions, line: p.alignment })), { lineLabel: t('alignment'), width: innerWidth(card) }));
  }

  function renderSovOverTime(card, report) {
    const share = (g, b) => g.brands.find((x) => x.brand === b)?.share ?? 0;
    clear(card, el('h2', {}, t('sovTimeTitle')),
      legend(report.brands.map((b) => ({ name: brandName(catalog, b), cls: brandColour(catalog, b) }))),
      report.groups.length === 0 ? empty(t('noSetMention'))
        : lines(report.groups.map((g) => g.key), report.brands.map((b) => ({ name: brandName(catalog, b), cls: brandColour(catalog, b), values: report.groups.map((g) => share(g, b)) })),
          { width: innerWidth(card) }));
  }

  await load();
});
