// HTML of the playground pages, generated from custom-elements.json (the components' API) and the guides.
// Every string of the chrome goes through t()/tAttr() (site-strings.js): written in French, switched to English
// in the browser by the site's language switch.
import { highlight } from './highlight.mjs';
import { escapeHtml as escape, t, tAttr } from './i18n.mjs';
import { propertyControl } from './property-controls.mjs';
import { siteString } from './site-strings.js';
import { snippetsFor } from './snippets.mjs';

// The guides, in the navigation's order; their titles are in site-strings.js (`guide.<slug>`).
export const GUIDES = [
  ['getting-started', 'Getting started'],
  ['session-tokens', 'Session tokens'],
  ['frameworks', 'React, Vue and Angular'],
  ['theming', 'Theming'],
  ['localization', 'Localization'],
  ['rules', 'The rules'],
  ['attachments-and-refusals', 'Attachments and timing refusals'],
  ['sandbox', 'The sandbox, its clock and magic values'],
  ['webhooks', 'Webhooks'],
  ['paper-mail', 'Paper mail'],
  ['borrower-insurance', 'Borrower insurance (loi Lemoine)'],
  ['csp', 'Content Security Policy'],
  ['accessibility', 'Accessibility statement'],
  ['account-portal', 'The account in your portal: setup, team, invoices, help'],
];

/** Live demo markup per component (inside the page's provider). */
export const DEMOS = {
  'jrmc-provider': `${t('demo.provider', 'p')}<jrmc-credit-widget payment-token="tok_visa"></jrmc-credit-widget>`,
  'jrmc-letter-builder': '<jrmc-letter-builder></jrmc-letter-builder>',
  'jrmc-send-date-picker': `<form id="picker-form"><jrmc-send-date-picker name="sendDate" mode="switch-start" required${tAttr('label', 'demo.picker.label')}></jrmc-send-date-picker><button>${t('demo.picker.submit')}</button><output id="picker-output"></output></form>`,
  'jrmc-credit-widget': '<jrmc-credit-widget low-threshold="2000" payment-token="tok_visa"></jrmc-credit-widget>',
  'jrmc-shipment-tracker': `${t('demo.tracker', 'p')}<jrmc-shipment-tracker data-latest poll-interval="2000"></jrmc-shipment-tracker>`,
  'jrmc-letter-history': '<jrmc-letter-history></jrmc-letter-history>',
  'jrmc-paper-mail': `${t('demo.paper-mail', 'p')}<jrmc-paper-mail></jrmc-paper-mail>`,
  'jrmc-loan-substitution': `${t('demo.loan-substitution', 'p')}<jrmc-loan-substitution data-loan-demo></jrmc-loan-substitution>`,
  'jrmc-loan-dossier': `${t('demo.loan-dossier', 'p')}<jrmc-loan-dossiers style="--jrmc-dossiers-height: 14rem"></jrmc-loan-dossiers><jrmc-loan-dossier data-loan-demo></jrmc-loan-dossier>`,
  'jrmc-loan-dossiers': '<jrmc-loan-dossiers data-loan-demo></jrmc-loan-dossiers>',
  'jrmc-account-setup': `${t('demo.account-setup', 'p')}<jrmc-account-setup top-up-href="jrmc-credit-widget.html"></jrmc-account-setup>`,
  'jrmc-team': '<jrmc-team></jrmc-team>',
  'jrmc-invoices': `${t('demo.invoices', 'p')}<jrmc-invoices></jrmc-invoices>`,
  'jrmc-help-center': `${t('demo.help-center', 'p')}<jrmc-help-center></jrmc-help-center>`,
};

