// Brand manager: the brand's territory against its targets, share of voice per theme against competitors,
// sentiment per theme, the territory over time, emerging themes, and the topics found beyond the configured themes.
import { get } from './api.js';
import { legend, lines, stackedBars, targetBars, timeline } from './charts.js';
import { clear, count, el, empty, innerWidth, percent } from './dom.js';
import { brandColour, brandName, showError, startPage, themeName } from './shell.js';
import { fetchTopics, renderTopics } from './topics.js';

startPage('Brand territory', async (main, catalog) => {
  if (catalog.brands.length === 0) {
    clear(main, empty('No brands are configured: start the server with a configuration file (--config).'));
    return;
  }
  const brand = el('select', { name: 'brand', 'aria-label': 'Brand' }, catalog.brands.map((b) => el('option', { value: b.id }, b.name)));
  const from = el('input', { type: 'date', name: 'from', 'aria-label': 'From' });
  const to = el('input', { type: 'date', name: 'to', 'aria-label': 'To' });
  const interval = el('select', { name: 'interval', 'aria-label': 'Trend interval' }, el('option', { value: 'week' }, 'weekly'), el('option', { value: 'day' }, 'daily'));
  const controls = el('form', { class: 'controls', onsubmit: (e) => { e.preventDefault(); load(); } },
    el('label', {}, 'Brand ', brand), el('label', {}, 'From ', from), el('label', {}, 'To ', to),
    el('label', {}, 'Trend ', interval), el('button', { type: 'submit' }, 'Update'));
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
    const territory = report.themes.filter((t) => t.target != null);
    const others = report.themes.filter((t) => t.target == null);
    clear(card,
      el('h2', {}, `Territory of ${brandName(catalog, report.brand)}`),
      el('div', { class: 'kpis' },
        el('div', { class: 'kpi' }, el('b', { 'data-testid': 'alignment' }, percent(report.alignment)), el('span', {}, 'alignment with the target territory')),
        el('div', { class: 'kpi' }, el('b', { 'data-testid': 'brand-mentions' }, count(report.brand_mentions)), el('span', {}, 'mentions of the brand'))),
      el('p', { class: 'hint' }, 'Bar: share of the brand\'s mentions on the theme (association). Tick: the share wanted (target).'),
      report.brand_mentions === 0 ? empty('No mention of this brand in this period.')
        : targetBars(territory.map((t) => ({ label: themeName(catalog, t.theme), value: t.association, target: t.target, cls: brandColour(catalog, report.brand) })), { width: innerWidth(card) }),
      el('table', { class: 'data' },
        el('thead', {}, el('tr', {}, ['Theme', 'Mentions', 'Association', 'Target', 'Gap', 'Share of voice', 'Leader'].map((h) => el('th', {}, h)))),
        el('tbody', {}, [...territory, ...others].map((t) => el('tr', { class: t.target == null ? 'outside' : null },
          el('td', {}, themeName(catalog, t.theme)), el('td', { class: 'num' }, count(t.mentions)), el('td', { class: 'num' }, percent(t.association)),
          el('td', { class: 'num' }, t.target == null ? '—' : percent(t.target)),
          el('td', { class: `num ${t.target == null ? '' : t.association >= t.target ? 'up' : 'down'}` }, t.target == null ? '—' : `${((t.association - t.target) * 100).toFixed(0)} pts`),
          el('td', { class: 'num' }, percent(t.share_of_voice)), el('td', {}, brandName(catalog, t.leader)))))));
  }

  function renderSov(card, report) {
    const parts = (g) => report.brands.map((b) => ({ name: brandName(catalog, b), value: g.brands.find((x) => x.brand === b)?.mentions ?? 0, cls: brandColour(catalog, b) }));
    clear(card, el('h2', {}, 'Share of voice per theme, against competitors'),
      legend(report.brands.map((b) => ({ name: brandName(catalog, b), cls: brandColour(catalog, b) }))),
      report.groups.length === 0 ? empty('No mention of the competitive set in this period.')
        : stackedBars(report.groups.map((g) => ({ label: themeName(catalog, g.key), total: g.brand_mentions, parts: parts(g) })), { width: innerWidth(card) }));
  }

  function renderSentiment(card, result) {
    clear(card, el('h2', {}, 'Sentiment per theme'));
    if (result.scored === 0) {
      card.append(empty(`None of the ${count(result.mentions)} mentions has a sentiment score yet: the sentiment stage has not run on this index. This chart fills in once it has.`));
      return;
    }
    card.append(legend([{ name: 'negative', cls: 'neg' }, { name: 'neutral', cls: 'neu' }, { name: 'positive', cls: 'pos' }, { name: 'not scored', cls: 'none' }]),
      stackedBars(result.themes.map((t) => ({
        label: themeName(catalog, t.theme), total: t.mentions,
        parts: [{ name: 'negative', value: t.negative, cls: 'neg' }, { name: 'neutral', value: t.neutral, cls: 'neu' }, { name: 'positive', value: t.positive, cls: 'pos' }, { name: 'not scored', value: t.unscored, cls: 'none', light: true }],
      })), { width: innerWidth(card) }));
  }

  function renderEmerging(card, result) {
    const day = (iso) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
    clear(card, el('h2', {}, 'Emerging themes'),
      el('p', { class: 'hint' }, `Last ${result.days} days (${day(result.from)} – ${day(result.to)}) against the weekly average before.`),
      result.themes.length === 0 ? empty('No themed mention in this period.')
        : el('ul', { class: 'emerging' }, result.themes.slice(0, 8).map((t) => el('li', { class: t.emerging ? 'hot' : null },
          el('span', { class: 'name' }, themeName(catalog, t.theme)),
          el('span', { class: 'badge' }, `×${t.growth.toFixed(1)}`),
          el('span', { class: 'detail' }, `${count(t.recent)} vs ${t.baseline.toFixed(0)}`),
          t.emerging ? el('span', { class: 'tag' }, 'emerging') : null))));
  }

  function renderTrend(card, trend) {
    clear(card, el('h2', {}, `Territory over time (${trend.interval === 'day' ? 'daily' : 'weekly'})`),
      el('p', { class: 'hint' }, 'Columns: mentions of the brand. Line: alignment with the target territory.'),
      trend.points.length === 0 ? empty('No mention of this brand in this period.')
        : timeline(trend.points.map((p) => ({ key: p.period, count: p.mentions, line: p.alignment })), { lineLabel: 'alignment', width: innerWidth(card) }));
  }

  function renderSovOverTime(card, report) {
    const share = (g, b) => g.brands.find((x) => x.brand === b)?.share ?? 0;
    clear(card, el('h2', {}, 'Share of voice over time (daily)'),
      legend(report.brands.map((b) => ({ name: brandName(catalog, b), cls: brandColour(catalog, b) }))),
      report.groups.length === 0 ? empty('No mention of the competitive set in this period.')
        : lines(report.groups.map((g) => g.key), report.brands.map((b) => ({ name: brandName(catalog, b), cls: brandColour(catalog, b), values: report.groups.map((g) => share(g, b)) })),
          { width: innerWidth(card) }));
  }

  await load();
});
