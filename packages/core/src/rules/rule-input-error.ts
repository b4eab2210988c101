/**
 * Thrown by a rule function when an argument is malformed (`'2026-02-30'`, `'tomorrow'`, a negative
 * amount…). Well-typed, well-formed input never throws: a rule that cannot be satisfied answers with
 * data (`{ reachable: false, … }`, `{ ok: false, … }`), not with an exception.
 *
 * @example
 * try { addMonthsLegal('2026-02-30', 1); }
 * catch (e) { if (isRuleInputError(e)) e.argument; } //=> 'date'
 */
export class RuleInputError extends Error {
  override name = 'RuleInputError' as const;

  /**
   * @param argument - the name of the offending argument, as in the function's signature (`'date'`, `'validatedAt'`)
   * @param value - what was received
   * @param reason - why it was refused, in English for developers
   */
  constructor(
    readonly argument: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`Invalid ${argument}: ${describe(value)} (${reason})`);
  }
}

/**
 * Name-based guard, so it also works across realms and duplicated bundles.
 *
 * @example
 * isRuleInputError(new RuleInputError('date', 'x', 'not a date')) //=> true
 */
export function isRuleInputError(error: unknown): error is RuleInputError {
  return error instanceof Error && error.name === 'RuleInputError';
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return String(value);
}
