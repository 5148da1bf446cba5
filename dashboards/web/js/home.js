// The landing page: one link per dashboard, after the key check.
import { el } from './dom.js';
import { startPage } from './shell.js';

startPage('Dashboards', async (main) => {
  const link = (href, title, text) => el('a', { class: 'card tile', href }, el('h2', {}, title), el('p', {}, text));
  main.append(el('div', { class: 'tiles' },
    link('brand.html', 'Brand manager', 'The brand\'s territory against its targets, share of voice per theme against competitors, sentiment, trends and emerging themes.'),
    link('community.html', 'Community manager', 'The triage queue ranked by risk with one-click actions, and volume spikes, refreshed live.'),
    link('analyst.html', 'Analyst', 'Search in the query syntax, facets, a timeline, mention cards with their scores, export.')),
  el('p', { class: 'hint' }, 'The API is documented at ', el('a', { href: '/openapi/v1.json' }, '/openapi/v1.json'), '.'));
});
