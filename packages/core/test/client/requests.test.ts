import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createJrmcClient, type JrmcClient } from '../../src/index.js';
import { OPERATIONS, type OperationId } from '../../src/contract/index.js';
import { BASE_URL, recorded, server } from './mock-api.js';
import { PDF_BYTES, RESPONSES } from './fixtures.js';

const subscriber = { kind: 'person', civility: 'Mme', firstName: 'Éloïse', lastName: 'Martin', address: { line1: '12 rue des Lilas', postcode: '69003', city: 'Lyon' } } as const;

interface Case {
  operation: OperationId;
  invoke: (client: JrmcClient) => Promise<unknown>;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

// Every public method, with the exact request it must send.
const CASES: Case[] = [
  { operation: 'createSession', invoke: (c) => c.sessions.create({ userProfileId: 'usr_1', ttlSeconds: 600 }), path: '/v1/sessions', body: { userProfileId: 'usr_1', ttlSeconds: 600 } },
  { operation: 'getAccount', invoke: (c) => c.account.retrieve(), path: '/v1/account' },
  { operation: 'listProfiles', invoke: (c) => c.account.profiles.list(), path: '/v1/account/profiles' },
  { operation: 'createProfile', invoke: (c) => c.account.profiles.create({ name: 'Léa', email: 'lea@x.fr' }), path: '/v1/account/profiles', body: { name: 'Léa', email: 'lea@x.fr' } },
  { operation: 'updateProfile', invoke: (c) => c.account.profiles.update('usr_2', { role: 'manager' }), path: '/v1/account/profiles/usr_2', body: { role: 'manager' } },
  { operation: 'deactivateProfile', invoke: (c) => c.account.profiles.deactivate('usr_2'), path: '/v1/account/profiles/usr_2/deactivate' },
  { operation: 'uploadIdentityProof', invoke: (c) => c.account.uploadIdentityProof({ kind: 'statutes', filename: 's.pdf', contentBase64: 'JVBERi0=' }), path: '/v1/account/identity-proof', body: { kind: 'statutes', filename: 's.pdf', contentBase64: 'JVBERi0=' } },
  { operation: 'signMandate', invoke: (c) => c.account.signMandate({ signatoryName: 'Claire', signatoryEmail: 'c@x.fr', signatoryMobile: '0612345678', companySiren: '732829320' }), path: '/v1/account/mandate', body: { signatoryName: 'Claire', signatoryEmail: 'c@x.fr', signatoryMobile: '0612345678', companySiren: '732829320' } },
  { operation: 'searchRecipients', invoke: (c) => c.directory.search({ q: 'axa', kind: 'insurer', limit: 5 }).page(), path: '/v1/directory/recipients', query: { q: 'axa', kind: 'insurer', limit: '5' } },
  { operation: 'getRecipient', invoke: (c) => c.directory.retrieve('ins_axa'), path: '/v1/directory/recipients/ins_axa' },
  { operation: 'listReasons', invoke: (c) => c.directory.reasons(), path: '/v1/reasons' },
  { operation: 'createLetter', invoke: (c) => c.letters.create({ reason: 'loi-hamon', subscriber }), path: '/v1/letters', body: { reason: 'loi-hamon', subscriber } },
  { operation: 'getLetter', invoke: (c) => c.letters.retrieve('let_1'), path: '/v1/letters/let_1' },
  { operation: 'updateLetter', invoke: (c) => c.letters.update('let_1', { resumeStep: 'reason' }), path: '/v1/letters/let_1', body: { resumeStep: 'reason' } },
  {
    operation: 'listLetters',
    invoke: (c) => c.letters.list({ status: 'scheduled', service: 'termination', from: '2026-11-01', to: '2026-11-30', assigneeId: 'usr_1', q: 'martin', trashed: false, sort: '-dispatchDate', limit: 50 }).page(),
    path: '/v1/letters',
    query: { status: 'scheduled', service: 'termination', from: '2026-11-01', to: '2026-11-30', assigneeId: 'usr_1', q: 'martin', trashed: 'false', sort: '-dispatchDate', limit: '50' },
  },
  { operation: 'addContract', invoke: (c) => c.letters.addContract('let_1', { contract: { number: 'MRH-2' } }), path: '/v1/letters/let_1/contracts', body: { contract: { number: 'MRH-2' } } },
  { operation: 'removeContract', invoke: (c) => c.letters.removeContract('let_1', 'AB/12 3'), path: '/v1/letters/let_1/contracts/AB%2F12%203' },
  { operation: 'previewLetter', invoke: (c) => c.letters.preview('let_1'), path: '/v1/letters/let_1/preview' },
  { operation: 'quoteLetter', invoke: (c) => c.letters.quote('let_1', { mode: 'scheduled', newContractStart: '2027-01-02' }), path: '/v1/letters/let_1/quote', body: { mode: 'scheduled', newContractStart: '2027-01-02' } },
  { operation: 'sendLetter', invoke: (c) => c.letters.send('let_1', { mode: 'now', withAcknowledgement: true }), path: '/v1/letters/let_1/send', body: { mode: 'now', withAcknowledgement: true } },
  { operation: 'cancelLetter', invoke: (c) => c.letters.cancel('let_1'), path: '/v1/letters/let_1/cancel' },
  { operation: 'rescheduleLetter', invoke: (c) => c.letters.reschedule('let_1', { mode: 'scheduled', scheduledDate: '2027-01-05' }), path: '/v1/letters/let_1/reschedule', body: { mode: 'scheduled', scheduledDate: '2027-01-05' } },
  { operation: 'trashLetter', invoke: (c) => c.letters.trash('let_1'), path: '/v1/letters/let_1/trash' },
  { operation: 'restoreLetter', invoke: (c) => c.letters.restore('let_1'), path: '/v1/letters/let_1/restore' },
  { operation: 'listLetterEvents', invoke: (c) => c.letters.events('let_1'), path: '/v1/letters/let_1/events' },
  { operation: 'listProofs', invoke: (c) => c.letters.proofs('let_1'), path: '/v1/letters/let_1/proofs' },
  { operation: 'downloadProof', invoke: (c) => c.letters.downloadProof('let_1', 'prf_1'), path: '/v1/letters/let_1/proofs/prf_1/pdf' },
  {
    operation: 'uploadAttachment',
    invoke: (c) => c.letters.attachments.upload('let_1', { kind: 'client-mandate', fileName: 'mandat.pdf', contentBase64: 'JVBERi0xLjc=' }),
    path: '/v1/letters/let_1/attachments',
    body: { kind: 'client-mandate', fileName: 'mandat.pdf', contentBase64: 'JVBERi0xLjc=' },
  },
  { operation: 'listAttachments', invoke: (c) => c.letters.attachments.list('let_1'), path: '/v1/letters/let_1/attachments' },
  { operation: 'deleteAttachment', invoke: (c) => c.letters.attachments.remove('let_1', 'att_1'), path: '/v1/letters/let_1/attachments/att_1' },
  { operation: 'downloadAttachment', invoke: (c) => c.letters.attachments.download('let_1', 'att_1'), path: '/v1/letters/let_1/attachments/att_1/pdf' },
  {
    operation: 'createLoanDossier',
    invoke: (c) => c.loanDossiers.create({ subscriber, bankId: 'bnk_bnp', loanReferences: ['PR-1'], oldInsurerId: 'ins_cnp', oldContractReferences: ['O'], newInsurerName: 'April', newContractReferences: ['N'], effectiveDate: '2027-02-13', route: 'lre' }),
    path: '/v1/loan-dossiers',
    body: { subscriber, bankId: 'bnk_bnp', loanReferences: ['PR-1'], oldInsurerId: 'ins_cnp', oldContractReferences: ['O'], newInsurerName: 'April', newContractReferences: ['N'], effectiveDate: '2027-02-13', route: 'lre' },
  },
  { operation: 'getLoanDossier', invoke: (c) => c.loanDossiers.retrieve('dos_1'), path: '/v1/loan-dossiers/dos_1' },
  { operation: 'listLoanDossiers', invoke: (c) => c.loanDossiers.list({ limit: 10 }).page('cur_2'), path: '/v1/loan-dossiers', query: { limit: '10', cursor: 'cur_2' } },
  { operation: 'sendSubstitution', invoke: (c) => c.loanDossiers.sendSubstitution('dos_1', { mode: 'now' }), path: '/v1/loan-dossiers/dos_1/substitution', body: { mode: 'now' } },
  { operation: 'recordBankAnswer', invoke: (c) => c.loanDossiers.recordBankAnswer('dos_1', { accepted: true, answeredOn: '2026-12-10' }), path: '/v1/loan-dossiers/dos_1/bank-answer', body: { accepted: true, answeredOn: '2026-12-10' } },
  { operation: 'sendLoanTermination', invoke: (c) => c.loanDossiers.sendTermination('dos_1', { mode: 'scheduled', scheduledDate: '2027-01-04' }), path: '/v1/loan-dossiers/dos_1/termination', body: { mode: 'scheduled', scheduledDate: '2027-01-04' } },
  { operation: 'updateLoanDossier', invoke: (c) => c.loanDossiers.update('dos_1', { newContractReferences: ['N', 'N2'] }), path: '/v1/loan-dossiers/dos_1', body: { newContractReferences: ['N', 'N2'] } },
  { operation: 'createLoanOtherLetter', invoke: (c) => c.loanDossiers.createOtherLetter('dos_1', { recipient: 'bank', document: { filename: 'relance.pdf', contentBase64: 'JVBERi0=' } }), path: '/v1/loan-dossiers/dos_1/other-letters', body: { recipient: 'bank', document: { filename: 'relance.pdf', contentBase64: 'JVBERi0=' } } },
  {
    operation: 'createPaperMail',
    invoke: (c) => c.paperMail.create({ product: 'recommande-ar', addressee: { name: 'Mairie', address: subscriber.address }, document: { filename: 'a.pdf', contentBase64: 'JVBERi0xLjc=' } }),
    path: '/v1/paper-mail',
    body: { product: 'recommande-ar', addressee: { name: 'Mairie', address: subscriber.address }, document: { filename: 'a.pdf', contentBase64: 'JVBERi0xLjc=' } },
  },
  { operation: 'sendPaperMail', invoke: (c) => c.paperMail.send('let_9', { mode: 'now' }), path: '/v1/paper-mail/let_9/send', body: { mode: 'now' } },
  { operation: 'listPaperMailPrices', invoke: (c) => c.paperMail.prices(), path: '/v1/paper-mail/prices' },
  { operation: 'updatePaperMail', invoke: (c) => c.paperMail.update('let_9', { product: 'lettre-suivie' }), path: '/v1/paper-mail/let_9', body: { product: 'lettre-suivie' } },
  { operation: 'downloadPaperDocument', invoke: (c) => c.paperMail.downloadDocument('let_9'), path: '/v1/paper-mail/let_9/document' },
  { operation: 'openInvestigation', invoke: (c) => c.paperMail.openInvestigation('let_9', { message: 'Perdu ?' }), path: '/v1/paper-mail/let_9/investigation', body: { message: 'Perdu ?' } },
  { operation: 'getCredit', invoke: (c) => c.credit.retrieve(), path: '/v1/credit' },
  { operation: 'topUp', invoke: (c) => c.credit.topUp({ amount: 5000, paymentToken: 'tok_visa' }), path: '/v1/credit/top-ups', body: { amount: 5000, paymentToken: 'tok_visa' } },
  { operation: 'listReceipts', invoke: (c) => c.credit.receipts().page(), path: '/v1/credit/receipts' },
  { operation: 'downloadReceipt', invoke: (c) => c.credit.downloadReceipt('rcp_1'), path: '/v1/credit/receipts/rcp_1/pdf' },
  { operation: 'listInvoices', invoke: (c) => c.invoices.list().page(), path: '/v1/invoices' },
  { operation: 'getInvoice', invoke: (c) => c.invoices.retrieve('inv_1'), path: '/v1/invoices/inv_1' },
  { operation: 'downloadInvoice', invoke: (c) => c.invoices.download('inv_1'), path: '/v1/invoices/inv_1/pdf' },
  { operation: 'createWebhookEndpoint', invoke: (c) => c.webhookEndpoints.create({ url: 'https://crm.example/hooks' }), path: '/v1/webhook-endpoints', body: { url: 'https://crm.example/hooks' } },
  { operation: 'listWebhookEndpoints', invoke: (c) => c.webhookEndpoints.list(), path: '/v1/webhook-endpoints' },
  { operation: 'deleteWebhookEndpoint', invoke: (c) => c.webhookEndpoints.delete('whe_1'), path: '/v1/webhook-endpoints/whe_1' },
  { operation: 'listEvents', invoke: (c) => c.events.list({ type: 'letter.signed' }).page(), path: '/v1/events', query: { type: 'letter.signed' } },
  { operation: 'listWebhookDeliveries', invoke: (c) => c.webhookDeliveries.list('whe_1', { limit: 10 }).page(), path: '/v1/webhook-endpoints/whe_1/deliveries', query: { limit: '10' } },
  { operation: 'testWebhookEndpoint', invoke: (c) => c.webhookDeliveries.test('whe_1'), path: '/v1/webhook-endpoints/whe_1/test' },
  { operation: 'closeAccount', invoke: (c) => c.accountSecurity.close(), path: '/v1/account/closure' },
  { operation: 'rotateApiKey', invoke: (c) => c.accountSecurity.rotateApiKey(), path: '/v1/account/api-keys/rotate' },
  { operation: 'revokeSession', invoke: (c) => c.accountSecurity.revokeSession('sess_abc'), path: '/v1/sessions/sess_abc' },
  { operation: 'revokeAllSessions', invoke: (c) => c.accountSecurity.revokeAllSessions(), path: '/v1/sessions' },
  { operation: 'createHelpRequest', invoke: (c) => c.helpRequests.create({ kind: 'training', message: 'Formation' }), path: '/v1/help-requests', body: { kind: 'training', message: 'Formation' } },
  { operation: 'listHelpRequests', invoke: (c) => c.helpRequests.list(), path: '/v1/help-requests' },
  { operation: 'exportAccounting', invoke: (c) => c.invoices.exportAccounting({ from: '2026-12-01', to: '2026-12-31' }), path: '/v1/accounting-export', query: { from: '2026-12-01', to: '2026-12-31' } },
  { operation: 'reactivateProfile', invoke: (c) => c.account.profiles.reactivate('usr_2'), path: '/v1/account/profiles/usr_2/reactivate' },
  { operation: 'reassignLetters', invoke: (c) => c.account.profiles.reassignLetters('usr_2', { toProfileId: 'usr_1' }), path: '/v1/account/profiles/usr_2/reassign-letters', body: { toProfileId: 'usr_1' } },
  { operation: 'advanceClock', invoke: (c) => c.sandbox.advanceClock({ days: 15 }), path: '/v1/sandbox/clock', body: { days: 15 } },
  { operation: 'getClock', invoke: (c) => c.sandbox.clock(), path: '/v1/sandbox/clock' },
];

describe('client requests', () => {
  let client: JrmcClient;
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());
  beforeEach(() => {
    recorded.length = 0;
    client = createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_test_123', retry: { limit: 0 } });
  });

  it('covers every operation of the contract', () => {
    assert.deepEqual(CASES.map((c) => c.operation).sort(), Object.keys(OPERATIONS).sort());
  });

  for (const testCase of CASES) {
    it(`${testCase.operation} sends ${OPERATIONS[testCase.operation].method} ${testCase.path}`, async () => {
      const result = await testCase.invoke(client);
      assert.equal(recorded.length, 1);
      const [request] = recorded;
      const operation = OPERATIONS[testCase.operation];
      assert.equal(request!.method, operation.method);
      assert.equal(request!.path, testCase.path);
      assert.deepEqual(request!.query, testCase.query ?? {});
      assert.deepEqual(request!.body, testCase.body);
      assert.equal(request!.headers.authorization, 'Bearer sk_test_123');
      if (operation.method === 'GET') {
        assert.equal(request!.headers['idempotency-key'], undefined);
      } else {
        assert.match(request!.headers['idempotency-key'] ?? '', /^[0-9a-f-]{36}$/);
      }
      if (testCase.body !== undefined) assert.match(request!.headers['content-type'] ?? '', /application\/json/);
      const expected = RESPONSES[testCase.operation];
      if (expected === 'pdf') assert.deepEqual(result, PDF_BYTES);
      else assert.deepEqual(result, expected);
    });
  }

  it('uses the idempotency key given per call', async () => {
    await client.letters.send('let_1', { mode: 'now' }, { idempotencyKey: 'batch-42-let_1' });
    assert.equal(recorded[0]!.headers['idempotency-key'], 'batch-42-let_1');
  });

  it('adds the client-wide and per-call headers', async () => {
    const withHeaders = createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_test_123', headers: { 'X-Integrator': 'crm' } });
    await withHeaders.account.retrieve({ headers: { 'X-Trace': 't1' } });
    assert.equal(recorded[0]!.headers['x-integrator'], 'crm');
    assert.equal(recorded[0]!.headers['x-trace'], 't1');
  });

  it('refuses an empty id before sending anything, naming the parameter', async () => {
    await assert.rejects(client.letters.retrieve(''), (error: unknown) => {
      assert.equal((error as Error).name, 'ValidationError');
      assert.deepEqual((error as { issues: { path: string[] }[] }).issues[0]!.path, ['letterId']);
      return true;
    });
    assert.equal(recorded.length, 0);
  });

  it('keeps a base URL path prefix', async () => {
    const prefixed = createJrmcClient({ baseUrl: `${BASE_URL}/`, apiKey: 'sk_test_123' });
    await prefixed.credit.retrieve();
    assert.equal(recorded[0]!.path, '/v1/credit');
  });
});
