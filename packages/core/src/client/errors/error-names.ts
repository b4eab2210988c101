// The `name` of every client error class, for the name-based guards (they work across realms and
// duplicated bundles, where `instanceof` does not).

/** Errors built from an API error response. */
export const API_ERROR_NAMES: ReadonlySet<string> = new Set([
  'JrmcApiError',
  'ValidationError',
  'AuthenticationError',
  'PermissionError',
  'NotFoundError',
  'ConflictError',
  'InsufficientCreditError',
  'RuleViolationError',
  'RateLimitError',
  'ServerError',
]);

/** Every JRMC client error: the API family, transport, validation, configuration and webhooks. */
export const JRMC_ERROR_NAMES: ReadonlySet<string> = new Set([
  'JrmcError',
  ...API_ERROR_NAMES,
  'JrmcNetworkError',
  'JrmcTimeoutError',
  'ResponseValidationError',
  'ConfigurationError',
  'WebhookSignatureError',
]);
