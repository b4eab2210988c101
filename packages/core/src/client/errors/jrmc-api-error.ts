import type { ApiErrorType, FieldIssue } from '../../contract/errors.js';
import { API_ERROR_NAMES } from './error-names.js';
import { JrmcError } from './jrmc-error.js';

/** What the server said, attached to every API error. */
export interface ApiErrorDetails {
  status: number;
  type: ApiErrorType;
  code: string;
  message: string;
  requestId: string | null;
  issues: FieldIssue[];
  data: Record<string, unknown>;
  /** The request that failed: `METHOD path`. */
  request: string;
}

/** The server answered with an error envelope. Subclasses tell the families apart. */
export class JrmcApiError extends JrmcError {
  override name: string = 'JrmcApiError';
  readonly status: number;
  readonly type: ApiErrorType;
  /** Stable machine code (`validation_failed`, `cutoff_passed`, `insufficient_credit`…). */
  readonly code: string;
  readonly requestId: string | null;
  /** Field problems, with their paths (validation errors, incomplete letters). */
  readonly issues: FieldIssue[];
  /** Data documented for the code (nearest reachable starts, balance and price, deadline…). */
  readonly data: Record<string, unknown>;
  readonly request: string;

  constructor(details: ApiErrorDetails) {
    super(`${details.message} (${details.code}, ${details.request}${details.requestId ? `, request ${details.requestId}` : ''})`);
    this.status = details.status;
    this.type = details.type;
    this.code = details.code;
    this.requestId = details.requestId;
    this.issues = details.issues;
    this.data = details.data;
    this.request = details.request;
  }

  /** The first field path an issue names, e.g. `'subscriber.siret'` (what Stripe calls `param`). */
  get param(): string | null {
    const first = this.issues[0];
    return first ? first.path.join('.') : null;
  }
}

/**
 * Whether `error` came from an error response of the API.
 *
 * @example
 * if (isJrmcApiError(error) && error.code === 'cutoff_passed') showNextDay();
 */
export function isJrmcApiError(error: unknown): error is JrmcApiError {
  return error instanceof Error && API_ERROR_NAMES.has(error.name);
}
