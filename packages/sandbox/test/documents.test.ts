// The documents' text, read back from the PDF bytes the sandbox serves. The host runs far from Paris on purpose:
// every date must still be on the Paris clock.
process.env.TZ = 'Pacific/Kiritimati';

import { samplePdfBase64 } from './sample-pdf.js';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { isValidSiren, luhnValid, splitInclVat, withVat } from '@jrmc/core';
import { euros, frenchDateTime, frenchMonth } from '../src/documents/french-format.js';
import { SELLER } from '../src/documents/seller-identity.js';
import { completeDraft, startTestSandbox, type TestSandbox } from './helpers.js';
import { pdfText, pdfTextLines } from './pdf-text.js';

const RAW_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const RAW_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const RAW_ENUMS = /\b(termination|borrower-insurance|paper-mail|picked_up|in_transit|recommande-ar|lettre-suivie|lre)\b/;

function assertNoRawValues(text: string): void {
  assert.doesNotMatch(text, RAW_INSTANT, 'no ISO instant');
  assert.doesNotMatch(text, RAW_DATE, 'no ISO date');
  assert.doesNotMatch(text, RAW_ENUMS, 'no enum value');
}

function assertLegalMentions(text: string): void {
  assert.ok(text.includes(`${SELLER.companyName}, ${SELLER.legalForm}`), 'company name and legal form');
  assert.ok(text.includes(`Siège social : ${SELLER.address.join(', ')}`), 'registered office');
  assert.ok(text.includes('SIREN 834 210 007 – RCS Paris 834 210 007'), 'SIREN and RCS');
  assert.ok(text.includes(`N° de TVA intracommunautaire : ${SELLER.vatNumber}`), 'VAT number');
}

