// End to end, as a new user would: run the README's main-job command, open the playground in Debian's
// Chromium, build and schedule a letter, move the sandbox clock, see SIGNE in the tracker and the debit in the
// credit widget, download a proof; then check the CSP page and the examples served beside it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { checkSiteLinks } from '../link-check.mjs';
import { GUIDES, TYPEDOC_PACKAGES } from '../pages.mjs';
import { SITE_STRINGS } from '../site-strings.js';
import { chromeTexts, frenchMarkers, untranslated } from './site-language.mjs';
import { scheduleLetter } from './letter-flow.mjs';

const root = join(import.meta.dirname, '..', '..', '..');
let server;
let browser;
let baseUrl;

before(async () => {
  // JRMC_PLAYGROUND_URL runs the suite against a playground already running (while working on the site);
  // by default the README's main job is started, as a new user would.
  if (process.env.JRMC_PLAYGROUND_URL) {
    baseUrl = process.env.JRMC_PLAYGROUND_URL.replace(/\/?$/, '/');
    browser = await chromium.launch(chromiumLaunchOptions);
    return;
  }
  server = spawn(join(root, 'scripts/start'), { cwd: root, env: { ...process.env, PORT: '0', SANDBOX_PORT: '0', JRMC_DATA_DIR: mkdtempSync(join(tmpdir(), 'jrmc-e2e-')) }, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  baseUrl = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`main job did not start:\n${output}`)), 900_000); // the main job first builds every package, the references and three framework examples (over 8 minutes on a 2-core machine shared by several builds)
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Playground: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.on('exit', (code) => reject(new Error(`main job exited with ${code}:\n${output}`)));
  });
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

