import { JRMC_ERROR_NAMES } from './error-names.js';

/**
 * Base class of every error the JRMC client throws. Three families derive from it:
 * API errors (the server answered with an error envelope, {@link JrmcApiError}), transport errors
 * (network, timeout) and the response-validation error (the server's answer broke the contract).
 */
export class JrmcError extends Error {
  override name: string = 'JrmcError';
}


/**
 * Whether `error` is any JRMC client error. Matches on `name`, so it works across realms and bundles.
 *
 * @example
 * try { await client.letters.retrieve('let_x'); } catch (error) { if (isJrmcError(error)) console.log(error.name); }
 */
export function isJrmcError(error: unknown): error is JrmcError {
  return error instanceof Error && JRMC_ERROR_NAMES.has(error.name);
}