/** A page; `titleKey` (a site string) makes its <title> follow the language switch too. */
export function layout({ title, titleKey, body, depth = 0, nav }) {
  const up = '../'.repeat(depth);
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title${titleKey ? ` data-i18n-page-title="${titleKey}"` : ''}>${escape(titleKey ? siteString(titleKey) : title)} · JRMC Kit</title>
<link rel="icon" href="${up}assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${up}assets/site.css">
<script src="${up}assets/site-locale.js"></script>
<script type="module" src="${up}assets/jrmc-elements.js"></script>
<script type="module" src="${up}assets/playground.js"></script>
<script type="module" src="${up}assets/site-controls.js"></script>
</head>
<body>
<a class="skip" href="#content">${t('site.skip')}</a>
<header class="top"><a href="${up}index.html" class="brand">JRMC Kit</a> ${t('site.tagline', 'span', ' class="tagline"')}<a href="#site-nav" class="to-nav">${t('site.menu')}</a>
<div class="switches" role="group"${tAttr('aria-label', 'site.settings')}>
<label>${t('site.theme')} <select id="site-theme">${['auto', 'light', 'dark'].map((theme) => t(`site.theme.${theme}`, 'option', ` value="${theme}"`)).join('')}</select></label>
<label>${t('site.language')} <select id="site-locale"><option value="fr" lang="fr">français</option><option value="en" lang="en">English</option></select></label>
</div></header>
<div class="main">
<nav id="site-nav"${tAttr('aria-label', 'site.nav')}>${nav(up)}</nav>
<main id="content">
${body}
</main>
</div>
</body>
</html>
`;
}

// Each package's typedoc reference, linked from every page (built by `pnpm run docs` into docs/api/<package>).
export const TYPEDOC_PACKAGES = ['core', 'elements', 'react', 'sandbox'];
const EXAMPLES = [['vanilla-html', t('nav.example.vanilla-html')], ['react', 'React'], ['vue', 'Vue'], ['angular', 'Angular']];

export function navigation(manifestTags) {
  return (up) => `${t('nav.components', 'h2')}<ul>${manifestTags.map((tag) => `<li><a href="${up}components/${tag}.html">&lt;${tag}&gt;</a></li>`).join('')}</ul>
${t('nav.guides', 'h2')}<ul>${GUIDES.map(([slug]) => `<li><a href="${up}guides/${slug}.html">${t(`guide.${slug}`)}</a></li>`).join('')}</ul>
${t('nav.reference', 'h2')}<ul>${TYPEDOC_PACKAGES.map((name) => `<li><a href="${up}api/${name}/index.html">${t('nav.typedoc')} @jrmc/${name}</a></li>`).join('')}<li><a href="${up}openapi.json">${t('nav.openapi')}</a></li></ul>
${t('nav.examples', 'h2')}<ul>${EXAMPLES.map(([slug, name]) => `<li><a href="${up}examples/${slug}/index.html">${name}</a></li>`).join('')}</ul>`;
}

export function sandboxPanel() {
  return `<section class="panel" aria-labelledby="panel-title">
${t('panel.title', 'h2', ' id="panel-title"')}
<p>${t('panel.time')} <strong id="sandbox-now">…</strong></p>
<div class="buttons">
<button type="button" data-clock='{"days":1}'>${t('panel.day')}</button>
<button type="button" data-clock='{"days":15}'>${t('panel.days15')}</button>
<button type="button" data-clock="next-month">${t('panel.next-month')}</button>
<label>${t('panel.advance-to')} <input type="date" id="clock-to"></label><button type="button" id="clock-to-go">${t('panel.go')}</button>
<button type="button" id="top-up">${t('panel.top-up')}</button>
<button type="button" id="reset">${t('panel.reset')}</button>
</div>
<p role="status" id="panel-status"></p>
</section>`;
}

// An API table; `title` and each column's label are site-string keys.
function table(title, rows, columns) {
  if (!rows?.length) return '';
  const cell = (key, value) => (key === 'name' ? `<code>${escape(value)}</code>` : key === 'description' ? prose(value) : `<code>${escape(value)}</code>`);
  return `${t(title, 'h3')}<div class="table-scroll"><table><thead><tr>${columns.map(([, label]) => `<th scope="col">${t(label)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${columns.map(([key]) => `<td class="column-${key}">${cell(key, typeof row[key] === 'object' ? row[key]?.text : row[key])}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

/** JSDoc prose: escaped, its `code` spans shown as code. */
const prose = (text) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');

// A control per attribute, from its manifest type: a checkbox for booleans, a number field, a list for a
// union of string literals, else a text field suggesting the values its description quotes.
function control(attribute) {
  const type = attribute.type?.text ?? 'string';
  const id = `control-${attribute.name}`;
  const label = `<label for="${id}"><code>${escape(attribute.name)}</code></label>`;
  if (type === 'boolean') return `<div class="control control-inline"><input type="checkbox" id="${id}" data-attribute="${escape(attribute.name)}" data-kind="boolean">${label}</div>`;
  if (type === 'number') return `<div class="control">${label}<input type="number" id="${id}" data-attribute="${escape(attribute.name)}" value="${escape(String(attribute.default ?? '').replace(/_/g, ''))}"></div>`;
  const literals = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]);
  if (literals.length > 1 && /^('[^']*'\s*\|?\s*)+$/.test(type.trim())) {
    const current = String(attribute.default ?? '').replace(/^'|'$/g, '');
    return `<div class="control">${label}<select id="${id}" data-attribute="${escape(attribute.name)}">${literals.map((value) => (value ? `<option value="${escape(value)}"${value === current ? ' selected' : ''}>${escape(value)}</option>` : t('page.controls.default', 'option', ` value=""${current === '' ? ' selected' : ''}`))).join('')}</select></div>`;
  }
  const quoted = [...new Set([...(attribute.description ?? '').matchAll(/`([\w-]+)`/g)].map((match) => match[1]))].filter((value) => value !== attribute.name);
  const list = quoted.length ? `<datalist id="${id}-values">${quoted.map((value) => `<option value="${escape(value)}"></option>`).join('')}</datalist>` : '';
  const current = String(attribute.default ?? '').replace(/^'|'$/g, '');
  return `<div class="control">${label}<input type="text" id="${id}" data-attribute="${escape(attribute.name)}" value="${escape(current)}"${quoted.length ? ` list="${id}-values"` : ''}>${list}</div>`;
}

function codeTabs(element) {
  const tabs = snippetsFor(element);
  return `<div class="tabs" data-tabs>
<div role="tablist"${tAttr('aria-label', 'page.framework')}>${tabs.map(([lang, name], index) => `<button type="button" role="tab" id="tab-${lang}" aria-controls="panel-${lang}" aria-selected="${index === 0}" tabindex="${index === 0 ? 0 : -1}">${name}</button>`).join('')}</div>
${tabs.map(([lang, name, code], index) => `<div role="tabpanel" id="panel-${lang}" aria-labelledby="tab-${lang}"${index === 0 ? '' : ' hidden'}><button type="button" class="copy" data-copy="${escape(code)}">${t('page.copy')} ${name}</button>${highlight(code, lang)}</div>`).join('\n')}
</div>`;
}

/** The live demo of a component with no hand-written one: the bare tag. */
export const demoOf = (tag) => DEMOS[tag] ?? `<${tag}></${tag}>`;

export function componentPage(declaration, element) {
  const tag = declaration.tagName;
  const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && member.privacy !== 'private' && !member.name.startsWith('#') && member.description);
  const events = (declaration.events ?? []).map((event) => ({ ...event, type: event.type?.text ?? 'Event' }));
  const controllable = (declaration.attributes ?? []).filter((attribute) => attribute.name !== 'locale' && !(tag === 'jrmc-provider' && ['base-url', 'session-url', 'clock-url'].includes(attribute.name)));
  const properties = element?.properties ?? [];
  const controls = [
    controllable.length ? `${t('page.controls.attributes', 'h4')}${controllable.map(control).join('\n')}` : '',
    properties.length ? `${t('page.controls.properties', 'h4')}${properties.map(propertyControl).join('\n')}` : '',
  ].join('\n');
  return `<h1>&lt;${tag}&gt;</h1>
<div lang="en" class="from-jsdoc">
<p class="summary">${prose(declaration.summary ?? '')}</p>
<p>${prose(declaration.description ?? '')}</p>
</div>
${sandboxPanel()}
<section class="demo" aria-labelledby="live-title">${t('page.live', 'h2', ' id="live-title"')}
<div class="live-grid">
<div class="live" data-live-tag="${tag}">
<jrmc-provider base-url="/api" session-url="/session" clock-url="/clock">${demoOf(tag)}</jrmc-provider>
</div>
<aside class="side">
<form class="controls" aria-labelledby="controls-title" data-tag="${tag}">${t('page.controls', 'h3', ' id="controls-title"')}
${t('page.controls.hint', 'p', ' class="hint"')}
${controls.trim() ? controls : t('page.controls.none', 'p', ' class="hint"')}
</form>
<section aria-labelledby="events-title">${t('page.events', 'h3', ' id="events-title"')}
<ol class="event-log" aria-live="polite" data-events="${escape(events.map((event) => event.name).join(' '))}"></ol>
</section>
</aside>
</div>
</section>
${t('page.use-it', 'h2')}
${codeTabs(element)}
${t('page.api', 'h2')}
${t('page.described-in-english', 'p', ' class="hint"')}
<div class="api-tables">
${table('table.attributes', declaration.attributes, [['name', 'column.attribute'], ['fieldName', 'column.property'], ['type', 'column.type'], ['default', 'column.default'], ['description', 'column.description']])}
${table('table.properties', fields, [['name', 'column.property'], ['type', 'column.type'], ['description', 'column.description']])}
${table('table.events', events, [['name', 'column.event'], ['type', 'column.type'], ['description', 'column.event-detail']])}
${table('table.slots', declaration.slots?.map((slot) => ({ ...slot, name: slot.name || '(default)' })), [['name', 'column.slot'], ['description', 'column.description']])}
${table('table.css-parts', declaration.cssParts, [['name', 'column.part'], ['description', 'column.description']])}
${table('table.css-properties', declaration.cssProperties, [['name', 'column.property'], ['description', 'column.description']])}
</div>
<p>${t('page.reference')} ${TYPEDOC_PACKAGES.map((name) => `<a href="../api/${name}/index.html">${t('page.typedoc-of')} @jrmc/${name}</a>`).join(' · ')}.</p>`;
}
