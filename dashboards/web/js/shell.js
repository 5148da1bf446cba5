// The frame every dashboard shares: navigation, the API key prompt, and the catalog (brands, themes, sets, role).
import { ApiError, forgetKey, get, getKey, setKey, takeKeyFromFragment } from './api.js';
import { clear, el } from './dom.js';
import { switchLanguage, t } from './i18n.js';

const PAGES = [
  ['brand.html', 'pageBrand'],
  ['community.html', 'pageCommunity'],
  ['analyst.html', 'pageAnalyst'],
];

export function themeName(catalog, id) {
  return catalog.themes.find((theme) => theme.id === id)?.name ?? id;
}

export function brandName(catalog, id) {
  return catalog.brands.find((b) => b.id === id)?.name ?? id;
}

/** Index of a brand in the catalog, for a stable colour per brand across charts. */
export function brandColour(catalog, id) {
  const i = catalog.brands.findIndex((b) => b.id === id);
  return `c${(i < 0 ? catalog.brands.length : i) % 6}`;
}

export function showError(container, error) {
  const text = error instanceof ApiError ? `${error.problem.title ?? t('error')}: ${error.message}` : String(error?.message ?? error);
  clear(container, el('p', { class: 'error', role: 'alert' }, text));
}

/** Builds the page frame, makes sure there is a working key, then calls render(main, catalog). */
export async function startPage(title, render) {
  takeKeyFromFragment();
  const here = location.pathname.split('/').pop() || 'index.html';
  const role = el('span', { class: 'role', 'data-testid': 'role' });
  const signOut = el('button', { class: 'link', type: 'button', onclick: () => { forgetKey(); location.reload(); } }, t('forgetKey'));
  const language = el('button', { class: 'link', type: 'button', 'data-testid': 'language', title: t('otherLanguageTitle'), onclick: switchLanguage }, t('otherLanguage'));
  const header = el('header', { class: 'top' },
    el('a', { class: 'logo', href: 'index.html' }, 'SocialListening'),
    el('nav', {}, PAGES.map(([href, label]) => el('a', { href, class: href === here ? 'active' : null }, t(label)))),
    el('div', { class: 'who' }, language, role, signOut));
  const main = el('main', { id: 'main' });
  document.body.replaceChildren(header, el('h1', {}, title), main);
  document.title = `${title} · SocialListening`;

  const login = (message) => {
    const input = el('input', { type: 'password', name: 'key', placeholder: 'sl_xxxxxxxx_...', autocomplete: 'off', required: true, 'aria-label': t('apiKey') });
    const form = el('form', { class: 'card login', onsubmit: (e) => { e.preventDefault(); setKey(input.value); start(); } },
      el('h2', {}, t('apiKey')),
      el('p', {}, t('loginText')[0], el('code', {}, 'sl keys add --role viewer'), t('loginText')[1], el('code', {}, 'sl demo'), t('loginText')[2]),
      message ? el('p', { class: 'error', role: 'alert' }, message) : null,
      el('div', { class: 'row' }, input, el('button', { type: 'submit' }, t('open'))));
    clear(main, form);
    signOut.hidden = true;
    input.focus();
  };

  const start = async () => {
    if (!getKey()) return login(null);
    try {
      const catalog = await get('/api/catalog');
      role.textContent = catalog.role.replace('_', ' ');
      signOut.hidden = false;
      clear(main);
      await render(main, catalog);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return;
      showError(main, error);
    }
  };

  document.addEventListener('sl:unauthorized', (e) => { forgetKey(); login(e.detail.message); });
  await start();
}
