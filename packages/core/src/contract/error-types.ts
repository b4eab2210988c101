// The error families and their statuses as plain data, without zod: the client reads error envelopes with
// them in production pages, where the zod schemas are left out (see client/errors/read-error-envelope.ts).

/** Families of API errors; each maps to one HTTP status and one client error class. */
export const API_ERROR_TYPES = [
  'invalid_request',
  'authentication',
  'permission',
  'not_found',
  'conflict',
  'insufficient_credit',
  'rule_violation',
  'rate_limit',
  'server',
] as const;

/** HTTP status of each error type: the server and the client share this one table. */
export const ERROR_STATUS: Readonly<Record<(typeof API_ERROR_TYPES)[number], number>> = Object.freeze({
  invalid_request: 400,
  authentication: 401,
  insufficient_credit: 402,
  permission: 403,
  not_found: 404,
  conflict: 409,
  rule_violation: 422,
  rate_limit: 429,
  server: 500,
});
