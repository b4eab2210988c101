import { JrmcError } from './jrmc-error.js';

/** Why a webhook was refused. */
export type WebhookSignatureProblem = 'empty_secret' | 'malformed_header' | 'bad_signature' | 'stale' | 'replayed' | 'invalid_payload';

/** A webhook delivery failed verification: do not trust its payload. */
export class WebhookSignatureError extends JrmcError {
  override name = 'WebhookSignatureError' as const;

  constructor(
    readonly problem: WebhookSignatureProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Whether `error` is a {@link WebhookSignatureError}.
 *
 * @example
 * if (isWebhookSignatureError(error)) return new Response('bad signature', { status: 400 });
 */
export function isWebhookSignatureError(error: unknown): error is WebhookSignatureError {
  return error instanceof Error && error.name === 'WebhookSignatureError';
}
