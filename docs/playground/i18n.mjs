// Build-time markup for the site's own strings: written in French (the default) and tagged with their key, so
// the browser (site-controls.js) can swap them to English from the same table without a reload.
import { siteString } from './site-strings.js';

export const escapeHtml = (text) => String(text ?? '').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);

/** A translated run of text: `<span data-i18n="key">texte</span>` (another tag, and attributes, when given). */
export const t = (key, tag = 'span', attributes = '') => `<${tag}${attributes} data-i18n="${key}">${escapeHtml(siteString(key))}</${tag}>`;

/** A translated attribute: ` aria-label="Réglages" data-i18n-aria-label="key"`. */
export const tAttr = (name, key) => ` ${name}="${escapeHtml(siteString(key))}" data-i18n-${name}="${key}"`;
