import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createJrmcClient, isAuthenticationError } from '@jrmc/core';
import fc from 'fast-check';
import { createAccount } from '../src/index.js';
import { clockTarget, MAX_ADVANCE_YEARS } from '../src/services/clock-target.js';
import { DomainError } from '../src/services/errors.js';
import { completeDraft, MONDAY_MORNING, startTestSandbox } from './helpers.js';

async function post(url: string, apiKey: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('per-account test clocks', () => {
  it('refuses out-of-range targets before anything moves, and keeps serving', async () => {
    const sandbox = await startTestSandbox();
    try {
      const clock = `${sandbox.url}/v1/sandbox/clock`;
      const before = (await sandbox.client.sandbox.clock()).now;
      const cases: [unknown, string][] = [
        [{ to: '9999-12-31T23:59:59Z' }, 'to'],
        [{ seconds: 9_007_199_254_740_991 }, 'seconds'],
        [{ days: 2000 }, 'days'],
        [{ to: '2020-01-01T00:00:00Z' }, 'to'],
      ];
      for (const [body, field] of cases) {
        const response = await post(clock, sandbox.apiKey, body);
        assert.equal(response.status, 400, JSON.stringify(body));
        const { error } = (await response.json()) as { error: { type: string; issues: { path: string[] }[] } };
        assert.equal(error.type, 'invalid_request');
        assert.deepEqual(error.issues[0]!.path, [field]);
      }
      assert.equal((await sandbox.client.sandbox.clock()).now, before, 'a refused advance moves nothing');
      assert.equal((await sandbox.client.credit.retrieve()).balance, 10_000, 'the account still answers');
      const limit = new Date(before);
      limit.setUTCFullYear(limit.getUTCFullYear() + MAX_ADVANCE_YEARS);
      assert.equal((await sandbox.client.sandbox.advanceClock({ to: limit.toISOString() })).now, limit.toISOString(), 'exactly 5 years is allowed');
    } finally {
      await sandbox.close();
    }
  });

  it('session tokens still expire after an overflow attempt', async () => {
    const sandbox = await startTestSandbox();
    try {
      const session = await sandbox.client.sessions.create({ ttlSeconds: 60 });
      const browser = createJrmcClient({ baseUrl: sandbox.url, getToken: () => session, retry: { limit: 0 } });
      assert.equal((await post(`${sandbox.url}/v1/sandbox/clock`, sandbox.apiKey, { seconds: 9_007_199_254_740_991 })).status, 400);
      await sandbox.client.sandbox.advanceClock({ seconds: 61 });
      await assert.rejects(browser.letters.list().toArray(), (error) => isAuthenticationError(error) && error.code === 'token_expired');
    } finally {
      await sandbox.close();
    }
  });

  it("one account's advance neither purges another's drafts nor expires its sessions", async () => {
    const sandbox = await startTestSandbox();
    try {
      const other = createAccount(sandbox.sandbox, { name: 'Cabinet B', credit: 10_000 });
      const b = createJrmcClient({ baseUrl: sandbox.url, apiKey: other.apiKey });
      const draft = await b.letters.create({});
      const session = await b.sessions.create({ ttlSeconds: 600 });
      const browserB = createJrmcClient({ baseUrl: sandbox.url, getToken: () => session, retry: { limit: 0 } });
      await sandbox.client.sandbox.advanceClock({ days: 731 });
      assert.equal((await b.sandbox.clock()).now, MONDAY_MORNING.toISOString(), "B's clock did not move");
      assert.equal((await b.letters.retrieve(draft.id)).status, 'draft', "B's draft is not purged");
      assert.equal((await browserB.letters.list().toArray()).length, 1, "B's session still works");
      // Two full years end at the close of the anniversary day (Paris): one more day and it is gone.
      await b.sandbox.advanceClock({ days: 732 });
      await assert.rejects(b.letters.retrieve(draft.id), /No such letter/);
    } finally {
      await sandbox.close();
    }
  });

  it("a slow webhook endpoint of one account never blocks another account's clock", async () => {
    const { createServer } = await import('node:http');
    const stalled = createServer(() => undefined);
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    const { port } = stalled.address() as { port: number };
    const sandbox = await startTestSandbox({ server: { allowLoopbackWebhooks: true } });
    try {
      await sandbox.client.webhookEndpoints.create({ url: `http://127.0.0.1:${port}/slow` });
      const draft = await completeDraft(sandbox.client, { reason: 'custom', customReasonText: 'Départ' });
      await sandbox.client.letters.send(draft.id, { mode: 'now' });
      const other = createAccount(sandbox.sandbox, { name: 'Cabinet B' });
      const b = createJrmcClient({ baseUrl: sandbox.url, apiKey: other.apiKey });
      const started = performance.now();
      await sandbox.client.sandbox.advanceClock({ days: 1 });
      await b.sandbox.advanceClock({ days: 1 });
      assert.ok(performance.now() - started < 1_000, `clock calls took ${Math.round(performance.now() - started)} ms`);
      assert.ok(sandbox.sandbox.store.count('deliveries', { status: 'pending' }) >= 1, 'a delivery to the stalled endpoint is under way');
    } finally {
      stalled.closeAllConnections();
      stalled.close();
      await sandbox.sandbox.settleWebhooks();
      await sandbox.close();
    }
  });
});

describe('clockTarget', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  it('returns a valid instant within 5 years, or refuses with invalid_request — for any amount', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer({ min: -1e15, max: 1e15 }), fc.constant(Number.MAX_SAFE_INTEGER)), fc.constantFrom('seconds', 'days'), (amount, field) => {
        try {
          const target = clockTarget(now, { [field]: amount });
          const limit = new Date(now);
          limit.setUTCFullYear(limit.getUTCFullYear() + MAX_ADVANCE_YEARS);
          return Number.isFinite(target.getTime()) && target >= now && target <= limit;
        } catch (error) {
          return error instanceof DomainError && error.type === 'invalid_request';
        }
      }),
    );
  });

  it('refuses any `to` that is not an instant in the window', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((date) => date.toISOString())), (to) => {
        try {
          const target = clockTarget(now, { to });
          return target.getTime() === Date.parse(to) && target >= now;
        } catch (error) {
          return error instanceof DomainError && error.type === 'invalid_request';
        }
      }),
    );
  });

  it('worked examples', () => {
    assert.equal(clockTarget(now, { days: 2 }).toISOString(), '2026-12-02T09:00:00.000Z');
    assert.equal(clockTarget(now, { seconds: 90 }).toISOString(), '2026-11-30T09:01:30.000Z');
    assert.throws(() => clockTarget(now, { days: 1, seconds: 1 }), DomainError);
    assert.throws(() => clockTarget(now, { to: 'not a date' }), DomainError);
    assert.throws(() => clockTarget(now, { to: '2031-11-30T09:00:01Z' }), DomainError);
  });
});
