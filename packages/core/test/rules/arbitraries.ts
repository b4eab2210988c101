import fc from 'fast-check';
import { addDays, type IsoDate } from '../../src/rules/index.js';

/** Property tests cover this whole range (DOMAIN rules must hold for any date a user may try). */
export const FIRST_DAY = '2000-01-01';
export const LAST_DAY = '2100-12-31';
const SPAN_DAYS = 36_890; // 2000-01-01 → 2100-12-31

/** Any calendar day from 2000 to 2100. */
export const isoDateArb: fc.Arbitrary<IsoDate> = fc.integer({ min: 0, max: SPAN_DAYS }).map((offset) => addDays(FIRST_DAY, offset));

/** Any instant from 2000 to 2100, to the second. */
export const instantArb: fc.Arbitrary<Date> = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2100, 11, 31, 23, 59, 59) / 1000 })
  .map((seconds) => new Date(seconds * 1000));

export const PROPERTY_RUNS = { numRuns: 2000 };
