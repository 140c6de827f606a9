'use strict';
/* Inline SVG charts drawn from the library's chart data; every label goes in with textContent. */
const Charts = (() => {
  const NS = 'http://www.w3.org/2000/svg';
  const USER = '#4f46e5';
  const AI = '#0f766e';
  const SERIES = ['#4f46e5', '#0f766e', '#d97706', '#1f3a68'];

  function svg(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, String(v)));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function frame(container, width, height, title) {
    const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': title });
    root.append(svg('title', {}, title));
    container.replaceChildren(root);
    return root;
  }

  function niceTicks(min, max, count) {
    if (min === max) { min -= 1; max += 1; }
    const step = Math.pow(10, Math.floor(Math.log10((max - min) / count)));
    const err = (max - min) / count / step;
    const nice = step * (err >= 7.5 ? 10 : err >= 3.5 ? 5 : err >= 1.5 ? 2 : 1);
    const ticks = [];
    for (let v = Math.floor(min / nice) * nice; v <= Math.ceil(max / nice) * nice + 1e-9; v += nice) ticks.push(v);
    return ticks;
  }

  function legend(container, items) {
    const box = NM.el('div', { className: 'legend' });
    items.forEach(([color, text]) => {
      const swatch = NM.el('i');
      swatch.style.background = color;
      box.append(NM.el('span', {}, swatch, text));
    });
    container.append(box);
  }

  function compact(value, currency) {
    const abs = Math.abs(value);
    const symbol = NM.money(0, currency).replace(/[\d.,\s]/g, '') || '';
    if (abs >= 1e6) return symbol + (value / 1e6).toFixed(abs >= 1e7 ? 0 : 1) + 'M';
    if (abs >= 1e4) return symbol + (value / 1e3).toFixed(abs >= 1e5 ? 0 : 1) + 'k';
    return NM.money(value, currency);
  }

  /** Both sides' offers per turn, the bargaining zone (after the end) and the deal. */
  function dance(container, chart) {
    const W = 560, H = 300, L = 70, R = 16, T = 16, B = 36;
    const root = frame(container, W, H, 'Negotiation dance: offers per turn');
    const offers = chart.offers.map(o => ({ turn: o.turn, party: String(o.party).toLowerCase(), amount: Number(o.amount) }));
    const values = offers.map(o => o.amount);
    if (chart.zone) values.push(Number(chart.zone.low), Number(chart.zone.high));
    if (chart.deal !== null && chart.deal !== undefined) values.push(Number(chart.deal));
    if (!values.length) {
      root.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'No offers were made.'));
      return;
    }
    const ticks = niceTicks(Math.min(...values), Math.max(...values), 5);
    const lo = ticks[0], hi = ticks[ticks.length - 1];
    const maxTurn = Math.max(1, ...offers.map(o => o.turn));
    const x = t => L + (W - L - R) * (t / maxTurn);
    const y = v => T + (H - T - B) * (1 - (v - lo) / (hi - lo || 1));
    ticks.forEach(v => {
      root.append(svg('line', { class: 'grid-line', x1: L, x2: W - R, y1: y(v), y2: y(v) }));
      root.append(svg('text', { x: L - 8, y: y(v) + 4, 'text-anchor': 'end' }, compact(v, chart.currency)));
    });
    if (chart.zone) {
      root.append(svg('rect', { x: L, width: W - L - R, y: y(Number(chart.zone.high)),
        height: Math.max(2, y(Number(chart.zone.low)) - y(Number(chart.zone.high))), fill: '#16a34a', 'fill-opacity': 0.10,
        class: 'zone' }));
    }
    if (chart.deal !== null && chart.deal !== undefined) {
      root.append(svg('line', { x1: L, x2: W - R, y1: y(Number(chart.deal)), y2: y(Number(chart.deal)), stroke: '#16a34a',
        'stroke-width': 2, 'stroke-dasharray': '6 4', class: 'deal' }));
    }
    root.append(svg('line', { class: 'axis', x1: L, x2: W - R, y1: H - B, y2: H - B }));
    root.append(svg('line', { class: 'axis', x1: L, x2: L, y1: T, y2: H - B }));
    const turnStep = Math.max(1, Math.ceil(maxTurn / 10));
    for (let t = 0; t <= maxTurn; t += turnStep) {
      root.append(svg('text', { x: x(t), y: H - B + 14, 'text-anchor': 'middle' }, t));
    }
    root.append(svg('text', { x: (L + W - R) / 2, y: H - 4, 'text-anchor': 'middle' }, 'turn'));
    [['user', USER], ['ai', AI]].forEach(([party, color]) => {
      const pts = offers.filter(o => o.party === party);
      if (!pts.length) return;
      root.append(svg('polyline', { points: pts.map(o => x(o.turn) + ',' + y(o.amount)).join(' '), fill: 'none',
        stroke: color, 'stroke-width': 2.5, class: 'series-' + party }));
      pts.forEach(o => {
        const dot = svg('circle', { cx: x(o.turn), cy: y(o.amount), r: 4.5, fill: color, class: 'offer-point' });
        dot.append(svg('title', {}, (party === 'ai' ? 'Counterpart' : 'You') + ', turn ' + o.turn + ': '
          + NM.money(o.amount, chart.currency)));
        root.append(dot);
      });
    });
    const items = [[USER, 'Your offers'], [AI, 'Their offers']];
    if (chart.zone) items.push(['rgba(22,163,74,.25)', 'Bargaining zone']);
    if (chart.deal !== null && chart.deal !== undefined) items.push(['#16a34a', 'Deal ' + NM.money(chart.deal, chart.currency)]);
    legend(container, items);
  }

  /** Horizontal bars, 0–100. */
  function bars(container, rows, title) {
    const W = 560, rowH = 44, L = 190, R = 50, T = 8;
    const H = T + rows.length * rowH + 8;
    const root = frame(container, W, H, title);
    rows.forEach(([name, value], i) => {
      const yTop = T + i * rowH;
      const w = (W - L - R) * Math.max(0, Math.min(100, value)) / 100;
      root.append(svg('text', { x: L - 10, y: yTop + 24, 'text-anchor': 'end' }, name));
      root.append(svg('rect', { x: L, y: yTop + 10, width: W - L - R, height: 20, rx: 6, fill: '#eef0f6' }));
      root.append(svg('rect', { x: L, y: yTop + 10, width: w, height: 20, rx: 6, fill: SERIES[i % SERIES.length], class: 'bar' }));
      root.append(svg('text', { x: L + w + 6, y: yTop + 25 }, Math.round(value)));
    });
  }

  /** Lines over sessions, 0–100. */
  function lines(container, labels, series, title) {
    const W = 560, H = 260, L = 40, R = 16, T = 14, B = 34;
    const root = frame(container, W, H, title);
    if (!labels.length) {
      root.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'No scored sessions yet.'));
      return;
    }
    const n = labels.length;
    const x = i => n === 1 ? (L + W - R) / 2 : L + (W - L - R) * i / (n - 1);
    const y = v => T + (H - T - B) * (1 - v / 100);
    [0, 25, 50, 75, 100].forEach(v => {
      root.append(svg('line', { class: 'grid-line', x1: L, x2: W - R, y1: y(v), y2: y(v) }));
      root.append(svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end' }, v));
    });
    labels.forEach((text, i) => root.append(svg('text', { x: x(i), y: H - 12, 'text-anchor': 'middle' }, text)));
    series.forEach(([name, values], s) => {
      const color = SERIES[s % SERIES.length];
      if (values.length > 1) {
        root.append(svg('polyline', { points: values.map((v, i) => x(i) + ',' + y(v)).join(' '), fill: 'none',
          stroke: color, 'stroke-width': s === series.length - 1 ? 3 : 2 }));
      }
      values.forEach((v, i) => root.append(svg('circle', { cx: x(i), cy: y(v), r: 4, fill: color, class: 'history-point' })));
    });
    legend(container, series.map(([name], s) => [SERIES[s % SERIES.length], name]));
  }

  return { dance, bars, lines };
})();
