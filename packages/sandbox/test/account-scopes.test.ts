import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createJrmcClient, isPermissionError, type JrmcClient } from '@jrmc/core';
import { completeDraft, startTestSandbox, type TestSandbox } from './helpers.js';

const samplePdf = btoa('%PDF-1.4\n%scopes\n%%EOF\n');

async function browserFor(sandbox: TestSandbox, userProfileId: string, scopes?: string[]): Promise<JrmcClient> {
  const session = await sandbox.client.sessions.create({ userProfileId, ...(scopes ? { scopes: scopes as never } : {}) });
  return createJrmcClient({ baseUrl: sandbox.url, getToken: () => session, retry: { limit: 0 } });
}

const missingScope = (error: unknown) => isPermissionError(error) && error.code === 'missing_scope' && /account:manage/.test(error.message);

describe('session scopes: managers manage the account, collaborators do not', () => {
  it('a manager session manages profiles, identity proof and mandate; reads the clock', async () => {
    const sandbox = await startTestSandbox();
    try {
      const manager = await browserFor(sandbox, sandbox.profileIds[0]!);
      const created = await manager.account.profiles.create({ name: 'Léa Petit', email: 'lea@test.fr', role: 'collaborator' });
      assert.equal((await manager.account.profiles.update(created.id, { name: 'Léa Petit-Roy' })).name, 'Léa Petit-Roy');
      assert.equal((await manager.account.profiles.deactivate(created.id)).active, false);
      assert.equal((await manager.account.profiles.reactivate(created.id)).active, true);
      assert.equal((await manager.account.uploadIdentityProof({ kind: 'orias-certificate', filename: 'orias.pdf', contentBase64: samplePdf, oriasNumber: '12345678' })).kind, 'orias-certificate');
      assert.equal((await manager.sandbox.clock()).now, sandbox.sandbox.now(sandbox.accountId).toISOString());
    } finally {
      await sandbox.close();
    }
  });

  it('a collaborator session is refused every manager operation with the missing scope named, and keeps its letters', async () => {
    const sandbox = await startTestSandbox();
    try {
      const collaboratorProfile = await sandbox.client.account.profiles.create({ name: 'Léa Petit', email: 'lea@test.fr', role: 'collaborator' });
      const collaborator = await browserFor(sandbox, collaboratorProfile.id);
      for (const attempt of [
        () => collaborator.account.profiles.create({ name: 'X', email: 'x@test.fr' }),
        () => collaborator.account.profiles.update(sandbox.profileIds[0]!, { role: 'collaborator' }),
        () => collaborator.account.profiles.deactivate(sandbox.profileIds[0]!),
        () => collaborator.account.profiles.reactivate(sandbox.profileIds[0]!),
        () => collaborator.account.profiles.reassignLetters(sandbox.profileIds[0]!, { toProfileId: collaboratorProfile.id }),
        () => collaborator.account.uploadIdentityProof({ kind: 'kbis', filename: 'kbis.pdf', contentBase64: samplePdf }),
        () => collaborator.account.signMandate({ signatoryName: 'Léa Petit', signatoryEmail: 'lea@test.fr', signatoryMobile: '0612345678', companySiren: '732829320' }),
        () => collaborator.accountSecurity.close(),
      ]) {
        await assert.rejects(attempt(), missingScope);
      }
      // …but it sends and follows letters as before.
      const draft = await completeDraft(collaborator);
      assert.equal(draft.assigneeId, collaboratorProfile.id);
      assert.equal((await sandbox.client.account.retrieve()).status, 'ready', 'nothing changed');
    } finally {
      await sandbox.close();
    }
  });

  it('a collaborator cannot be minted account:manage; a demoted manager loses it at once', async () => {
    const sandbox = await startTestSandbox();
    try {
      const lea = await sandbox.client.account.profiles.create({ name: 'Léa Petit', email: 'lea@test.fr', role: 'collaborator' });
      await assert.rejects(sandbox.client.sessions.create({ userProfileId: lea.id, scopes: ['account:manage'] }), (error) => isPermissionError(error) && error.code === 'scope_not_allowed');
      const defaults = await sandbox.client.sessions.create({ userProfileId: lea.id });
      assert.ok(!defaults.scopes.includes('account:manage') && defaults.scopes.includes('letters:write'));

      const promoted = await sandbox.client.account.profiles.create({ name: 'Marc Roy', email: 'marc@test.fr', role: 'manager' });
      const marc = await browserFor(sandbox, promoted.id);
      await marc.account.profiles.update(lea.id, { name: 'Léa P.' });
      await sandbox.client.account.profiles.update(promoted.id, { role: 'collaborator' });
      await assert.rejects(marc.account.profiles.update(lea.id, { name: 'Léa' }), missingScope);
    } finally {
      await sandbox.close();
    }
  });

  it('reassigning hands over a deactivated profile’s letters, all or listed, never someone else’s', async () => {
    const sandbox = await startTestSandbox();
    try {
      const lea = await sandbox.client.account.profiles.create({ name: 'Léa Petit', email: 'lea@test.fr', role: 'collaborator' });
      const asLea = await browserFor(sandbox, lea.id);
      const first = await completeDraft(asLea);
      const second = await completeDraft(asLea, { contracts: [{ number: 'AUTO-456' }] });
      await sandbox.client.account.profiles.deactivate(lea.id);
      // Deactivated: its letters stay assigned to it.
      const leas = await sandbox.client.letters.list({ assigneeId: lea.id }).toArray();
      assert.deepEqual(leas.map((l) => l.id).sort(), [first.id, second.id].sort());

      const claire = sandbox.profileIds[0]!;
      await assert.rejects(sandbox.client.account.profiles.reassignLetters(claire, { toProfileId: lea.id }), (error) => (error as { code?: string }).code === 'profile_inactive');
      const one = await sandbox.client.account.profiles.reassignLetters(lea.id, { toProfileId: claire, letterIds: [first.id] });
      assert.equal(one.reassigned, 1);
      assert.equal((await sandbox.client.letters.retrieve(first.id)).assigneeId, claire);
      await assert.rejects(sandbox.client.account.profiles.reassignLetters(lea.id, { toProfileId: claire, letterIds: [first.id] }), (error) => (error as { code?: string }).code === 'validation_failed');
      const rest = await sandbox.client.account.profiles.reassignLetters(lea.id, { toProfileId: claire });
      assert.equal(rest.reassigned, 1);
      assert.equal((await sandbox.client.letters.list({ assigneeId: lea.id }).toArray()).length, 0);
    } finally {
      await sandbox.close();
    }
  });
});
