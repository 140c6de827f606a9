'use strict';
/* The report: scores, charts, milestones, suggestions linked to the turns they cite, debrief, transcript. */
(() => {
  const { api, el, clear, notice, money, label } = NM;
  NM.header();
  const id = location.pathname.split('/')[2];
  const $ = name => document.getElementById(name);
  const status = $('status');
  const rating = r => String(r || '').toLowerCase();

  function turnLink(turn) {
    return el('a', { className: 'turn-link', href: '#turn-' + turn, text: 'turn ' + turn });
  }

  function dimension(title, d) {
    return el('section', { className: 'card dimension' },
      el('h3', { text: title }),
      el('div', { className: 'score', text: Math.round(d.score) }),
      el('p', {}, el('span', { className: 'badge ' + rating(d.rating), text: label(d.rating) })),
      el('p', { className: 'small', text: d.analysis }));
  }

  function render(report, chart, detail, progress) {
    const currency = chart.currency;
    document.title = 'Report: ' + detail.scenarioTitle + ' · NegotiationMaster';
    $('report-title').textContent = detail.scenarioTitle;
    $('overall-score').textContent = Math.round(report.overall.score);
    $('overall-rating').textContent = label(report.overall.rating);
    $('overall-rating').className = 'badge ' + rating(report.overall.rating);
    $('outcome').textContent = detail.dealReached && detail.dealTerms
      ? 'Deal at ' + money(detail.dealTerms.amount, currency) : label(detail.outcome || detail.status);
    $('overall-summary').textContent = report.overall.summary;

    clear($('dimensions')).append(
      dimension('Claiming value', report.claimingValue),
      dimension('Creating value', report.creatingValue),
      dimension('Managing relationships', report.managingRelationships));

    Charts.dance($('dance-chart'), chart);
    Charts.bars($('scores-chart'), [
      ['Claiming value', report.claimingValue.score],
      ['Creating value', report.creatingValue.score],
      ['Managing relationships', report.managingRelationships.score],
      ['Overall', report.overall.score]], 'Scores');
    const history = progress.history;
    Charts.lines($('progress-chart'), history.map((h, i) => '#' + (i + 1)), [
      ['Claiming', history.map(h => h.claimingValue)],
      ['Creating', history.map(h => h.creatingValue)],
      ['Relationships', history.map(h => h.managingRelationships)],
      ['Overall', history.map(h => h.overall)]], 'Scores over your sessions');

    const milestones = clear($('milestones'));
    if (!report.milestones.length) milestones.append(el('li', { className: 'muted', text: 'No key moments recorded.' }));
    report.milestones.forEach(m => milestones.append(el('li', { className: 'milestone' },
      turnLink(m.turnIndex),
      el('span', {}, el('strong', { text: label(m.type) + ': ' }), m.description))));

    const suggestions = clear($('suggestions'));
    if (!report.suggestions.length) suggestions.append(el('p', { className: 'muted', text: 'Nothing to add: well played.' }));
    report.suggestions.forEach(s => suggestions.append(el('div', { className: 'suggestion ' + String(s.priority).toLowerCase() },
      el('p', { text: s.text }),
      el('p', { className: 'small' }, s.turns.map(turnLink),
        el('span', { className: 'muted', text: s.reference ? s.reference.name + ' — ' + s.reference.source : '' })))));

    const d = report.debrief;
    const facts = [
      ['Their opening', money(d.counterpartOpening, currency)],
      ['Their walk-away point (secret until now)', money(d.counterpartReservation, currency)],
      ['Your limit', money(d.userLimit, currency)],
      ['Bargaining zone', d.zone ? money(d.zone.low, currency) + ' – ' + money(d.zone.high, currency) : 'none: no deal was possible'],
    ];
    if (d.dealShareOfZone !== null && d.dealShareOfZone !== undefined) {
      facts.push(['Your share of the zone', Math.round(d.dealShareOfZone * 100) + '%']);
    }
    if (report.style) facts.push(['Your style', label(report.style.style)]);
    clear($('debrief')).append(el('table', { className: 'data' },
      el('tbody', {}, facts.map(([k, v]) => el('tr', {}, el('th', { text: k }), el('td', { text: v }))))));

    const transcript = clear($('transcript'));
    detail.messages.forEach(m => transcript.append(el('div', { className: 'msg ' + m.sender, id: 'turn-' + m.seq },
      el('span', { className: 'who' }, m.sender === 'ai' ? detail.counterpartName : 'You',
        el('span', { className: 'turn-no', text: 'turn ' + m.seq })),
      el('span', { className: 'text', text: m.content }))));
    api('/api/negotiations/' + id + '/what-ifs').then(items => whatIfs(items, currency)).catch(() => {
      /* what-ifs are an extra: the report stands without them */
    });
    document.body.dataset.ready = 'true';
    if (location.hash) {
      const target = document.getElementById(location.hash.slice(1));
      if (target) target.scrollIntoView();
    }
  }

  function whatIfs(items, currency) {
    if (!items.length) return;
    const box = clear($('what-ifs'));
    items.forEach(w => {
      const simulated = w.simulatedDeal ? 'deal at ' + money(w.simulatedDeal.amount, currency) : label(w.simulatedOutcome);
      const actual = w.actualDeal ? 'deal at ' + money(w.actualDeal.amount, currency) : label(w.actualOutcome);
      const delta = Math.round(w.simulatedOverall - w.actualOverall);
      box.append(el('div', { className: 'suggestion what-if' },
        el('p', {}, turnLink(w.turn), el('strong', { text: w.moment + ': ' }), w.why),
        el('p', { className: 'small' }, el('span', { className: 'muted', text: 'You said: ' }), '“' + w.userMessage + '”'),
        el('p', { className: 'small' }, el('span', { className: 'muted', text: w.strategy + ': ' }), '“' + w.alternative + '”'),
        el('p', { className: 'small', text: 'Simulated: ' + simulated + ' (overall ' + Math.round(w.simulatedOverall)
          + ') instead of ' + actual + ' (overall ' + Math.round(w.actualOverall) + '), '
          + (delta >= 0 ? '+' : '') + delta + ' points.' })));
    });
    $('what-ifs-card').classList.remove('hidden');
  }

  Promise.all([
    api('/api/negotiations/' + id + '/report'),
    api('/api/negotiations/' + id + '/chart'),
    api('/api/negotiations/' + id),
    api('/api/progress'),
  ]).then(([report, chart, detail, progress]) => render(report, chart, detail, progress))
    .catch(e => notice(status, e.status === 404 ? 'This negotiation has no report yet: finish it first.' : e.message));
})();
