import { API_ERROR_TYPES } from '../../contract/error-types.js';
import type { ApiErrorBody, ApiErrorType, FieldIssue } from '../../contract/errors.js';

type Envelope = ApiErrorBody['error'];

/**
 * The error envelope of a response body, read without zod so that production pages, which leave the
 * contract's schemas out, still get typed errors. Accepts exactly what the contract's `ApiErrorBody`
 * accepts (a unit test compares both over generated bodies) and, like it, keeps only the known fields.
 *
 * @returns the envelope, or `undefined` when the body is not one (a gateway's HTML page, an empty body)
 */
export function readErrorEnvelope(body: unknown): Envelope | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const { type, code, message, requestId, issues, data } = body.error;
  if (!isErrorType(type) || typeof code !== 'string' || typeof message !== 'string' || typeof requestId !== 'string') return undefined;
  if (issues !== undefined && !(Array.isArray(issues) && issues.every(isFieldIssue))) return undefined;
  if (data !== undefined && !isRecord(data)) return undefined;
  const envelope: Envelope = { type, code, message, requestId };
  if (issues !== undefined) envelope.issues = issues.map(({ path, code: issueCode, message: issueMessage }) => ({ path: [...path], code: issueCode, message: issueMessage }));
  if (data !== undefined) envelope.data = { ...data };
  return envelope;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isErrorType(value: unknown): value is ApiErrorType {
  return (API_ERROR_TYPES as readonly unknown[]).includes(value);
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return (
    isRecord(value) &&
    Array.isArray(value.path) &&
    value.path.every((key) => typeof key === 'string' || (typeof key === 'number' && Number.isFinite(key))) &&
    typeof value.code === 'string' &&
    typeof value.message === 'string'
  );
}
