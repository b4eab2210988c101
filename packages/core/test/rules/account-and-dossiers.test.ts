import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  accountReadiness,
  addDays,
  canTrashLetter,
  checkBankAnswerDate,
  checkJrmcMandate,
  isFirstSend,
  isRuleInputError,
  LETTER_STATUSES,
  loanDossierStatus,
  priceItemOf,
  rescheduleOptions,
  terminationReasons,
  wasDispatched,
} from '../../src/rules/index.js';
import { isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

const statusArb = fc.constantFrom(...LETTER_STATUSES);

describe('isFirstSend: until the first letter is deposited', () => {
  it('validated and scheduled letters do not end the first send', () => {
    assert.equal(isFirstSend([]), true);
    assert.equal(isFirstSend([{ status: 'scheduled' }, { status: 'cancelled' }, { status: 'draft' }]), true);
    assert.equal(isFirstSend([{ status: 'scheduled' }, { status: 'sent' }]), false);
  });
  it('property: first send iff no letter was dispatched', () => {
    fc.assert(
      fc.property(fc.array(statusArb.map((status) => ({ status })), { maxLength: 8 }), (letters) => {
        assert.equal(isFirstSend(letters), !letters.some((l) => wasDispatched(l.status)));
      }),
    );
  });
});

describe('JRMC mandate and account readiness', () => {
  const valid = { signatoryName: 'Ana Roy', signatoryEmail: 'ana@cabinet.fr', signatoryMobile: '+33 6 12 34 56 78', companySiren: '732.829.320' };
  it('a complete mandate has no issue', () => assert.deepEqual(checkJrmcMandate(valid), []));
  it('each field is checked, with its reason', () => {
    assert.deepEqual(checkJrmcMandate({ ...valid, signatoryName: ' ' }), [{ field: 'signatoryName', reason: 'required' }]);
    assert.deepEqual(checkJrmcMandate({ ...valid, signatoryEmail: 'ana' }), [{ field: 'signatoryEmail', reason: 'invalid_email' }]);
    assert.deepEqual(checkJrmcMandate({ ...valid, signatoryMobile: '01 23 45 67 89' }), [{ field: 'signatoryMobile', reason: 'invalid_mobile' }]);
    assert.deepEqual(checkJrmcMandate({ ...valid, companySiren: '732829321' }), [{ field: 'companySiren', reason: 'invalid_siren' }]);
    assert.deepEqual(checkJrmcMandate({}).map((i) => i.reason), ['required', 'required', 'required', 'required']);
  });
  it('ready only with identity verified, a top-up and the mandate; the mandate comes after the top-up', () => {
    assert.deepEqual(accountReadiness({ identityProof: 'verified', toppedUp: true, mandateSigned: true }), { ready: true, missing: [], canSignMandate: false });
    assert.deepEqual(accountReadiness({ identityProof: 'verified', toppedUp: false, mandateSigned: false }), {
      ready: false,
      missing: ['top_up', 'jrmc_mandate'],
      canSignMandate: false,
    });
    assert.deepEqual(accountReadiness({ identityProof: 'rejected', toppedUp: true, mandateSigned: false }), {
      ready: false,
      missing: ['identity_proof', 'jrmc_mandate'],
      canSignMandate: true,
    });
  });
  it('property: ready iff nothing missing', () => {
    fc.assert(
      fc.property(fc.constantFrom('missing' as const, 'pending' as const, 'verified' as const, 'rejected' as const), fc.boolean(), fc.boolean(), (identityProof, toppedUp, mandateSigned) => {
        const r = accountReadiness({ identityProof, toppedUp, mandateSigned });
        assert.equal(r.ready, identityProof === 'verified' && toppedUp && mandateSigned);
        assert.equal(r.ready, r.missing.length === 0);
      }),
    );
  });
});

describe('rescheduling', () => {
  it('only a cancelled letter; Hamon/RIA by a new contract start; mode and AR chosen again, charged again', () => {
    assert.deepEqual(rescheduleOptions({ status: 'cancelled', service: 'termination', reason: 'ria-sante' }), {
      allowed: true,
      dateMode: 'switch-start',
      sendModes: ['now', 'scheduled'],
      acknowledgementChoosable: true,
      charged: true,
    });
    assert.equal((rescheduleOptions({ status: 'cancelled', service: 'termination', reason: 'echeance' }) as { dateMode: string }).dateMode, 'send-date');
    assert.equal((rescheduleOptions({ status: 'cancelled', service: 'borrower-insurance' }) as { acknowledgementChoosable: boolean }).acknowledgementChoosable, false);
    assert.deepEqual(rescheduleOptions({ status: 'scheduled', service: 'termination', reason: 'echeance' }), { allowed: false });
  });
  it('the price follows the send as chosen', () => {
    assert.equal(priceItemOf({ channel: 'lre', withAcknowledgement: true }), 'lre-ar');
    assert.equal(priceItemOf({ channel: 'lre', withAcknowledgement: false }), 'lre');
    assert.equal(priceItemOf({ channel: 'lre', service: 'borrower-insurance' }), 'lre-ar');
    assert.equal(priceItemOf({ channel: 'paper', product: 'lettre-suivie' }), 'lettre-suivie');
  });
  it('property: allowed iff cancelled; switch reasons reschedule by start', () => {
    fc.assert(
      fc.property(statusArb, fc.constantFrom(...terminationReasons().map((r) => r.code)), (status, reason) => {
        const options = rescheduleOptions({ status, service: 'termination', reason });
        assert.equal(options.allowed, status === 'cancelled');
        if (options.allowed) assert.equal(options.dateMode === 'switch-start', reason === 'loi-hamon' || reason === 'ria-sante');
      }),
    );
  });
});

describe('loan dossiers', () => {
  it('status follows the letters; cancelling the substitution puts the dossier back to draft', () => {
    assert.equal(loanDossierStatus({ substitution: null, termination: null, bankAnswer: null }), 'draft');
    assert.equal(loanDossierStatus({ substitution: 'scheduled', termination: null, bankAnswer: null }), 'substitution_sent');
    assert.equal(loanDossierStatus({ substitution: 'cancelled', termination: null, bankAnswer: null }), 'draft');
    assert.equal(loanDossierStatus({ substitution: 'signed', termination: null, bankAnswer: 'accepted' }), 'accepted');
    assert.equal(loanDossierStatus({ substitution: 'signed', termination: 'cancelled', bankAnswer: 'accepted' }), 'accepted');
    assert.equal(loanDossierStatus({ substitution: 'signed', termination: 'sent', bankAnswer: 'accepted' }), 'termination_sent');
    assert.equal(loanDossierStatus({ substitution: 'signed', termination: null, bankAnswer: 'refused' }), 'refused');
  });
  it("a dossier's letter cannot be trashed", () => {
    assert.equal(canTrashLetter({ status: 'draft', dossierId: 'dos_1' }), false);
    assert.equal(canTrashLetter({ status: 'draft', dossierId: null }), true);
    assert.equal(canTrashLetter({ status: 'scheduled' }), false);
    assert.equal(canTrashLetter({ status: 'cancelled', dossierId: null }), false);
    // A status the API does not know is a caller's mistake, not a silent "no".
    assert.throws(() => canTrashLetter({ status: 'deleted' as never }), (error: unknown) => isRuleInputError(error) && error.argument === 'status');
  });
  it('the bank answer date is not in the future nor before the request', () => {
    assert.deepEqual(checkBankAnswerDate('2026-11-30', { today: '2026-11-29' }), { ok: false, code: 'date_in_future', date: '2026-11-29' });
    assert.deepEqual(checkBankAnswerDate('2026-11-29', { today: '2026-11-29', substitutionSentOn: '2026-11-05' }), { ok: true });
    assert.deepEqual(checkBankAnswerDate('2026-11-04', { today: '2026-11-29', substitutionSentOn: '2026-11-05' }), { ok: false, code: 'before_request', date: '2026-11-05' });
  });
  it('property: the bank answer date is accepted iff between the request and today', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -30, max: 30 }), fc.integer({ min: 0, max: 30 }), (today, offset, sentAgo) => {
        const answeredOn = addDays(today, offset);
        const sentOn = addDays(today, -sentAgo);
        assert.equal(checkBankAnswerDate(answeredOn, { today, substitutionSentOn: sentOn }).ok, answeredOn <= today && answeredOn >= sentOn);
      }),
      PROPERTY_RUNS,
    );
  });
  it('property: a dossier without a validated substitution is a draft whatever else', () => {
    fc.assert(
      fc.property(fc.constantFrom('draft' as const, 'cancelled' as const, null), fc.option(statusArb), fc.constantFrom('accepted' as const, 'refused' as const, null), (substitution, termination, bankAnswer) => {
        assert.equal(loanDossierStatus({ substitution, termination, bankAnswer }), 'draft');
      }),
    );
  });
});
