import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRuleViolationError, isValidationError, paperDeliveryDate, postalProduct, postalProducts, type PostalProduct } from '@jrmc/core';
import type { JrmcClient } from '@jrmc/core';
import { samplePdfBase64, samplePdfText } from './sample-pdf.js';
import { startTestSandbox } from './helpers.js';

const LYON = { line1: '1 place de la Comédie', postcode: '69001', city: 'Lyon' };
const STRASBOURG = { line1: '1 parc de l’Étoile', postcode: '67000', city: 'Strasbourg' };

async function post(client: JrmcClient, product: PostalProduct, name = 'Mairie de Lyon', address = LYON) {
  const draft = await client.paperMail.create({ product, addressee: { name, address }, document: { filename: 'courrier.pdf', contentBase64: samplePdfBase64(2) } });
  return client.paperMail.send(draft.id, { mode: 'now' });
}

function refusedFor(code: string) {
  return (error: unknown) => isValidationError(error) && error.param === 'document.contentBase64' && error.issues[0]?.code === code;
}

describe('paper mail: each product followed as La Poste offers it', () => {
  it('écopli and lettre verte stay sent with an estimate; tracked ones reach their end; proofs match the product', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const sent = new Map<PostalProduct, string>();
      for (const { code } of postalProducts()) sent.set(code, (await post(client, code)).id);
      await client.sandbox.advanceClock({ days: 10 });
      for (const { code } of postalProducts()) {
        const letter = await client.letters.retrieve(sent.get(code)!);
        assert.ok(letter.service === 'paper-mail');
        const info = postalProduct(code);
        assert.equal(letter.expectedDeliveryDate, paperDeliveryDate(letter.dispatchDate!, code, { recipientPostcode: LYON.postcode }), code);
        const expectedStatus = !info.tracking ? 'sent' : info.proofOfReceipt ? 'signed' : 'delivered';
        assert.equal(letter.status, expectedStatus, `${code} status`);
        assert.equal(letter.trackingNumber !== null, info.tracking, `${code} tracking number`);
        assert.equal(letter.investigationOpensOn !== null, info.tracking, `${code} investigation date`);
        const { data: proofs } = await client.letters.proofs(letter.id);
        const kinds = proofs.map((proof) => proof.kind).sort();
        assert.deepEqual(kinds, ['letter', ...(info.proofOfSending ? ['deposit'] : []), ...(info.proofOfReceipt ? ['receipt'] : [])].sort(), `${code} proofs`);
      }
    } finally {
      await sandbox.close();
    }
  });

  it('a letter to Strasbourg is estimated on the Alsace-Moselle calendar (26 December is a holiday there)', async () => {
    const sandbox = await startTestSandbox({ startAt: new Date('2026-12-24T08:00:00Z') });
    try {
      const toStrasbourg = await post(sandbox.client, 'lettre-verte', 'Mairie', STRASBOURG);
      const toLyon = await post(sandbox.client, 'lettre-verte', 'Mairie', LYON);
      assert.ok(toStrasbourg.service === 'paper-mail' && toLyon.service === 'paper-mail');
      assert.equal(toStrasbourg.expectedDeliveryDate, paperDeliveryDate('2026-12-24', 'lettre-verte', { recipientPostcode: '67000' }));
      assert.ok(toStrasbourg.expectedDeliveryDate! > toLyon.expectedDeliveryDate!, 'one working day less in Alsace-Moselle');
    } finally {
      await sandbox.close();
    }
  });

  it('SANDBOX-RETOUR is returned; SANDBOX-PERDU can be investigated after 15 days; écopli never can', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const returned = await post(client, 'lettre-suivie', 'Société SANDBOX-RETOUR');
      const lost = await post(client, 'recommande', 'Mairie SANDBOX-PERDU');
      const ecopli = await post(client, 'ecopli', 'Mairie SANDBOX-PERDU');
      assert.ok(lost.service === 'paper-mail');
      await client.sandbox.advanceClock({ days: 10 });
      assert.equal((await client.letters.retrieve(returned.id)).status, 'returned');
      assert.equal((await client.letters.retrieve(lost.id)).status, 'in_transit');
      await assert.rejects(client.paperMail.openInvestigation(lost.id, { message: 'Toujours en transit' }), (error) => isRuleViolationError(error, 'investigation_not_open') && error.data.opensOn === lost.investigationOpensOn);
      await client.sandbox.advanceClock({ to: `${lost.investigationOpensOn}T09:00:00Z` });
      const investigated = await client.paperMail.openInvestigation(lost.id, { message: 'Toujours en transit' });
      assert.ok(investigated.service === 'paper-mail' && investigated.investigation?.message === 'Toujours en transit');
      await assert.rejects(client.paperMail.openInvestigation(ecopli.id, { message: 'Où est-il ?' }), (error) => isRuleViolationError(error, 'investigation_not_open'));
    } finally {
      await sandbox.close();
    }
  });
});

