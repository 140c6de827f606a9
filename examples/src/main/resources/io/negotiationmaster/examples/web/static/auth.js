'use strict';
/* Login, sign-up and e-mail verification pages. */
(() => {
  const { api, el, clear, notice, nextPath } = NM;
  const form = document.querySelector('form[data-form]');
  const status = document.getElementById('status');

  if (form && form.dataset.form === 'login') {
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        await api('/auth/login', { method: 'POST', body: { login: form.login.value, password: form.password.value } });
        location.href = nextPath();
      } catch (e) {
        notice(status, e.message);
        button.disabled = false;
      }
    });
  }

  if (form && form.dataset.form === 'signup') {
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        const result = await api('/auth/signup', {
          method: 'POST',
          body: {
            email: form.email.value, username: form.username.value, password: form.password.value,
            firstName: form.firstName.value, lastName: form.lastName.value
          }
        });
        form.classList.add('hidden');
        clear(status).append(el('div', { className: 'notice success', role: 'status' },
          el('p', { text: 'Welcome, ' + result.username + '! This demo has no mail server, so here is the '
            + 'verification link we would have e-mailed you:' }),
          el('a', { id: 'verify-link', className: 'verify-link', href: result.verifyUrl, text: 'Verify my e-mail address' })));
      } catch (e) {
        notice(status, e.message);
        button.disabled = false;
      }
    });
  }

  if (document.body.dataset.page === 'verify') {
    const token = new URLSearchParams(location.search).get('token') || '';
    api('/auth/verify', { method: 'POST', body: { token } })
      .then(result => {
        clear(status).append(el('div', { className: 'notice success', role: 'status', id: 'verified' },
          el('p', { text: 'E-mail verified for ' + result.username + '. You can log in now.' }),
          el('a', { className: 'button', id: 'to-login', href: '/login', text: 'Log in' })));
      })
      .catch(e => notice(status, 'This verification link does not work: ' + e.message));
  }
})();
