// The landing page: one link per dashboard, after the key check.
import { el } from './dom.js';
import { t } from './i18n.js';
import { startPage } from './shell.js';

startPage(t('titleHome'), async (main) => {
  const link = (href, title, text) => el('a', { class: 'card tile', href }, el('h2', {}, title), el('p', {}, text));
  main.append(el('div', { class: 'tiles' },
    link('brand.html', t('pageBrand'), t('homeBrand')),
    link('community.html', t('pageCommunity'), t('homeCommunity')),
    link('analyst.html', t('pageAnalyst'), t('homeAnalyst'))),
  el('p', { class: 'hint' }, t('homeApi'), el('a', { href: '/openapi/v1.json' }, '/openapi/v1.json'), '.'));
});