describe('paper mail: the document is checked by parsing it', () => {
  it('keeps the page count of an A4 PDF and gives the file back', async () => {
    const sandbox = await startTestSandbox();
    try {
      const draft = await sandbox.client.paperMail.create({ product: 'ecopli', addressee: { name: 'X', address: LYON }, document: { filename: 'a.pdf', contentBase64: samplePdfBase64(3) } });
      assert.ok(draft.service === 'paper-mail');
      assert.equal(draft.document.pageCount, 3);
      const bytes = await sandbox.client.paperMail.downloadDocument(draft.id);
      assert.equal(new TextDecoder('latin1').decode(bytes), samplePdfText(3));
    } finally {
      await sandbox.close();
    }
  });

  it('refuses a US Letter page, too many pages and a file that only starts like a PDF', async () => {
    const sandbox = await startTestSandbox();
    try {
      const create = (contentBase64: string) => sandbox.client.paperMail.create({ product: 'ecopli', addressee: { name: 'X', address: LYON }, document: { filename: 'a.pdf', contentBase64 } });
      await assert.rejects(create(samplePdfBase64(1, { width: 612, height: 792 })), refusedFor('not_a4'));
      await assert.rejects(create(samplePdfBase64(51)), refusedFor('too_many_pages'));
      await assert.rejects(create(btoa('%PDF-1.4\n%nothing here\n%%EOF\n')), (error) => isValidationError(error) && error.param === 'document.contentBase64');
    } finally {
      await sandbox.close();
    }
  });
});

describe('paper mail: drafts and history', () => {
  it('autosaves a draft, then refuses changes once sent', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const draft = await client.paperMail.create({ product: 'ecopli', addressee: { name: 'X', address: LYON }, document: { filename: 'a.pdf', contentBase64: samplePdfBase64() } });
      const updated = await client.paperMail.update(draft.id, { product: 'recommande-ar', addressee: { name: 'Mairie', address: STRASBOURG } });
      assert.ok(updated.service === 'paper-mail');
      assert.equal(updated.product, 'recommande-ar');
      assert.equal(updated.withAcknowledgement, true);
      assert.equal(updated.recipient?.address.postcode, '67000');
      assert.equal(updated.document.filename, 'a.pdf', 'what is not given stays');
      await client.paperMail.send(draft.id, { mode: 'now' });
      await assert.rejects(client.paperMail.update(draft.id, { product: 'ecopli' }), (error: unknown) => (error as Error).name === 'ConflictError');
    } finally {
      await sandbox.close();
    }
  });

  it('lists each product’s price, cheapest first, the same as a quote for that product', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const { data } = await client.paperMail.prices();
      assert.deepEqual(data.map((row) => row.product), postalProducts().map((product) => product.code));
      const draft = await client.paperMail.create({ product: 'lettre-suivie', addressee: { name: 'X', address: LYON }, document: { filename: 'a.pdf', contentBase64: samplePdfBase64() } });
      const quote = await client.letters.quote(draft.id, { mode: 'now' });
      assert.deepEqual(quote.price, data.find((row) => row.product === 'lettre-suivie')!.price);
    } finally {
      await sandbox.close();
    }
  });

  it('filters the history by product', async () => {
    const sandbox = await startTestSandbox();
    try {
      const { client } = sandbox;
      const suivie = await post(client, 'lettre-suivie');
      await post(client, 'ecopli');
      const page = await client.letters.list({ product: 'lettre-suivie' }).page();
      assert.deepEqual(page.data.map((row) => row.id), [suivie.id]);
      assert.equal(page.data[0]!.product, 'lettre-suivie');
    } finally {
      await sandbox.close();
    }
  });
});
