import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createJrmcClient, isAuthenticationError, isConflictError, isNotFoundError, isPermissionError, withVat } from '@jrmc/core';
import { createAccount, DEFAULT_PRICES } from '../src/index.js';
import { balanceOf, completeDraft, startTestSandbox, temporaryDatabase } from './helpers.js';

describe('nothing charged twice, nothing seen across accounts, nothing lost on restart', () => {
  it('the same idempotency key after a lost response debits once', async () => {
    const sandbox = await startTestSandbox();
    try {
      let dropped = 0;
      // The server handles the send, but its answer never reaches the client.
      const lossyFetch: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        const url = input instanceof Request ? input.url : String(input);
        if (url.endsWith('/send') && dropped === 0) {
          dropped += 1;
          throw new TypeError('fetch failed');
        }
        return response;
      };
      const client = sandbox.clientWith({ fetch: lossyFetch });
      const draft = await completeDraft(client, { reason: 'custom', customReasonText: 'Départ' });
      const before = await balanceOf(client);
      const sent = await client.letters.send(draft.id, { mode: 'now' });
      assert.equal(dropped, 1);
      assert.equal(sent.status, 'sent');
      assert.equal(await balanceOf(client), before - withVat(DEFAULT_PRICES.lre), 'debited once');
      const debits = (await client.events.list({ type: 'letter.sent' }).toArray()).length;
      assert.equal(debits, 1);
    } finally {
      await sandbox.close();
    }
  });

  it('refuses a key reused for a different request', async () => {
    const sandbox = await startTestSandbox();
    try {
      const draft = await completeDraft(sandbox.client, { reason: 'custom', customReasonText: 'Départ' });
      await sandbox.client.letters.update(draft.id, { resumeStep: 'dates' }, { idempotencyKey: 'key-1' });
      await assert.rejects(sandbox.client.letters.update(draft.id, { resumeStep: 'quote' }, { idempotencyKey: 'key-1' }), (error) => isConflictError(error) && error.code === 'idempotency_key_reused');
    } finally {
      await sandbox.close();
    }
  });

  it('another account’s letter answers 404, whatever the call', async () => {
    const sandbox = await startTestSandbox();
    try {
      const draft = await completeDraft(sandbox.client, { reason: 'custom', customReasonText: 'Départ' });
      const other = createAccount(sandbox.sandbox, { name: 'Autre cabinet', credit: 10_000 });
      const intruder = sandbox.clientWith({ apiKey: other.apiKey });
      for (const attempt of [
        () => intruder.letters.retrieve(draft.id),
        () => intruder.letters.update(draft.id, { resumeStep: 'x' }),
        () => intruder.letters.send(draft.id, { mode: 'now' }),
        () => intruder.letters.events(draft.id),
        () => intruder.letters.trash(draft.id),
      ]) {
        await assert.rejects(attempt(), isNotFoundError);
      }
      assert.equal((await intruder.letters.list().toArray()).length, 0);
      assert.equal((await sandbox.client.letters.retrieve(draft.id)).status, 'draft');
    } finally {
      await sandbox.close();
    }
  });

  it('session tokens: scoped, expiring, never enough for API-key operations', async () => {
    const sandbox = await startTestSandbox();
    try {
      const session = await sandbox.client.sessions.create({ scopes: ['letters:read'], ttlSeconds: 60, userProfileId: sandbox.profileIds[0] });
      const browser = createJrmcClient({ baseUrl: sandbox.url, getToken: () => session, retry: { limit: 0 } });
      assert.deepEqual((await browser.letters.list().toArray()).length, 0);
      await assert.rejects(browser.letters.create({}), (error) => isPermissionError(error) && error.code === 'missing_scope');
      await assert.rejects(browser.sessions.create({}), (error) => isPermissionError(error) && error.code === 'api_key_required');
      await sandbox.client.sandbox.advanceClock({ seconds: 61 });
      await assert.rejects(browser.letters.list().toArray(), (error) => isAuthenticationError(error) && error.code === 'token_expired');
      // A full-scope token assigns new drafts to its profile.
      const full = await sandbox.client.sessions.create({ userProfileId: sandbox.profileIds[0] });
      const asClaire = createJrmcClient({ baseUrl: sandbox.url, getToken: () => full });
      assert.equal((await asClaire.letters.create({})).assigneeId, sandbox.profileIds[0]);
    } finally {
      await sandbox.close();
    }
  });

  it('a restart on the same database file keeps everything, clock included', async () => {
    const database = temporaryDatabase();
    const first = await startTestSandbox({ database });
    const draft = await completeDraft(first.client, { reason: 'custom', customReasonText: 'Départ' });
    await first.client.letters.send(draft.id, { mode: 'scheduled', scheduledDate: '2026-12-15' });
    await first.client.sandbox.advanceClock({ days: 3 });
    const balance = await balanceOf(first.client);
    const now = (await first.client.sandbox.clock()).now;
    await first.close();

    const { startSandboxServer } = await import('../src/server.js');
    const second = await startSandboxServer({ port: 0, database, frozen: true });
    try {
      const client = createJrmcClient({ baseUrl: second.url, apiKey: first.apiKey });
      const letter = await client.letters.retrieve(draft.id);
      assert.equal(letter.status, 'scheduled');
      assert.equal(letter.scheduledDate, '2026-12-15');
      assert.equal(await balanceOf(client), balance);
      assert.equal((await client.sandbox.clock()).now, now);
      await client.sandbox.advanceClock({ to: '2026-12-15T12:00:00Z' });
      assert.equal((await client.letters.retrieve(draft.id)).status, 'sent');
    } finally {
      await second.close();
    }
  });
});
