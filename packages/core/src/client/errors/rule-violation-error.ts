import type { RuleCode } from '../../contract/errors.js';
import { JrmcApiError } from './jrmc-api-error.js';

/** A business rule refused the request (HTTP 422): `code` is a {@link RuleCode}, `data` explains. */
export class RuleViolationError extends JrmcApiError {
  override name = 'RuleViolationError' as const;

  /** The rule that refused. */
  get rule(): RuleCode {
    return this.code as RuleCode;
  }
}

/**
 * Whether `error` is a {@link RuleViolationError}, optionally of a given rule.
 *
 * @example
 * if (isRuleViolationError(error, 'start_unreachable')) offer(error.data.before, error.data.after);
 */
export function isRuleViolationError(error: unknown, rule?: RuleCode): error is RuleViolationError {
  return error instanceof Error && error.name === 'RuleViolationError' && (rule === undefined || (error as RuleViolationError).code === rule);
}
