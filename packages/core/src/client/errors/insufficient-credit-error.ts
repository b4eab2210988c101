import { JrmcApiError } from './jrmc-api-error.js';

/** The credit does not cover the price (HTTP 402): top up `missing` cents first. */
export class InsufficientCreditError extends JrmcApiError {
  override name = 'InsufficientCreditError' as const;

  /** The balance when the send was refused, in cents. */
  get balance(): number {
    return Number(this.data.balance ?? 0);
  }

  /** The price incl. VAT, in cents. */
  get price(): number {
    return Number(this.data.price ?? 0);
  }

  /** What is missing, in cents. */
  get missing(): number {
    return Math.max(0, this.price - this.balance);
  }
}

/**
 * Whether `error` is an {@link InsufficientCreditError}.
 *
 * @example
 * if (isInsufficientCreditError(error)) openTopUp(error.missing);
 */
export function isInsufficientCreditError(error: unknown): error is InsufficientCreditError {
  return error instanceof Error && error.name === 'InsufficientCreditError';
}
