import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  attachmentKindsFor,
  checkAttachmentFile,
  factsRequiredFor,
  isDateFact,
  MAX_ATTACHMENT_BYTES,
  terminationLetterIssues,
  terminationReasons,
  type CompletenessInput,
} from '../../src/rules/index.js';
import { PROPERTY_RUNS } from './arbitraries.js';

const pdf = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7').subarray(0, size));
  return bytes;
};

describe('attachments', () => {
  it('kinds per letter; none is attached by default', () => {
    assert.deepEqual(attachmentKindsFor('termination'), ['client-mandate']);
    assert.deepEqual(attachmentKindsFor('substitution'), ['new-contract-conditions', 'client-mandate']);
    assert.deepEqual(attachmentKindsFor('loan-termination'), ['bank-acceptance', 'client-mandate']);
  });
  it('accepts a real PDF up to 10 MB', () => {
    assert.deepEqual(checkAttachmentFile({ kind: 'client-mandate', bytes: pdf(2048) }, 'termination'), { ok: true });
    assert.deepEqual(checkAttachmentFile({ kind: 'client-mandate', bytes: pdf(MAX_ATTACHMENT_BYTES) }, 'termination'), { ok: true });
  });
  it('refuses empty, too large, not a PDF (by magic bytes), or a kind the letter cannot carry', () => {
    assert.deepEqual(checkAttachmentFile({ kind: 'client-mandate', bytes: new Uint8Array(0) }, 'termination'), { ok: false, problem: 'empty', field: 'content' });
    assert.deepEqual(checkAttachmentFile({ kind: 'client-mandate', bytes: pdf(MAX_ATTACHMENT_BYTES + 1) }, 'termination'), {
      ok: false,
      problem: 'too_large',
      field: 'content',
      limit: MAX_ATTACHMENT_BYTES,
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
    assert.deepEqual(checkAttachmentFile({ kind: 'client-mandate', bytes: png }, 'termination'), { ok: false, problem: 'not_pdf', field: 'content' });
    assert.deepEqual(checkAttachmentFile({ kind: 'client-mandate', bytes: new TextEncoder().encode('%PDF') }, 'termination'), { ok: false, problem: 'not_pdf', field: 'content' });
    assert.deepEqual(checkAttachmentFile({ kind: 'bank-acceptance', bytes: pdf(100) }, 'termination'), { ok: false, problem: 'kind_not_allowed', field: 'kind' });
  });
  it('property: accepted iff non-empty, ≤ 10 MB and starting with %PDF-', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 64 }), fc.boolean(), (tail, withMagic) => {
        const bytes = withMagic ? new Uint8Array([...new TextEncoder().encode('%PDF-'), ...tail]) : tail;
        const startsPdf = bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
        assert.equal(checkAttachmentFile({ kind: 'client-mandate', bytes }, 'termination').ok, startsPdf);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('terminationLetterIssues (the one completeness rule)', () => {
  const complete: CompletenessInput = {
    subscriber: { kind: 'person', civility: 'M.', firstName: 'Jean', lastName: 'Roy', address: { line1: '1 rue A', postcode: '69003', city: 'Lyon' } },
    recipient: { id: 'axa', name: 'AXA', address: { line1: '1 rue B', postcode: '92727', city: 'Nanterre' } },
    contracts: [{ number: 'A-1' }],
    reason: 'echeance',
    customReasonText: null,
    facts: { renewalDate: '2027-01-01' },
  };
  it('isDateFact: the days among the facts, the ones a malformed value is refused for as invalid_date', () => {
    assert.deepEqual(['renewalDate', 'renewalNoticeSentOn', 'contractStartDate', 'eventDate', 'saleDate'].filter(isDateFact).length, 5);
    assert.deepEqual(['newInsurerName', 'eventDescription', 'heirName', 'heirCapacity', 'customReasonText', 'noRenewalNoticeReceived', 'compulsoryCover'].filter(isDateFact), []);
    fc.assert(
      fc.property(fc.constantFrom(...terminationReasons().map((reason) => reason.code)), (reason) => {
        for (const fact of factsRequiredFor(reason)) {
          if (fact === 'customReasonText') continue;
          const issues = terminationLetterIssues({ ...complete, reason, facts: { [fact]: 'le 3 mars' } });
          const code = issues.find((issue) => issue.path.join('.') === `facts.${fact}`)?.code;
          assert.equal(code === 'invalid_date', isDateFact(fact), `${reason} ${fact}: ${code}`);
        }
      }),
    );
  });
  it('lists every missing part by path', () => {
    assert.deepEqual(
      terminationLetterIssues({ subscriber: null, recipient: null, contracts: [], reason: null, customReasonText: null, facts: {} }).map((i) => i.path.join('.')),
      ['subscriber', 'recipientId', 'contracts', 'reason'],
    );
    assert.deepEqual(terminationLetterIssues(complete), []);
  });
  it('asks the second-pass facts', () => {
    assert.deepEqual(terminationLetterIssues({ ...complete, reason: 'loi-hamon', facts: { newInsurerName: 'MAIF' } }), [
      { path: ['facts', 'contractStartDate'], code: 'required', message: 'contractStartDate is required for this reason' },
    ]);
    assert.deepEqual(
      terminationLetterIssues({ ...complete, reason: 'deces', facts: { eventDate: '2026-10-01' } }).map((i) => i.path.join('.')),
      ['facts.heirName', 'facts.heirCapacity'],
    );
    assert.deepEqual(terminationLetterIssues({ ...complete, reason: 'vente-bien', facts: { saleDate: '2026-13-01' } }).map((i) => i.code), ['invalid_date']);
  });
  it('Chatel: the notice date, or "no notice" and then the renewal date', () => {
    assert.deepEqual(terminationLetterIssues({ ...complete, reason: 'loi-chatel', facts: {} }).map((i) => i.path.join('.')), ['facts.renewalNoticeSentOn']);
    assert.deepEqual(terminationLetterIssues({ ...complete, reason: 'loi-chatel', facts: { noRenewalNoticeReceived: true } }).map((i) => i.path.join('.')), ['facts.renewalDate']);
    assert.deepEqual(terminationLetterIssues({ ...complete, reason: 'loi-chatel', facts: { renewalNoticeSentOn: '2026-11-02' } }), []);
  });
  it('custom reason: its wording', () => {
    assert.deepEqual(terminationLetterIssues({ ...complete, reason: 'custom', customReasonText: '  ', facts: {} }).map((i) => i.path.join('.')), ['customReasonText']);
  });
  it('property: for every reason, a letter with exactly its required facts is complete, and dropping one names it', () => {
    const values: Record<string, unknown> = {
      renewalDate: '2027-01-01', newInsurerName: 'MAIF', contractStartDate: '2025-01-01', eventDescription: 'déménagement', eventDate: '2026-10-01',
      saleDate: '2026-10-01', heirName: 'Mme Léa Roy', heirCapacity: 'fille', renewalNoticeSentOn: '2026-11-02',
    };
    fc.assert(
      fc.property(fc.constantFrom(...terminationReasons().map((r) => r.code)), (reason) => {
        const required = factsRequiredFor(reason).filter((f) => f !== 'customReasonText');
        const facts = Object.fromEntries(required.map((f) => [f, values[f]]));
        if (reason === 'loi-chatel') facts.renewalNoticeSentOn = values.renewalNoticeSentOn;
        const letter = { ...complete, reason, facts, customReasonText: reason === 'custom' ? 'Mon motif' : null };
        assert.deepEqual(terminationLetterIssues(letter), []);
        for (const fact of required) {
          const issues = terminationLetterIssues({ ...letter, facts: { ...facts, [fact]: null } });
          assert.deepEqual(issues.map((i) => i.path.join('.')), [`facts.${fact}`]);
        }
      }),
    );
  });
});
