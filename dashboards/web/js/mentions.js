// A mention as a card: where and when, the text (as text), the analysis scores, and a link to the original.
import { el, safeUrl, shortDate } from './dom.js';
import { brandName, themeName } from './shell.js';

function score(label, value, cls) {
  return el('span', { class: `score ${value == null ? 'unscored' : cls ?? ''}` }, `${label}: ${value ?? 'not scored'}`);
}

export function mentionCard(m, catalog, extra = null) {
  const link = safeUrl(m.url);
  return el('article', { class: 'mention', 'data-id': `${m.source}/${m.id}` },
    el('div', { class: 'meta' },
      el('span', { class: 'source' }, m.source), el('time', { datetime: m.published_at }, shortDate(m.published_at)),
      el('span', { class: 'lang' }, m.lang), m.author ? el('span', { class: 'author' }, m.author) : null,
      el('span', { class: 'engagement' }, `♥ ${m.likes} · ↻ ${m.shares} · 💬 ${m.replies}`)),
    m.title ? el('h3', {}, m.title) : null,
    el('p', { class: 'text' }, m.text),
    el('div', { class: 'chips' },
      (m.brands ?? []).map((b) => el('span', { class: 'chip brand' }, brandName(catalog, b))),
      (m.themes ?? []).map((t) => el('span', { class: 'chip theme' }, themeName(catalog, t)))),
    el('div', { class: 'scores' },
      score('sentiment', m.sentiment == null ? null : `${m.sentiment}${m.sentiment_score == null ? '' : ` (${m.sentiment_score.toFixed(2)})`}`, m.sentiment),
      score('complaint', m.complaint == null ? null : m.complaint ? `yes${m.complaint_probability == null ? '' : ` (${(100 * m.complaint_probability).toFixed(0)} %)`}` : 'no'),
      score('stage', m.stage),
      score('risk', m.risk == null ? null : m.risk.toFixed(2), m.risk >= 0.5 ? 'negative' : null),
      link ? el('a', { href: link, target: '_blank', rel: 'noopener noreferrer', class: 'open' }, 'Open source ↗') : null),
    extra);
}
