import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  checkCombinable,
  checkSameBank,
  checkSameInsurer,
  isValidFrenchPostcode,
  isValidOrias,
  isValidSiren,
  isValidSiret,
  joinContractReferences,
  luhnValid,
  splitContractReferences,
  type CombinableContract,
} from '../../src/rules/index.js';
import { PROPERTY_RUNS } from './arbitraries.js';

const martin = { kind: 'person', firstName: 'Éloïse', lastName: 'Martin' } as const;
const contract = (over: Partial<CombinableContract> = {}): CombinableContract => ({ subscriber: martin, recipientId: 'axa', reason: 'echeance', ...over });

describe('checkCombinable', () => {
  it('accepts contracts with the same subscriber, recipient and reason', () => {
    assert.deepEqual(checkCombinable([contract(), contract({ subscriber: { kind: 'person', firstName: 'eloise', lastName: ' MARTIN ' } })]), { ok: true });
    assert.deepEqual(checkCombinable([contract()]), { ok: true });
    assert.deepEqual(checkCombinable([]), { ok: true });
  });

  it('says which conditions fail, in the FAQ order', () => {
    assert.deepEqual(checkCombinable([contract(), contract({ recipientId: 'maif' })]), { ok: false, differs: ['recipient'] });
    assert.deepEqual(
      checkCombinable([contract(), contract({ reason: 'loi-hamon', subscriber: { kind: 'person', firstName: 'Jean', lastName: 'Martin' } })]),
      { ok: false, differs: ['subscriber', 'reason'] },
    );
  });

  it('treats two custom reasons as the same only with the same wording', () => {
    assert.deepEqual(checkCombinable([contract({ reason: 'custom', customReasonText: 'Départ' }), contract({ reason: 'custom', customReasonText: ' Départ ' })]), { ok: true });
    assert.deepEqual(checkCombinable([contract({ reason: 'custom', customReasonText: 'Départ' }), contract({ reason: 'custom', customReasonText: 'Arrivée' })]), {
      ok: false,
      differs: ['reason'],
    });
  });

  it('compares companies by SIREN, and never a company with a person', () => {
    const siege = { kind: 'company', siret: '73282932000074' } as const;
    const etablissement = { kind: 'company', siret: '732 829 320 00090' } as const;
    assert.deepEqual(checkCombinable([contract({ subscriber: siege }), contract({ subscriber: etablissement })]), { ok: true });
    assert.deepEqual(checkCombinable([contract({ subscriber: siege }), contract()]), { ok: false, differs: ['subscriber'] });
  });

  it('is symmetric and never mentions a condition that holds', () => {
    const arb = fc.record({
      subscriber: fc.constantFrom(martin, { kind: 'person', firstName: 'Jean', lastName: 'Dupont' } as const),
      recipientId: fc.constantFrom('axa', 'maif'),
      reason: fc.constantFrom('echeance', 'loi-hamon'),
    });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const ab = checkCombinable([a, b]);
        assert.deepEqual(ab, checkCombinable([b, a]));
        const same = a.subscriber === b.subscriber && a.recipientId === b.recipientId && a.reason === b.reason;
        assert.equal(ab.ok, same);
        if (!ab.ok) {
          assert.equal(ab.differs.includes('recipient'), a.recipientId !== b.recipientId);
          assert.equal(ab.differs.includes('reason'), a.reason !== b.reason);
        }
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('borrower-insurance references', () => {
  it('several loans only with the same bank; several contracts only with the same insurer', () => {
    assert.deepEqual(checkSameBank([{ reference: 'P1', bankId: 'bnp' }, { reference: 'P2', bankId: 'bnp' }]), { ok: true });
    assert.deepEqual(checkSameBank([{ reference: 'P1', bankId: 'bnp' }, { reference: 'P2', bankId: 'lcl' }]), { ok: false, differs: ['bank'] });
    assert.deepEqual(checkSameInsurer([{ insurerId: 'cnp' }, { insurerId: 'axa' }]), { ok: false, differs: ['insurer'] });
  });

  it('splits and joins "/"-separated references', () => {
    assert.deepEqual(splitContractReferences(' AB-12 / CD-34 /'), ['AB-12', 'CD-34']);
    assert.equal(joinContractReferences(['AB-12', ' CD-34 ']), 'AB-12 / CD-34');
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Z0-9-]{1,12}$/), { maxLength: 6 }), (refs) => {
        assert.deepEqual(splitContractReferences(joinContractReferences(refs)), refs);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('identifiers', () => {
  it('validates SIREN with Luhn', () => {
    assert.ok(isValidSiren('732829320'));
    assert.ok(isValidSiren('732 829 320'));
    assert.ok(!isValidSiren('732829321'));
    assert.ok(!isValidSiren('73282932'));
    assert.ok(!isValidSiren('abcdefghi'));
  });

  it('validates SIRET with Luhn, La Poste by digit sum', () => {
    assert.ok(isValidSiret('73282932000074'));
    assert.ok(!isValidSiret('73282932000075'));
    // La Poste: 356000000 + NIC, digit sum divisible by 5 (Luhn would refuse 35600000000001)
    assert.ok(isValidSiret('35600000000001'));
    assert.ok(!luhnValid('35600000000001'));
    assert.ok(!isValidSiret('35600000000002'));
  });

  it('Luhn catches every single-digit typo in a SIRET', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{12}$/), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1, max: 9 }), (prefix, position, delta) => {
        fc.pre(!prefix.startsWith('356000000'));
        // complete to a valid SIRET, then change one digit: Luhn detects every single-digit error
        const check = [...Array(10).keys()].map((d) => `${prefix}${d}`).find((candidate) => luhnValid(candidate))!;
        assert.ok(isValidSiret(check));
        const digits = [...check];
        digits[position] = String((Number(digits[position]) + delta) % 10);
        fc.pre(!digits.join('').startsWith('356000000'));
        assert.ok(!isValidSiret(digits.join('')));
      }),
      PROPERTY_RUNS,
    );
  });

  it('ORIAS is 8 digits; postcodes are French', () => {
    assert.ok(isValidOrias('07012345') && isValidOrias('07 012 345'));
    assert.ok(!isValidOrias('0701234') && !isValidOrias('0701234A'));
    assert.ok(isValidFrenchPostcode('38240') && isValidFrenchPostcode('20000') && isValidFrenchPostcode('97411') && isValidFrenchPostcode('98000'));
    assert.ok(!isValidFrenchPostcode('00100') && !isValidFrenchPostcode('9900') && !isValidFrenchPostcode('96000') && !isValidFrenchPostcode('97900'));
  });
});
