import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { isJrmcApiError, isRuleViolationError } from '@jrmc/core';
import { PDFDocument } from 'pdf-lib';
import { dossierParams, startTestSandbox, type TestSandbox } from './helpers.js';
import { onePagePdfBase64, samplePdf } from './pdf-samples.js';
import { pdfTextLines } from './pdf-text.js';


const CONDITIONS_SENTENCE = /ci-joint les conditions générales et particulières/;

describe('the new contract’s conditions attached to the substitution request', () => {
  let sandbox: TestSandbox;
  before(async () => {
    sandbox = await startTestSandbox();
  });
  after(() => sandbox.close());

  it('nothing by default: the request then asks the bank to check equivalence without announcing any file', async () => {
    const dossier = await sandbox.client.loanDossiers.create(dossierParams());
    const letter = await sandbox.client.letters.retrieve(dossier.substitutionLetterId!);
    assert.ok(letter.service === 'borrower-insurance');
    assert.deepEqual(letter.attachments, []);
    const text = await sandbox.client.letters.preview(letter.id);
    assert.ok(!CONDITIONS_SENTENCE.test(text.paragraphs.join(' ')));
    assert.deepEqual(text.attachments, []);
  });

  it('uploaded on the dossier’s substitution letter: listed, downloadable byte for byte, announced, removable while draft', async () => {
    const dossier = await sandbox.client.loanDossiers.create(dossierParams());
    const letterId = dossier.substitutionLetterId!;
    const bytes = await samplePdf('Conditions générales April');
    const general = await sandbox.client.letters.attachments.upload(letterId, { kind: 'new-contract-conditions', fileName: 'cg-april.pdf', contentBase64: Buffer.from(bytes).toString('base64') });
    const particular = await sandbox.client.letters.attachments.upload(letterId, { kind: 'new-contract-conditions', fileName: 'cp-april.pdf', contentBase64: await onePagePdfBase64('Conditions particulières') });
    assert.equal(general.sha256, createHash('sha256').update(bytes).digest('hex'));

    const letter = await sandbox.client.letters.retrieve(letterId);
    assert.ok(letter.service === 'borrower-insurance');
    assert.deepEqual(letter.attachments, [general, particular], 'both files kept, in upload order');
    assert.deepEqual((await sandbox.client.letters.attachments.list(letterId)).data, [general, particular]);
    assert.deepEqual(await sandbox.client.letters.attachments.download(letterId, general.id), bytes);
    const text = await sandbox.client.letters.preview(letterId);
    assert.match(text.paragraphs.join(' '), CONDITIONS_SENTENCE);
    assert.equal(text.attachments.length, 2);

    await sandbox.client.letters.attachments.remove(letterId, general.id);
    await sandbox.client.letters.attachments.remove(letterId, particular.id);
    const bare = await sandbox.client.letters.preview(letterId);
    assert.ok(!CONDITIONS_SENTENCE.test(bare.paragraphs.join(' ')), 'no longer announced once removed');
  });

  it('refuses a non-PDF, a bank acceptance (not for this letter) and keeps what was attached before', async () => {
    const dossier = await sandbox.client.loanDossiers.create(dossierParams());
    const letterId = dossier.substitutionLetterId!;
    const kept = await sandbox.client.letters.attachments.upload(letterId, { kind: 'new-contract-conditions', fileName: 'cg.pdf', contentBase64: await onePagePdfBase64() });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64');
    await assert.rejects(
      sandbox.client.letters.attachments.upload(letterId, { kind: 'new-contract-conditions', fileName: 'cg.png', contentBase64: png }),
      (error) => isJrmcApiError(error) && error.status === 400 && error.issues.some((issue) => issue.path.join('.') === 'contentBase64' && issue.code === 'not_pdf'),
    );
    await assert.rejects(
      sandbox.client.letters.attachments.upload(letterId, { kind: 'bank-acceptance', fileName: 'accord.pdf', contentBase64: await onePagePdfBase64() }),
      (error) => isJrmcApiError(error) && error.status === 400 && error.issues.some((issue) => issue.path.join('.') === 'kind' && issue.code === 'kind_not_allowed'),
    );
    assert.deepEqual((await sandbox.client.letters.attachments.list(letterId)).data, [kept]);
  });

  it('sent with AR, the bank receives one PDF: the request (announcing the conditions) then their pages; then they are locked', async () => {
    const dossier = await sandbox.client.loanDossiers.create(dossierParams());
    const letterId = dossier.substitutionLetterId!;
    await sandbox.client.letters.attachments.upload(letterId, { kind: 'new-contract-conditions', fileName: 'cg.pdf', contentBase64: await onePagePdfBase64('Conditions du contrat April', 2) });
    await sandbox.client.loanDossiers.sendSubstitution(dossier.id, { mode: 'now' });
    await sandbox.sandbox.advanceClock(sandbox.accountId, { seconds: 60 });
    const copy = (await sandbox.client.letters.proofs(letterId)).data.find((proof) => proof.kind === 'letter');
    assert.ok(copy);
    const pdf = await sandbox.client.letters.downloadProof(letterId, copy.id);
    const lines = pdfTextLines(pdf);
    const first = lines.findIndex((line) => line.startsWith('Conditions du contrat April 1/2'));
    assert.ok(first > 0 && lines[first + 1]?.startsWith('Conditions du contrat April 2/2'), lines.join('\n'));
    assert.ok(lines.slice(0, first).join(' ').includes('conditions générales'), 'the request announces them before their pages');
    assert.ok((await PDFDocument.load(pdf)).getPageCount() >= 3);
    await assert.rejects(
      sandbox.client.letters.attachments.upload(letterId, { kind: 'new-contract-conditions', fileName: 'late.pdf', contentBase64: await onePagePdfBase64() }),
      (error) => isRuleViolationError(error, 'content_locked'),
    );
  });
});
