import type { MandateSignParams } from '@jrmc/core/contract';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createJrmcClient, isConflictError, isValidationError } from '@jrmc/core';
import { startTestSandbox } from './helpers.js';

const samplePdf = btoa('%PDF-1.4\n%onboarding\n%%EOF\n');
const mandate = { signatoryName: 'Claire Durand', signatoryEmail: 'claire@test.fr', signatoryMobile: '06 12 34 56 78', companySiren: '732 829 320' };

describe('onboarding: identity proof verified on the account clock, mandate after the first top-up', () => {
  it('a new account goes from nothing to ready with a manager session', async () => {
    const sandbox = await startTestSandbox({ account: { ready: false, credit: 0 } });
    try {
      // As a portal would: a new token whenever the previous one expired on the account's clock.
      const manager = createJrmcClient({ baseUrl: sandbox.url, getToken: () => sandbox.client.sessions.create({ userProfileId: sandbox.profileIds[0] }), retry: { limit: 0 } });
      assert.equal((await manager.account.retrieve()).status, 'onboarding');

      const proof = await manager.account.uploadIdentityProof({ kind: 'orias-certificate', filename: 'orias.pdf', contentBase64: samplePdf, oriasNumber: '12345678' });
      assert.equal(proof.status, 'pending');
      await assert.rejects(manager.account.signMandate(mandate), (error) => isConflictError(error) && error.code === 'top_up_first');

      await sandbox.client.sandbox.advanceClock({ seconds: 3599 });
      assert.equal((await manager.account.retrieve()).identityProof.status, 'pending', 'not before the hour');
      await sandbox.client.sandbox.advanceClock({ seconds: 1 });
      const verified = await manager.account.retrieve();
      assert.equal(verified.identityProof.status, 'verified');
      assert.equal(verified.oriasNumber, '12345678');
      assert.equal(verified.status, 'onboarding', 'no top-up, no mandate yet');

      await manager.credit.topUp({ amount: 5000, paymentToken: 'tok_visa' });
      const signed = await manager.account.signMandate(mandate);
      assert.deepEqual([signed.status, signed.signatoryMobile, signed.companySiren], ['signed', '06 12 34 56 78', '732829320']);
      assert.equal((await manager.account.retrieve()).status, 'ready');
    } finally {
      await sandbox.close();
    }
  });

  it('magic file names: rejected with a reason, slow after three days', async () => {
    const sandbox = await startTestSandbox({ account: { ready: false, kind: 'mutual', oriasNumber: null } });
    try {
      await sandbox.client.account.uploadIdentityProof({ kind: 'statutes', filename: 'statuts-rejected.pdf', contentBase64: samplePdf });
      await sandbox.client.sandbox.advanceClock({ seconds: 3600 });
      const rejected = (await sandbox.client.account.retrieve()).identityProof;
      assert.equal(rejected.status, 'rejected');
      assert.match(rejected.rejectionReason ?? '', /illisible/);

      await sandbox.client.account.uploadIdentityProof({ kind: 'statutes', filename: 'statuts-slow.pdf', contentBase64: samplePdf });
      await sandbox.client.sandbox.advanceClock({ days: 2 });
      assert.equal((await sandbox.client.account.retrieve()).identityProof.status, 'pending');
      await sandbox.client.sandbox.advanceClock({ days: 1 });
      assert.equal((await sandbox.client.account.retrieve()).identityProof.status, 'verified');
    } finally {
      await sandbox.close();
    }
  });

  it('the mandate names each wrong field; a broker’s ORIAS certificate needs its number', async () => {
    const sandbox = await startTestSandbox({ account: { ready: false, oriasNumber: null } });
    try {
      await assert.rejects(
        sandbox.client.account.signMandate({ signatoryName: 'Claire', signatoryEmail: 'claire@test.fr', signatoryMobile: '01 23 45 67 89', companySiren: '732829320' }),
        (error) => isValidationError(error) && JSON.stringify(error.issues).includes('signatoryMobile'),
      );
      await assert.rejects(
        // A mandate without mobile nor SIREN, as an untyped caller could send it.
        sandbox.client.account.signMandate({ signatoryName: 'Claire', signatoryEmail: 'claire@test.fr' } as unknown as MandateSignParams),
        (error) => isValidationError(error) && JSON.stringify(error.issues).includes('companySiren'),
      );
      await assert.rejects(
        sandbox.client.account.uploadIdentityProof({ kind: 'orias-certificate', filename: 'orias.pdf', contentBase64: samplePdf }),
        (error) => isValidationError(error) && JSON.stringify(error.issues).includes('oriasNumber'),
      );
    } finally {
      await sandbox.close();
    }
  });
});
