'use strict';
/*
 * Shared helpers of every page. User-written text is only ever put in the page with textContent (el(..., text)):
 * never innerHTML.
 */
const NM = (() => {
  const signInPage = () => '/login?next=' + encodeURIComponent(location.pathname + location.search);

  async function request(path, method, body) {
    const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init);
  }

  /** JSON call; on 401 it rotates the refresh token once and retries, else goes to the login page. */
  async function api(path, options = {}) {
    const method = options.method || 'GET';
    let res = await request(path, method, options.body);
    if (res.status === 401 && !path.startsWith('/auth/')) {
      const refreshed = await request('/auth/refresh', 'POST');
      if (!refreshed.ok) {
        location.href = signInPage();
        throw new Error('signed out');
      }
      res = await request(path, method, options.body);
    }
    const text = await res.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = { error: text }; }
    if (!res.ok) {
      const error = new Error((data && data.error) || res.statusText || ('HTTP ' + res.status));
      error.status = res.status;
      throw error;
    }
    return data;
  }

  /** Creates an element; strings among the children become text nodes. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([key, value]) => {
      if (value === undefined || value === null || value === false) return;
      if (key === 'text') node.textContent = String(value);
      else if (key === 'className') node.className = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    });
    children.flat().forEach(child => {
      if (child === null || child === undefined || child === false) return;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function money(amount, currency) {
    if (amount === null || amount === undefined) return '—';
    const value = Number(amount);
    try {
      return new Intl.NumberFormat('en-US', {
        style: 'currency', currency: currency || 'USD',
        maximumFractionDigits: Number.isInteger(value) ? 0 : 2
      }).format(value);
    } catch (e) {
      return value.toLocaleString('en-US') + ' ' + (currency || '');
    }
  }

  function label(code) {
    return String(code || '').toLowerCase().replace(/_/g, ' ');
  }

  function difficulty(level) {
    const dots = el('span', { className: 'difficulty', title: 'difficulty ' + level + ' of 7' });
    for (let i = 1; i <= 7; i++) dots.append(el('i', { className: i <= level ? 'on' : '' }));
    return dots;
  }

  function notice(container, message, kind) {
    clear(container).append(el('div', { className: 'notice ' + (kind || 'error'), role: 'alert', text: message }));
  }

  /** Fills the top bar: who is signed in, and the logout button. */
  async function header() {
    const who = document.getElementById('whoami');
    const logout = document.getElementById('logout');
    if (logout) {
      logout.addEventListener('click', async () => {
        await request('/auth/logout', 'POST');
        location.href = '/login';
      });
    }
    if (who) {
      try {
        const me = await api('/api/me');
        who.textContent = me.username;
      } catch (e) {
        who.textContent = '';
      }
    }
  }

  /** A local path to go to after login (no open redirect). */
  function nextPath() {
    const next = new URLSearchParams(location.search).get('next') || '/';
    return next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : '/';
  }

  return { api, el, clear, money, label, difficulty, notice, header, nextPath };
})();
