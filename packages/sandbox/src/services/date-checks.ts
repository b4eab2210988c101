import { isNotInFuture, type IsoDate } from '@jrmc/core';
import type { Subscriber } from '@jrmc/core/contract';
import { invalidRequest } from './errors.js';

/** Refuses a date that must already have happened (a birth, an event, a bank's answer) when it is after today (core's bound). */
export function refuseFutureDate(date: IsoDate | null | undefined, today: IsoDate, path: (string | number)[]): void {
  if (date && !isNotInFuture(date, today)) {
    throw invalidRequest(`${path.join('.')} cannot be in the future`, [{ path, code: 'too_big', message: `Must be on or before ${today}` }]);
  }
}

/** Refuses a subscriber born after today. */
export function refuseFutureBirth(subscriber: Subscriber | null | undefined, today: IsoDate, path: (string | number)[]): void {
  if (subscriber?.kind === 'person') refuseFutureDate(subscriber.birthDate, today, [...path, 'birthDate']);
}
