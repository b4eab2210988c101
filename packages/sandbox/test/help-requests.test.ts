import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closureRefund, isPermissionError, isValidationError } from '@jrmc/core';
import { balanceOf, completeDraft, startTestSandbox } from './helpers.js';

describe('help requests and closure', () => {
  it('a request is received, then in progress, then answered on the account clock; a letter is named when needed', async () => {
    const sandbox = await startTestSandbox();
    try {
      const draft = await completeDraft(sandbox.client);
      await assert.rejects(sandbox.client.helpRequests.create({ kind: 'investigation', message: 'Perdu ?' }), (error) => isValidationError(error) && JSON.stringify(error.issues).includes('letterId'));
      await assert.rejects(sandbox.client.helpRequests.create({ kind: 'letter-question', letterId: 'let_nope', message: '?' }), (error) => isValidationError(error) && JSON.stringify(error.issues).includes('letterId'));
      const created = await sandbox.client.helpRequests.create({ kind: 'letter-question', letterId: draft.id, message: '  Le destinataire dit ne rien avoir reçu.  ' });
      assert.deepEqual([created.status, created.message, created.letterId], ['received', 'Le destinataire dit ne rien avoir reçu.', draft.id]);
      await sandbox.client.helpRequests.create({ kind: 'training', message: 'Formation pour deux collaborateurs', preferredDate: '2026-12-10' });
      await sandbox.client.sandbox.advanceClock({ seconds: 2 * 3600 });
      assert.deepEqual((await sandbox.client.helpRequests.list()).data.map((r) => [r.kind, r.status]), [['training', 'in-progress'], ['letter-question', 'in-progress']]);
      await sandbox.client.sandbox.advanceClock({ days: 1 });
      assert.ok((await sandbox.client.helpRequests.list()).data.every((r) => r.status === 'answered'));

      const lea = await sandbox.client.account.profiles.create({ name: 'Léa', email: 'lea@test.fr', role: 'collaborator' });
      const session = await sandbox.client.sessions.create({ userProfileId: lea.id });
      const { createJrmcClient } = await import('@jrmc/core');
      const collaborator = createJrmcClient({ baseUrl: sandbox.url, getToken: () => session, retry: { limit: 0 } });
      await assert.rejects(collaborator.helpRequests.list(), (error) => isPermissionError(error) && error.code === 'missing_scope');
    } finally {
      await sandbox.close();
    }
  });

  it('closing refunds core’s closureRefund(balance), then every write is refused', async () => {
    const sandbox = await startTestSandbox();
    try {
      const balance = await balanceOf(sandbox.client);
      const closure = await sandbox.client.accountSecurity.close();
      assert.equal(closure.refund, closureRefund(balance));
      await assert.rejects(sandbox.client.helpRequests.create({ kind: 'data-deletion', message: 'Supprimez mes données' }), (error) => isPermissionError(error) && error.code === 'account_closed');
      await assert.rejects(sandbox.client.account.profiles.create({ name: 'X', email: 'x@test.fr' }), (error) => isPermissionError(error) && error.code === 'account_closed');
      assert.equal((await sandbox.client.account.retrieve()).status, 'closing', 'reads still work');
    } finally {
      await sandbox.close();
    }
  });
});
