import { samplePdfBase64 } from './sample-pdf.js';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OPERATIONS } from '@jrmc/core/contract';
import { ConformanceChecker, readOpenApiDocument, type Mismatch } from './openapi-conformance-kit.js';
import { martin, startTestSandbox, type TestSandbox } from './helpers.js';
import { onePagePdfBase64 } from './pdf-samples.js';

/**
 * Known disagreements between the sandbox and the document, each with the fix that removes it. The entry
 * must match a mismatch exactly; an entry that no longer occurs fails the test too, so the list only shrinks.
 * It is meant to be empty: fix the sandbox, then delete the entry.
 */
const KNOWN_MISMATCHES: ReadonlyArray<Pick<Mismatch, 'operationId' | 'side' | 'detail'> & { fix: string }> = [];

const samplePdf = samplePdfBase64();
const id = (value: unknown): string => {
  assert.equal(typeof value, 'string', `expected an id, got ${JSON.stringify(value)}`);
  return value as string;
};

describe('the sandbox speaks exactly the OpenAPI document', () => {
  let sandbox: TestSandbox;
  let api: ConformanceChecker;
  before(async () => {
    sandbox = await startTestSandbox();
    api = new ConformanceChecker(readOpenApiDocument(), sandbox.url, sandbox.apiKey);
  });
  after(() => sandbox.close());

  it('every response of a flow through every operation matches its documented status, content type and schema', async () => {
    // Sessions and account
    const session = await api.call('POST', '/v1/sessions', { body: { scopes: ['account:read', 'letters:read'], ttlSeconds: 600, userProfileId: sandbox.profileIds[0] } });
    await api.call('GET', '/v1/account', { bearer: session.json?.token });
    await api.call('POST', '/v1/sessions', { bearer: session.json?.token, body: {} }); // a browser token cannot mint tokens
    await api.call('GET', '/v1/account');
    await api.call('GET', '/v1/account/profiles');
    const profile = await api.call('POST', '/v1/account/profiles', { body: { name: 'Paul Lefèvre', email: 'paul@test.fr', role: 'collaborator' } });
    const profileId = id(profile.json?.id);
    await api.call('PATCH', `/v1/account/profiles/${profileId}`, { body: { name: 'Paul Lefèvre-Roy' } });
    await api.call('POST', `/v1/account/profiles/${profileId}/deactivate`);
    await api.call('POST', '/v1/account/identity-proof', { body: { kind: 'orias-certificate', filename: 'orias.pdf', contentBase64: samplePdf, oriasNumber: '12345678' } });
    await api.call('POST', '/v1/sandbox/clock', { body: { seconds: 3600 } }); // the new proof is verified within the hour: the account can send again
    await api.call('POST', '/v1/account/mandate', { body: { signatoryName: 'Claire Durand', signatoryEmail: 'claire@test.fr', signatoryMobile: '06 12 34 56 78', companySiren: '732 829 320' } });

    // Directory
    const recipients = await api.call('GET', '/v1/directory/recipients?q=axa&limit=2');
    await api.call('GET', `/v1/directory/recipients/${id(recipients.json?.data?.[0]?.id)}`);
    await api.call('GET', '/v1/reasons');

    // A termination letter: draft, edit, combine, preview, quote, schedule, cancel, reschedule
    const draft = { subscriber: martin, recipientId: 'ins_axa', contracts: [{ number: 'AUTO-123' }], reason: 'echeance', facts: { renewalDate: '2027-03-01' } };
    const created = await api.call('POST', '/v1/letters', { body: draft });
    const letterId = id(created.json?.id);
    await api.call('GET', `/v1/letters/${letterId}`);
    // zod reads request objects leniently (unknown keys are dropped) and the document must say the same: an
    // unknown property is accepted by both, where a response may carry none.
    const lenient = await api.call('PATCH', `/v1/letters/${letterId}`, { body: { withAcknowledgement: true, crmReference: 'CRM-42' } });
    assert.equal(lenient.status, 200, 'the sandbox accepts an unknown request property, as the document says');
    await api.call('POST', `/v1/letters/${letterId}/contracts`, { body: { contract: { number: 'MRH-2' } } });
    await api.call('DELETE', `/v1/letters/${letterId}/contracts/MRH-2`);
    await api.call('GET', `/v1/letters/${letterId}/preview`);
    const schedule = { mode: 'scheduled', scheduledDate: '2026-12-31', withAcknowledgement: true };
    await api.call('POST', `/v1/letters/${letterId}/quote`, { body: schedule });
    await api.call('POST', `/v1/letters/${letterId}/send`, { body: schedule });
    await api.call('POST', `/v1/letters/${letterId}/cancel`);
    await api.call('POST', `/v1/letters/${letterId}/reschedule`, { body: schedule });
    await api.call('GET', '/v1/letters?limit=2');
    await api.call('GET', `/v1/letters?status=scheduled&service=termination`);

    // A letter sent now, so that it is deposited, invoiced and has proofs
    const now = await api.call('POST', '/v1/letters', { body: { ...draft, reason: 'custom', customReasonText: 'Départ à l’étranger', facts: {} } });
    const sentId = id(now.json?.id);
    await api.call('POST', `/v1/letters/${sentId}/send`, { body: { mode: 'now' } });

    // Outcomes with their own shapes: a Hamon switch (timeline), a company subscriber, refused and expired LRE
    const hamon = await api.call('POST', '/v1/letters', { body: { ...draft, reason: 'loi-hamon', facts: { newInsurerName: 'MAIF', contractStartDate: '2024-03-01' } } });
    await api.call('POST', `/v1/letters/${id(hamon.json?.id)}/quote`, { body: { mode: 'scheduled', newContractStart: '2027-01-15' } });
    await api.call('POST', `/v1/letters/${id(hamon.json?.id)}/send`, { body: { mode: 'scheduled', newContractStart: '2027-01-15' } });
    const company = { kind: 'company', companyName: 'Boulangerie Martin SARL', siret: '73282932000074', address: { line1: '3 rue du Four', postcode: '57000', city: 'Metz' } };
    const outcomes: string[] = [sentId];
    for (const contract of ['SANDBOX-REFUSE', 'SANDBOX-EXPIRE']) {
      const letter = await api.call('POST', '/v1/letters', { body: { ...draft, subscriber: company, contracts: [{ number: contract }], reason: 'custom', customReasonText: 'Cessation d’activité', facts: {} } });
      await api.call('POST', `/v1/letters/${id(letter.json?.id)}/send`, { body: { mode: 'now' } });
      outcomes.push(id(letter.json?.id));
    }

    // The trash
    const trashable = await api.call('POST', '/v1/letters', { body: { recipientId: 'ins_maif' } });
    await api.call('POST', `/v1/letters/${id(trashable.json?.id)}/trash`);
    await api.call('POST', `/v1/letters/${id(trashable.json?.id)}/restore`);

    // Borrower insurance
    const dossierBody = {
      subscriber: martin,
      bankId: 'bnk_bnp',
      loanReferences: ['PR-2024-001'],
      oldInsurerId: 'ins_cnp',
      oldContractReferences: ['CNP-1'],
      newInsurerName: 'April',
      newContractReferences: ['APR-9'],
      effectiveDate: '2027-02-15',
      route: 'lre',
      mandateAttached: true,
    };
    const dossier = await api.call('POST', '/v1/loan-dossiers', { body: dossierBody });
    const dossierId = id(dossier.json?.id);
    await api.call('GET', `/v1/loan-dossiers/${dossierId}`);
    await api.call('GET', '/v1/loan-dossiers?limit=5');
    await api.call('POST', `/v1/loan-dossiers/${dossierId}/substitution`, { body: { mode: 'now' } });
    await api.call('POST', `/v1/loan-dossiers/${dossierId}/bank-answer`, { body: { accepted: true, answeredOn: '2026-11-30' } });
    await api.call('POST', `/v1/loan-dossiers/${dossierId}/termination`, { body: { mode: 'now' } });

    // Paper mail: one that La Poste loses, to open an investigation later
    const lost = await api.call('POST', '/v1/paper-mail', {
      body: { product: 'recommande-ar', addressee: { name: 'Mairie SANDBOX-PERDU', address: { line1: '1 place de la Comédie', postcode: '69001', city: 'Lyon' } }, document: { filename: 'courrier.pdf', contentBase64: samplePdf } },
    });
    const lostId = id(lost.json?.id);
    await api.call('POST', `/v1/paper-mail/${lostId}/send`, { body: { mode: 'now' } });

    const returned = await api.call('POST', '/v1/paper-mail', {
      body: { product: 'lettre-suivie', addressee: { name: 'Société SANDBOX-RETOUR', address: { line1: '2 quai Saint-Antoine', postcode: '69002', city: 'Lyon' } }, document: { filename: 'relance.pdf', contentBase64: samplePdf } },
    });
    const returnedId = id(returned.json?.id);
    await api.call('POST', `/v1/paper-mail/${returnedId}/send`, { body: { mode: 'scheduled', scheduledDate: '2026-12-01' } });

    // Credit
    await api.call('GET', '/v1/credit');
    const topUp = await api.call('POST', '/v1/credit/top-ups', { body: { amount: 5000, paymentToken: 'tok_visa' } });
    await api.call('GET', '/v1/credit/receipts?limit=1');
    await api.call('GET', `/v1/credit/receipts/${id(topUp.json?.receipt?.id)}/pdf`);

    // Webhooks (removed before the clock moves: nothing listens at that address)
    const endpoint = await api.call('POST', '/v1/webhook-endpoints', { body: { url: 'https://crm.example/hooks/jrmc', events: ['letter.sent'] } });
    await api.call('GET', '/v1/webhook-endpoints');
    await api.call('DELETE', `/v1/webhook-endpoints/${id(endpoint.json?.id)}`);
    await api.call('GET', '/v1/events?limit=3');
    await api.call('GET', '/v1/events?type=letter.sent');

    // Time passes: deposits, receipts of delivery, the monthly invoice, an investigation that may be opened
    await api.call('GET', '/v1/sandbox/clock');
    await api.call('POST', '/v1/sandbox/clock', { body: { to: '2026-12-17T12:00:00Z' } }); // more than 15 days after the paper left (posted after 10:00, it leaves the next day)
    for (const letter of [letterId, ...outcomes, lostId, returnedId]) {
      await api.call('GET', `/v1/letters/${letter}/events`);
      const proofs = await api.call('GET', `/v1/letters/${letter}/proofs`);
      for (const proof of proofs.json?.data ?? []) await api.call('GET', `/v1/letters/${letter}/proofs/${id(proof.id)}/pdf`);
    }
    await api.call('POST', `/v1/paper-mail/${lostId}/investigation`, { body: { message: 'Toujours en transit' } });
    const invoices = await api.call('GET', '/v1/invoices');
    const invoiceId = id(invoices.json?.data?.[0]?.id);
    await api.call('GET', `/v1/invoices/${invoiceId}`);
    await api.call('GET', `/v1/invoices/${invoiceId}/pdf`);
    await api.call('GET', '/v1/events?limit=100');
    await api.call('GET', '/v1/letters?limit=100');

    // --- Paper mail (issue #14): autosave of a draft, its document given back, the history by product ---
    const paperDraft = await api.call('POST', '/v1/paper-mail', {
      body: { product: 'ecopli', addressee: { name: 'Mairie de Lyon', address: { line1: '1 place de la Comédie', postcode: '69001', city: 'Lyon' } }, document: { filename: 'brouillon.pdf', contentBase64: samplePdf } },
    });
    const paperDraftId = id(paperDraft.json?.id);
    await api.call('PATCH', `/v1/paper-mail/${paperDraftId}`, { body: { product: 'lettre-suivie', addressee: { name: 'Mairie de Strasbourg', address: { line1: '1 parc de l’Étoile', postcode: '67000', city: 'Strasbourg' } } } });
    await api.call('GET', `/v1/paper-mail/${paperDraftId}/document`);
    await api.call('GET', '/v1/paper-mail/prices');
    await api.call('GET', '/v1/letters?service=paper-mail&product=lettre-suivie');
    // --- end paper mail ---
    // ── Borrower insurance, whole dossier (issue #13): the bank answers on the clock, list filters, bank letter ──
    const lemoine = await api.call('POST', '/v1/loan-dossiers', { body: { ...dossierBody, loanReferences: ['PR-9 SANDBOX-BANQUE-ACCEPTE-J2'], effectiveDate: '2027-03-01', route: 'paper', bankAddress: { line1: '16 boulevard des Italiens', postcode: '75009', city: 'Paris' } } });
    const lemoineId = id(lemoine.json?.id);
    await api.call('POST', `/v1/loan-dossiers/${lemoineId}/substitution`, { body: { mode: 'now' } });
    await api.call('POST', '/v1/sandbox/clock', { body: { days: 15 } });
    await api.call('GET', `/v1/loan-dossiers/${lemoineId}`);
    await api.call('POST', `/v1/loan-dossiers/${lemoineId}/termination`, { body: { mode: 'now', bankLetter: { filename: 'accord-banque.pdf', contentBase64: samplePdf } } });
    await api.call('GET', `/v1/loan-dossiers?status=termination_sent&bankId=bnk_bnp&q=martin&createdFrom=2026-01-01&createdTo=2027-12-31&limit=1`);
    await api.call('GET', '/v1/events?limit=100&type=loan_dossier.accepted');
    // ── end of borrower insurance ──
    // ── Attachments (domain-adoption): upload, list, download, remove on a draft ──
    const attachable = await api.call('POST', '/v1/letters', { body: draft });
    const attachableId = id(attachable.json?.id);
    const mandateFile = await api.call('POST', `/v1/letters/${attachableId}/attachments`, { body: { kind: 'client-mandate', fileName: 'mandat.pdf', contentBase64: await onePagePdfBase64() } });
    await api.call('GET', `/v1/letters/${attachableId}/attachments`);
    await api.call('GET', `/v1/letters/${attachableId}/attachments/${id(mandateFile.json?.id)}/pdf`);
    await api.call('DELETE', `/v1/letters/${attachableId}/attachments/${id(mandateFile.json?.id)}`);
    // ── end of attachments ──
    // ── Loan dossier autosave and other letters (task L): PATCH a draft dossier, attach the new contract's
    // conditions to its substitution request, add an "autre courrier" to the bank and send it ──
    const autosaved = await api.call('POST', '/v1/loan-dossiers', { body: { ...dossierBody, effectiveDate: '2027-03-01' } });
    const autosavedId = id(autosaved.json?.id);
    await api.call('PATCH', `/v1/loan-dossiers/${autosavedId}`, { body: { newContractReferences: ['APR-9', 'APR-10'], route: 'paper', bankAddress: { line1: '3 rue des Prêts', postcode: '75009', city: 'Paris' } } });
    const conditions = await api.call('POST', `/v1/letters/${id(autosaved.json?.substitutionLetterId)}/attachments`, { body: { kind: 'new-contract-conditions', fileName: 'cg-april.pdf', contentBase64: await onePagePdfBase64() } });
    await api.call('GET', `/v1/letters/${id(autosaved.json?.substitutionLetterId)}`);
    id(conditions.json?.id);
    const other = await api.call('POST', `/v1/loan-dossiers/${autosavedId}/other-letters`, { body: { recipient: 'bank', document: { filename: 'relance.pdf', contentBase64: await onePagePdfBase64() } } });
    await api.call('POST', `/v1/letters/${id(other.json?.id)}/send`, { body: { mode: 'now' } });
    await api.call('GET', `/v1/loan-dossiers/${autosavedId}`);
    // ── end of loan dossier autosave and other letters ──
    // ---- Account team (issue #15): reactivate a profile, hand letters over ----
    await api.call('POST', `/v1/account/profiles/${profileId}/reactivate`);
    await api.call('POST', `/v1/account/profiles/${sandbox.profileIds[0]}/reassign-letters`, { body: { toProfileId: profileId } });
    await api.call('GET', '/v1/accounting-export?from=2026-11-01&to=2026-12-31');
    await api.call('POST', '/v1/help-requests', { body: { kind: 'letter-question', letterId, message: 'Le destinataire dit ne rien avoir reçu.' } });
    await api.call('GET', '/v1/help-requests');
    // ---- end account team ----
    // ~~ Paper investigation result (issue #14 follow-up): La Poste answers 21 days after the claim ~~
    await api.call('POST', '/v1/sandbox/clock', { body: { days: 22 } });
    await api.call('GET', `/v1/letters/${lostId}`);
    await api.call('GET', `/v1/letters/${lostId}/events`);
    await api.call('GET', '/v1/events?type=letter.investigation_closed');
    // ~~ end paper investigation result ~~

    // Errors speak the documented envelope too
    await api.call('GET', '/v1/letters/let_missing');
    await api.call('POST', '/v1/letters', { body: { subscriber: { kind: 'company', companyName: '', siret: '12345678901234', address: { line1: 'x', postcode: '1', city: 'y' } } } });
    await api.call('GET', '/v1/account', { bearer: 'sk_wrong' });

    // --- sandbox-db: the account-lifecycle operations (webhook deliveries, sessions, key rotation, closure last) ---
    const probe = await api.call('POST', '/v1/webhook-endpoints', { body: { url: 'https://crm.example/hooks/jrmc-probe', events: ['letter.sent'] } });
    const probeId = id(probe.json?.id);
    await api.call('POST', `/v1/webhook-endpoints/${probeId}/test`);
    await api.call('GET', `/v1/webhook-endpoints/${probeId}/deliveries?limit=5`);
    await api.call('DELETE', `/v1/webhook-endpoints/${probeId}`);
    const revocable = await api.call('POST', '/v1/sessions', { body: { scopes: ['letters:read'], ttlSeconds: 600 } });
    await api.call('DELETE', `/v1/sessions/${encodeURIComponent(String(revocable.json?.token))}`);
    await api.call('POST', '/v1/sessions', { body: { scopes: ['letters:read'], ttlSeconds: 600 } });
    await api.call('DELETE', '/v1/sessions');
    const rotated = await api.call('POST', '/v1/account/api-keys/rotate');
    const newKey = String(rotated.json?.apiKey);
    await api.call('POST', '/v1/account/closure', { bearer: newKey });
    await api.call('GET', '/v1/letters?limit=1', { bearer: newKey }); // the history stays readable after closure
    // --- end sandbox-db ---

    // The flow's own steps all succeeded, except the four errors it provokes on purpose.
    assert.deepEqual(
      api.calls.filter((call) => call.status >= 300).map((call) => `${call.status} ${call.call}`),
      ['403 POST /v1/sessions', '404 GET /v1/letters/let_missing', '400 POST /v1/letters', '401 GET /v1/account'],
      JSON.stringify(api.calls.filter((call) => call.status >= 300), null, 1),
    );
    assertConformance(api.mismatches.filter((mismatch) => !(mismatch.side === 'request' && mismatch.status === 0 && isDeliberatelyInvalid(mismatch))));
  });

  it('the flow exercised every operation of the operation table, and the table and the document agree', async () => {
    const served = await (await fetch(`${sandbox.url}/v1/openapi.json`)).json();
    assert.deepEqual(served, readOpenApiDocument(), 'the sandbox serves the committed document (run pnpm run openapi)');
    const table = Object.keys(OPERATIONS).sort();
    assert.deepEqual([...api.documentedOperations()].sort(), table, 'the document lists exactly the operation table');
    const missing = table.filter((operationId) => !api.exercised.has(operationId));
    assert.deepEqual(
      missing.map((operationId) => `${operationId} (last status: ${api.lastStatus.get(operationId) ?? 'never called'})`),
      [],
      'operations the conformance flow never saw succeed: extend the flow',
    );
  });
});

