import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isJrmcApiError, isRuleViolationError, withVat } from '@jrmc/core';
import { DEFAULT_PRICES } from '../src/index.js';
import { balanceOf, completeDraft, startTestSandbox } from './helpers.js';

describe('rescheduling a cancelled letter (core’s rescheduleOptions)', () => {
  it('a cancelled Hamon letter is rescheduled by a new contract start, checked again; the old start is not reused', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const letter = await completeDraft(client);
      await client.letters.send(letter.id, { mode: 'scheduled', newContractStart: '2027-02-01', withAcknowledgement: true });
      await client.letters.cancel(letter.id);
      await assert.rejects(client.letters.reschedule(letter.id, { mode: 'scheduled' }), (error) => isJrmcApiError(error) && error.status === 400 && error.issues[0]?.path[0] === 'newContractStart');
      await assert.rejects(client.letters.reschedule(letter.id, { mode: 'scheduled', newContractStart: '2027-12-20' }), (error) => isRuleViolationError(error, 'start_too_far'));
      const rescheduled = await client.letters.reschedule(letter.id, { mode: 'scheduled', newContractStart: '2027-03-01', withAcknowledgement: false });
      assert.equal(rescheduled.service === 'termination' && rescheduled.newContractStart, '2027-03-01');
      assert.equal(rescheduled.withAcknowledgement, false);
      assert.equal(rescheduled.price?.inclVat, withVat(DEFAULT_PRICES.lre), 'priced again as now chosen (without AR)');
    } finally {
      await sandbox.close();
    }
  });

  it('any reschedule may choose again send now or a day, with or without AR, and is debited at the new price', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const letter = await completeDraft(client, { reason: 'custom', customReasonText: 'Départ', facts: {} });
      await client.letters.send(letter.id, { mode: 'scheduled', scheduledDate: '2026-12-15', withAcknowledgement: false });
      await client.letters.cancel(letter.id);
      const before = await balanceOf(client);
      const now = await client.letters.reschedule(letter.id, { mode: 'now', withAcknowledgement: true });
      assert.equal(now.sendMode, 'now');
      assert.equal(now.withAcknowledgement, true);
      assert.equal(await balanceOf(client), before - withVat(DEFAULT_PRICES['lre-ar']));
    } finally {
      await sandbox.close();
    }
  });
});
