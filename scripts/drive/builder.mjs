// Drives <jrmc-letter-builder> as a user does, in headless Chromium against a real sandbox, through to the review
// step (the server's preview) and the send, at 1280 and 375 px, light and dark, saving a picture of every step to
// look at. Bundles the page from the packages' sources (no build needed). From the repository root:
//   node --conditions=@jrmc/source --import tsx scripts/drive/builder.mjs <screenshot dir>
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { createJrmcClient } from '@jrmc/core';
import { createAccount } from '@jrmc/sandbox';
import { startSandboxServer } from '@jrmc/sandbox/server';
import { startPageServer } from '../lib/page-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'jrmc-builder-drive-'));
mkdirSync(shots, { recursive: true });

const sandboxServer = await startSandboxServer({ port: 0, database: ':memory:', frozen: true, startAt: new Date('2026-11-30T09:00:00Z'), http: { rateLimit: 0 } });
const account = createAccount(sandboxServer.sandbox, { name: 'Cabinet Parcours', credit: 10_000, hasSent: true });
const backendClient = createJrmcClient({ baseUrl: sandboxServer.url, apiKey: account.apiKey });

const bundle = await esbuild.build({
  entryPoints: [join(root, 'scripts/drive/builder-page.js')],
  nodePaths: [join(root, 'packages/elements/node_modules')],
  conditions: ['@jrmc/source', 'browser', 'development'],
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  outdir: '/drive',
  logLevel: 'error',
});
const assets = new Map(bundle.outputFiles.map((file) => [file.path, Buffer.from(file.contents)]));
const pageHtml = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><script type="module" src="/drive/builder-page.js"></script></head><body style="margin:1rem;font-family:system-ui"></body></html>';

const server = await startPageServer({ pageHtml, assets, sessionPath: '/drive/session', backendClient, sandboxUrl: sandboxServer.url });
const { origin } = server;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });

async function drive(width, theme) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/?theme=${theme}`);
  const builder = page.locator('jrmc-letter-builder');
  const shot = (name) => builder.screenshot({ path: join(shots, `${width}-${theme}-${name}.png`) });
  const next = () => builder.locator('button.next').click();
  await builder.locator('#field-subscriber-civility').waitFor();
  await next(); // nothing typed: the problems show
  await shot('1-subscriber-problems');
  await builder.locator('#field-subscriber-civility').selectOption('Mme');
  await builder.locator('#field-subscriber-firstName').fill('Éloïse');
  await builder.locator('#field-subscriber-lastName').fill('Martin');
  await builder.locator('#field-subscriber-line1').fill('12 rue des Lilas');
  await builder.locator('#field-subscriber-postcode').fill('69003');
  await builder.locator('#field-subscriber-city').fill('Lyon');
  await next();
  await builder.locator('#field-recipient-search').fill('maif');
  await builder.locator('button.result').first().click();
  await next();
  await builder.locator('input[name="reason"][value="echeance"]').check();
  await next();
  await builder.locator('#field-contract-number').fill('AUTO-123');
  await builder.locator('form.add-contract button[type="submit"]').click();
  await builder.getByText('AUTO-123', { exact: true }).first().waitFor();
  await next();
  await builder.locator('#field-facts-renewalDate').fill('2027-03-01');
  const day = builder.locator('jrmc-send-date-picker td[data-date="2026-12-15"]');
  if ((await day.count()) === 0) await builder.locator('jrmc-send-date-picker .caption button').nth(1).click();
  await day.click();
  await shot('5-dates');
  await next();
  await next();
  await builder.locator('.preview article').waitFor();
  await builder.locator('button.confirm:not([disabled])').waitFor();
  await shot('7-review');
  const preview = await builder.locator('.preview').innerText();
  // Back to the subscriber, a new name, and the review again: the server's new text.
  await builder.locator('button.step-link[data-step="subscriber"]').click();
  await builder.locator('#field-subscriber-lastName').fill('Durand');
  for (let step = 0; step < 6; step += 1) await next();
  await builder.locator('.preview article', { hasText: 'Durand' }).waitFor();
  await builder.locator('button.confirm:not([disabled])').click();
  await builder.locator('.success').waitFor();
  await shot('8-done');
  await page.close();
  return { preview: preview.includes('Éloïse Martin') && preview.includes('L113-12'), errors };
}

try {
  for (const width of [1280, 375]) for (const theme of ['light', 'dark']) console.log(width, theme, JSON.stringify(await drive(width, theme)));
  console.log(`pictures in ${shots}`);
} finally {
  await browser.close();
  await server.close();
  await sandboxServer.close();
}
