import { TOP_UP_MAX, TOP_UP_MIN } from '@jrmc/core';

/** A custom top-up amount as typed, read in cents, or the reason it cannot be paid. */
export type TopUpAmount = { ok: true; cents: number } | { ok: false; problem: 'notANumber' | 'cents' | 'tooLow' | 'tooHigh' };

/**
 * Reads what the user typed in euros ("150", "150,50", "1 000.5") into integer cents and checks it against
 * core's top-up bounds. Never rounds silently: a third decimal is a problem, not a fix-up.
 *
 * @example
 * readTopUpAmount('25,50') //=> { ok: true, cents: 2550 }
 * readTopUpAmount('5')     //=> { ok: false, problem: 'tooLow' }
 */
export function readTopUpAmount(typed: string): TopUpAmount {
  const normalized = typed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(normalized);
  if (!match) return { ok: false, problem: 'notANumber' };
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return { ok: false, problem: 'cents' };
  const cents = Number(match[1]) * 100 + Number(decimals.padEnd(2, '0'));
  if (cents < TOP_UP_MIN) return { ok: false, problem: 'tooLow' };
  if (cents > TOP_UP_MAX) return { ok: false, problem: 'tooHigh' };
  return { ok: true, cents };
}
