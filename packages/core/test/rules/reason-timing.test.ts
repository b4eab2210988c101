import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isReasonCode, isRuleInputError, REASON_CODES, reasonByCode, reasonTiming, terminationReasons, type ReasonCode } from '../../src/rules/index.js';
import { PROPERTY_RUNS } from './arbitraries.js';

describe('reasonTiming — a reason\'s timing without its wording', () => {
  it('says how the Hamon, renewal, Chatel and death reasons are timed', () => {
    assert.deepEqual(reasonTiming('loi-hamon'), { noticeRule: 'switch', dateMode: 'switch-start' });
    assert.deepEqual(reasonTiming('ria-sante'), { noticeRule: 'switch', dateMode: 'switch-start' });
    assert.deepEqual(reasonTiming('echeance'), { noticeRule: 'renewal', dateMode: 'renewal' });
    assert.deepEqual(reasonTiming('loi-chatel'), { noticeRule: 'chatel', dateMode: 'send-date' });
    assert.deepEqual(reasonTiming('deces'), { noticeRule: 'free', dateMode: 'send-date' });
  });

  it('agrees with the catalogue for every reason, which lists every code once, in display order', () => {
    assert.deepEqual(terminationReasons().map((reason) => reason.code), [...REASON_CODES]);
    fc.assert(
      fc.property(fc.constantFrom<ReasonCode>(...REASON_CODES), (code) => {
        const { noticeRule, dateMode } = reasonByCode(code);
        assert.deepEqual(reasonTiming(code), { noticeRule, dateMode });
      }),
    );
  });

  it('refuses an unknown code with a typed error, and recognises only real codes', () => {
    for (const code of ['toString', 'hamon', '', 'constructor']) {
      assert.equal(isReasonCode(code), false);
      assert.throws(() => reasonTiming(code as ReasonCode), (error: unknown) => isRuleInputError(error) && error.argument === 'code');
      assert.throws(() => reasonByCode(code as ReasonCode), (error: unknown) => isRuleInputError(error) && error.argument === 'code');
    }
    fc.assert(
      fc.property(fc.string(), (value) => assert.equal(isReasonCode(value), (REASON_CODES as readonly string[]).includes(value))),
      PROPERTY_RUNS,
    );
  });
});
