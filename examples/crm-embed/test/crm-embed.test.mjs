import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { createJrmcClient } from '@jrmc/core';
import { createDemoAccount } from '@jrmc/sandbox';
import { startSandboxServer } from '@jrmc/sandbox/server';
import { startCrm } from '../server.mjs';

let sandbox;
let crm;
let browser;
let apiKey;

before(async () => {
  sandbox = await startSandboxServer({ port: 0, database: ':memory:', frozen: true, startAt: new Date('2026-12-01T09:00:00Z') });
  apiKey = createDemoAccount(sandbox.sandbox).apiKey;
  crm = await startCrm({ jrmcUrl: sandbox.url, apiKey, port: 0 });
  // The CRM page calls the sandbox from its own origin: allow it (CORS is limited to a list of origins).
  sandbox.sandbox.allowOrigin(crm.url);
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await crm?.close();
  await sandbox?.close();
});

describe('crm-embed example', () => {
  it('embeds the builder, tracker, history and credit widget with session tokens only', { timeout: 60_000 }, async () => {
    const client = createJrmcClient({ baseUrl: sandbox.url, apiKey });
    const draft = await client.letters.create({ reason: 'echeance', contracts: [{ number: 'CRM-42' }] });
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (request) => requests.push({ url: request.url(), authorization: request.headers().authorization ?? '' }));
    await page.goto(crm.url);
    await page.locator('jrmc-credit-widget .balance', { hasText: '100,00' }).waitFor();
    await page.locator('jrmc-letter-builder #field-subscriber-firstName').waitFor();
    // The builder starts from the customer the CRM shows, and saves it as a real draft.
    await page.waitForFunction(() => document.querySelector('jrmc-letter-builder').draft.recipient !== null);
    const prefilled = await page.evaluate(() => document.querySelector('jrmc-letter-builder').draft);
    assert.equal(prefilled.subscriber.lastName, 'Martin');
    assert.equal(prefilled.subscriber.civility, 'Mme');
    assert.deepEqual(prefilled.contracts, ['AUTO-1001']);
    assert.equal(prefilled.facts.renewalDate, '2027-03-01');
    assert.match(prefilled.recipient.name, /AXA/);
    // Rows are virtualized: only those on screen exist, so bring the history into view first.
    await page.locator('jrmc-letter-history').scrollIntoViewIfNeeded();
    await page.locator(`jrmc-letter-history .row[data-id="${draft.id}"]`).waitFor();
    // Opening a row points the tracker at it.
    await page.locator(`jrmc-letter-history .row[data-id="${draft.id}"] button.open`).click();
    await page.locator('jrmc-shipment-tracker h2', { hasText: draft.id }).waitFor();
    const apiCalls = requests.filter((request) => request.url.startsWith(sandbox.url));
    assert.ok(apiCalls.length > 0);
    assert.ok(apiCalls.every((request) => !request.authorization.includes(apiKey)), 'the API key never leaves the backend');
    assert.ok(apiCalls.some((request) => request.authorization.startsWith('Bearer sess_')));
    assert.equal((await page.content()).includes(apiKey), false);
    await page.close();
  });
});
