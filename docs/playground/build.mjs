// Builds the documentation playground into docs/site/: a page per component (live instance + API from
// custom-elements.json + snippet), the guides (Markdown → HTML), the components bundle, and the examples.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Marked } from 'marked';
import { readElements } from '../../scripts/lib/element-manifest.mjs';
import { highlight } from './highlight.mjs';
import { t } from './i18n.mjs';
import { componentPage, GUIDES, layout, navigation, sandboxPanel } from './pages.mjs';

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
for (const asset of ['site.css', 'playground.js', 'site-controls.js', 'site-strings.js', 'property-controls.js']) cpSync(join(import.meta.dirname, asset), join(site, 'assets', asset));

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

// Guides' code blocks are highlighted by Shiki too (unknown languages stay plain text).
// A guide's link to a file of the repository (an example's source, as on GitHub) points at a copy served by the
// site under source/; a link to another guide's Markdown points at its page.
const guideSource = (slug) => (slug === 'sandbox' ? join(root, 'packages/sandbox/README.md') : join(root, 'docs/guides', `${slug}.md`));
const guideOfFile = new Map(GUIDES.map(([slug]) => [guideSource(slug), `${slug}.html`]));
let linkingFrom = '';
function siteLinkOf(href) {
  if (/^(?:[a-z]+:|#|\/)/i.test(href) || href.endsWith('.html') || href.endsWith('.json')) return href;
  const [path, fragment] = href.split('#');
  const file = resolve(dirname(linkingFrom), decodeURIComponent(path));
  if (guideOfFile.has(file)) return guideOfFile.get(file) + (fragment ? `#${fragment}` : '');
  if (!file.startsWith(root) || !existsSync(file)) throw new Error(`${relative(root, linkingFrom)}: the link ${href} leads to no file of the repository`);
  const repoPath = relative(root, file);
  cpSync(file, join(site, 'source', repoPath));
  return `../source/${repoPath}${fragment ? `#${fragment}` : ''}`;
}

const guideMarked = new Marked({
  walkTokens(token) {
    if (token.type === 'link') token.href = siteLinkOf(token.href);
  },
  renderer: {
    code({ text, lang }) {
      const language = { js: 'js', javascript: 'js', ts: 'ts', typescript: 'ts', tsx: 'tsx', jsx: 'tsx', html: 'html', vue: 'vue', sh: 'sh', bash: 'sh', json: 'json', css: 'css' }[lang ?? ''];
      return language ? highlight(text, language) : false;
    },
  },
});
for (const [slug, title] of GUIDES) {
  linkingFrom = guideSource(slug);
  const markdown = readFileSync(linkingFrom, 'utf8');
  // The guides are written in English: the page says so in French, and marks the text's language.
  writeFileSync(join(site, 'guides', `${slug}.html`), layout({ title, body: `${t('guide.in-english', 'p', ' class="hint"')}<article lang="en">${guideMarked.parse(markdown)}</article>`, depth: 1, nav }));
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
