import { samplePdfBase64 } from './sample-pdf.js';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import { describe, it } from 'node:test';
import { isRuleViolationError, verifyWebhook, type JrmcClient } from '@jrmc/core';
import type { WebhookEvent } from '@jrmc/core/contract';
import { completeDraft, martin, startTestSandbox } from './helpers.js';

const samplePdf = samplePdfBase64();

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

describe('webhooks', () => {
  it('delivers signed events, retrying a failing endpoint with backoff', async () => {
    const received: WebhookEvent[] = [];
    let failuresLeft = 1;
    let secret = '';
    const receiver = createServer(async (request, response) => {
      const body = await readBody(request);
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        response.writeHead(500).end();
        return;
      }
      try {
        received.push(await verifyWebhook(body, request.headers['jrmc-signature'] as string, secret, { toleranceSeconds: 300 }));
        response.writeHead(200).end();
      } catch {
        response.writeHead(400).end();
      }
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as { port: number };
    const sandbox = await startTestSandbox({ server: { allowLoopbackWebhooks: true } });
    const advance = async (params: { seconds?: number; days?: number }) => {
      await sandbox.client.sandbox.advanceClock(params);
      // Deliveries run in the background, never inside the request: wait for them here.
      await sandbox.sandbox.settleWebhooks();
    };
    try {
      const endpoint = await sandbox.client.webhookEndpoints.create({ url: `http://127.0.0.1:${port}/hooks`, events: ['letter.sent', 'letter.picked_up'] });
      secret = endpoint.secret!;
      assert.match(secret, /^whsec_/);
      assert.equal((await sandbox.client.webhookEndpoints.list()).data[0]!.secret, undefined, 'the secret is shown once');
      const draft = await completeDraft(sandbox.client, { reason: 'custom', customReasonText: 'Départ' });
      await sandbox.client.letters.send(draft.id, { mode: 'now' });
      await sandbox.sandbox.settleWebhooks();
      await advance({ seconds: 30 });
      assert.equal(received.length, 0, 'first attempt failed (500)');
      await advance({ seconds: 60 });
      assert.deepEqual(received.map((event) => event.type), ['letter.sent']);
      await advance({ days: 3 });
      assert.deepEqual(received.map((event) => event.type), ['letter.sent', 'letter.picked_up']);
      const picked = received[1]!;
      assert.ok(picked.type === 'letter.picked_up' && 'letter' in picked.data && picked.data.letter.id === draft.id);
      const log = await sandbox.client.events.list().toArray();
      assert.ok(log.some((event) => event.type === 'letter.scheduled'), 'the log has every event, subscribed or not');
    } finally {
      await sandbox.close();
      receiver.close();
    }
  });
});

describe('borrower insurance', () => {
  async function openDossier(client: JrmcClient, effectiveDate: string) {
    return client.loanDossiers.create({
      subscriber: martin,
      bankId: 'bnk_bnp',
      loanReferences: ['PR-2024-001', 'PR-2024-002'],
      oldInsurerId: 'ins_cnp',
      oldContractReferences: ['CNP-1'],
      newInsurerName: 'April',
      newContractReferences: ['APR-9'],
      effectiveDate,
      route: 'lre',
    });
  }

  it('substitution with AR, bank acceptance, then termination to the old insurer', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      await assert.rejects(openDossier(client, '2026-12-24'), (error) => isRuleViolationError(error, 'loan_start_too_soon') && error.data.earliestStart === '2026-12-25');
      const dossier = await openDossier(client, '2027-02-15');
      assert.equal(dossier.status, 'draft');
      const sent = await client.loanDossiers.sendSubstitution(dossier.id, { mode: 'now' });
      assert.equal(sent.status, 'substitution_sent');
      const substitution = await client.letters.retrieve(dossier.substitutionLetterId!);
      assert.equal(substitution.withAcknowledgement, true);
      assert.equal(substitution.status, 'sent');
      const preview = await client.letters.preview(substitution.id);
      assert.match(preview.subject, /PR-2024-001, PR-2024-002/);
      assert.match(preview.paragraphs.join(' '), /10 jours ouvrés/);
      await assert.rejects(client.loanDossiers.sendTermination(dossier.id, { mode: 'now' }), (error) => isRuleViolationError(error, 'bank_answer_pending'));
      await assert.rejects(client.loanDossiers.recordBankAnswer(dossier.id, { accepted: true, answeredOn: '2026-12-10' }), (error: unknown) => (error as Error).name === 'ValidationError', 'an answer cannot come from the future');
      await client.sandbox.advanceClock({ to: '2026-12-10T09:00:00Z' });
      await client.loanDossiers.recordBankAnswer(dossier.id, { accepted: true, answeredOn: '2026-12-10' });
      const done = await client.loanDossiers.sendTermination(dossier.id, { mode: 'now' });
      assert.equal(done.status, 'termination_sent');
      const termination = await client.letters.retrieve(done.terminationLetterId!);
      assert.equal(termination.recipient?.name, 'CNP Assurances');
      await client.sandbox.advanceClock({ days: 3 });
      assert.equal((await client.letters.retrieve(termination.id)).status, 'signed');
    } finally {
      await sandbox.close();
    }
  });
});

