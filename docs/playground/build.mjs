// Builds the documentation playground into docs/site/: a page per component (live instance + API from
// custom-elements.json + snippet), the guides (Markdown → HTML), the components bundle, and the examples.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readElements } from '../../scripts/lib/element-manifest.mjs';
import { createGuideRenderer } from './guide-pages.mjs';
import { t } from './i18n.mjs';
import { componentPage, GUIDES, layout, navigation, sandboxPanel } from './pages.mjs';
import { siteString } from './site-strings.js';

const root = join(import.meta.dirname, '..', '..');
const site = join(root, 'docs', 'site');
rmSync(site, { recursive: true, force: true });
for (const folder of ['assets', 'components', 'guides', 'examples']) mkdirSync(join(site, folder), { recursive: true });

// The components, as an integrator's bundler would build them from the published packages.
await build({
  entryPoints: { 'jrmc-elements': join(root, 'packages/elements/dist/define.js') },
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  target: 'es2022',
  outdir: join(site, 'assets'),
  conditions: ['browser', 'production'],
  logLevel: 'warning',
});
for (const asset of ['site.css', 'site-locale.js', 'playground.js', 'site-controls.js', 'site-strings.js', 'property-controls.js']) cpSync(join(import.meta.dirname, asset), join(site, 'assets', asset));

const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8'));
// Every element of the manifest gets its page (a new element too, with its bare tag as the live demo).
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName).sort((a, b) => a.tagName.localeCompare(b.tagName));
const elements = new Map(readElements().map((element) => [element.tagName, element]));
const nav = navigation(declarations.map((declaration) => declaration.tagName));

for (const declaration of declarations) {
  writeFileSync(join(site, 'components', `${declaration.tagName}.html`), layout({ title: `<${declaration.tagName}>`, body: componentPage(declaration, elements.get(declaration.tagName)), depth: 1, nav }));
}
cpSync(join(import.meta.dirname, 'favicon.svg'), join(site, 'assets', 'favicon.svg'));
// The pages' list, for the site's own tests (a new element's page is checked too).
writeFileSync(join(site, 'assets', 'manifest-tags.json'), JSON.stringify(declarations.map((declaration) => declaration.tagName)));

// The guides, in French and English (guide-pages.mjs). A guide's link to a file of the repository (an example's
// source, as on GitHub) points at a copy served by the site under source/.
const renderGuide = createGuideRenderer({
  root,
  slugs: GUIDES.map(([slug]) => slug),
  copyRepositoryFile: (file) => cpSync(file, join(site, 'source', relative(root, file))),
});
for (const [slug] of GUIDES) {
  const { body } = renderGuide(slug);
  writeFileSync(join(site, 'guides', `${slug}.html`), layout({ title: siteString(`guide.${slug}`), titleKey: `guide.${slug}`, body, depth: 1, nav }));
}

writeFileSync(
  join(site, 'index.html'),
  layout({
    title: 'Playground',
    nav,
    body: `${t('home.title', 'h1')}
${t('home.intro', 'p')}
${sandboxPanel()}
<div class="grid">
<jrmc-provider base-url="/api" session-url="/session" clock-url="/clock">
<section aria-labelledby="home-builder">${t('home.builder', 'h2', ' id="home-builder"')}<jrmc-letter-builder></jrmc-letter-builder></section>
<section aria-labelledby="home-credit">${t('home.credit', 'h2', ' id="home-credit"')}<jrmc-credit-widget low-threshold="2000" payment-token="tok_visa"></jrmc-credit-widget></section>
<section aria-labelledby="home-tracker">${t('home.tracker', 'h2', ' id="home-tracker"')}<jrmc-shipment-tracker data-latest poll-interval="2000"></jrmc-shipment-tracker></section>
<section aria-labelledby="home-history">${t('home.history', 'h2', ' id="home-history"')}<jrmc-letter-history></jrmc-letter-history></section>
</jrmc-provider>
</div>`,
  }),
);

// A page served under a strict Content-Security-Policy (see the CSP guide); the server adds the header.
writeFileSync(
  join(site, 'csp-check.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CSP check · JRMC Kit</title>
<link rel="icon" href="assets/favicon.svg" type="image/svg+xml">
<script type="module" src="assets/jrmc-elements.js"></script><script type="module" src="assets/csp-check.js"></script></head>
<body><main><h1>Page sous CSP stricte</h1>
<jrmc-provider base-url="/api" session-url="/session" clock-url="/clock"><jrmc-credit-widget payment-token="tok_visa"></jrmc-credit-widget><jrmc-send-date-picker mode="paper"></jrmc-send-date-picker></jrmc-provider>
<p id="csp-violations">0</p></main></body></html>`,
);
writeFileSync(
  join(site, 'assets', 'csp-check.js'),
  `let count = 0;\ndocument.addEventListener('securitypolicyviolation', (event) => { count += 1; document.getElementById('csp-violations').textContent = String(count) + ' ' + event.violatedDirective; });\n`,
);

// Examples served from the playground. One with its own server (crm-embed: its backend holds the API key) is
// run on its own, as its README says: its page needs that server, so the playground does not serve a broken copy.
for (const example of readdirSync(join(root, 'examples'))) {
  const source = join(root, 'examples', example, 'public');
  if (existsSync(join(root, 'examples', example, 'server.mjs'))) continue;
  try {
    cpSync(source, join(site, 'examples', example), { recursive: true });
  } catch {
    // examples without a public folder are scripts (node-batch) or servers (crm-embed)
  }
}
console.log(`Built the playground in ${site}`);
