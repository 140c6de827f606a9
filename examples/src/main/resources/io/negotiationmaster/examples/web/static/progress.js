'use strict';
/* Progress: totals, the history chart and table, and the recommended next scenario. */
(() => {
  const { api, el, clear, notice } = NM;
  NM.header();
  const $ = name => document.getElementById(name);

  function stat(title, value) {
    return el('section', { className: 'card' }, el('div', { className: 'muted small', text: title }), el('div', { className: 'stat', text: value }));
  }

  api('/api/progress').then(page => {
    const p = page.progress;
    clear($('stats')).append(
      stat('Scored sessions', p.totalNegotiations),
      stat('Deals', p.successfulDeals),
      stat('Average overall score', p.totalNegotiations ? Math.round(p.avgOverall) : '–'));

    const rec = clear($('recommendation'));
    rec.append(el('h2', { text: 'Recommended next' }));
    if (page.recommendation) {
      const r = page.recommendation;
      const start = el('button', { type: 'button', id: 'start-recommended', text: 'Start “' + r.title + '”' });
      start.addEventListener('click', async () => {
        start.disabled = true;
        try {
          const created = await api('/api/negotiations', { method: 'POST', body: { scenario: r.slug } });
          location.href = created.url;
        } catch (e) {
          notice($('status'), e.message);
          start.disabled = false;
        }
      });
      rec.append(el('p', {}, el('strong', { id: 'recommended-title', text: r.title }), ' ',
        el('span', { className: 'badge', text: 'Level ' + r.difficulty })),
        el('p', { text: r.reason }), el('div', { className: 'actions' }, start));
    } else {
      rec.append(el('p', { className: 'muted', text: 'Play a scenario to get a recommendation.' }));
    }

    const h = page.history;
    Charts.lines($('history-chart'), h.map((x, i) => '#' + (i + 1)), [
      ['Claiming value', h.map(x => x.claimingValue)],
      ['Creating value', h.map(x => x.creatingValue)],
      ['Managing relationships', h.map(x => x.managingRelationships)],
      ['Overall', h.map(x => x.overall)]], 'Scores over time');

    const table = el('table', { className: 'data', id: 'history-table' },
      el('thead', {}, el('tr', {}, ['Scenario', 'Scored', 'Claiming', 'Creating', 'Relationships', 'Overall']
        .map(t => el('th', { text: t })))),
      el('tbody', {}, h.slice().reverse().map(x => el('tr', {},
        el('td', {}, el('a', { href: '/negotiations/' + x.negotiationId + '/report', text: x.scenarioTitle })),
        el('td', { text: new Date(x.scoredAt).toLocaleDateString() }),
        el('td', { text: Math.round(x.claimingValue) }), el('td', { text: Math.round(x.creatingValue) }),
        el('td', { text: Math.round(x.managingRelationships) }), el('td', {}, el('strong', { text: Math.round(x.overall) }))))));
    clear($('history')).append(h.length ? table : el('p', { className: 'muted', text: 'No scored sessions yet.' }));
    document.body.dataset.ready = 'true';
  }).catch(e => notice($('status'), e.message));
})();
