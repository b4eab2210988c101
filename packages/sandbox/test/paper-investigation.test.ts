import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { investigationAnswerBy, isRuleViolationError, parisDate, parisTimeToInstant, type JrmcClient, type PostalProduct } from '@jrmc/core';
import type { LetterRecord } from '../src/services/records.js';
import { samplePdfBase64 } from './sample-pdf.js';
import { startTestSandbox } from './helpers.js';

const LYON = { line1: '1 place de la Comédie', postcode: '69001', city: 'Lyon' };

async function post(client: JrmcClient, product: PostalProduct, name: string) {
  const draft = await client.paperMail.create({ product, addressee: { name, address: LYON }, document: { filename: 'courrier.pdf', contentBase64: samplePdfBase64(1) } });
  const sent = await client.paperMail.send(draft.id, { mode: 'now' });
  assert.ok(sent.service === 'paper-mail' && sent.investigationOpensOn);
  return sent;
}

async function paperLetter(client: JrmcClient, id: string) {
  const letter = await client.letters.retrieve(id);
  assert.ok(letter.service === 'paper-mail');
  return letter;
}

describe('paper investigation: La Poste’s answer comes with the clock', () => {
  it('SANDBOX-PERDU: opened after 15 days, open until its answer day, then closed as lost; the letter stays in transit', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const lost = await post(client, 'recommande', 'Mairie SANDBOX-PERDU');
      await client.sandbox.advanceClock({ to: `${lost.investigationOpensOn}T09:00:00Z` });
      const opened = await client.paperMail.openInvestigation(lost.id, { message: 'Toujours en cours d’acheminement.' });
      assert.ok(opened.service === 'paper-mail' && opened.investigation);
      const openedOn = parisDate(new Date(opened.investigation.openedAt));
      assert.equal(opened.investigation.answerBy, investigationAnswerBy(openedOn));
      assert.equal(opened.investigation.closedAt, null);
      assert.equal(opened.investigation.outcome, null);

      // The day before the answer: still open.
      await client.sandbox.advanceClock({ to: parisTimeToInstant(opened.investigation.answerBy, '00:00').toISOString() });
      assert.equal((await paperLetter(client, lost.id)).investigation?.outcome, null);

      await client.sandbox.advanceClock({ days: 1 });
      const closed = await paperLetter(client, lost.id);
      assert.equal(closed.investigation?.outcome, 'lost');
      assert.equal(parisDate(new Date(closed.investigation!.closedAt!)), opened.investigation.answerBy);
      assert.equal(closed.investigation?.message, 'Toujours en cours d’acheminement.');
      assert.equal(closed.status, 'in_transit');

      const { data: events } = await client.letters.events(lost.id);
      const types = events.map((event) => event.type);
      assert.deepEqual(types.slice(-2), ['investigation_opened', 'investigation_closed']);
      assert.deepEqual(events.at(-1)!.data, { outcome: 'lost' });
      const webhooks = await client.events.list({ type: 'letter.investigation_closed' }).toArray({ limit: 5 });
      assert.equal(webhooks.length, 1);
      assert.ok(webhooks[0]!.type === 'letter.investigation_closed' && 'letter' in webhooks[0]!.data && webhooks[0]!.data.letter.id === lost.id);

      // Asking again returns the closed investigation, unchanged.
      const again = await client.paperMail.openInvestigation(lost.id, { message: 'Encore ?' });
      assert.deepEqual(again.service === 'paper-mail' && again.investigation, closed.investigation);
    } finally {
      await sandbox.close();
    }
  });

  it('SANDBOX-SUIVI-FIGE with AR: the search finds it delivered; the letter is then delivered and signed with its AR card', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const frozen = await post(client, 'recommande-ar', 'Assureur SANDBOX-SUIVI-FIGE');
      await client.sandbox.advanceClock({ to: `${frozen.investigationOpensOn}T09:00:00Z` });
      assert.equal((await paperLetter(client, frozen.id)).status, 'in_transit');
      const opened = await client.paperMail.openInvestigation(frozen.id, { message: 'Le destinataire dit ne rien avoir reçu.' });
      assert.ok(opened.service === 'paper-mail' && opened.investigation);
      await client.sandbox.advanceClock({ days: 22 });
      const found = await paperLetter(client, frozen.id);
      assert.equal(found.investigation?.outcome, 'delivered');
      assert.equal(found.status, 'signed');
      const { data: proofs } = await client.letters.proofs(frozen.id);
      assert.ok(proofs.some((proof) => proof.kind === 'receipt'));
    } finally {
      await sandbox.close();
    }
  });

  it('SANDBOX-RETOUR-TROUVE: the search finds it returned to sender; the letter then reads returned', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const stuck = await post(client, 'lettre-suivie', 'Mutuelle SANDBOX-RETOUR-TROUVE');
      await client.sandbox.advanceClock({ to: `${stuck.investigationOpensOn}T09:00:00Z` });
      // Unlike SANDBOX-RETOUR, nothing moves on its own: the tracking stays in transit until La Poste answers.
      assert.equal((await paperLetter(client, stuck.id)).status, 'in_transit');
      const opened = await client.paperMail.openInvestigation(stuck.id, { message: 'Aucune nouvelle depuis trois semaines.' });
      assert.ok(opened.service === 'paper-mail' && opened.investigation);
      await client.sandbox.advanceClock({ to: parisTimeToInstant(opened.investigation.answerBy, '12:00').toISOString() });
      const found = await paperLetter(client, stuck.id);
      assert.equal(found.investigation?.outcome, 'returned');
      assert.equal(found.status, 'returned');
      const { data: events } = await client.letters.events(stuck.id);
      assert.deepEqual(events.find((event) => event.type === 'investigation_closed')?.data, { outcome: 'returned' });
    } finally {
      await sandbox.close();
    }
  });

  it('nothing can be investigated on the 15th day in transit: the refusal names the first day', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const lost = await post(client, 'lettre-suivie', 'SANDBOX-PERDU');
      await client.sandbox.advanceClock({ days: 15 });
      await assert.rejects(client.paperMail.openInvestigation(lost.id, { message: 'Trop tôt' }), (error) => isRuleViolationError(error, 'investigation_not_open') && error.data.opensOn === lost.investigationOpensOn);
      assert.equal((await paperLetter(client, lost.id)).investigation, null);
    } finally {
      await sandbox.close();
    }
  });

  it('an investigation stored before answers existed reads as open, with its answer day, and is answered once saved again', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const lost = await post(client, 'lettre-suivie', 'Mairie SANDBOX-PERDU');
      await client.sandbox.advanceClock({ to: `${lost.investigationOpensOn}T09:00:00Z` });
      const opened = await client.paperMail.openInvestigation(lost.id, { message: 'Toujours rien.' });
      assert.ok(opened.service === 'paper-mail' && opened.investigation);
      // The shape an earlier sandbox wrote: no answer day, no result.
      const store = sandbox.sandbox.store;
      const record = store.get<LetterRecord>('letters', lost.id)!;
      const oldShape = { openedAt: opened.investigation.openedAt, message: 'Toujours rien.' };
      store.transaction(() => store.put('letters', { ...record, investigation: oldShape } as unknown as LetterRecord));
      const read = await paperLetter(client, lost.id);
      assert.deepEqual(read.investigation, { ...opened.investigation, closedAt: null, outcome: null });
      // Any write of such a record (here the one above) indexes its answer day: the clock then answers it.
      await client.sandbox.advanceClock({ days: 22 });
      assert.equal((await paperLetter(client, lost.id)).investigation?.outcome, 'lost');
    } finally {
      await sandbox.close();
    }
  });
});
