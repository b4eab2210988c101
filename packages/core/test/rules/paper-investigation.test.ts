import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, daysBetween, INVESTIGATION_ANSWER_DAYS, INVESTIGATION_OUTCOMES, investigationAnswerBy, investigationOpensOn, isRuleInputError } from '../../src/rules/index.js';
import { InvestigationOutcome, PaperInvestigation } from '../../src/contract/index.js';
import { isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

describe('investigationAnswerBy (La Poste answers a claim within 21 days)', () => {
  it('worked examples: across a month, a year end and a leap day', () => {
    assert.equal(investigationAnswerBy('2026-11-18'), '2026-12-09');
    assert.equal(investigationAnswerBy('2026-12-20'), '2027-01-10');
    assert.equal(investigationAnswerBy('2028-02-15'), '2028-03-07');
    assert.equal(investigationAnswerBy('2027-02-15'), '2027-03-08');
  });
  it('a letter posted on 2 Nov, investigated on the first possible day, has its answer by 9 Dec', () => {
    assert.equal(investigationAnswerBy(investigationOpensOn('2026-11-02')), '2026-12-09');
  });
  it('refuses what is not a date, naming the argument', () => {
    assert.throws(() => investigationAnswerBy('2026-02-30'), (e: unknown) => isRuleInputError(e) && e.argument === 'openedOn');
    assert.throws(() => investigationAnswerBy('18/11/2026'), (e: unknown) => isRuleInputError(e) && e.argument === 'openedOn');
  });
  it('property: always exactly 21 calendar days later, and later days answer later', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 1, max: 400 }), (opened, gap) => {
        const answer = investigationAnswerBy(opened);
        assert.equal(daysBetween(opened, answer), INVESTIGATION_ANSWER_DAYS);
        assert.ok(investigationAnswerBy(addDays(opened, gap)) > answer);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('PaperInvestigation (contract)', () => {
  it('the outcomes are the rule’s, nothing else', () => {
    assert.deepEqual(InvestigationOutcome.options, [...INVESTIGATION_OUTCOMES]);
    assert.equal(InvestigationOutcome.safeParse('found').success, false);
  });
  it('accepts an open and a closed investigation, refuses an outcome outside the list with its path', () => {
    const open = { openedAt: '2026-11-18T09:00:00.000Z', message: 'Toujours en cours d’acheminement.', answerBy: '2026-12-09', closedAt: null, outcome: null };
    assert.equal(PaperInvestigation.safeParse(open).success, true);
    assert.equal(PaperInvestigation.safeParse({ ...open, closedAt: '2026-12-09T09:00:00.000Z', outcome: 'lost' }).success, true);
    const bad = PaperInvestigation.safeParse({ ...open, outcome: 'stolen' });
    assert.equal(bad.success, false);
    assert.deepEqual(bad.error!.issues[0]!.path, ['outcome']);
  });
});
