// HTML of the playground pages, generated from custom-elements.json (the components' API) and the guides.
import { highlight } from './highlight.mjs';
import { snippetsFor } from './snippets.mjs';
const escape = (text) => String(text ?? '').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);

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
  'jrmc-provider': '<p>The provider wraps every live demo of this site: it gets session tokens from the playground backend (<code>/session</code>).</p><jrmc-credit-widget payment-token="tok_visa"></jrmc-credit-widget>',
  'jrmc-letter-builder': '<jrmc-letter-builder></jrmc-letter-builder>',
  'jrmc-send-date-picker': '<form id="picker-form"><jrmc-send-date-picker name="sendDate" mode="switch-start" required label="Prise d’effet du nouveau contrat"></jrmc-send-date-picker><button>Soumettre</button><output id="picker-output"></output></form>',
  'jrmc-credit-widget': '<jrmc-credit-widget low-threshold="2000" payment-token="tok_visa"></jrmc-credit-widget>',
  'jrmc-shipment-tracker': '<p>Follows the last letter of the demo account (send one with the builder first).</p><jrmc-shipment-tracker data-latest poll-interval="2000"></jrmc-shipment-tracker>',
  'jrmc-letter-history': '<jrmc-letter-history></jrmc-letter-history>',
  'jrmc-paper-mail': '<p>Drop an A4 PDF, type an addressee (put <code>SANDBOX-PERDU</code> or <code>SANDBOX-RETOUR</code> in the name to force an outcome), pick a product and send; follow it in the shipment tracker.</p><jrmc-paper-mail></jrmc-paper-mail>',
  'jrmc-loan-substitution': '<p>Put <code>SANDBOX-BANQUE-ACCEPTE-J3</code> in a loan reference: the bank accepts 3 days after signing for the request when you move the clock.</p><jrmc-loan-substitution data-loan-demo></jrmc-loan-substitution>',
  'jrmc-loan-dossier': '<p>Choose a dossier in the list (or save one with the substitution form first), then move the clock.</p><jrmc-loan-dossiers style="--jrmc-dossiers-height: 14rem"></jrmc-loan-dossiers><jrmc-loan-dossier data-loan-demo></jrmc-loan-dossier>',
  'jrmc-loan-dossiers': '<jrmc-loan-dossiers data-loan-demo></jrmc-loan-dossiers>',
  'jrmc-account-setup': '<p>The demo account is already ready; a new account shows each step to complete.</p><jrmc-account-setup top-up-href="jrmc-credit-widget.html"></jrmc-account-setup>',
  'jrmc-team': '<jrmc-team></jrmc-team>',
  'jrmc-invoices': '<p>Invoices appear on the 1st: move the sandbox clock past the end of the month to see one.</p><jrmc-invoices></jrmc-invoices>',
  'jrmc-help-center': '<p>Closing the account here closes the demo account for good (restart the playground to get a new one).</p><jrmc-help-center></jrmc-help-center>',
};

