// DOM helpers. Data from mentions only ever reaches the page as text nodes or checked attributes, never as HTML.
import { LOCALE } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (name === 'class') node.setAttribute('class', value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const el = (tag, attrs, ...children) => fill(document.createElement(tag), attrs, children);

export const svg = (tag, attrs, ...children) => fill(document.createElementNS(SVG, tag), attrs, children);

/** Only http(s) links from the data become hrefs (no javascript: or data: URLs). */
export const safeUrl = (url) => (typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null);

export const percent = (x, digits = 0) => `${(100 * (x ?? 0)).toFixed(digits)} %`;

export const count = (n) => Number(n ?? 0).toLocaleString(LOCALE);

export const shortDate = (iso) => (iso ? new Date(iso).toLocaleString(LOCALE, { dateStyle: 'medium', timeStyle: 'short' }) : '');

export function clear(node, ...children) {
  node.replaceChildren();
  return fill(node, {}, children);
}

export const empty = (text) => el('p', { class: 'empty' }, text);

/** The width available inside a card, for charts drawn at their real pixel size. */
export const innerWidth = (node) => Math.max(0, node.clientWidth - 34);
