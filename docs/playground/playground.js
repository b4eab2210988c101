// The playground's page logic: the sandbox panel (clock, top-up, reset), keeping components on sandbox time,
// and pointing trackers at the last letter. It talks only to the playground backend, never with a key.
import { siteString } from './site-strings.js';

const locale = () => (document.documentElement.lang === 'en' ? 'en' : 'fr');
const intlLocale = () => (locale() === 'en' ? 'en-GB' : 'fr-FR');
const status = (text) => {
  const line = document.getElementById('panel-status');
  if (line) line.textContent = text;
};

async function post(path, body = {}) {
  const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

/** Shows the sandbox's clock and points the latest-letter tracker at its letter (the providers read the clock from /clock). */
async function syncWithSandbox() {
  const state = await (await fetch('/playground/state')).json();
  const now = document.getElementById('sandbox-now');
  if (now) now.textContent = new Date(state.now).toLocaleString(intlLocale(), { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' });
  for (const tracker of document.querySelectorAll('jrmc-shipment-tracker[data-latest]')) {
    if (!tracker.getAttribute('letter-id') && state.latestLetterId) tracker.setAttribute('letter-id', state.latestLetterId);
  }
  return state;
}

async function refreshAll() {
  await syncWithSandbox();
  await Promise.all([...document.querySelectorAll('jrmc-provider')].map((provider) => provider.refresh?.()));
  await Promise.all([...document.querySelectorAll('jrmc-shipment-tracker')].map((tracker) => tracker.refresh?.()));
  for (const history of document.querySelectorAll('jrmc-letter-history')) void history.reload?.();
}

document.addEventListener('click', async (event) => {
  const button = event.target.closest?.('button');
  if (!button) return;
  try {
    if (button.dataset.clock) {
      const params = button.dataset.clock === 'next-month' ? { nextMonth: true } : JSON.parse(button.dataset.clock);
      const { now } = await post('/playground/clock', params);
      status(siteString('panel.moved', locale(), { time: new Date(now).toLocaleString(intlLocale(), { timeZone: 'Europe/Paris' }) }));
      await refreshAll();
    } else if (button.id === 'clock-to-go') {
      const day = document.getElementById('clock-to').value;
      if (!day) return;
      await post('/playground/clock', { to: `${day}T09:00:00Z` });
      status(siteString('panel.moved', locale(), { time: new Date(`${day}T12:00:00Z`).toLocaleDateString(intlLocale(), { timeZone: 'Europe/Paris', dateStyle: 'long' }) }));
      await refreshAll();
    } else if (button.id === 'top-up') {
      await post('/playground/top-up', { amount: 5000 });
      status(siteString('panel.credited', locale()));
      await refreshAll();
    } else if (button.id === 'reset') {
      await post('/playground/reset');
      localStorage.clear();
      location.reload();
    }
  } catch (error) {
    status(String(error));
  }
});

// A new letter: trackers that follow "the last letter" switch to it.
for (const type of ['jrmc-letter-scheduled', 'jrmc-letter-sent']) {
  document.addEventListener(type, (event) => {
    for (const tracker of document.querySelectorAll('jrmc-shipment-tracker[data-latest]')) tracker.setAttribute('letter-id', event.detail.letterId);
  });
}

// The picker's demo form shows what a native form would submit.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form.id !== 'picker-form') return;
  event.preventDefault();
  document.getElementById('picker-output').textContent = `FormData: sendDate=${new FormData(form).get('sendDate') ?? ''}`;
});

void syncWithSandbox();
document.addEventListener('site-locale-change', () => void syncWithSandbox());

// Borrower-insurance demos: a dossier saved by the form or chosen in the list opens in the dossier element.
for (const type of ['jrmc-dossier-saved', 'jrmc-dossier-open']) {
  document.addEventListener(type, (event) => {
    for (const dossier of document.querySelectorAll('jrmc-loan-dossier[data-loan-demo]')) dossier.setAttribute('dossier-id', event.detail.dossierId);
  });
}
