import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addDays, dispatchDate, isJrmcApiError, isRuleViolationError, loanEarliestStart } from '@jrmc/core';
import { dossierParams, martin, MONDAY_MORNING, startTestSandbox, type TestSandbox } from './helpers.js';

const base = dossierParams();

const refusedOn = (field: string, code: string) => (error: unknown) =>
  isJrmcApiError(error) && error.status === 400 && error.issues.some((issue) => issue.path.join('.') === field && issue.code === code);

describe('PATCH /v1/loan-dossiers/{id}: autosave while the request has not left', () => {
  let sandbox: TestSandbox;
  before(async () => {
    sandbox = await startTestSandbox();
  });
  after(() => sandbox.close());

  it('changes only the fields given, and the substitution letter follows (subscriber, bank, route, the letter text)', async () => {
    const dossier = await sandbox.client.loanDossiers.create(base);
    const updated = await sandbox.client.loanDossiers.update(dossier.id, {
      subscriber: { ...(martin as Extract<typeof martin, { kind: 'person' }>), lastName: 'Martin-Roy' },
      newContractReferences: ['APR-9', 'APR-10'],
      bankId: 'bnk_sg',
    });
    assert.deepEqual(updated.newContractReferences, ['APR-9', 'APR-10']);
    assert.equal(updated.bankId, 'bnk_sg');
    assert.equal(updated.newInsurerName, 'April', 'untouched fields stay');
    assert.equal(updated.subscriber.kind === 'person' && updated.subscriber.lastName, 'Martin-Roy');
    const again = await sandbox.client.loanDossiers.retrieve(dossier.id);
    assert.deepEqual(again, updated, 'what the PATCH answered is what is stored');
    const letter = await sandbox.client.letters.retrieve(dossier.substitutionLetterId!);
    assert.equal(letter.recipient?.id, 'bnk_sg');
    assert.deepEqual(letter.recipient?.address, updated.bankAddress);
    const text = await sandbox.client.letters.preview(letter.id);
    assert.match(text.paragraphs.join(' '), /APR-9 \/ APR-10/);
    assert.match(text.references, /Martin-Roy/);
    const found = await sandbox.client.loanDossiers.list({ q: 'martin-roy' }).toArray();
    assert.ok(found.some((row) => row.id === dossier.id), 'the search follows the new name');
  });

  it('the bank address: editable only on paper, kept while paper, back to the directory’s when electronic', async () => {
    const dossier = await sandbox.client.loanDossiers.create(base);
    await assert.rejects(sandbox.client.loanDossiers.update(dossier.id, { bankAddress: { line1: '1 rue X', postcode: '75001', city: 'Paris' } }), refusedOn('bankAddress', 'not_editable'));
    const edited = { line1: '3 rue du Service Prêts', postcode: '75009', city: 'Paris' };
    const paper = await sandbox.client.loanDossiers.update(dossier.id, { route: 'paper', bankAddress: edited });
    assert.deepEqual(paper.bankAddress, edited);
    assert.deepEqual((await sandbox.client.loanDossiers.update(dossier.id, { newInsurerName: 'Cardif' })).bankAddress, edited);
    const electronic = await sandbox.client.loanDossiers.update(dossier.id, { route: 'lre' });
    assert.notDeepEqual(electronic.bankAddress, edited);
    assert.deepEqual(electronic.bankAddress, dossier.bankAddress);
    assert.equal((await sandbox.client.letters.retrieve(dossier.substitutionLetterId!)).channel, 'lre');
  });

  it('refuses a start too soon with the earliest start, an unknown insurer, and changes nothing', async () => {
    const dossier = await sandbox.client.loanDossiers.create(base);
    const earliest = loanEarliestStart(dispatchDate({ channel: 'lre', validatedAt: MONDAY_MORNING, firstSend: false }));
    await assert.rejects(
      sandbox.client.loanDossiers.update(dossier.id, { effectiveDate: addDays(earliest, -1) }),
      (error) => isRuleViolationError(error, 'loan_start_too_soon') && error.data.earliestStart === earliest,
    );
    assert.equal((await sandbox.client.loanDossiers.update(dossier.id, { effectiveDate: earliest })).effectiveDate, earliest);
    await assert.rejects(sandbox.client.loanDossiers.update(dossier.id, { oldInsurerId: 'bnk_bnp' }), refusedOn('oldInsurerId', 'unknown_recipient'));
    assert.equal((await sandbox.client.loanDossiers.retrieve(dossier.id)).oldInsurerId, 'ins_cnp');
  });

  it('once the request has left, the dossier can no longer change', async () => {
    const dossier = await sandbox.client.loanDossiers.create(base);
    await sandbox.client.loanDossiers.sendSubstitution(dossier.id, { mode: 'now' });
    await assert.rejects(sandbox.client.loanDossiers.update(dossier.id, { newInsurerName: 'Cardif' }), (error) => isJrmcApiError(error) && error.status === 409);
    assert.equal((await sandbox.client.loanDossiers.retrieve(dossier.id)).newInsurerName, 'April');
  });
});
