import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, addMonthsLegal, draftPurgeDue, isRuleInputError, parisDate, parisTimeToInstant, trashPurgeDue } from '../../src/rules/index.js';
import { instantArb, PROPERTY_RUNS } from './arbitraries.js';

const DAY_MS = 86_400_000;

describe('trashPurgeDue: end of D + 60, Paris', () => {
  it('trashed at 23:59 on 29 Nov 2026 → purged at the end of 28 Jan 2027', () => {
    assert.equal(trashPurgeDue('2026-11-29T22:59:00Z').toISOString(), '2027-01-28T23:00:00.000Z');
  });
  it('trashed at 00:30 Paris on 1 Jul 2026 (22:30Z the day before) counts from 1 Jul', () => {
    assert.equal(trashPurgeDue('2026-06-30T22:30:00Z').toISOString(), '2026-08-30T22:00:00.000Z');
  });
  it('refuses a timestamp without offset', () => {
    assert.throws(() => trashPurgeDue('2026-11-29T10:00:00'), (e: unknown) => isRuleInputError(e) && e.argument === 'trashedAt');
  });
  it('property: never early (≥ 60 full days), at most 61 days, at Paris midnight', () => {
    fc.assert(
      fc.property(instantArb, (trashedAt) => {
        const due = trashPurgeDue(trashedAt);
        const elapsed = due.getTime() - trashedAt.getTime();
        // 60 full Paris days: at most one hour shorter when a spring-forward night falls within them.
        assert.ok(elapsed >= 60 * DAY_MS - 3_600_000, String(elapsed));
        assert.equal(parisDate(new Date(due.getTime() - 1)), addDays(parisDate(trashedAt), 60));
        assert.ok(elapsed <= 61 * DAY_MS + 3_600_000);
        assert.equal(due.getTime(), parisTimeToInstant(addDays(parisDate(trashedAt), 61)).getTime());
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('draftPurgeDue: after 2 full years', () => {
  it('changed on 29 Nov 2026 → purged at the end of 29 Nov 2028', () => {
    assert.equal(draftPurgeDue('2026-11-29T10:00:00Z').toISOString(), '2028-11-29T23:00:00.000Z');
  });
  it('changed on 29 Feb 2028 → purged at the end of 28 Feb 2030', () => {
    assert.equal(draftPurgeDue('2028-02-29T12:00:00+01:00').toISOString(), '2030-02-28T23:00:00.000Z');
  });
  it('property: never before two full years have elapsed', () => {
    fc.assert(
      fc.property(instantArb, (changedAt) => {
        const due = draftPurgeDue(changedAt);
        const day = parisDate(changedAt);
        assert.ok(parisDate(new Date(due.getTime() - 1)) === addMonthsLegal(day, 24));
        assert.ok(due.getTime() - changedAt.getTime() >= 729 * DAY_MS);
      }),
      PROPERTY_RUNS,
    );
  });
});
