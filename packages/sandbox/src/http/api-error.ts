import type { ApiErrorType, FieldIssue, RuleCode } from '@jrmc/core/contract';

/** An error the sandbox answers with the contract's envelope. Thrown by handlers, rendered by the app. */
export class ApiError extends Error {
  constructor(
    readonly type: ApiErrorType,
    readonly code: string,
    message: string,
    readonly extra: { issues?: FieldIssue[]; data?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** 404 — also what another account's resource looks like. */
export function notFound(what: string): ApiError {
  return new ApiError('not_found', 'resource_missing', `No such ${what}`);
}

/** 422 — a business rule refused, with its data. */
export function ruleViolation(code: RuleCode, message: string, data?: Record<string, unknown>): ApiError {
  return new ApiError('rule_violation', code, message, data ? { data } : {});
}

/** 400 — field problems. */
export function invalidRequest(message: string, issues: FieldIssue[]): ApiError {
  return new ApiError('invalid_request', 'validation_failed', message, { issues });
}

/** 409 — the resource is not in a state that allows this. */
export function conflict(code: string, message: string): ApiError {
  return new ApiError('conflict', code, message);
}
