// Every link and asset of the built site leads somewhere: each href/src of each page of docs/site resolves to a
// file as the playground server maps it (docs/site, the typedoc reference under /api/ from docs/api, the
// OpenAPI document), and each #fragment names an id of its target page. Links leaving the site (https:, mailto:)
// are listed, not fetched: this network reaches no other host.
//   node docs/playground/link-check.mjs    prints every broken link; exits 1 if there is one
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..', '..');

// Where the server (server.mjs) finds a URL path of the site.
function fileOf(urlPath, { site, api, openapi }) {
  if (urlPath === '/openapi.json') return openapi;
  const file = urlPath.startsWith('/api/') ? join(api, urlPath.slice('/api/'.length)) : join(site, urlPath);
  return existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
}

function htmlFiles(folder) {
  return readdirSync(folder, { recursive: true })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(folder, name));
}

const ids = new Map();
function idsOf(file) {
  if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])));
  return ids.get(file);
}

/** The broken links of the site's pages (`{ page, link, reason }`) and the external ones it points to. */
export function checkSiteLinks({ site = join(ROOT, 'docs', 'site'), api = join(ROOT, 'docs', 'api'), openapi = join(ROOT, 'docs', 'openapi.json') } = {}) {
  const broken = [];
  const external = new Set();
  const pages = htmlFiles(site);
  for (const page of pages) {
    const html = readFileSync(page, 'utf8').replace(/<pre[\s\S]*?<\/pre>/g, '');
    const urlPath = `/${relative(site, page).split('\\').join('/')}`;
    for (const [, attribute, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const link = raw.replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:)/i.test(link)) {
        if (!/^(?:data|blob|javascript):/i.test(link)) external.add(link);
        continue;
      }
      const url = new URL(link || urlPath, `http://site${urlPath}`);
      const target = fileOf(decodeURIComponent(url.pathname), { site, api, openapi });
      if (!existsSync(target)) {
        broken.push({ page: urlPath, link, reason: `${attribute} leads to no file (${relative(ROOT, target)})` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push({ page: urlPath, link, reason: `no id "${fragment}" in ${relative(ROOT, target)}` });
    }
  }
  return { pages: pages.length, broken, external: [...external].sort() };
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const { pages, broken, external } = checkSiteLinks();
  for (const { page, link, reason } of broken) console.log(`✗ ${page}: ${link} — ${reason}`);
  console.log(`${pages} pages, ${broken.length} broken links, ${external.length} external links (not fetched)`);
  process.exitCode = broken.length ? 1 : 0;
}
