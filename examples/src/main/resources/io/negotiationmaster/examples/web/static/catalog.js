'use strict';
/* The scenario catalog: difficulty, description, the briefing, and starting a negotiation. */
(() => {
  const { api, el, clear, notice, difficulty, label } = NM;
  NM.header();
  const status = document.getElementById('status');
  const list = document.getElementById('scenarios');

  function briefing(s) {
    const dl = el('dl');
    const add = (title, text) => { if (text) dl.append(el('dt', { text: title }), el('dd', { text })); };
    add('The situation', s.situation);
    add('Your role', s.yourRole);
    add('What is at stake', s.stakes);
    if (s.constraints && s.constraints.length) {
      dl.append(el('dt', { text: 'Your constraints' }),
        el('dd', {}, el('ul', {}, s.constraints.map(c => el('li', { text: c })))));
    }
    add('Your counterpart', s.counterpartName + (s.counterpartRole ? ', ' + s.counterpartRole : '')
      + (s.counterpartPersonality ? ' — ' + s.counterpartPersonality : ''));
    return dl;
  }

  function card(s) {
    const details = el('div', { className: 'briefing hidden' }, briefing(s));
    const start = el('button', { type: 'button', className: 'start', dataset: { slug: s.slug }, text: 'Start negotiating' });
    start.addEventListener('click', async () => {
      start.disabled = true;
      try {
        const created = await api('/api/negotiations', { method: 'POST', body: { scenario: s.slug } });
        location.href = created.url;
      } catch (e) {
        notice(status, e.message);
        start.disabled = false;
      }
    });
    const toggle = el('button', { type: 'button', className: 'secondary brief', dataset: { slug: s.slug }, text: 'Read the briefing' });
    toggle.addEventListener('click', () => {
      details.classList.toggle('hidden');
      toggle.textContent = details.classList.contains('hidden') ? 'Read the briefing' : 'Hide the briefing';
    });
    return el('article', { className: 'card scenario', id: 'scenario-' + s.slug },
      el('div', { className: 'meta' }, el('span', { className: 'badge', text: 'Level ' + s.difficulty }), difficulty(s.difficulty)),
      el('h3', { text: s.title }),
      el('p', { className: 'small muted', text: s.counterpartName + (s.counterpartRole ? ' · ' + s.counterpartRole : '') }),
      el('p', { text: s.description }),
      details,
      el('div', { className: 'actions' }, toggle, start));
  }

  api('/api/scenarios')
    .then(items => clear(list).append(...items.map(card)))
    .catch(e => notice(status, e.message));

  api('/api/negotiations').then(items => {
    if (!items.length) return;
    const mine = clear(document.getElementById('mine'));
    items.forEach(n => {
      const running = n.state.status === 'in_progress';
      const href = '/negotiations/' + n.id + (running ? '' : '/report');
      mine.append(el('li', {},
        el('a', { href, text: n.scenarioTitle }), ' ',
        el('span', { className: 'small muted', text: '· ' + (running ? 'in progress' : label(n.state.outcome || n.state.status))
          + ' · started ' + new Date(n.startedAt).toLocaleString() })));
    });
  }).catch(() => { /* the list is optional; the catalog above shows its own errors */ });
})();
