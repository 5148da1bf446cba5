// Small SVG charts drawn by hand (no library, no network). Labels are text nodes; sizes are attributes.
import { el, svg } from './dom.js';

const LABEL = 210;

// Charts are drawn at the pixel width they get (text stays 12 px), never scaled up by the viewBox.
const widthOf = (width) => Math.max(360, Math.round(width ?? 640));

const frame = (w, h, cls = 'chart') => svg('svg', { viewBox: `0 0 ${w} ${h}`, width: w, height: h, class: cls, role: 'img' });

const clip = (text, max = 32) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function rowLabel(text, y) {
  return svg('text', { x: LABEL - 8, y, 'text-anchor': 'end', class: 'label' }, clip(text), svg('title', {}, text));
}

/** Horizontal bars with a target tick per row: rows = [{ label, value, target, note }], values in 0..1. */
export function targetBars(rows, { max = null, width: total } = {}) {
  const W = widthOf(total);
  const top = Math.max(max ?? 0, ...rows.map((r) => Math.max(r.value ?? 0, r.target ?? 0)), 0.01);
  const rowH = 30;
  const left = LABEL;
  const width = W - left - 70;
  const chart = frame(W, rows.length * rowH + 24);
  rows.forEach((r, i) => {
    const y = i * rowH + 4;
    chart.append(
      rowLabel(r.label, y + 16),
      svg('rect', { x: left, y: y + 3, width, height: 18, class: 'track' }),
      svg('rect', { x: left, y: y + 3, width: Math.max(1, (width * (r.value ?? 0)) / top), height: 18, class: r.cls ?? 'c0' },
        svg('title', {}, `${r.label}: ${(100 * (r.value ?? 0)).toFixed(1)} %`)),
      svg('text', { x: left + width + 6, y: y + 16, class: 'value' }, r.note ?? `${(100 * (r.value ?? 0)).toFixed(0)} %`));
    if (r.target != null) {
      const x = left + (width * r.target) / top;
      chart.append(svg('line', { x1: x, x2: x, y1: y, y2: y + 24, class: 'target' }, svg('title', {}, `target ${(100 * r.target).toFixed(0)} %`)));
    }
  });
  chart.append(svg('text', { x: left, y: rows.length * rowH + 18, class: 'axis' }, `0 – ${(100 * top).toFixed(0)} %`));
  return chart;
}

/** 100 % stacked horizontal bars: rows = [{ label, total, parts: [{ name, value, cls }] }]. */
export function stackedBars(rows, { width: total } = {}) {
  const W = widthOf(total);
  const rowH = 30;
  const left = LABEL;
  const width = W - left - 70;
  const chart = frame(W, rows.length * rowH + 6);
  rows.forEach((r, i) => {
    const y = i * rowH + 4;
    chart.append(rowLabel(r.label, y + 16));
    const sum = r.parts.reduce((s, p) => s + p.value, 0);
    let x = left;
    for (const p of r.parts) {
      const w = sum === 0 ? 0 : (width * p.value) / sum;
      if (w > 0) {
        chart.append(svg('rect', { x, y: y + 3, width: w, height: 18, class: p.cls }, svg('title', {}, `${p.name}: ${p.value} (${((100 * p.value) / sum).toFixed(1)} %)`)));
        if (w > 34) chart.append(svg('text', { x: x + 4, y: y + 16, class: p.light ? 'inbar light' : 'inbar' }, `${((100 * p.value) / sum).toFixed(0)}%`));
      }
      x += w;
    }
    chart.append(svg('text', { x: left + width + 6, y: y + 16, class: 'value' }, String(r.total ?? sum)));
  });
  return chart;
}

/** Columns over time, with an optional line (values in 0..1, right axis): points = [{ key, count, line }]. */
export function timeline(points, { lineLabel = null, highlight = null, height = 160, width: total } = {}) {
  const W = widthOf(total);
  const left = 40;
  const bottom = 22;
  const width = W - left - 40;
  const top = Math.max(1, ...points.map((p) => p.count));
  const chart = frame(W, height, 'chart timeline');
  const h = height - bottom - 8;
  const step = width / Math.max(1, points.length);
  chart.append(svg('text', { x: left - 6, y: 14, 'text-anchor': 'end', class: 'axis' }, String(top)),
    svg('line', { x1: left, x2: left + width, y1: 8 + h, y2: 8 + h, class: 'baseline' }));
  points.forEach((p, i) => {
    const bh = (h * p.count) / top;
    chart.append(svg('rect', {
      x: left + i * step + step * 0.1, y: 8 + h - bh, width: Math.max(1, step * 0.8), height: bh,
      class: highlight?.(p) ? 'bar hot' : 'bar',
    }, svg('title', {}, `${p.key}: ${p.count}`)));
  });
  const labels = Math.min(points.length, 6);
  for (let j = 0; j < labels; j++) {
    const i = Math.round((j * (points.length - 1)) / Math.max(1, labels - 1));
    chart.append(svg('text', { x: left + i * step + step / 2, y: height - 6, 'text-anchor': 'middle', class: 'axis' }, points[i].key.slice(0, 10)));
  }
  if (lineLabel && points.length > 1) {
    const coords = points.map((p, i) => `${left + i * step + step / 2},${8 + h - h * (p.line ?? 0)}`).join(' ');
    chart.append(svg('polyline', { points: coords, class: 'line' }),
      svg('text', { x: left + width + 4, y: 14, class: 'axis' }, '100%'),
      ...points.map((p, i) => svg('circle', { cx: left + i * step + step / 2, cy: 8 + h - h * (p.line ?? 0), r: 3, class: 'dot' },
        svg('title', {}, `${p.key}: ${lineLabel} ${(100 * (p.line ?? 0)).toFixed(0)} %`))));
  }
  return chart;
}

export function legend(items) {
  return el('div', { class: 'legend' }, items.map((i) => el('span', {}, el('i', { class: `swatch ${i.cls}` }), i.name)));
}

/** One line per series over shared x keys, values in 0..1: series = [{ name, cls, values: [number] }], keys = [string]. */
export function lines(keys, series, { height = 200, width: total } = {}) {
  const W = widthOf(total);
  const left = 44;
  const bottom = 22;
  const width = W - left - 12;
  const h = height - bottom - 10;
  const chart = frame(W, height, 'chart lines');
  const x = (i) => left + (keys.length < 2 ? width / 2 : (i * width) / (keys.length - 1));
  const y = (v) => 10 + h - h * v;
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    chart.append(svg('line', { x1: left, x2: left + width, y1: y(tick), y2: y(tick), class: 'grid' }),
      svg('text', { x: left - 6, y: y(tick) + 4, 'text-anchor': 'end', class: 'axis' }, `${tick * 100}%`));
  }
  for (const s of series) {
    chart.append(svg('polyline', { points: s.values.map((v, i) => `${x(i)},${y(v)}`).join(' '), class: `series ${s.cls}` },
      svg('title', {}, s.name)));
  }
  const labels = Math.min(keys.length, 6);
  for (let j = 0; j < labels; j++) {
    const i = Math.round((j * (keys.length - 1)) / Math.max(1, labels - 1));
    const anchor = i === 0 ? 'start' : i === keys.length - 1 ? 'end' : 'middle';
    chart.append(svg('text', { x: x(i), y: height - 6, 'text-anchor': anchor, class: 'axis' }, keys[i]));
  }
  return chart;
}
