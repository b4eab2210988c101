import type { ClockAdvanceParams } from '@jrmc/core/contract';
import { invalidRequest } from './errors.js';

/** How far one advance may go: 5 years past the account's clock. */
export const MAX_ADVANCE_YEARS = 5;

/**
 * Where an advance takes the clock: a valid instant, not behind `now`, at most {@link MAX_ADVANCE_YEARS}
 * years ahead. Checked before anything moves; refused with the field at fault.
 *
 * @example
 * clockTarget(new Date('2026-11-30T09:00:00Z'), { days: 2 }) //=> 2026-12-02T09:00:00.000Z
 */
export function clockTarget(now: Date, params: ClockAdvanceParams): Date {
  const given = (['to', 'seconds', 'days'] as const).filter((field) => params[field] !== undefined);
  if (given.length !== 1) throw invalidRequest('Give exactly one of to, seconds or days', [{ path: [], code: 'custom', message: 'Give exactly one of to, seconds or days' }]);
  const field = given[0]!;
  const limit = new Date(now.getTime());
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_ADVANCE_YEARS);
  let target: number;
  if (field === 'to') target = Date.parse(params.to!);
  else {
    const amount = field === 'seconds' ? params.seconds! : params.days!;
    const unitMs = field === 'seconds' ? 1000 : 86_400_000;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
      throw invalidRequest(`${field} must be a number ≥ 0`, [{ path: [field], code: 'too_small', message: 'Must be a finite number ≥ 0' }]);
    }
    target = now.getTime() + amount * unitMs;
  }
  // Every comparison is written so that NaN fails it: an invalid instant is refused, never let through.
  if (!Number.isFinite(target)) throw invalidRequest('Not a valid instant', [{ path: [field], code: 'invalid_format', message: 'Expected an ISO 8601 instant' }]);
  if (!(target >= now.getTime())) throw invalidRequest('The sandbox clock only moves forward', [{ path: [field], code: 'too_small', message: `Must be at or after ${now.toISOString()}` }]);
  if (!(target <= limit.getTime())) {
    throw invalidRequest(`The clock moves at most ${MAX_ADVANCE_YEARS} years at once`, [{ path: [field], code: 'too_big', message: `Must be at or before ${limit.toISOString()}` }]);
  }
  return new Date(target);
}
