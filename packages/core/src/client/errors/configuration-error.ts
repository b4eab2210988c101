import { JrmcError } from './jrmc-error.js';

/** The client was created with options that cannot work (thrown at creation, never mid-request). */
export class ConfigurationError extends JrmcError {
  override name = 'ConfigurationError' as const;

  constructor(
    /** The option at fault (`'baseUrl'`, `'apiKey'`…). */
    readonly option: string,
    message: string,
  ) {
    super(`${option}: ${message}`);
  }
}

/**
 * Whether `error` is a {@link ConfigurationError}.
 *
 * @example
 * isConfigurationError(new ConfigurationError('baseUrl', 'required')) //=> true
 */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof Error && error.name === 'ConfigurationError';
}
