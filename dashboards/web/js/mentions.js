// A mention as a card: where and when, the text (as text), the analysis scores, and a link to the original.
import { el, safeUrl, shortDate } from './dom.js';
import { t } from './i18n.js';
import { brandName, themeName } from './shell.js';

function score(label, value, cls) {
  return el('span', { class: `score ${value == null ? 'unscored' : cls ?? ''}` }, `${label}: ${value ?? t('notScored')}`);
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
      (m.themes ?? []).map((id) => el('span', { class: 'chip theme' }, themeName(catalog, id)))),
    el('div', { class: 'scores' },
      score(t('scoreSentiment'), m.sentiment == null ? null : `${t(m.sentiment)}${m.sentiment_score == null ? '' : ` (${m.sentiment_score.toFixed(2)})`}`, m.sentiment),
      score(t('scoreComplaint'), m.complaint == null ? null : m.complaint ? `${t('yes')}${m.complaint_probability == null ? '' : ` (${(100 * m.complaint_probability).toFixed(0)} %)`}` : t('no')),
      score(t('scoreStage'), m.stage),
      score(t('scoreRisk'), m.risk == null ? null : m.risk.toFixed(2), m.risk >= 0.5 ? 'negative' : null),
      link ? el('a', { href: link, target: '_blank', rel: 'noopener noreferrer', class: 'open' }, t('openSource')) : null),
    extra);
}
