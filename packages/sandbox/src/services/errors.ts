import type { ApiErrorType, FieldIssue, RuleCode } from '@jrmc/core/contract';

/**
 * A refusal of the domain, typed by the contract's error kind (`not_found`, `rule_violation`…). It knows no
 * HTTP: the http layer maps `type` to a status and renders the contract's error envelope.
 */
export class DomainError extends Error {
  constructor(
    readonly type: ApiErrorType,
    readonly code: string,
    message: string,
    readonly extra: { issues?: FieldIssue[]; data?: Record<string, unknown>; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** 404 — also what another account's resource looks like. */
export function notFound(what: string): DomainError {
  return new DomainError('not_found', 'resource_missing', `No such ${what}`);
}

/** 422 — a business rule refused, with its data. */
export function ruleViolation(code: RuleCode, message: string, data?: Record<string, unknown>): DomainError {
  return new DomainError('rule_violation', code, message, data ? { data } : {});
}

/** 400 — field problems. */
export function invalidRequest(message: string, issues: FieldIssue[]): DomainError {
  return new DomainError('invalid_request', 'validation_failed', message, { issues });
}

/** 409 — the resource is not in a state that allows this. */
export function conflict(code: string, message: string): DomainError {
  return new DomainError('conflict', code, message);
}
