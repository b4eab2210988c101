import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, isRuleViolationError, isValidationError, loanTerminationEffectiveDate, parisDate, type JrmcClient } from '@jrmc/core';
import { dossierParams, martin, startTestSandbox } from './helpers.js';
import { samplePdfBase64 } from './sample-pdf.js';
import { PDFDocument } from 'pdf-lib';

// A real one-page PDF: the bank's acceptance is merged into the termination letter's PDF.
const pdf = (_label: string) => ({ filename: 'accord-banque.pdf', contentBase64: samplePdfBase64() });


async function eventTypes(client: JrmcClient, dossierId: string): Promise<string[]> {
  const events = await client.events.list({ limit: 100 }).toArray();
  return events
    .filter((event) => event.type.startsWith('loan_dossier.') && 'dossier' in event.data && event.data.dossier.id === dossierId)
    .map((event) => event.type)
    .reverse();
}

describe('loan dossiers: a dossier follows its letters and the bank', () => {
  it('SANDBOX-BANQUE-ACCEPTE-J<n>: the bank accepts n days after signing for the request, on the clock; the termination carries its letter', async () => {
    for (const days of [0, 3, 12]) {
      const { client, close } = await startTestSandbox();
      try {
        const dossier = await client.loanDossiers.create(dossierParams({ loanReferences: [`PR-1 SANDBOX-BANQUE-ACCEPTE-J${days}`] }));
        await client.loanDossiers.sendSubstitution(dossier.id, { mode: 'now' });
        await client.sandbox.advanceClock({ days: 40 });
        const substitution = await client.letters.retrieve(dossier.substitutionLetterId!);
        assert.equal(substitution.status, 'signed');
        const signedAt = (await client.letters.events(substitution.id)).data.find((event) => event.type === 'signed')!.at;
        const accepted = await client.loanDossiers.retrieve(dossier.id);
        assert.equal(accepted.status, 'accepted');
        assert.deepEqual(accepted.bankAnswer, { outcome: 'accepted', answeredOn: addDays(parisDate(new Date(signedAt)), days), bankLetter: null });
        assert.equal(accepted.acceptedOn, accepted.bankAnswer!.answeredOn);

        const done = await client.loanDossiers.sendTermination(dossier.id, { mode: 'now', bankLetter: pdf('accord') });
        assert.equal(done.status, 'termination_sent');
        assert.equal(done.bankAnswer?.bankLetter?.filename, 'accord-banque.pdf');
        const termination = await client.letters.retrieve(done.terminationLetterId!);
        assert.equal(termination.withAcknowledgement, true);
        // The bank's acceptance is a real attachment of the termination: listed, and announced by its text.
        assert.ok(termination.service === 'borrower-insurance');
        assert.deepEqual(termination.attachments.map((file) => [file.kind, file.fileName]), [['bank-acceptance', 'accord-banque.pdf']]);
        assert.match((await client.letters.preview(termination.id)).attachments.join(' '), /accord-banque\.pdf/);
        await client.sandbox.advanceClock({ seconds: 60 });
        const copy = (await client.letters.proofs(termination.id)).data.find((proof) => proof.kind === 'letter');
        assert.ok(copy, 'the letter copy is issued');
        const pages = (await PDFDocument.load(await client.letters.downloadProof(termination.id, copy.id))).getPageCount();
        assert.ok(pages >= 2, `the bank's acceptance is merged after the letter (${pages} pages)`);
        assert.equal(done.terminationEffectiveDate, loanTerminationEffectiveDate(termination.dispatchDate!, dossier.effectiveDate));
        assert.deepEqual(await eventTypes(client, dossier.id), ['loan_dossier.created', 'loan_dossier.substitution_sent', 'loan_dossier.accepted', 'loan_dossier.termination_sent']);
      } finally {
        await close();
      }
    }
  });

  it('SANDBOX-BANQUE-REFUSE: the bank refuses, the dossier ends and no termination can be sent', async () => {
    const { client, close } = await startTestSandbox();
    try {
      const dossier = await client.loanDossiers.create(dossierParams({ loanReferences: ['SANDBOX-BANQUE-REFUSE'] }));
      await client.loanDossiers.sendSubstitution(dossier.id, { mode: 'now' });
      await client.sandbox.advanceClock({ days: 10 });
      const refused = await client.loanDossiers.retrieve(dossier.id);
      assert.equal(refused.status, 'refused');
      assert.equal(refused.acceptedOn, null);
      await assert.rejects(client.loanDossiers.sendTermination(dossier.id, { mode: 'now' }), (error) => isRuleViolationError(error, 'bank_refused'));
      assert.equal((await client.loanDossiers.retrieve(dossier.id)).terminationLetterId, null);
    } finally {
      await close();
    }
  });

  it('cancelling the substitution reopens the dossier; it is sent again; its letters never go to the trash', async () => {
    const { client, close } = await startTestSandbox();
    try {
      const dossier = await client.loanDossiers.create(dossierParams({ effectiveDate: '2027-04-01' }));
      await assert.rejects(client.letters.trash(dossier.substitutionLetterId!), (error) => isRuleViolationError(error, 'not_trashable'));
      const scheduled = await client.loanDossiers.sendSubstitution(dossier.id, { mode: 'scheduled', scheduledDate: '2026-12-15' });
      assert.equal(scheduled.status, 'substitution_sent');
      await client.letters.cancel(dossier.substitutionLetterId!);
      assert.equal((await client.loanDossiers.retrieve(dossier.id)).status, 'draft');
      const again = await client.loanDossiers.sendSubstitution(dossier.id, { mode: 'now' });
      assert.equal(again.status, 'substitution_sent');
      assert.equal(again.substitutionLetterId, dossier.substitutionLetterId);
      assert.deepEqual(await eventTypes(client, dossier.id), ['loan_dossier.created', 'loan_dossier.substitution_sent', 'loan_dossier.reopened', 'loan_dossier.substitution_sent']);
    } finally {
      await close();
    }
  });

  it('a bank answer is refused (and nothing changes) for a non-PDF letter, a future day or a day before the request', async () => {
    const { client, sandbox, accountId, close } = await startTestSandbox();
    try {
      const dossier = await client.loanDossiers.create(dossierParams());
      await client.loanDossiers.sendSubstitution(dossier.id, { mode: 'now' });
      const today = parisDate(sandbox.now(accountId));
      await client.sandbox.advanceClock({ days: 5 });
      const answeredOn = addDays(today, 3);
      const png = { filename: 'accord.pdf', contentBase64: btoa('\x89PNG\r\n') };
      const issuePath = (error: unknown) => (isValidationError(error) ? error.issues[0]?.path.join('.') : null);
      await assert.rejects(client.loanDossiers.recordBankAnswer(dossier.id, { accepted: true, answeredOn, bankLetter: png }), (error) => issuePath(error) === 'bankLetter.contentBase64');
      const unreadable = { filename: 'accord.pdf', contentBase64: btoa('%PDF-1.4\n%not really a pdf\n%%EOF\n') };
      await assert.rejects(client.loanDossiers.recordBankAnswer(dossier.id, { accepted: true, answeredOn, bankLetter: unreadable }), (error) => issuePath(error) === 'bankLetter.contentBase64');
      await assert.rejects(client.loanDossiers.recordBankAnswer(dossier.id, { accepted: true, answeredOn: addDays(today, 6) }), (error) => issuePath(error) === 'answeredOn');
      await assert.rejects(client.loanDossiers.recordBankAnswer(dossier.id, { accepted: true, answeredOn: addDays(today, -1) }), (error) => issuePath(error) === 'answeredOn');
      assert.equal((await client.loanDossiers.retrieve(dossier.id)).status, 'substitution_sent', 'nothing recorded');
      const accepted = await client.loanDossiers.recordBankAnswer(dossier.id, { accepted: true, answeredOn, bankLetter: pdf('ok') });
      assert.equal(accepted.status, 'accepted');
      assert.equal(accepted.bankAnswer?.bankLetter?.filename, 'accord-banque.pdf');
    } finally {
      await close();
    }
  });

  it('lists dossiers newest first with filters (status, bank, handler, days, name or reference) and cursors', async () => {
    const { client, close } = await startTestSandbox();
    try {
      const created = [];
      for (let index = 0; index < 7; index += 1) {
        const bankId = index % 2 === 0 ? 'bnk_bnp' : 'bnk_sg';
        const subscriber = index === 4 && martin.kind === 'person' ? { ...martin, lastName: 'Lefèvre' } : martin;
        created.push(await client.loanDossiers.create(dossierParams({ bankId, subscriber, loanReferences: [`PR-${index}`] })));
      }
      await client.loanDossiers.sendSubstitution(created[2]!.id, { mode: 'now' });
      const ids = (list: { id: string }[]) => list.map((dossier) => dossier.id);
      assert.deepEqual(ids(await client.loanDossiers.list({ limit: 3 }).toArray()), ids(created).reverse(), 'every page, newest first');
      assert.deepEqual(ids(await client.loanDossiers.list({ bankId: 'bnk_sg' }).toArray()), ids(created.filter((dossier) => dossier.bankId === 'bnk_sg')).reverse());
      assert.deepEqual(ids(await client.loanDossiers.list({ status: 'substitution_sent' }).toArray()), [created[2]!.id]);
      assert.deepEqual(ids(await client.loanDossiers.list({ q: 'lefevre' }).toArray()), [created[4]!.id], 'accents ignored');
      assert.deepEqual(ids(await client.loanDossiers.list({ q: 'pr-5' }).toArray()), [created[5]!.id], 'by loan reference');
      const today = created[0]!.createdAt.slice(0, 10);
      assert.equal((await client.loanDossiers.list({ createdTo: addDays(today, -1) }).toArray()).length, 0);
      assert.equal((await client.loanDossiers.list({ createdFrom: today, assigneeId: created[0]!.assigneeId ?? undefined }).toArray()).length, 7);
      await assert.rejects(client.loanDossiers.list({ cursor: 'nope' }).toArray(), (error) => isValidationError(error));
    } finally {
      await close();
    }
  });
});
