import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Letter } from '../../src/contract/index.js';
import { isRuleInputError, letterTextOf } from '../../src/index.js';

const address = { line1: '1 rue A', postcode: '69003', city: 'Lyon' };
const sender = { name: 'Cabinet Durand', oriasNumber: '07012345', address };
const common = {
  id: 'let_1',
  status: 'draft',
  channel: 'lre',
  assigneeId: null,
  subscriber: { kind: 'person', civility: 'M.', firstName: 'Jean', lastName: 'Roy', address },
  recipient: { id: 'ins_1', name: 'CNP Assurances', address },
  withAcknowledgement: true,
  sendMode: null,
  scheduledDate: null,
  dispatchDate: null,
  price: null,
  cancellableUntil: null,
  createdAt: '2026-11-29T10:00:00Z',
  updatedAt: '2026-11-29T10:00:00Z',
  validatedAt: null,
  sentAt: null,
  cancelledAt: null,
  trashedAt: null,
  purgeOn: null,
} as const;
const termination = {
  ...common,
  service: 'termination',
  contracts: [{ number: 'AUTO-1' }],
  reason: 'vente-vehicule',
  customReasonText: null,
  facts: { saleDate: '2026-11-20' },
  newContractStart: null,
  switchTimeline: null,
  mandateAttached: false,
  attachments: [{ id: 'att_1', kind: 'client-mandate', fileName: 'mandat.pdf', byteSize: 1000, sha256: 'a'.repeat(64) }],
  resumeStep: null,
} as unknown as Letter;
const dossier = {
  loanReferences: ['PR-1'],
  oldContractReferences: ['ADE-7'],
  newInsurerName: 'April',
  newContractReferences: ['NEW-1'],
  effectiveDate: '2027-01-10',
  acceptedOn: '2026-12-28',
};

describe('letterTextOf (what the sandbox prints, from the API letter)', () => {
  it('a termination letter announces the files in its attachments', () => {
    const text = letterTextOf(termination, { sender, sendDate: '2026-11-29' })!;
    assert.deepEqual(text.attachments, ['Pièce jointe : mandat signé par M. Jean Roy (mandat.pdf)']);
    assert.match(text.paragraphs.join(' '), /vente du véhicule assuré intervenue le 20 novembre 2026/);
  });
  it('the borrower-insurance termination uses L113-12-2; the substitution names the loans', () => {
    const loan = { ...common, service: 'borrower-insurance', dossierId: 'dos_1', kind: 'termination' } as unknown as Letter;
    const text = letterTextOf(loan, { sender, sendDate: '2027-01-04', dossier, bankName: 'BNP Paribas', attachments: [{ kind: 'bank-acceptance', fileName: 'accord.pdf' }] })!;
    assert.match(text.paragraphs.join(' '), /prendra effet le 15 janvier 2027/);
    const substitution = letterTextOf({ ...loan, kind: 'substitution' } as Letter, { sender, sendDate: '2027-01-04', dossier })!;
    assert.match(substitution.subject, /prêt n° PR-1/);
    assert.deepEqual(substitution.attachments, []);
  });
  it('null for paper mail, an incomplete letter, or a loan letter without its dossier', () => {
    assert.equal(letterTextOf({ ...termination, service: 'paper-mail' } as unknown as Letter, { sender, sendDate: '2026-11-29' }), null);
    assert.equal(letterTextOf({ ...termination, reason: null } as Letter, { sender, sendDate: '2026-11-29' }), null);
    assert.equal(letterTextOf({ ...common, service: 'borrower-insurance', dossierId: 'd', kind: 'termination' } as unknown as Letter, { sender, sendDate: '2026-11-29' }), null);
  });
  it('null for a dossier’s other letter ("autre courrier"): the user’s own PDF is the letter', () => {
    const other = { ...common, service: 'borrower-insurance', dossierId: 'dos_1', kind: 'other', attachments: [] } as unknown as Letter;
    assert.equal(letterTextOf(other, { sender, sendDate: '2027-01-04', dossier }), null);
  });
  it('refuses a letter whose wording lacks a fact', () => {
    assert.throws(() => letterTextOf({ ...termination, facts: {} } as Letter, { sender, sendDate: '2026-11-29' }), (e: unknown) => isRuleInputError(e) && e.argument === 'facts.saleDate');
  });
});