describe('paper mail and credit', () => {
  it('in transit, delivered with AR; investigation only after 15 days in transit', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const post = async (name: string) => {
        const letter = await client.paperMail.create({
          product: 'recommande-ar',
          addressee: { name, address: { line1: '1 place de la Comédie', postcode: '69001', city: 'Lyon' } },
          document: { filename: 'courrier.pdf', contentBase64: samplePdf },
        });
        return client.paperMail.send(letter.id, { mode: 'now' });
      };
      const delivered = await post('Mairie de Lyon');
      const lost = await post('Perdu SANDBOX-PERDU');
      assert.equal(delivered.dispatchDate, '2026-11-30');
      await client.sandbox.advanceClock({ days: 5 });
      const after = await client.letters.retrieve(delivered.id);
      assert.equal(after.status, 'signed');
      const { data: events } = await client.letters.events(delivered.id);
      assert.deepEqual(events.map((event) => event.type), ['created', 'scheduled', 'sent', 'in_transit', 'delivered', 'signed']);
      const { data: proofs } = await client.letters.proofs(delivered.id);
      const copy = await client.letters.downloadProof(delivered.id, proofs.find((proof) => proof.kind === 'letter')!.id);
      assert.equal(atob(samplePdf), new TextDecoder().decode(copy), 'the paper letter is the uploaded PDF');

      assert.equal((await client.letters.retrieve(lost.id)).status, 'in_transit');
      await assert.rejects(client.paperMail.openInvestigation(lost.id, { message: 'Toujours en transit' }), (error) => isRuleViolationError(error, 'investigation_not_open') && error.data.opensOn === '2026-12-16');
      await client.sandbox.advanceClock({ to: '2026-12-16T09:00:00Z' });
      const investigated = await client.paperMail.openInvestigation(lost.id, { message: 'Toujours en transit' });
      assert.ok(investigated.service === 'paper-mail' && investigated.investigation?.message === 'Toujours en transit');
    } finally {
      await sandbox.close();
    }
  });

  it('top-up by card with a receipt; a declined card changes nothing', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const before = (await client.credit.retrieve()).balance;
      const topUp = await client.credit.topUp({ amount: 5000, paymentToken: 'tok_visa' });
      assert.equal(topUp.balance, before + 5000);
      const receipts = await client.credit.receipts().toArray();
      assert.equal(receipts[0]!.id, topUp.receipt.id);
      const pdf = await client.credit.downloadReceipt(topUp.receipt.id);
      assert.equal(new TextDecoder().decode(pdf.subarray(0, 5)), '%PDF-');
      await assert.rejects(client.credit.topUp({ amount: 5000, paymentToken: 'tok_card_declined' }), (error) => isRuleViolationError(error, 'card_declined'));
      assert.equal((await client.credit.retrieve()).balance, before + 5000);
    } finally {
      await sandbox.close();
    }
  });

  it('adding a contract with another subscriber, recipient or reason is refused with what differs', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const draft = await completeDraft(client, { reason: 'echeance', facts: { renewalDate: '2027-06-01' } });
      const combined = await client.letters.addContract(draft.id, { contract: { number: 'MRH-2' }, subscriber: { ...(martin as Extract<typeof martin, { kind: 'person' }>), lastName: 'MARTIN' } });
      assert.ok(combined.service === 'termination' && combined.contracts.length === 2);
      await assert.rejects(client.letters.addContract(draft.id, { contract: { number: 'MRH-3' }, recipientId: 'ins_maif', reason: 'loi-hamon' }), (error) => {
        assert.ok(isRuleViolationError(error, 'not_combinable'));
        assert.deepEqual(error.data.differs, ['recipient', 'reason']);
        return true;
      });
    } finally {
      await sandbox.close();
    }
  });
});
