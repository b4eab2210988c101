import type { ApiErrorType } from '../../contract/errors.js';
import { AuthenticationError } from './authentication-error.js';
import { ConflictError } from './conflict-error.js';
import { InsufficientCreditError } from './insufficient-credit-error.js';
import type { JrmcApiError, ApiErrorDetails } from './jrmc-api-error.js';
import { NotFoundError } from './not-found-error.js';
import { PermissionError } from './permission-error.js';
import { readErrorEnvelope } from './read-error-envelope.js';
import { RateLimitError } from './rate-limit-error.js';
import { RuleViolationError } from './rule-violation-error.js';
import { ServerError } from './server-error.js';
import { ValidationError } from './validation-error.js';

type ApiErrorClass = new (details: ApiErrorDetails) => JrmcApiError;

// The one table from error type to class. The type comes from the envelope; when a proxy answered
// without one, the status decides through STATUS_TYPES.
const CLASS_BY_TYPE: Record<Exclude<ApiErrorType, 'rate_limit'>, ApiErrorClass> = {
  invalid_request: ValidationError,
  authentication: AuthenticationError,
  permission: PermissionError,
  not_found: NotFoundError,
  conflict: ConflictError,
  insufficient_credit: InsufficientCreditError,
  rule_violation: RuleViolationError,
  server: ServerError,
};

const STATUS_TYPES: Record<number, ApiErrorType> = {
  400: 'invalid_request',
  401: 'authentication',
  402: 'insufficient_credit',
  403: 'permission',
  404: 'not_found',
  409: 'conflict',
  422: 'rule_violation',
  429: 'rate_limit',
};

/**
 * Builds the typed error for an error response: the envelope's `type` picks the class, the status
 * when there is no valid envelope (a gateway's HTML page, an empty body).
 *
 * @param status - HTTP status
 * @param body - the parsed body (or text)
 * @param request - `METHOD path`, for the message
 * @param retryAfter - the `Retry-After` header, if any
 */
export function errorFromResponse(status: number, body: unknown, request: string, retryAfter: string | null): JrmcApiError {
  const envelope = readErrorEnvelope(body);
  const type: ApiErrorType = envelope?.type ?? STATUS_TYPES[status] ?? (status >= 500 ? 'server' : 'invalid_request');
  const details: ApiErrorDetails = {
    status,
    type,
    code: envelope?.code ?? `http_${status}`,
    message: envelope?.message ?? `HTTP ${status}`,
    requestId: envelope?.requestId ?? null,
    issues: envelope?.issues ?? [],
    data: envelope?.data ?? {},
    request,
  };
  if (type === 'rate_limit') return new RateLimitError(details, parseRetryAfter(retryAfter));
  return new CLASS_BY_TYPE[type](details);
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}
