import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { isJrmcApiError, isRuleViolationError, MAX_ATTACHMENT_BYTES } from '@jrmc/core';
import { PDFDocument } from 'pdf-lib';
import { completeDraft, startTestSandbox, type TestSandbox } from './helpers.js';
import { pdfTextLines } from './pdf-text.js';
import { onePagePdfBase64, samplePdf } from './pdf-samples.js';

const refusedOn = (field: string, code: string) => (error: unknown) =>
  isJrmcApiError(error) && error.status === 400 && error.issues.some((issue) => issue.path.join('.') === field && issue.code === code);

describe('files attached to a termination letter', () => {
  let sandbox: TestSandbox;
  before(async () => {
    sandbox = await startTestSandbox();
  });
  after(() => sandbox.close());

  it('nothing is attached by default, and the letter then never mentions a mandate', async () => {
    const letter = await completeDraft(sandbox.client, { reason: 'echeance', facts: { renewalDate: '2027-03-01' } });
    assert.equal(letter.service, 'termination');
    assert.deepEqual(letter.service === 'termination' && letter.attachments, []);
    assert.equal(letter.service === 'termination' && letter.mandateAttached, false);
    const text = await sandbox.client.letters.preview(letter.id);
    assert.equal(text.attachments.length, 0);
    assert.ok(!/mandat signé/i.test(JSON.stringify(text)), 'no attached mandate stated without the file');
  });

  it('an uploaded mandate is listed on the letter, downloadable byte for byte, mentioned in its text, and removable while draft', async () => {
    const letter = await completeDraft(sandbox.client, { reason: 'echeance', facts: { renewalDate: '2027-03-01' } });
    const bytes = await samplePdf('Mandat signé');
    const attachment = await sandbox.client.letters.attachments.upload(letter.id, { kind: 'client-mandate', fileName: 'mandat-martin.pdf', contentBase64: Buffer.from(bytes).toString('base64') });
    assert.equal(attachment.byteSize, bytes.byteLength);
    assert.equal(attachment.sha256, createHash('sha256').update(bytes).digest('hex'));

    const stored = await sandbox.client.letters.retrieve(letter.id);
    assert.ok(stored.service === 'termination');
    assert.deepEqual(stored.attachments, [attachment]);
    assert.equal(stored.mandateAttached, true);
    assert.deepEqual((await sandbox.client.letters.attachments.list(letter.id)).data, [attachment]);
    assert.deepEqual(await sandbox.client.letters.attachments.download(letter.id, attachment.id), bytes);
    const text = await sandbox.client.letters.preview(letter.id);
    assert.equal(text.attachments.length, 1);
    assert.match(text.attachments[0]!, /mandat signé/i);

    await sandbox.client.letters.attachments.remove(letter.id, attachment.id);
    const after = await sandbox.client.letters.retrieve(letter.id);
    assert.ok(after.service === 'termination');
    assert.deepEqual(after.attachments, []);
    assert.equal(after.mandateAttached, false);
    assert.equal((await sandbox.client.letters.preview(letter.id)).attachments.length, 0);
    await assert.rejects(sandbox.client.letters.attachments.download(letter.id, attachment.id), (error) => isJrmcApiError(error) && error.status === 404);
  });

  it('a second mandate replaces the first', async () => {
    const letter = await completeDraft(sandbox.client, { reason: 'echeance', facts: { renewalDate: '2027-03-01' } });
    await sandbox.client.letters.attachments.upload(letter.id, { kind: 'client-mandate', fileName: 'v1.pdf', contentBase64: await onePagePdfBase64('v1') });
    const second = await sandbox.client.letters.attachments.upload(letter.id, { kind: 'client-mandate', fileName: 'v2.pdf', contentBase64: await onePagePdfBase64('v2') });
    assert.deepEqual((await sandbox.client.letters.attachments.list(letter.id)).data, [second]);
  });

  it('refuses what is not a PDF, an empty file, a kind the letter cannot carry, an unreadable PDF — naming the field', async () => {
    const letter = await completeDraft(sandbox.client, { reason: 'echeance', facts: { renewalDate: '2027-03-01' } });
    const upload = (kind: 'client-mandate' | 'bank-acceptance', contentBase64: string) => sandbox.client.letters.attachments.upload(letter.id, { kind, fileName: 'f.pdf', contentBase64 });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64');
    await assert.rejects(upload('client-mandate', png), refusedOn('contentBase64', 'not_pdf'));
    await assert.rejects(upload('client-mandate', Buffer.from('%PDF-1.7 garbage that is no PDF at all').toString('base64')), refusedOn('contentBase64', 'unreadable_pdf'));
    await assert.rejects(upload('client-mandate', ''), (error) => isJrmcApiError(error) && error.status === 400 && error.issues.some((issue) => issue.path[0] === 'contentBase64'));
    await assert.rejects(upload('bank-acceptance', await onePagePdfBase64()), refusedOn('kind', 'kind_not_allowed'));
    assert.deepEqual((await sandbox.client.letters.attachments.list(letter.id)).data, [], 'nothing stored by a refused upload');
  });

  it('refuses a file over 10 MB (checked on the decoded bytes), and accepts one just under', async () => {
    const letter = await completeDraft(sandbox.client, { reason: 'echeance', facts: { renewalDate: '2027-03-01' } });
    const base = await samplePdf();
    const padded = (size: number) => {
      const bytes = new Uint8Array(size);
      bytes.set(base);
      bytes.fill(0x20, base.length); // trailing whitespace after %%EOF: still a readable PDF
      return Buffer.from(bytes).toString('base64');
    };
    await assert.rejects(
      sandbox.client.letters.attachments.upload(letter.id, { kind: 'client-mandate', fileName: 'big.pdf', contentBase64: padded(MAX_ATTACHMENT_BYTES + 1) }),
      (error) => refusedOn('contentBase64', 'too_large')(error) || (isJrmcApiError(error) && error.status === 400 && error.issues.some((issue) => issue.path[0] === 'contentBase64')),
    );
    const ok = await sandbox.client.letters.attachments.upload(letter.id, { kind: 'client-mandate', fileName: 'just-under.pdf', contentBase64: padded(MAX_ATTACHMENT_BYTES) });
    assert.equal(ok.byteSize, MAX_ATTACHMENT_BYTES);
  });

  it('paper mail has no attachments, and a sent letter’s attachments are locked', async () => {
    const letter = await completeDraft(sandbox.client, { reason: 'custom', customReasonText: 'Départ à l’étranger', facts: {} });
    await sandbox.client.letters.send(letter.id, { mode: 'now' });
    await assert.rejects(
      sandbox.client.letters.attachments.upload(letter.id, { kind: 'client-mandate', fileName: 'late.pdf', contentBase64: await onePagePdfBase64() }),
      (error) => isRuleViolationError(error, 'content_locked'),
    );
  });

  it('the sent letter PDF is the letter followed by the attached pages (copied, in order)', async () => {
    const letter = await completeDraft(sandbox.client, { reason: 'custom', customReasonText: 'Départ à l’étranger', facts: {} });
    await sandbox.client.letters.attachments.upload(letter.id, { kind: 'client-mandate', fileName: 'mandat.pdf', contentBase64: await onePagePdfBase64('Page du mandat', 2) });
    await sandbox.client.letters.send(letter.id, { mode: 'now' });
    await sandbox.sandbox.advanceClock(sandbox.accountId, { seconds: 60 });
    const proofs = (await sandbox.client.letters.proofs(letter.id)).data;
    const copy = proofs.find((proof) => proof.kind === 'letter');
    assert.ok(copy, JSON.stringify(proofs));
    const pdf = await sandbox.client.letters.downloadProof(letter.id, copy.id);
    const merged = await PDFDocument.load(pdf);
    const lines = pdfTextLines(pdf);
    const first = lines.findIndex((line) => line.startsWith('Page du mandat 1/2'));
    assert.ok(first > 0 && lines[first + 1]?.startsWith('Page du mandat 2/2'), lines.join('\n'));
    assert.ok(lines.slice(0, first).some((line) => /mandat signé/i.test(line)), 'the letter itself mentions the mandate before its pages');
    assert.ok(merged.getPageCount() >= 3);
    assert.equal(copy.letterSha256, createHash('sha256').update(pdf).digest('hex'));
  });
});
