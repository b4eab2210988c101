import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isRuleInputError, splitInclVat, vatOf, withVat } from '../../src/rules/index.js';
import { PROPERTY_RUNS } from './arbitraries.js';

describe('splitInclVat', () => {
  it('splits a paid amount into base and 20 % VAT, VAT rounded half up', () => {
    assert.deepEqual(splitInclVat(5000), { exclVat: 4167, vat: 833, inclVat: 5000 }); // 833.33
    assert.deepEqual(splitInclVat(1788), { exclVat: 1490, vat: 298, inclVat: 1788 });
    assert.deepEqual(splitInclVat(3), { exclVat: 2, vat: 1, inclVat: 3 }); // 0.5 → 1
    assert.deepEqual(splitInclVat(2), { exclVat: 2, vat: 0, inclVat: 2 }); // 0.33 → 0
    assert.deepEqual(splitInclVat(0), { exclVat: 0, vat: 0, inclVat: 0 });
    assert.deepEqual(splitInclVat(1_000_000), { exclVat: 833_333, vat: 166_667, inclVat: 1_000_000 });
  });

  it('refuses a negative, fractional or non-numeric amount', () => {
    for (const bad of [-1, 12.5, Number.NaN, '100' as unknown as number]) {
      assert.throws(() => splitInclVat(bad), (error) => isRuleInputError(error) && error.argument === 'amountInclVat');
    }
  });

  it('always adds up to the amount paid, with the VAT within half a cent of a sixth of it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (paid) => {
        const { exclVat, vat, inclVat } = splitInclVat(paid);
        assert.equal(exclVat + vat, paid);
        assert.equal(inclVat, paid);
        assert.ok(Math.abs(vat * 6 - paid) <= 3, `${vat} × 6 vs ${paid}`);
      }),
      PROPERTY_RUNS,
    );
  });

  it('gives back the price excluding VAT and the VAT of anything debited with withVat', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (exclVat) => {
        assert.deepEqual(splitInclVat(withVat(exclVat)), { exclVat, vat: vatOf(exclVat), inclVat: withVat(exclVat) });
      }),
      PROPERTY_RUNS,
    );
  });
});
