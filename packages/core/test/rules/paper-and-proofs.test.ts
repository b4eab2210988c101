import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDeliveryDays,
  canOpenInvestigation,
  isRuleInputError,
  isTrackedProduct,
  LETTER_STATUSES,
  paperDeliveryDate,
  postalProducts,
  proofIssuedOn,
  regionOfPostcode,
  statusAfterDeposit,
} from '../../src/rules/index.js';
import { isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

describe('regionOfPostcode', () => {
  it('57, 67, 68 → Alsace-Moselle; elsewhere metropole', () => {
    assert.equal(regionOfPostcode('57000'), 'alsace-moselle');
    assert.equal(regionOfPostcode('67 000'), 'alsace-moselle');
    assert.equal(regionOfPostcode('68100'), 'alsace-moselle');
    assert.equal(regionOfPostcode('75008'), 'metropole');
    assert.equal(regionOfPostcode('69001'), 'metropole');
  });
  it('refuses what is not a postcode', () => {
    assert.throws(() => regionOfPostcode('6700'), (e: unknown) => isRuleInputError(e) && e.argument === 'postcode');
  });
});

describe('paper products (DOMAIN §10)', () => {
  it('écopli and lettre verte are untracked: stay `sent`, never investigated', () => {
    assert.equal(isTrackedProduct('ecopli'), false);
    assert.equal(isTrackedProduct('lettre-verte'), false);
    assert.equal(statusAfterDeposit('ecopli'), 'sent');
    assert.equal(statusAfterDeposit('lettre-suivie'), 'in_transit');
    assert.equal(canOpenInvestigation({ status: 'sent', dispatchDate: '2026-11-02', product: 'ecopli' }, '2027-01-01'), false);
    assert.equal(canOpenInvestigation({ status: 'in_transit', dispatchDate: '2026-11-02', product: 'lettre-verte' }, '2027-01-01'), false);
  });
  it('tracked products can be investigated after more than 15 days in transit', () => {
    assert.equal(canOpenInvestigation({ status: 'in_transit', dispatchDate: '2026-11-02', product: 'lettre-suivie' }, '2026-11-17'), false);
    assert.equal(canOpenInvestigation({ status: 'in_transit', dispatchDate: '2026-11-02', product: 'lettre-suivie' }, '2026-11-18'), true);
    assert.equal(canOpenInvestigation({ status: 'delivered', dispatchDate: '2026-11-02', product: 'recommande' }, '2026-12-18'), false);
  });
  it('the recipient postcode decides the delivery calendar (26 Dec in Strasbourg)', () => {
    assert.equal(paperDeliveryDate('2026-12-24', 'lettre-verte', { recipientPostcode: '75008' }), '2026-12-29');
    assert.equal(paperDeliveryDate('2026-12-24', 'lettre-verte', { recipientPostcode: '67000' }), '2026-12-30');
    // Good Friday 2027 is 26 March: deposit Thursday 25 March.
    assert.equal(paperDeliveryDate('2027-03-25', 'ecopli', { recipientPostcode: '57000' }), '2027-04-01');
    assert.equal(paperDeliveryDate('2027-03-25', 'ecopli', { recipientPostcode: '13001' }), '2027-03-31');
  });
  it('property: the estimate uses the region of the postcode', () => {
    const postcodes = fc.constantFrom('57000', '67000', '68100', '75008', '13001', '97400');
    const products = fc.constantFrom(...postalProducts().map((p) => p.code));
    fc.assert(
      fc.property(isoDateArb, products, postcodes, (deposit, product, postcode) => {
        const region = regionOfPostcode(postcode);
        const days = postalProducts().find((p) => p.code === product)!.deliveryDays;
        assert.equal(paperDeliveryDate(deposit, product, { recipientPostcode: postcode }), addDeliveryDays(deposit, days, { region }));
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('proofIssuedOn', () => {
  it('LRE endings each issue their own proof', () => {
    assert.equal(proofIssuedOn('sent', { channel: 'lre' }), 'deposit');
    assert.equal(proofIssuedOn('signed', { channel: 'lre' }), 'receipt');
    assert.equal(proofIssuedOn('refused', { channel: 'lre' }), 'refusal');
    assert.equal(proofIssuedOn('expired', { channel: 'lre' }), 'expiry');
    assert.equal(proofIssuedOn('picked_up', { channel: 'lre' }), null);
  });
  it('paper: proofs only for registered products', () => {
    assert.equal(proofIssuedOn('sent', { channel: 'paper', product: 'recommande' }), 'deposit');
    assert.equal(proofIssuedOn('signed', { channel: 'paper', product: 'recommande-ar' }), 'receipt');
    assert.equal(proofIssuedOn('sent', { channel: 'paper', product: 'lettre-suivie' }), null);
    assert.equal(proofIssuedOn('sent', { channel: 'paper', product: 'ecopli' }), null);
  });
  it('refuses an unknown status or channel', () => {
    assert.throws(() => proofIssuedOn('lost' as 'sent', { channel: 'lre' }), isRuleInputError);
    assert.throws(() => proofIssuedOn('sent', { channel: 'fax' } as unknown as { channel: 'lre' }), isRuleInputError);
  });
  it('property: untracked products never issue any proof, whatever the status', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LETTER_STATUSES), fc.constantFrom('ecopli' as const, 'lettre-verte' as const, 'lettre-suivie' as const), (status, product) => {
        assert.equal(proofIssuedOn(status, { channel: 'paper', product }), null);
      }),
    );
  });
});
