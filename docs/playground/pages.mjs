// HTML of the playground pages, generated from custom-elements.json (the components' API) and the guides.
const escape = (text) => String(text ?? '').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);

export const GUIDES = [
  ['getting-started', 'Getting started'],
  ['session-tokens', 'Session tokens'],
  ['theming', 'Theming'],
  ['localization', 'Localization'],
  ['rules', 'The rules'],
  ['sandbox', 'The sandbox, its clock and magic values'],
  ['webhooks', 'Webhooks'],
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
<link rel="stylesheet" href="${up}assets/site.css">
<script type="module" src="${up}assets/jrmc-elements.js"></script>
<script type="module" src="${up}assets/playground.js"></script>
</head>
<body>
<header class="top"><a href="${up}index.html" class="brand">JRMC Kit</a> <span>playground · live against the local sandbox</span></header>
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
<h2>Reference</h2><ul><li><a href="${up}api/core/index.html">API reference (typedoc)</a></li><li><a href="${up}openapi.json">OpenAPI document</a></li><li><a href="${up}examples/vanilla-html/index.html">Example: vanilla HTML</a></li><li><a href="${up}examples/react/index.html">Example: React</a></li></ul>`;
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

export function componentPage(declaration) {
  const tag = declaration.tagName;
  const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && member.privacy !== 'private' && !member.name.startsWith('#') && member.description);
  const snippet = `<jrmc-provider base-url="https://api.example" session-url="/jrmc/session">\n  ${DEMOS[tag].replace(/ data-latest/, ' letter-id="let_…"').replace(/<p>.*?<\/p>/, '')}\n</jrmc-provider>`;
  return `<h1>&lt;${tag}&gt;</h1>
<p class="summary">${escape(declaration.summary ?? '')}</p>
<p>${escape(declaration.description ?? '')}</p>
${sandboxPanel()}
<section class="demo" aria-labelledby="live-title"><h2 id="live-title">Live</h2>
<jrmc-provider base-url="/api" session-url="/session" clock-url="/clock">${DEMOS[tag]}</jrmc-provider>
</section>
<h2>Use it</h2>
<pre><code>${escape(snippet)}</code></pre>
<h2>API</h2>
${table('Attributes', declaration.attributes, [['name', 'Attribute'], ['fieldName', 'Property'], ['type', 'Type'], ['description', 'Description']])}
${table('Properties', fields, [['name', 'Property'], ['type', 'Type'], ['description', 'Description']])}
${table('Events', declaration.events, [['name', 'Event'], ['description', 'Detail and meaning']])}
${table('Slots', declaration.slots, [['name', 'Slot'], ['description', 'Description']])}
${table('CSS parts', declaration.cssParts, [['name', 'Part'], ['description', 'Description']])}
${table('CSS custom properties', declaration.cssProperties, [['name', 'Property'], ['description', 'Description']])}`;
}