export function layout({ title, body, depth = 0, nav }) {
  const up = '../'.repeat(depth);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · JRMC Kit</title>
<link rel="icon" href="${up}assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${up}assets/site.css">
<script type="module" src="${up}assets/jrmc-elements.js"></script>
<script type="module" src="${up}assets/playground.js"></script>
<script type="module" src="${up}assets/site-controls.js"></script>
</head>
<body>
<header class="top"><a href="${up}index.html" class="brand">JRMC Kit</a> <span class="tagline">playground · live against the local sandbox</span>
<div class="switches" role="group" aria-label="Site settings">
<label>Theme <select id="site-theme"><option value="auto">auto</option><option value="light">light</option><option value="dark">dark</option></select></label>
<label>Langue / Language <select id="site-locale"><option value="fr">français</option><option value="en">English</option></select></label>
</div></header>
<div class="main">
<nav aria-label="Site">${nav(up)}</nav>
<main id="content">
${body}
</main>
</div>
</body>
</html>
`;
}

export function navigation(manifestTags) {
  return (up) => `<h2>Components</h2><ul>${manifestTags.map((tag) => `<li><a href="${up}components/${tag}.html">&lt;${tag}&gt;</a></li>`).join('')}</ul>
<h2>Guides</h2><ul>${GUIDES.map(([slug, name]) => `<li><a href="${up}guides/${slug}.html">${escape(name)}</a></li>`).join('')}</ul>
<h2>Reference</h2><ul><li><a href="${up}api/core/index.html">API reference (typedoc): @jrmc/core</a></li><li><a href="${up}api/elements/index.html">API reference: @jrmc/elements</a></li><li><a href="${up}api/react/index.html">API reference: @jrmc/react</a></li><li><a href="${up}api/sandbox/index.html">API reference: @jrmc/sandbox</a></li><li><a href="${up}openapi.json">OpenAPI document</a></li><li><a href="${up}examples/vanilla-html/index.html">Example: vanilla HTML</a></li><li><a href="${up}examples/react/index.html">Example: React</a></li><li><a href="${up}examples/vue/index.html">Example: Vue</a></li><li><a href="${up}examples/angular/index.html">Example: Angular</a></li></ul>`;
}

export function sandboxPanel() {
  return `<section class="panel" aria-labelledby="panel-title">
<h2 id="panel-title">Sandbox</h2>
<p>Sandbox time: <strong id="sandbox-now">…</strong></p>
<div class="buttons">
<button type="button" data-clock='{"days":1}'>+1 day</button>
<button type="button" data-clock='{"days":15}'>+15 days</button>
<button type="button" data-clock="next-month">Next month</button>
<label>Advance to <input type="date" id="clock-to"></label><button type="button" id="clock-to-go">Go</button>
<button type="button" id="top-up">Top up 50 €</button>
<button type="button" id="reset">Reset the demo account</button>
</div>
<p role="status" id="panel-status"></p>
</section>`;
}

function table(title, rows, columns) {
  if (!rows?.length) return '';
  return `<h3>${title}</h3><table><thead><tr>${columns.map(([, label]) => `<th scope="col">${label}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${columns.map(([key]) => `<td>${key === 'name' ? `<code>${escape(row[key])}</code>` : escape(typeof row[key] === 'object' ? row[key]?.text : row[key])}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

// A control per attribute, from its manifest type: a checkbox for booleans, a number field, a list for a
// union of string literals, else a text field suggesting the values its description quotes.
function control(attribute) {
  const type = attribute.type?.text ?? 'string';
  const id = `control-${attribute.name}`;
  const label = `<label for="${id}"><code>${escape(attribute.name)}</code></label>`;
  if (type === 'boolean') return `<div class="control">${label}<input type="checkbox" id="${id}" data-attribute="${escape(attribute.name)}" data-kind="boolean"></div>`;
  if (type === 'number') return `<div class="control">${label}<input type="number" id="${id}" data-attribute="${escape(attribute.name)}" value="${escape(String(attribute.default ?? '').replace(/_/g, ''))}"></div>`;
  const literals = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]);
  if (literals.length > 1 && /^('[^']*'\s*\|?\s*)+$/.test(type.trim())) {
    const current = String(attribute.default ?? '').replace(/^'|'$/g, '');
    return `<div class="control">${label}<select id="${id}" data-attribute="${escape(attribute.name)}">${literals.map((value) => `<option value="${escape(value)}"${value === current ? ' selected' : ''}>${escape(value || '(default)')}</option>`).join('')}</select></div>`;
  }
  const quoted = [...new Set([...(attribute.description ?? '').matchAll(/`([\w-]+)`/g)].map((match) => match[1]))].filter((value) => value !== attribute.name);
  const list = quoted.length ? `<datalist id="${id}-values">${quoted.map((value) => `<option value="${escape(value)}"></option>`).join('')}</datalist>` : '';
  const current = String(attribute.default ?? '').replace(/^'|'$/g, '');
  return `<div class="control">${label}<input type="text" id="${id}" data-attribute="${escape(attribute.name)}" value="${escape(current)}"${quoted.length ? ` list="${id}-values"` : ''}>${list}</div>`;
}

function codeTabs(element) {
  const tabs = snippetsFor(element);
  return `<div class="tabs" data-tabs>
<div role="tablist" aria-label="Framework">${tabs.map(([lang, name], index) => `<button type="button" role="tab" id="tab-${lang}" aria-controls="panel-${lang}" aria-selected="${index === 0}" tabindex="${index === 0 ? 0 : -1}">${name}</button>`).join('')}</div>
${tabs.map(([lang, name, code], index) => `<div role="tabpanel" id="panel-${lang}" aria-labelledby="tab-${lang}"${index === 0 ? '' : ' hidden'}><button type="button" class="copy" data-copy="${escape(code)}">Copy ${name}</button>${highlight(code, lang)}</div>`).join('\n')}
</div>`;
}

/** The live demo of a component with no hand-written one: the bare tag. */
export const demoOf = (tag) => DEMOS[tag] ?? `<${tag}></${tag}>`;

export function componentPage(declaration, element) {
  const tag = declaration.tagName;
  const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && member.privacy !== 'private' && !member.name.startsWith('#') && member.description);
  const events = (declaration.events ?? []).map((event) => ({ ...event, type: event.type?.text ?? 'Event' }));
  const controllable = (declaration.attributes ?? []).filter((attribute) => attribute.name !== 'locale' && !(tag === 'jrmc-provider' && ['base-url', 'session-url', 'clock-url'].includes(attribute.name)));
  return `<h1>&lt;${tag}&gt;</h1>
<p class="summary">${escape(declaration.summary ?? '')}</p>
<p>${escape(declaration.description ?? '')}</p>
${sandboxPanel()}
<section class="demo" aria-labelledby="live-title"><h2 id="live-title">Live</h2>
<div class="live-grid">
<div class="live" data-live-tag="${tag}">
<jrmc-provider base-url="/api" session-url="/session" clock-url="/clock">${demoOf(tag)}</jrmc-provider>
</div>
<aside class="side">
<form class="controls" aria-labelledby="controls-title"><h3 id="controls-title">Controls</h3>
<p class="hint">Each change is applied to the live element at once; theme and language are set for the whole site above.</p>
${controllable.map(control).join('\n')}
</form>
<section aria-labelledby="events-title"><h3 id="events-title">Events fired</h3>
<ol class="event-log" aria-live="polite" data-events="${escape(events.map((event) => event.name).join(' '))}"></ol>
</section>
</aside>
</div>
</section>
<h2>Use it</h2>
${codeTabs(element)}
<h2>API</h2>
${table('Attributes', declaration.attributes, [['name', 'Attribute'], ['fieldName', 'Property'], ['type', 'Type'], ['default', 'Default'], ['description', 'Description']])}
${table('Properties', fields, [['name', 'Property'], ['type', 'Type'], ['description', 'Description']])}
${table('Events', events, [['name', 'Event'], ['type', 'Type'], ['description', 'Detail and meaning']])}
${table('Slots', declaration.slots?.map((slot) => ({ ...slot, name: slot.name || '(default)' })), [['name', 'Slot'], ['description', 'Description']])}
${table('CSS parts', declaration.cssParts, [['name', 'Part'], ['description', 'Description']])}
${table('CSS custom properties', declaration.cssProperties, [['name', 'Property'], ['description', 'Description']])}
<p>Reference: <a href="../api/elements/index.html">typedoc of @jrmc/elements</a> · <a href="../api/react/index.html">@jrmc/react</a>.</p>`;
}
