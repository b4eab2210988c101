// The site's own controls: the light/dark and fr/en switches (whole site, remembered), the live element's
// attribute controls generated from custom-elements.json (property-controls.js does its properties), the log
// of events it fires, the framework code tabs and their copy buttons.
import { DEFAULT_SITE_LOCALE, SITE_LOCALES, SITE_STRINGS, siteString, TRANSLATED_ATTRIBUTES } from './site-strings.js';
import './property-controls.js';

const root = document.documentElement;
const themeSelect = document.getElementById('site-theme');
const localeSelect = document.getElementById('site-locale');

/** Every tagged string of the page in `locale` (the HTML holds the French; an empty translation hides its element). */
function translatePage(locale) {
  for (const element of document.querySelectorAll('[data-i18n]')) {
    const values = element.dataset.i18nValues ? JSON.parse(element.dataset.i18nValues) : {};
    const text = siteString(element.dataset.i18n, locale, values);
    element.textContent = text;
    // A note needed in one language only (e.g. "this guide is in English") has an empty translation.
    if (Object.values(SITE_STRINGS[element.dataset.i18n]).includes('')) element.hidden = text === '';
  }
  // A guide written in both languages holds both texts; the reader sees the one of the page's language.
  for (const article of document.querySelectorAll('article[data-guide-lang]')) article.hidden = article.dataset.guideLang !== locale;
  const title = document.querySelector('title[data-i18n-page-title]');
  if (title) title.textContent = `${siteString(title.dataset.i18nPageTitle, locale)} · JRMC Kit`;
  for (const name of TRANSLATED_ATTRIBUTES) {
    for (const element of document.querySelectorAll(`[data-i18n-${name}]`)) element.setAttribute(name, siteString(element.getAttribute(`data-i18n-${name}`), locale));
  }
}

function applySite() {
  const theme = localStorage.getItem('jrmc-site-theme') ?? 'auto';
  const stored = localStorage.getItem('jrmc-site-locale');
  const locale = SITE_LOCALES.includes(stored) ? stored : DEFAULT_SITE_LOCALE;
  root.dataset.theme = theme;
  root.lang = locale;
  translatePage(locale);
  if (themeSelect) themeSelect.value = theme;
  if (localeSelect) localeSelect.value = locale;
  for (const provider of document.querySelectorAll('jrmc-provider')) {
    provider.setAttribute('theme', theme);
    provider.setAttribute('locale', locale);
  }
}

themeSelect?.addEventListener('change', () => {
  localStorage.setItem('jrmc-site-theme', themeSelect.value);
  applySite();
});
localeSelect?.addEventListener('change', () => {
  localStorage.setItem('jrmc-site-locale', localeSelect.value);
  applySite();
  // playground.js rewrites what it formats itself (the sandbox's time) in the new language.
  document.dispatchEvent(new CustomEvent('site-locale-change'));
});
applySite();

// The live element of a component page: the tag itself inside the demo (the provider is its own demo).
const live = document.querySelector('[data-live-tag]');
const target = () => {
  const tag = live?.dataset.liveTag;
  return tag === 'jrmc-provider' ? live.querySelector('jrmc-provider') : live?.querySelector(tag);
};

/** The attribute controls show what the live element has now (the demo's own markup, a translated label). */
function syncAttributeControls() {
  const element = target();
  if (!element) return;
  for (const input of document.querySelectorAll('form.controls [data-attribute]')) {
    const name = input.dataset.attribute;
    if (input.dataset.kind === 'boolean') input.checked = element.hasAttribute(name);
    else if (element.hasAttribute(name)) input.value = element.getAttribute(name);
  }
}
syncAttributeControls();
localeSelect?.addEventListener('change', syncAttributeControls);

document.querySelector('form.controls')?.addEventListener('input', (event) => {
  const input = event.target;
  const element = target();
  if (!element || !input.dataset.attribute) return;
  const name = input.dataset.attribute;
  if (input.dataset.kind === 'boolean') element.toggleAttribute(name, input.checked);
  else if (input.value === '') element.removeAttribute(name);
  else element.setAttribute(name, input.value);
});
document.querySelector('form.controls')?.addEventListener('submit', (event) => event.preventDefault());

// Every event the manifest lists for the element, as it happens (newest first, the last 20).
const log = document.querySelector('.event-log');
if (live && log) {
  const describe = (detail) => {
    if (detail === undefined || detail === null) return '';
    try {
      const text = JSON.stringify(detail, (key, value) => (value instanceof Error ? value.message : value));
      return text.length > 160 ? `${text.slice(0, 160)}…` : text;
    } catch {
      return String(detail);
    }
  };
  for (const name of (log.dataset.events ?? '').split(' ').filter(Boolean)) {
    live.addEventListener(name, (event) => {
      const item = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = event.type;
      item.append(code, ` ${describe(event.detail ?? (event.target?.value !== undefined ? { value: event.target.value } : undefined))}`);
      log.prepend(item);
      while (log.children.length > 20) log.lastElementChild.remove();
    }, true);
  }
}

// Tabs (keyboard: arrows, Home, End) and copy buttons.
for (const tabs of document.querySelectorAll('[data-tabs]')) {
  const buttons = [...tabs.querySelectorAll('[role="tab"]')];
  const select = (button) => {
    for (const other of buttons) {
      const selected = other === button;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    }
    button.focus();
  };
  tabs.addEventListener('click', (event) => {
    const button = event.target.closest('[role="tab"]');
    if (button) select(button);
  });
  tabs.addEventListener('keydown', (event) => {
    const index = buttons.indexOf(document.activeElement);
    if (index < 0) return;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(buttons[(next + buttons.length) % buttons.length]);
  });
}

document.addEventListener('click', async (event) => {
  const button = event.target.closest?.('button.copy');
  if (!button) return;
  const label = button.innerHTML;
  try {
    await navigator.clipboard.writeText(button.dataset.copy);
    button.textContent = siteString('page.copied', root.lang);
  } catch {
    button.textContent = siteString('page.copy-failed', root.lang);
  }
  setTimeout(() => (button.innerHTML = label), 1500);
});
