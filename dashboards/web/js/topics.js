// The topics `sl topics --brand B` found and saved for the brand: emerging topics (fast growth) and the territory
// gap (topics mostly outside the brand's territory themes, with the theme to add). Labels in the interface language
// (i18n.js); topic labels come from mentions and reach the page as text only.
import { get } from './api.js';
import { clear, count, el, empty, percent } from './dom.js';
import { LANG, LOCALE } from './i18n.js';
import { brandName, themeName } from './shell.js';

const TEXT = {
  en: {
    title: 'Topics: emerging, and outside the territory',
    period: (from, to, n, at) => `Topics found in ${n} mentions from ${from} to ${to}${at ? ` (computed ${at})` : ''}. Labels are each topic's most distinctive phrases: read them as leads.`,
    emerging: 'Emerging topics',
    noEmerging: 'No topic grew fast in this period.',
    gap: 'Territory gap',
    noGap: 'Every sizeable topic is mostly on the territory\'s themes.',
    growth: 'second half of the period against the first',
    mentions: (n) => `${n} mentions`,
    onTerritory: (p) => `${p} on the territory`,
    negative: (p) => `${p} negative`,
    addTheme: (name) => `Suggestion: add the theme “${name}” to the territory.`,
    addNew: (label) => `Suggestion: add a theme for “${label}”.`,
    all: 'All topics',
    headers: ['Topic', 'Mentions', 'Trend', 'Negative', 'Main theme'],
    missing: (name) => `No topics have been computed for ${name} yet. Run `,
    missingAfter: ' (sl demo computes them for the demo brands).',
  },
  fr: {
    title: 'Sujets : émergents, et hors du territoire',
    period: (from, to, n, at) => `Sujets trouvés dans ${n} mentions du ${from} au ${to}${at ? ` (calculés le ${at})` : ''}. Chaque sujet est nommé par ses expressions les plus distinctives : des pistes, pas des verdicts.`,
    emerging: 'Sujets émergents',
    noEmerging: 'Aucun sujet n’a crû rapidement sur la période.',
    gap: 'Hors territoire',
    noGap: 'Chaque sujet d’importance porte surtout sur les thèmes du territoire.',
    growth: 'seconde moitié de la période contre la première',
    mentions: (n) => `${n} mentions`,
    onTerritory: (p) => `${p} sur le territoire`,
    negative: (p) => `${p} négatives`,
    addTheme: (name) => `Suggestion : ajouter le thème « ${name} » au territoire.`,
    addNew: (label) => `Suggestion : ajouter un thème pour « ${label} ».`,
    all: 'Tous les sujets',
    headers: ['Sujet', 'Mentions', 'Tendance', 'Négatif', 'Thème principal'],
    missing: (name) => `Aucun sujet n’a encore été calculé pour ${name}. Lancez `,
    missingAfter: ' (sl demo les calcule pour les marques de démonstration).',
  },
};

const T = TEXT[LANG];

/** The topics saved for the brand: { brand, command, report }, report null until `command` has run. */
export const fetchTopics = (brandId) => get(`/api/insights/topics/${encodeURIComponent(brandId)}`);

export function renderTopics(card, catalog, saved) {
  const result = saved.report;
  if (result == null) {
    clear(card, el('h2', {}, T.title),
      el('p', { class: 'empty', 'data-testid': 'topics-missing' }, T.missing(brandName(catalog, saved.brand)), el('code', {}, saved.command), T.missingAfter));
    return;
  }
  const day = (iso) => (iso ? new Date(iso).toLocaleDateString(LOCALE, { day: 'numeric', month: 'short', year: 'numeric' }) : '');
  const mainTheme = (t) => Object.keys(t.themes ?? {})[0];
  const emerging = result.topics.filter((t) => t.emerging);
  const gap = result.topics.filter((t) => t.territory_gap);
  const item = (t, cls, ...extra) => el('li', { class: cls },
    el('span', { class: 'name' }, t.label),
    el('span', { class: 'badge', title: T.growth }, `×${t.trend.toFixed(1)}`),
    el('span', { class: 'detail' }, T.mentions(count(t.mentions))),
    ...extra);
  clear(card, el('h2', {}, T.title),
    el('p', { class: 'hint' }, T.period(day(result.from), day(result.to), count(result.mentions), day(result.computed_at))),
    el('div', { class: 'columns' },
      el('div', {},
        el('h3', {}, T.emerging),
        emerging.length === 0 ? empty(T.noEmerging)
          : el('ul', { class: 'emerging', 'data-testid': 'topics-emerging' }, emerging.map((t) => item(t, 'hot emerging', el('span', { class: 'detail' }, T.negative(percent(t.negative))))))),
      el('div', {},
        el('h3', {}, T.gap),
        gap.length === 0 ? empty(T.noGap)
          : el('ul', { class: 'emerging', 'data-testid': 'topics-gap' }, gap.map((t) => item(t, 'gap',
            el('span', { class: 'detail' }, T.onTerritory(percent(t.territory_coverage))),
            el('span', { class: 'suggestion' }, t.suggested_theme ? T.addTheme(themeName(catalog, t.suggested_theme)) : T.addNew(t.phrases?.[0] ?? t.label))))))),
    el('details', {},
      el('summary', {}, `${T.all} (${result.topics.length})`),
      el('table', { class: 'data' },
        el('thead', {}, el('tr', {}, T.headers.map((h) => el('th', {}, h)))),
        el('tbody', {}, result.topics.map((t) => el('tr', { class: t.territory_gap ? 'outside' : null },
          el('td', {}, t.label), el('td', { class: 'num' }, count(t.mentions)), el('td', { class: 'num' }, `×${t.trend.toFixed(1)}`),
          el('td', { class: 'num' }, percent(t.negative)), el('td', {}, mainTheme(t) ? themeName(catalog, mainTheme(t)) : '—')))))));
}
