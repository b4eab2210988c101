import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { isJrmcApiError } from '@jrmc/core';
import { balanceOf, dossierParams, startTestSandbox, type TestSandbox } from './helpers.js';
import { samplePdf } from './pdf-samples.js';

const base = dossierParams();

const document = async (label: string) => {
  const bytes = await samplePdf(label);
  return { bytes, upload: { filename: `${label}.pdf`, contentBase64: Buffer.from(bytes).toString('base64') } };
};

describe('a dossier’s other letters ("autre courrier")', () => {
  let sandbox: TestSandbox;
  before(async () => {
    sandbox = await startTestSandbox();
  });
  after(() => sandbox.close());

  it('the user’s PDF to the bank, sent with AR like any letter, listed on the dossier, its status unchanged; the copy is that PDF', async () => {
    const dossier = await sandbox.client.loanDossiers.create(base);
    const { bytes, upload } = await document('Relance banque');
    const letter = await sandbox.client.loanDossiers.createOtherLetter(dossier.id, { recipient: 'bank', document: upload });
    assert.ok(letter.service === 'borrower-insurance' && letter.kind === 'other' && letter.dossierId === dossier.id);
    assert.equal(letter.status, 'draft');
    assert.equal(letter.recipient?.id, 'bnk_bnp');
    assert.deepEqual(letter.recipient?.address, dossier.bankAddress);
    assert.deepEqual((await sandbox.client.loanDossiers.retrieve(dossier.id)).otherLetterIds, [letter.id]);

    const before = await balanceOf(sandbox.client);
    const quote = await sandbox.client.letters.quote(letter.id, { mode: 'now' });
    const sent = await sandbox.client.letters.send(letter.id, { mode: 'now', withAcknowledgement: false });
    assert.equal(sent.withAcknowledgement, true, 'a borrower-insurance letter always goes with AR');
    assert.equal(await balanceOf(sandbox.client), before - quote.price.inclVat);
    const after = await sandbox.client.loanDossiers.retrieve(dossier.id);
    assert.equal(after.status, 'draft', 'an other letter never moves the dossier');

    await sandbox.sandbox.advanceClock(sandbox.accountId, { seconds: 60 });
    const copy = (await sandbox.client.letters.proofs(letter.id)).data.find((proof) => proof.kind === 'letter');
    assert.ok(copy);
    const pdf = await sandbox.client.letters.downloadProof(letter.id, copy.id);
    assert.equal(createHash('sha256').update(pdf).digest('hex'), createHash('sha256').update(bytes).digest('hex'), 'sent as uploaded');
  });

  it('to the old insurer by LRE, whatever the dossier’s route; several letters listed oldest first', async () => {
    const dossier = await sandbox.client.loanDossiers.create({ ...base, route: 'paper' });
    const toBank = await sandbox.client.loanDossiers.createOtherLetter(dossier.id, { recipient: 'bank', document: (await document('Pièces')).upload });
    const toInsurer = await sandbox.client.loanDossiers.createOtherLetter(dossier.id, { recipient: 'old-insurer', document: (await document('Question')).upload });
    assert.equal(toBank.channel, 'paper');
    assert.equal(toInsurer.channel, 'lre');
    assert.equal(toInsurer.recipient?.id, 'ins_cnp');
    assert.deepEqual((await sandbox.client.loanDossiers.retrieve(dossier.id)).otherLetterIds, [toBank.id, toInsurer.id]);
  });

  it('refuses what is not a PDF (naming document.contentBase64), creates nothing, and takes no attachments', async () => {
    const dossier = await sandbox.client.loanDossiers.create(base);
    await assert.rejects(
      sandbox.client.loanDossiers.createOtherLetter(dossier.id, { recipient: 'bank', document: { filename: 'a.png', contentBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]).toString('base64') } }),
      (error) => isJrmcApiError(error) && error.status === 400 && error.issues.some((issue) => issue.path.join('.') === 'document.contentBase64' && issue.code === 'not_pdf'),
    );
    assert.deepEqual((await sandbox.client.loanDossiers.retrieve(dossier.id)).otherLetterIds, []);
    const letter = await sandbox.client.loanDossiers.createOtherLetter(dossier.id, { recipient: 'bank', document: (await document('Lettre')).upload });
    await assert.rejects(
      sandbox.client.letters.attachments.upload(letter.id, { kind: 'client-mandate', fileName: 'm.pdf', contentBase64: (await document('Mandat')).upload.contentBase64 }),
      (error) => isJrmcApiError(error) && error.status === 400,
    );
  });
});
