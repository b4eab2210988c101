import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isValidSiren, isValidSiret, luhnValid, normalizeSiret, sameSubscriber } from '../../src/rules/index.js';
import { PROPERTY_RUNS } from './arbitraries.js';

const digitsArb = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));
const digitSum = (value: string) => [...value].reduce((sum, digit) => sum + Number(digit), 0);

describe('SIRET / SIREN (DOMAIN §10)', () => {
  it('Luhn numbers are valid; spaces and dots stripped', () => {
    assert.equal(isValidSiret('732 829 320 00074'), true);
    assert.equal(isValidSiret('732.829.320.00074'), true);
    assert.equal(isValidSiret('73282932000075'), false);
    assert.equal(normalizeSiret(' 356.000.000 00048 '), '35600000000048');
  });
  it('La Poste: its head office passes Luhn; its establishments pass by digit sum multiple of 5', () => {
    assert.equal(luhnValid('35600000000048'), true);
    assert.equal(isValidSiret('35600000000048'), true);
    assert.equal(isValidSiret('35600000012346'), true); // digit sum 30
    assert.equal(isValidSiret('35600000012345'), false); // digit sum 29, not Luhn
    assert.equal(isValidSiren('356 000 000'), true);
  });
  it('all-zero numbers are invalid', () => {
    assert.equal(isValidSiret('00000000000000'), false);
    assert.equal(isValidSiret('000 000 000 00000'), false);
    assert.equal(isValidSiren('000000000'), false);
  });
  it('wrong lengths and letters are invalid', () => {
    assert.equal(isValidSiret('7328293200007'), false);
    assert.equal(isValidSiret('7328293200007A'), false);
  });
  it('combinability compares normalised SIRENs', () => {
    assert.equal(sameSubscriber({ kind: 'company', siret: '732.829.320.00074' }, { kind: 'company', siret: '73282932000082' }), true);
  });
  it('property: valid iff not all zero and (Luhn, or La Poste with digit sum % 5 = 0), whatever spaces and dots', () => {
    const siretArb = fc.oneof(digitsArb(14), digitsArb(5).map((nic) => `356000000${nic}`));
    fc.assert(
      fc.property(siretArb, fc.array(fc.constantFrom(' ', '.'), { maxLength: 4 }), (siret, noise) => {
        const expected = !/^0+$/.test(siret) && (luhnValid(siret) || (siret.startsWith('356000000') && digitSum(siret) % 5 === 0));
        const decorated = noise.reduce((s, sep, i) => s.slice(0, 3 * (i + 1) + i) + sep + s.slice(3 * (i + 1) + i), siret);
        assert.equal(isValidSiret(siret), expected);
        assert.equal(isValidSiret(decorated), expected, decorated);
        assert.equal(normalizeSiret(decorated), siret);
      }),
      PROPERTY_RUNS,
    );
  });
});
