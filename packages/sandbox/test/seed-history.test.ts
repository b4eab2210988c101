import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedHistory } from '../src/index.js';
import { startTestSandbox } from './helpers.js';

describe('seedHistory', () => {
  it('writes letters that read like any other: drafts and scheduled letters, each with its timeline, searchable', async () => {
    const sandbox = await startTestSandbox({ startAt: new Date('2026-11-30T09:00:00Z') });
    try {
      seedHistory(sandbox.sandbox, sandbox.accountId, { count: 50, assigneeIds: sandbox.profileIds });
      const letters = await sandbox.client.letters.list({ limit: 100 }).toArray();
      assert.equal(letters.length, 50);
      assert.equal(new Set(letters.map((letter) => letter.id)).size, 50);
      assert.equal(letters.filter((letter) => letter.status === 'scheduled').length, 10);
      assert.equal(letters.filter((letter) => letter.status === 'draft').length, 40);
      const scheduled = letters.find((letter) => letter.status === 'scheduled')!;
      const full = await sandbox.client.letters.retrieve(scheduled.id);
      assert.ok(full.dispatchDate && full.dispatchDate > '2026-12-29', `dispatched 30+ days ahead: ${full.dispatchDate}`);
      assert.ok(full.cancellableUntil, 'a scheduled letter can be cancelled until its day');
      const events = await sandbox.client.letters.events(scheduled.id);
      assert.deepEqual(events.data.map((event) => event.type), ['created']);
      const martins = await sandbox.client.letters.list({ q: 'martin', limit: 100 }).toArray();
      assert.ok(martins.length > 0 && martins.every((letter) => /martin/i.test(JSON.stringify(letter))), 'the search index covers seeded letters');
      assert.ok(new Set(letters.map((letter) => letter.recipientName)).size === 2, 'both insurers');
    } finally {
      await sandbox.close();
    }
  });

  it('keeps every letter it writes: none is old enough for the first request to purge it as an expired draft', async () => {
    const sandbox = await startTestSandbox({ startAt: new Date('2026-11-30T09:00:00Z') });
    try {
      // 20,000 an hour apart would reach back 2.3 years, past a draft's 2-year life.
      seedHistory(sandbox.sandbox, sandbox.accountId, { count: 20_000 });
      const [oldest] = await sandbox.client.letters.list({ sort: 'createdAt', limit: 1 }).toArray({ limit: 1 });
      assert.ok(oldest && oldest.createdAt >= '2025-06-01', `the oldest letter is at most 18 months old: ${oldest?.createdAt}`);
      assert.equal(sandbox.sandbox.store.count('letters', { account_id: sandbox.accountId }), 20_000, 'nothing purged by the requests above');
    } finally {
      await sandbox.close();
    }
  });
});