describe('the main job, end to end', () => {
  it('builds and schedules a letter, sees SIGNE and the debit, downloads a proof', { timeout: 120_000 }, async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(baseUrl);
    const builder = page.locator('jrmc-letter-builder');
    const credit = page.locator('jrmc-credit-widget .balance');
    await credit.filter({ hasText: '100,00' }).waitFor();

    const { scheduledDate, price, preview, success, letterId } = await scheduleLetter(builder);
    assert.match(preview, /Fin de la relation de conseil/);
    assert.match(success, /Envoi programmé/);
    assert.ok(scheduledDate);

    const expected = (100 - price).toFixed(2).replace('.', ',');
    await credit.filter({ hasText: expected }).waitFor();

    const tracker = page.locator('jrmc-shipment-tracker');
    await tracker.locator(`h2:has-text("${letterId}")`).waitFor();
    await page.getByRole('button', { name: '+15 jours' }).click();
    await tracker.locator('.status', { hasText: 'SIGNE' }).waitFor();

    const receipt = tracker.locator('ul.proofs button', { hasText: 'Avis de réception' });
    const [download] = await Promise.all([page.waitForEvent('download'), receipt.click()]);
    const stream = await download.createReadStream();
    let head = '';
    for await (const chunk of stream) {
      head += chunk.toString('latin1');
      if (head.length > 8) break;
    }
    assert.ok(head.startsWith('%PDF-'), 'the proof is a PDF');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('renders under a strict Content-Security-Policy without violation', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl}csp-check.html`);
    assert.match(response.headers()['content-security-policy'], /script-src 'self'/);
    await page.locator('jrmc-credit-widget .balance', { hasText: '€' }).waitFor();
    await page.locator('jrmc-send-date-picker td[data-date]').first().waitFor();
    assert.equal(await page.locator('#csp-violations').innerText(), '0');
    await page.close();
  });

  it('serves the vanilla HTML and React examples, live', { timeout: 60_000 }, async () => {
    for (const example of ['vanilla-html', 'react']) {
      const page = await browser.newPage();
      await page.goto(`${baseUrl}examples/${example}/index.html`);
      await page.locator('jrmc-letter-builder #field-subscriber-firstName').waitFor();
      await page.locator('jrmc-credit-widget .balance', { hasText: '€' }).waitFor();
      await page.close();
    }
  });

  it('documents every component from custom-elements.json, with the API reference linked', { timeout: 30_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}components/jrmc-send-date-picker.html`);
    const text = await page.locator('main').innerText();
    for (const expected of ['Attributs', 'Événements', 'Parties CSS', 'first-send', 'change']) assert.ok(text.includes(expected), expected);
    await page.locator('jrmc-send-date-picker td[data-date]').first().waitFor();
    const reference = await page.goto(`${baseUrl}api/core/index.html`);
    assert.equal(reference.status(), 200);
    await page.close();
  });

  // ——— frameworks (React through @jrmc/react, Vue 3, Angular JIT) ———
  for (const framework of ['react', 'vue', 'angular']) {
    it(`the ${framework} example builds and schedules a letter, and hears it through the framework`, { timeout: 120_000 }, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${baseUrl}examples/${framework}/index.html`);
      const { letterId, success } = await scheduleLetter(page.locator('jrmc-letter-builder'), { lastName: framework, contract: `FW-${framework}` });
      assert.match(success, /Envoi programmé/);
      // The framework's own handler received the event: it shows the id and mounts a tracker for it.
      await page.locator(`#framework-status[data-letter-id="${letterId}"]`).waitFor();
      await page.locator(`jrmc-shipment-tracker h2:has-text("${letterId}")`).waitFor();
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('the Angular example’s picker is an Angular form control (ControlValueAccessor)', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}examples/angular/index.html`);
    const form = page.locator('form:has(jrmc-send-date-picker[formcontrolname="start"])');
    const submit = form.locator('button[type="submit"]');
    await form.locator('jrmc-send-date-picker td[data-date]').first().waitFor();
    assert.equal(await submit.isDisabled(), true, 'required: invalid until a day is chosen');
    const day = form.locator('jrmc-send-date-picker td[aria-disabled="false"]').first();
    const chosen = await day.getAttribute('data-date');
    await day.click();
    await submit.click();
    await form.locator('#angular-form-value', { hasText: chosen }).waitFor();
    await page.close();
  });

  // ——— the documentation site: responsive, switches, controls, code tabs ———
  it('every page fits 375 px without horizontal scroll, in light and dark, with no console error', { timeout: 240_000 }, async () => {
    const components = JSON.parse(await (await fetch(`${baseUrl}assets/manifest-tags.json`)).text());
    const examples = ['vanilla-html', 'react', 'vue', 'angular'].map((name) => `examples/${name}/index.html`);
    const paths = ['index.html', 'csp-check.html', ...GUIDES.map(([slug]) => `guides/${slug}.html`), ...components.map((tag) => `components/${tag}.html`), ...examples];
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 }, colorScheme });
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && errors.push(`${page.url()}: ${message.text()}`));
      for (const path of paths) {
        await page.goto(`${baseUrl}${path}`);
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${path} scrolls sideways at 375 px (${colorScheme})`);
      }
      assert.deepEqual(errors, []);
      await page.close();
    }
  });

  it('a control changed on a component page changes the live element, and its events are logged', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}components/jrmc-send-date-picker.html`);
    const picker = page.locator('.live jrmc-send-date-picker');
    await picker.locator('td[data-date]').first().waitFor();
    await page.locator('#control-label').fill('Date de mon choix');
    assert.equal(await picker.getAttribute('label'), 'Date de mon choix');
    await picker.locator('[part="label"]', { hasText: 'Date de mon choix' }).waitFor();
    await page.locator('#control-mode').fill('paper');
    assert.equal(await picker.getAttribute('mode'), 'paper');
    await picker.locator('td[aria-disabled="false"]').first().click();
    await page.locator('.event-log li', { hasText: 'change' }).first().waitFor();
    await page.close();
  });

  it('the site switches theme and language for every element, and the code tabs show each framework', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}components/jrmc-letter-builder.html`);
    await page.locator('#site-theme').selectOption('dark');
    await page.locator('#site-locale').selectOption('en');
    assert.equal(await page.locator('.live jrmc-provider').getAttribute('theme'), 'dark');
    await page.locator('.live jrmc-letter-builder', { hasText: 'New termination letter' }).first().waitFor();
    await page.reload();
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark', 'remembered');
    for (const [tab, expected] of [['tsx', '<JrmcLetterBuilder onLetterScheduled='], ['vue', '@jrmc-letter-scheduled='], ['ts', 'CUSTOM_ELEMENTS_SCHEMA']]) {
      await page.locator(`#tab-${tab}`).click();
      assert.match(await page.locator(`#panel-${tab} pre.shiki`).innerText(), new RegExp(expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
    await page.close();
  });

  // ——— the documentation site: property controls and the whole site in either language ———
  it('a property control (no attribute) sets the live element’s property; a JSON value is checked first', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${baseUrl}components/jrmc-letter-builder.html`);
    const builder = page.locator('.live jrmc-letter-builder');
    await builder.locator('#field-subscriber-firstName').waitFor();
    const prefill = page.locator('#prop-prefill');
    assert.equal(await prefill.inputValue(), 'null', 'starts from the element’s current value');
    const error = page.locator('#prop-prefill-error');
    await prefill.fill('{"subscriber": ');
    await error.filter({ hasText: 'JSON invalide' }).waitFor();
    assert.equal(await prefill.getAttribute('aria-invalid'), 'true');
    await prefill.fill('["Camille"]');
    assert.equal(await error.innerText(), 'Un objet JSON ({…}) ou null est attendu.');
    await page.locator('button[data-apply="prefill"]').click();
    assert.equal(await builder.evaluate((element) => element.prefill), null, 'a refused value is not applied');
    const value = { subscriber: { civility: 'Mme', firstName: 'Camille', lastName: `Propriété-${Date.now()}` }, contracts: ['PROP-1'] };
    await prefill.fill(JSON.stringify(value));
    assert.equal(await error.isHidden(), true);
    await page.locator('button[data-apply="prefill"]').click();
    await page.locator('#prop-prefill-status', { hasText: 'Appliqué' }).waitFor();
    assert.deepEqual(await builder.evaluate((element) => element.prefill), value);
    // The builder acts on it: a new letter starts from the page's record.
    await page.waitForFunction((expected) => document.querySelector('.live jrmc-letter-builder').shadowRoot.querySelector('#field-subscriber-lastName')?.value === expected, value.subscriber.lastName);
    assert.equal(await builder.locator('#field-subscriber-firstName').inputValue(), 'Camille');

    // A string property: the picker's month on screen.
    await page.goto(`${baseUrl}components/jrmc-send-date-picker.html`);
    const picker = page.locator('.live jrmc-send-date-picker');
    await picker.locator('td[data-date]').first().waitFor();
    // The attribute controls start from the demo's own markup.
    assert.equal(await page.locator('#control-mode').inputValue(), await picker.getAttribute('mode'));
    assert.equal(await page.locator('#control-required').isChecked(), true);
    const month = page.locator('#prop-visibleMonth');
    // The control follows the element's own state (its month turns once the provider gives the sandbox's clock).
    await page.waitForFunction(() => /^\d{4}-\d{2}$/.test(document.querySelector('#prop-visibleMonth').value));
    await page.waitForFunction(() => document.querySelector('#prop-visibleMonth').value === document.querySelector('.live jrmc-send-date-picker').visibleMonth);
    const later = `${Number((await month.inputValue()).slice(0, 4)) + 1}-03`;
    await month.fill(later);
    assert.equal(await picker.evaluate((element) => element.visibleMonth), later);
    await picker.locator('td[data-date^="' + later + '-"]').first().waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('switched to English, the site’s chrome and controls hold no French string; back in French, no English one', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    const differing = Object.values(SITE_STRINGS).filter((entry) => entry.fr !== entry.en);
    const paths = ['index.html', 'components/jrmc-letter-builder.html', 'components/jrmc-send-date-picker.html', 'components/jrmc-provider.html', 'guides/frameworks.html'];
    for (const [locale, other] of [['en', 'fr'], ['fr', 'en']]) {
      await page.goto(`${baseUrl}${paths[0]}`);
      await page.locator('#site-locale').selectOption(locale);
      const leftovers = new Set(differing.map((entry) => entry[other]).filter(Boolean));
      const known = new Set(Object.values(SITE_STRINGS).map((entry) => entry[locale]));
      for (const path of paths) {
        await page.goto(`${baseUrl}${path}`);
        await page.waitForLoadState('networkidle');
        assert.equal(await page.locator('html').getAttribute('lang'), locale);
        const texts = await chromeTexts(page);
        assert.ok(texts.length > 20, `${path}: the chrome was read (${texts.length} strings)`);
        const wrong = texts.filter((text) => leftovers.has(text) || (locale === 'en' && frenchMarkers(text)));
        assert.deepEqual(wrong, [], `${path} in ${locale}: strings of the other language`);
        // Every text of the chrome comes from the table (nothing hard-coded escapes the switch).
        assert.deepEqual(untranslated(texts, known), [], `${path} in ${locale}: strings outside site-strings.js`);
      }
    }
    await page.close();
  });

  it('every guide shows its text in the site’s language from the first paint, and swaps it when the language is switched', { timeout: 120_000 }, async () => {
    const visibleTexts = () => [...document.querySelectorAll('main article')].filter((article) => article.checkVisibility()).map((article) => article.lang);
    for (const locale of ['fr', 'en']) {
      const context = await browser.newContext();
      await context.addInitScript((chosen) => localStorage.setItem('jrmc-site-locale', chosen), locale);
      const page = await context.newPage();
      for (const [slug] of GUIDES) {
        // Without site-controls.js (a module, run after parsing): what the reader sees before it catches up.
        await page.route('**/assets/site-controls.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
        await page.goto(`${baseUrl}guides/${slug}.html`);
        assert.deepEqual(await page.evaluate(visibleTexts), [locale], `guides/${slug}.html in ${locale}, first paint`);
        await page.unroute('**/assets/site-controls.js');
        await page.goto(`${baseUrl}guides/${slug}.html`);
        await page.waitForLoadState('networkidle');
        assert.equal(await page.locator('html').getAttribute('lang'), locale);
        assert.deepEqual(await page.evaluate(visibleTexts), [locale], `guides/${slug}.html in ${locale}`);
        assert.equal(await page.title(), `${SITE_STRINGS[`guide.${slug}`][locale]} · JRMC Kit`);
        assert.equal(await page.locator('[data-i18n="guide.in-english"]').count(), 0, `guides/${slug}.html has a French text: no "in English" note`);
      }
      await page.locator('#site-locale').selectOption(locale === 'fr' ? 'en' : 'fr');
      assert.deepEqual(await page.evaluate(visibleTexts), [locale === 'fr' ? 'en' : 'fr'], 'switched on the page');
      await context.close();
    }
  });

  it('every link and asset of the built site leads to a file (and its #fragment to an id); every page links each package’s typedoc', { timeout: 30_000 }, async () => {
    const { pages, broken } = checkSiteLinks();
    assert.ok(pages > 20, `${pages} pages checked`);
    assert.deepEqual(broken, []);
    const site = join(root, 'docs', 'site');
    for (const folder of ['components', 'guides']) {
      for (const name of readdirSync(join(site, folder))) {
        const html = readFileSync(join(site, folder, name), 'utf8');
        for (const pkg of TYPEDOC_PACKAGES) assert.ok(html.includes(`href="../api/${pkg}/index.html"`), `${folder}/${name} links the typedoc of @jrmc/${pkg}`);
      }
    }
    // The server answers what the files promise (the typedoc reference comes from docs/api).
    for (const name of TYPEDOC_PACKAGES) assert.equal((await fetch(`${baseUrl}api/${name}/index.html`)).status, 200, `typedoc of @jrmc/${name}`);
  });

  it('on every component page, each live element hears its provider: the client, and the language the site is switched to', { timeout: 120_000 }, async () => {
    const components = JSON.parse(await (await fetch(`${baseUrl}assets/manifest-tags.json`)).text());
    const page = await browser.newPage();
    await page.goto(`${baseUrl}index.html`);
    await page.locator('#site-locale').selectOption('en');
    for (const tag of components) {
      await page.goto(`${baseUrl}components/${tag}.html`);
      const connected = () =>
        [...document.querySelectorAll('.live *')]
          .filter((element) => element.localName.startsWith('jrmc-') && element.localName !== 'jrmc-provider')
          .map((element) => ({ tag: element.localName, client: Boolean(element.jrmc?.client), locale: element.jrmc?.locale }));
      await page.waitForFunction(`(${connected})().every((element) => element.client)`, null, { timeout: 10_000 }).catch(() => {});
      for (const element of await page.evaluate(connected)) assert.deepEqual(element, { tag: element.tag, client: true, locale: 'en' }, `${tag}.html`);
    }
    await page.close();
  });
});
