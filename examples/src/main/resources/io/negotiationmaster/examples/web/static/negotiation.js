'use strict';
/* The chat: history over HTTP, live events over the negotiation's WebSocket room, actions over HTTP. */
(() => {
  const { api, el, clear, notice, money, label } = NM;
  NM.header();
  const id = location.pathname.split('/')[2];
  const $ = name => document.getElementById(name);
  const messages = $('messages');
  const typing = $('typing');
  const input = $('message');
  const status = $('status');
  const bySeq = new Map();
  let detail = null;
  let socket = null;
  let reconnects = 0;
  let running = false;

  function termsText(offer) {
    if (!offer || !offer.terms) return '';
    return Object.entries(offer.terms).map(([k, v]) => label(k) + ': ' + label(v)).join(' · ');
  }

  /** Adds a stored message once, in sequence order; the pending copy of the user's text is dropped. */
  function addMessage(m) {
    if (!m || bySeq.has(m.seq)) return;
    if (m.sender === 'user') {
      const pending = messages.querySelector('.msg.pending');
      if (pending) pending.remove();
    }
    const node = el('div', { className: 'msg ' + m.sender, id: 'turn-' + m.seq, dataset: { seq: m.seq } },
      el('span', { className: 'who', text: m.sender === 'ai' ? detail.counterpartName : 'You' }),
      el('span', { className: 'text', text: m.content }),
      m.offer ? el('div', {}, el('span', { className: 'offer-tag', text: 'Offer ' + money(m.offer.amount, detail.currency) })) : null);
    bySeq.set(m.seq, node);
    const after = [...bySeq.keys()].filter(s => s > m.seq).sort((a, b) => a - b)[0];
    const pending = messages.querySelector('.msg.pending');
    if (after !== undefined) messages.insertBefore(node, bySeq.get(after));
    else if (pending && m.sender === 'ai') messages.insertBefore(node, pending);
    else messages.append(node);
    messages.scrollTop = messages.scrollHeight;
  }

  function showTyping(on) {
    clear(typing);
    if (on) {
      typing.append(el('span', { text: detail.counterpartName + ' is typing' }),
        el('span', { className: 'dots' }, el('span', { text: '.' }), el('span', { text: '.' }), el('span', { text: '.' })));
    }
  }

  function showState(state) {
    running = state.status === 'in_progress';
    $('their-offer').textContent = state.counterpartOffer ? money(state.counterpartOffer.amount, detail.currency) : '—';
    $('their-terms').textContent = termsText(state.counterpartOffer);
    $('your-offer').textContent = state.userOffer ? money(state.userOffer.amount, detail.currency) : '—';
    $('your-terms').textContent = termsText(state.userOffer);
    const line = $('state-line');
    clear(line);
    if (running) {
      line.append(el('span', { className: 'badge', text: 'In progress' }));
    } else if (state.dealReached) {
      line.append(el('span', { className: 'badge excellent', id: 'deal-badge', text: 'Deal' }), ' ',
        el('span', { text: state.dealTerms ? 'at ' + money(state.dealTerms.amount, detail.currency) : '' }));
    } else {
      line.append(el('span', { className: 'badge poor', text: label(state.outcome || state.status) }));
    }
    document.body.dataset.status = state.status;
    const connected = socket && socket.readyState === WebSocket.OPEN;
    $('accept').disabled = !running || !state.counterpartOffer;
    $('walk-away').disabled = !running;
    $('send').disabled = !running || !connected;
    input.disabled = !running;
    $('finish').disabled = state.status === 'abandoned';
    $('finish').textContent = running ? 'Finish & see report' : 'See your report';
  }

  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    socket = new WebSocket(scheme + '://' + location.host + '/ws/negotiations/' + id);
    socket.addEventListener('open', () => { reconnects = 0; });
    socket.addEventListener('message', event => {
      const data = JSON.parse(event.data);
      switch (data.type) {
        case 'ready':
          document.body.dataset.connected = 'true';
          $('send').disabled = !running;
          break;
        case 'typing': showTyping(true); break;
        case 'reply': showTyping(false); addMessage(data.message); break;
        case 'offer':
          if (data.party === 'ai') {
            $('their-offer').textContent = money(data.offer.amount, detail.currency);
            $('their-terms').textContent = termsText(data.offer);
            $('accept').disabled = !running;
          }
          break;
        case 'deal': break;
        case 'finished': refresh(); break;
        case 'turn': addMessage(data.userMessage); showState(data.state); break;
        case 'error':
          showTyping(false);
          (messages.querySelector('.msg.pending') || { remove() {} }).remove();
          notice(status, data.error);
          break;
        default: break;
      }
    });
    socket.addEventListener('close', async event => {
      document.body.dataset.connected = 'false';
      $('send').disabled = true;
      if (event.code === 4001) {
        const ok = await fetch('/auth/refresh', { method: 'POST', credentials: 'same-origin' });
        if (ok.ok) { connect(); return; }
        location.href = '/login?next=' + encodeURIComponent(location.pathname);
        return;
      }
      if (event.code !== 1000 && event.code !== 1008 && reconnects < 3) {
        reconnects += 1;
        setTimeout(connect, 1000 * reconnects);
      } else if (event.code === 1008) {
        notice(status, 'This conversation is not available.');
      }
    });
  }

  function send() {
    const text = input.value.trim();
    if (!text || !socket || socket.readyState !== WebSocket.OPEN) return;
    if (text.length > 4000) { notice(status, 'A message can have at most 4,000 characters.'); return; }
    clear(status);
    messages.append(el('div', { className: 'msg user pending' },
      el('span', { className: 'who', text: 'You' }), el('span', { className: 'text', text })));
    messages.scrollTop = messages.scrollHeight;
    socket.send(JSON.stringify({ type: 'say', text }));
    input.value = '';
    $('counter').textContent = '0 / 4000';
  }

  async function action(path) {
    clear(status);
    ['accept', 'walk-away'].forEach(b => { $(b).disabled = true; });
    try {
      const turn = await api('/api/negotiations/' + id + '/' + path, { method: 'POST' });
      addMessage(turn.userMessage);
      addMessage(turn.reply);
      showTyping(false);
      showState(turn.state);
    } catch (e) {
      notice(status, e.message);
      refresh();
    }
  }

  async function refresh() {
    const fresh = await api('/api/negotiations/' + id);
    detail = fresh;
    fresh.messages.forEach(addMessage);
    showState(fresh);
  }

  $('composer').addEventListener('submit', event => { event.preventDefault(); send(); });
  input.addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); send(); }
  });
  input.addEventListener('input', () => { $('counter').textContent = input.value.length + ' / 4000'; });
  $('accept').addEventListener('click', () => action('accept'));
  $('walk-away').addEventListener('click', () => action('walk-away'));
  $('finish').addEventListener('click', async () => {
    $('finish').disabled = true;
    try {
      const done = await api('/api/negotiations/' + id + '/finish', { method: 'POST' });
      location.href = done.report;
    } catch (e) {
      notice(status, e.message);
      $('finish').disabled = false;
    }
  });

  api('/api/negotiations/' + id).then(d => {
    detail = d;
    document.title = d.scenarioTitle + ' · NegotiationMaster';
    $('scenario-title').textContent = d.scenarioTitle;
    $('your-role').textContent = d.yourRole || '';
    $('counterpart-name').textContent = d.counterpartName;
    $('counterpart-role').textContent = d.counterpartRole || '';
    $('avatar').textContent = (d.counterpartName || '?').charAt(0);
    d.messages.forEach(addMessage);
    showState(d);
    if (running) connect();
  }).catch(e => notice(status, e.message));
})();