// The flow sends one invalid body on purpose (to check the 400 envelope); the document rightly rejects it.
function isDeliberatelyInvalid(mismatch: Mismatch): boolean {
  return mismatch.operationId === 'createLetter' && /^\/subscriber/.test(mismatch.detail);
}

function assertConformance(mismatches: Mismatch[]): void {
  const key = (mismatch: Pick<Mismatch, 'operationId' | 'side' | 'detail'>) => `${mismatch.operationId} ${mismatch.side}: ${mismatch.detail}`;
  const found = [...new Set(mismatches.map(key))];
  const allowed = new Set(KNOWN_MISMATCHES.map(key));
  assert.deepEqual(found.filter((entry) => !allowed.has(entry)), [], 'the sandbox disagrees with docs/openapi.json');
  assert.deepEqual([...allowed].filter((entry) => !found.includes(entry)), [], 'known mismatches that no longer occur: remove them from KNOWN_MISMATCHES');
}

describe('the conformance checker itself', () => {
  it('reports an undeclared field, a missing one, an undocumented status and a wrong content type', async () => {
    const { createServer } = await import('node:http');
    // A fake API that gets everything wrong in a different way per path.
    const server = createServer((request, response) => {
      if (request.url === '/v1/credit') response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ balance: 1, currency: 'EUR', extra: true }));
      else if (request.url === '/v1/sandbox/clock') response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({}));
      else if (request.url === '/v1/reasons') response.writeHead(418, { 'Content-Type': 'application/json' }).end('{}');
      else response.writeHead(200, { 'Content-Type': 'text/plain' }).end('not a pdf');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const checker = new ConformanceChecker(readOpenApiDocument(), `http://127.0.0.1:${port}`, 'sk_fake');
      await checker.call('GET', '/v1/credit');
      await checker.call('GET', '/v1/sandbox/clock');
      await checker.call('GET', '/v1/reasons');
      await checker.call('GET', '/v1/invoices/inv_1/pdf');
      const details = checker.mismatches.map((mismatch) => `${mismatch.operationId}: ${mismatch.detail}`);
      assert.ok(details.includes('getCredit: /: undeclared property "extra"'), details.join('\n'));
      assert.ok(details.some((detail) => detail.startsWith('getClock: /: must have required property')), details.join('\n'));
      assert.ok(details.some((detail) => detail.startsWith('listReasons: status 418 is not documented')), details.join('\n'));
      assert.ok(details.some((detail) => detail.startsWith('downloadInvoice: content type "text/plain" is not documented')), details.join('\n'));
      assert.equal(checker.exercised.has('listReasons'), false, 'an undocumented status does not count as exercised');
    } finally {
      server.close();
    }
  });
});
