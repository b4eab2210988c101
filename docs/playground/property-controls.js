// The live element's property controls (written by property-controls.mjs from custom-elements.json): each
// starts from the element's current value and sets the property itself — not an attribute — as a page's
// script would. JSON values are checked before they are applied; what is wrong is said under the field.
import { siteString } from './site-strings.js';

const form = document.querySelector('form.controls');
const live = document.querySelector('[data-live-tag]');
const locale = () => document.documentElement.lang || 'fr';

/** The live element: the tag itself inside the demo (the provider page's live element is the provider). */
function liveElement() {
  const tag = live?.dataset.liveTag;
  return tag === 'jrmc-provider' ? live.querySelector('jrmc-provider') : live?.querySelector(tag);
}

// A translated message under a field; kept tagged so the site's language switch re-translates it.
function say(element, key, values = {}) {
  if (!element) return;
  if (!key) {
    element.removeAttribute('data-i18n');
    element.removeAttribute('data-i18n-values');
    element.textContent = '';
    if (element.getAttribute('role') === 'alert') element.hidden = true;
    return;
  }
  element.dataset.i18n = key;
  element.dataset.i18nValues = JSON.stringify(values);
  element.textContent = siteString(key, locale(), values);
  element.hidden = false;
}

/** A JSON control's text as the value it stands for, or the site-string key (and values) saying why not. */
function parseJsonControl(text, { shape, nullable }) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: ['page.controls.invalid-json', { reason: error.message }] };
  }
  const expected = { problem: [`page.controls.expected-${shape}${nullable ? '-or-null' : ''}`, {}] };
  if (value === null) return nullable ? { value } : expected;
  const isArray = Array.isArray(value);
  if (shape === 'array' ? !isArray : isArray || typeof value !== 'object') return expected;
  return { value };
}

const isPlainJson = (value) => value === null || Array.isArray(value) || (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype);

function showValue(control, value) {
  const kind = control.dataset.kind;
  if (kind === 'boolean') control.checked = Boolean(value);
  else if (kind === 'json') control.value = JSON.stringify(value ?? null, null, 2);
  else control.value = value === null || value === undefined ? '' : String(value);
}

function applyJson(control) {
  const element = liveElement();
  const error = document.getElementById(`${control.id}-error`);
  const status = document.getElementById(`${control.id}-status`);
  const result = parseJsonControl(control.value, { shape: control.dataset.shape, nullable: control.hasAttribute('data-nullable') });
  if (result.problem) {
    control.setAttribute('aria-invalid', 'true');
    say(error, ...result.problem);
    say(status, null);
    return;
  }
  control.removeAttribute('aria-invalid');
  control.removeAttribute('data-edited');
  say(error, null);
  element[control.dataset.property] = result.value;
  say(status, 'page.controls.applied');
}

function applySimple(control) {
  const element = liveElement();
  const { kind, property } = control.dataset;
  const nullable = control.hasAttribute('data-nullable');
  if (kind === 'boolean') element[property] = control.checked;
  else if (kind === 'number') {
    if (control.value === '' && !nullable) return;
    element[property] = control.value === '' ? null : Number(control.value);
  } else element[property] = control.value === '' && nullable ? null : control.value;
}

async function start() {
  const controls = [...(form?.querySelectorAll('[data-property]') ?? [])];
  if (!controls.length || !live) return;
  await customElements.whenDefined(form.dataset.tag);
  const element = liveElement();
  if (!element) return;
  for (const control of controls) {
    const value = element[control.dataset.property];
    // A value JSON cannot write (a Set, a client) is set from code only: say so instead of a misleading field.
    if (control.dataset.kind === 'json' && !isPlainJson(value)) {
      const wrapper = control.closest('.control');
      for (const part of wrapper.querySelectorAll('textarea, .json-actions, .hint, .error')) part.remove();
      const note = document.createElement('p');
      note.className = 'hint';
      wrapper.append(note);
      say(note, 'page.controls.code-only');
      continue;
    }
    showValue(control, value);
  }
  // The element changes its own state too (a month turned, a context arrived): the controls follow it, except
  // the one being edited and a JSON text typed but not applied yet.
  const follow = () => {
    for (const control of form.querySelectorAll('[data-property]')) {
      if (control === document.activeElement || control.hasAttribute('data-edited')) continue;
      const value = element[control.dataset.property];
      if (control.dataset.kind === 'json' && !isPlainJson(value)) continue;
      showValue(control, value);
    }
  };
  setInterval(follow, 500);
  form.addEventListener('input', (event) => {
    const control = event.target.closest?.('[data-property]');
    if (!control) return;
    if (control.dataset.kind === 'json') {
      control.toggleAttribute('data-edited', true);
      // Checked as it is typed, applied on request (a half-typed object is not a value to apply).
      const result = parseJsonControl(control.value, { shape: control.dataset.shape, nullable: control.hasAttribute('data-nullable') });
      const error = document.getElementById(`${control.id}-error`);
      say(document.getElementById(`${control.id}-status`), null);
      if (result.problem) {
        control.setAttribute('aria-invalid', 'true');
        say(error, ...result.problem);
      } else {
        control.removeAttribute('aria-invalid');
        say(error, null);
      }
      return;
    }
    applySimple(control);
  });
  form.addEventListener('click', (event) => {
    const button = event.target.closest?.('button[data-apply]');
    if (button) applyJson(document.getElementById(`prop-${button.dataset.apply}`));
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target.dataset?.kind === 'json') {
      event.preventDefault();
      applyJson(event.target);
    }
  });
}

void start();