describe('document formatting', () => {
  it('writes instants on the Paris clock, in French', () => {
    assert.equal(frenchDateTime('2026-11-29T13:05:00Z'), '29 novembre 2026 à 14 h 05');
    assert.equal(frenchDateTime('2026-07-01T18:30:00Z'), '1er juillet 2026 à 20 h 30');
    assert.equal(frenchDateTime('2026-12-31T23:00:00Z'), '1er janvier 2027 à 0 h 00');
    assert.equal(frenchDateTime('2026-03-29T00:59:00Z'), '29 mars 2026 à 1 h 59', 'just before the spring change');
    assert.equal(frenchDateTime('2026-03-29T01:00:00Z'), '29 mars 2026 à 3 h 00', 'just after it');
    assert.equal(frenchDateTime('2026-10-25T00:59:00Z'), '25 octobre 2026 à 2 h 59', 'summer time, first 2 h 59');
    assert.equal(frenchDateTime('2026-10-25T01:00:00Z'), '25 octobre 2026 à 2 h 00', 'winter time again');
    assert.throws(() => frenchDateTime('not a date'));
  });

  it('agrees with Intl’s Paris calendar for any instant from 1971 to 2099', () => {
    const paris = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        const parts = Object.fromEntries(paris.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
        const day = parts.day === '1' ? '1er' : parts.day;
        assert.equal(frenchDateTime(new Date(ms)), `${day} ${parts.month} ${parts.year} à ${Number(parts.hour)} h ${parts.minute}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes months and amounts the French way', () => {
    assert.equal(frenchMonth('2026-11'), 'novembre 2026');
    assert.equal(frenchMonth('2027-01'), 'janvier 2027');
    assert.equal(euros(1788).replace(/\s/g, ' '), '17,88 €');
    assert.equal(euros(123456789).replace(/\s/g, ' '), '1 234 567,89 €');
  });

  it('has one seller identity whose numbers are consistent', () => {
    assert.ok(isValidSiren(SELLER.siren) && luhnValid(SELLER.siren));
    const key = (12 + 3 * (Number(SELLER.siren) % 97)) % 97;
    assert.equal(SELLER.vatNumber, `FR${String(key).padStart(2, '0')}${SELLER.siren}`, 'VAT key computed from the SIREN');
    assert.ok(SELLER.rcs.endsWith(SELLER.siren.replace(/(\d{3})(?=\d)/g, '$1 ')));
  });
});

describe('the PDFs the sandbox serves', () => {
  let sandbox: TestSandbox;
  before(async () => {
    sandbox = await startTestSandbox();
  });
  after(() => sandbox.close());

  it('a top-up receipt: Paris date and time, HT / TVA 20 % / TTC, the seller’s legal mentions', async () => {
    const { client } = sandbox;
    const topUp = await client.credit.topUp({ amount: 5000, paymentToken: 'tok_visa' });
    const text = pdfText(await client.credit.downloadReceipt(topUp.receipt.id));
    const { exclVat, vat, inclVat } = splitInclVat(5000);
    assert.ok(text.includes(`Reçu n° ${topUp.receipt.number}`));
    assert.ok(text.includes(`Date du paiement : ${frenchDateTime(topUp.receipt.issuedAt)} (heure de Paris)`), text);
    assert.ok(text.includes('30 novembre 2026 à 10 h 00'), 'the test clock, Monday 10:00 in Paris');
    assert.ok(text.includes(`Montant HT : ${euros(exclVat).replace(/\u202f|\u00a0/g, ' ')}`), text);
    assert.ok(text.includes(`TVA 20 % : ${euros(vat).replace(/\u202f|\u00a0/g, ' ')}`), text);
    assert.ok(text.includes(`Montant TTC payé : ${euros(inclVat).replace(/\u202f|\u00a0/g, ' ')}`), text);
    assert.ok(text.includes('41,67 €') && text.includes('8,33 €') && text.includes('50,00 €'));
    assertLegalMentions(text);
    assertNoRawValues(text);
  });

  it('an invoice: French month and days, per-line and total VAT, legal mentions', async () => {
    const { client } = sandbox;
    const draft = await completeDraft(client, { reason: 'custom', customReasonText: 'Départ' });
    const sent = await client.letters.send(draft.id, { mode: 'now' });
    await client.sandbox.advanceClock({ to: '2026-12-01T08:00:00Z' });
    const [invoice] = await client.invoices.list().toArray();
    assert.ok(invoice, 'November invoice issued on 1 December');
    const text = pdfText(await client.invoices.download(invoice.id));
    const price = sent.price!;
    assert.equal(price.inclVat, withVat(price.exclVat));
    const money = (cents: number) => euros(cents).replace(/\u202f|\u00a0/g, ' ');
    assert.ok(text.includes(`Facture n° ${invoice.number}`));
    assert.ok(text.includes('Date d’émission : 1er décembre 2026'), text);
    assert.ok(text.includes('Période facturée : novembre 2026'), text);
    assert.ok(text.includes(`30 novembre 2026 – ${invoice.lines[0]!.description}`), text);
    assert.ok(text.includes(`${money(price.exclVat)} HT – TVA ${money(price.vat)} – ${money(price.inclVat)} TTC`), text);
    assert.ok(text.includes(`Total HT : ${money(invoice.totalExclVat)}`));
    assert.ok(text.includes(`TVA 20 % : ${money(invoice.totalVat)}`));
    assert.ok(text.includes(`Total TTC : ${money(invoice.totalInclVat)}`));
    assertLegalMentions(text);
    assertNoRawValues(text);
  });

  it('proofs: French labels, Paris times and the SHA-256 of the letter PDF', async () => {
    const { client } = sandbox;
    const draft = await completeDraft(client, { reason: 'custom', customReasonText: 'Départ', withAcknowledgement: true });
    await client.letters.send(draft.id, { mode: 'now', withAcknowledgement: true });
    await client.sandbox.advanceClock({ days: 4 });
    const { data: proofs } = await client.letters.proofs(draft.id);
    const letterProof = proofs.find((proof) => proof.kind === 'letter')!;
    const letterPdf = await client.letters.downloadProof(draft.id, letterProof.id);
    const sha256 = createHash('sha256').update(letterPdf).digest('hex');
    const letter = await client.letters.retrieve(draft.id);
    for (const kind of ['deposit', 'receipt'] as const) {
      const proof = proofs.find((candidate) => candidate.kind === kind);
      assert.ok(proof, `a ${kind} notice`);
      assert.equal(proof.letterSha256, sha256);
      const lines = pdfTextLines(await client.letters.downloadProof(draft.id, proof.id));
      const text = lines.join(' ');
      assert.ok(lines.includes(sha256), 'the SHA-256 of the letter, whole');
      assert.ok(text.includes('Service : Résiliation'), text);
      assert.ok(text.includes('Mode d’envoi : Lettre recommandée électronique avec accusé de réception'), text);
      assert.ok(text.includes(`Date de dépôt : ${frenchDateTime(letter.sentAt!)} (heure de Paris)`), text);
      assert.ok(text.includes(`Horodatage de l’avis : ${frenchDateTime(proof.issuedAt)} (heure de Paris)`), text);
      assert.ok(text.includes(kind === 'deposit' ? 'Statut attesté : Déposé' : 'Statut attesté : Signé (SIGNE)'), text);
      assertNoRawValues(text);
    }
  });

  it('a paper-mail notice names the La Poste product', async () => {
    const { client } = sandbox;
    const letter = await client.paperMail.create({
      product: 'recommande-ar',
      addressee: { name: 'Mairie de Lyon', address: { line1: '1 place de la Comédie', postcode: '69001', city: 'Lyon' } },
      document: { filename: 'courrier.pdf', contentBase64: samplePdfBase64() },
    });
    await client.paperMail.send(letter.id, { mode: 'now' });
    await client.sandbox.advanceClock({ days: 6 });
    const { data: proofs } = await client.letters.proofs(letter.id);
    const notice = proofs.find((proof) => proof.kind !== 'letter');
    assert.ok(notice, `a notice among ${proofs.map((proof) => proof.kind).join(', ')}`);
    const text = pdfText(await client.letters.downloadProof(letter.id, notice.id));
    assert.ok(text.includes('Service : Courrier papier'), text);
    assert.ok(text.includes('Mode d’envoi : Lettre recommandée avec accusé de réception'), text);
    assert.ok(text.includes('remis à La Poste') || text.includes('distribué à son destinataire'), 'paper words, not the LRE’s');
    assert.ok(!text.includes('mis à disposition'), text);
    assertNoRawValues(text);
  });
});
