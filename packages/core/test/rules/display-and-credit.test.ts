import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { creditCheck, isRuleInputError, letterReferences, subscriberListName } from '../../src/rules/index.js';
import { PROPERTY_RUNS } from './arbitraries.js';

describe('display names and references', () => {
  it('names people without civility, companies by name', () => {
    assert.equal(subscriberListName({ kind: 'person', firstName: ' Jean ', lastName: 'Roy' }), 'Jean Roy');
    assert.equal(subscriberListName({ kind: 'company', companyName: 'Boulangerie Dupont SARL' }), 'Boulangerie Dupont SARL');
  });
  it('joins references per service', () => {
    assert.equal(letterReferences({ service: 'termination', contracts: [{ number: 'A-1' }, { number: ' B-2 ' }, { number: ' ' }] }), 'A-1, B-2');
    assert.equal(letterReferences({ service: 'borrower-insurance', loanReferences: ['PR-1', 'PR-2'] }), 'PR-1, PR-2');
    assert.equal(letterReferences({ service: 'paper-mail', fileName: 'courrier.pdf' }), 'courrier.pdf');
  });
});

describe('creditCheck', () => {
  it('says how much is missing', () => {
    assert.deepEqual(creditCheck(1000, 1788), { sufficient: false, missing: 788 });
    assert.deepEqual(creditCheck(1788, 1788), { sufficient: true, missing: 0 });
    assert.deepEqual(creditCheck(-500, 1000), { sufficient: false, missing: 1500 });
  });
  it('refuses non-integer amounts', () => {
    assert.throws(() => creditCheck(10.5, 100), isRuleInputError);
  });
  it('property: balance + missing covers the price, and missing is 0 iff sufficient', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (balance, price) => {
        const { sufficient, missing } = creditCheck(balance, price);
        assert.equal(sufficient, balance >= price);
        assert.equal(missing === 0, sufficient);
        assert.ok(balance + missing >= price && (sufficient || balance + missing === price));
      }),
      PROPERTY_RUNS,
    );
  });
});
