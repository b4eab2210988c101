import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { describe, it } from 'node:test';
import { closureRefund, createJrmcClient, isAuthenticationError, isNotFoundError, isPermissionError } from '@jrmc/core';
import { ledgerTotal } from '../src/db/ledger-queries.js';
import { completeDraft, startTestSandbox } from './helpers.js';

describe('account closure, key rotation, session revocation', () => {
  it('closure refunds the credit minus the fee (core rule), then refuses writes while history stays readable', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const draft = await completeDraft(client, { reason: 'custom', customReasonText: 'Départ' });
      const sent = await client.letters.send(draft.id, { mode: 'now' });
      const balance = (await client.credit.retrieve()).balance;
      const closure = await client.accountSecurity.close();
      assert.equal(closure.balanceBefore, balance);
      assert.equal(closure.refund, closureRefund(balance));
      assert.equal(closure.fee + closure.refund, balance);
      assert.equal((await client.credit.retrieve()).balance, 0);
      assert.equal((await client.account.retrieve()).status, 'closing');
      assert.equal((await client.letters.retrieve(sent.id)).status, 'sent', 'history stays readable');
      assert.ok((await client.letters.proofs(sent.id)).data.length >= 2, 'proofs stay downloadable');
      for (const write of [() => client.letters.create({}), () => client.credit.topUp({ amount: 5000, paymentToken: 'tok_visa' }), () => client.sandbox.advanceClock({ days: 1 })]) {
        await assert.rejects(write(), (error) => isPermissionError(error) && error.code === 'account_closed');
      }
      await assert.rejects(client.accountSecurity.close(), (error: unknown) => (error as { code?: string }).code === 'account_closed');
      assert.equal(ledgerTotal(sandbox.sandbox.store, sandbox.accountId), 0, 'the ledger explains the zero balance');
    } finally {
      await sandbox.close();
    }
  });

  it('rotation: the new key works at once, the old one stops', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { apiKey } = await sandbox.client.accountSecurity.rotateApiKey();
      assert.notEqual(apiKey, sandbox.apiKey);
      await assert.rejects(sandbox.clientWith({ retry: { limit: 0 } }).credit.retrieve(), (error) => isAuthenticationError(error) && error.code === 'key_revoked');
      const fresh = createJrmcClient({ baseUrl: sandbox.url, apiKey });
      assert.equal((await fresh.credit.retrieve()).balance, 10_000);
    } finally {
      await sandbox.close();
    }
  });

  it('revoking one session, then all; another account cannot revoke them', async () => {
    const sandbox = await startTestSandbox();
    try {
      const [one, two, three] = await Promise.all([1, 2, 3].map(() => sandbox.client.sessions.create({})));
      const asBrowser = (token: string) => createJrmcClient({ baseUrl: sandbox.url, getToken: () => ({ token, expiresAt: '2100-01-01T00:00:00Z' }), retry: { limit: 0 } });
      assert.deepEqual(await sandbox.client.accountSecurity.revokeSession(one!.token), { revoked: 1 });
      await assert.rejects(asBrowser(one!.token).credit.retrieve(), isAuthenticationError);
      assert.equal((await asBrowser(two!.token).credit.retrieve()).balance, 10_000);
      const { createAccount } = await import('../src/index.js');
      const other = createJrmcClient({ baseUrl: sandbox.url, apiKey: createAccount(sandbox.sandbox, { name: 'Autre' }).apiKey });
      await assert.rejects(other.accountSecurity.revokeSession(two!.token), isNotFoundError);
      assert.deepEqual(await sandbox.client.accountSecurity.revokeAllSessions(), { revoked: 2 });
      await assert.rejects(asBrowser(three!.token).credit.retrieve(), isAuthenticationError);
    } finally {
      await sandbox.close();
    }
  });

  it('the delivery log of an endpoint lists its attempts', async () => {
    const receiver = createServer((_request, response) => response.writeHead(204).end());
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as { port: number };
    const sandbox = await startTestSandbox({ server: { allowLoopbackWebhooks: true } });
    try {
      const endpoint = await sandbox.client.webhookEndpoints.create({ url: `http://127.0.0.1:${port}/hooks`, events: ['credit.topped_up'] });
      await sandbox.client.credit.topUp({ amount: 5000, paymentToken: 'tok_visa' });
      await sandbox.sandbox.settleWebhooks();
      const log = await sandbox.client.webhookDeliveries.list(endpoint.id).toArray();
      assert.equal(log.length, 1);
      assert.equal(log[0]!.status, 'succeeded');
      assert.equal(log[0]!.responseStatus, 204);
      const test = await sandbox.client.webhookDeliveries.test(endpoint.id);
      assert.equal(test.status, 'pending');
      assert.equal(test.eventId, log[0]!.eventId, 'the latest subscribed event, sent again');
      await sandbox.sandbox.settleWebhooks();
      const after = await sandbox.client.webhookDeliveries.list(endpoint.id).toArray();
      assert.deepEqual(after.map((delivery) => delivery.status), ['succeeded', 'succeeded']);
      const quiet = await sandbox.client.webhookEndpoints.create({ url: `http://127.0.0.1:${port}/quiet`, events: ['letter.signed'] });
      await assert.rejects(sandbox.client.webhookDeliveries.test(quiet.id), (error: unknown) => (error as { code?: string }).code === 'no_event_yet');
    } finally {
      await sandbox.close();
      receiver.close();
    }
  });
});
