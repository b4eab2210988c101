import assert from 'node:assert/strict';
import { isRuleViolationError } from '@jrmc/core';
import { describe, it } from 'node:test';
import { completeDraft, martin, startTestSandbox } from './helpers.js';

const person = martin as Extract<typeof martin, { kind: 'person' }>;

function fieldOf(error: unknown): string {
  const { name, issues } = error as { name: string; issues?: { path: (string | number)[] }[] };
  return name === 'ValidationError' ? (issues?.[0]?.path.join('.') ?? '') : `not a validation error: ${name}`;
}

describe('dates that cannot be', () => {
  it('refuses a send more than a year ahead, births and events in the future (field named)', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const draft = await completeDraft(client, { reason: 'custom', customReasonText: 'Départ' });
      await assert.rejects(
        client.letters.send(draft.id, { mode: 'scheduled', scheduledDate: '2027-12-15' }),
        (error) => isRuleViolationError(error, 'too_far_ahead') && error.data.field === 'scheduledDate' && error.data.date === '2027-11-30',
      );
      assert.equal((await client.credit.retrieve()).balance, 10_000, 'nothing was debited');
      assert.equal((await client.letters.send(draft.id, { mode: 'scheduled', scheduledDate: '2027-11-30' })).status, 'scheduled', 'exactly one year ahead is allowed');
      await assert.rejects(client.letters.create({ subscriber: { ...person, birthDate: '2030-01-01' } }), (error) => fieldOf(error) === 'subscriber.birthDate');
      await assert.rejects(client.letters.create({ reason: 'changement-situation', facts: { eventDate: '2026-12-01' } }), (error) => fieldOf(error) === 'facts.eventDate');
      assert.equal((await client.letters.create({ subscriber: { ...person, birthDate: '1980-05-04' }, facts: { eventDate: '2026-11-30' } })).status, 'draft', 'today and the past are fine');
    } finally {
      await sandbox.close();
    }
  });
});
