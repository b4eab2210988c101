import { WebhookEvent } from '../contract/webhooks.js';
import { WebhookSignatureError } from './errors/webhook-signature-error.js';

/** Name of the header carrying a delivery's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const WEBHOOK_SIGNATURE_HEADER = 'JRMC-Signature';

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** How old a signature may be, in seconds (default 300). */
  toleranceSeconds?: number;
  /** The current time (tests); defaults to the host clock. */
  now?: Date;
  /**
   * Remembers signatures already accepted, so a captured delivery cannot be replayed within the
   * tolerance window. Any `Set<string>`-like store works (an LRU, Redis behind `has`/`add`…).
   */
  seen?: { has(signature: string): boolean | Promise<boolean>; add(signature: string): unknown };
}

const encoder = new TextEncoder();

/**
 * Verifies a webhook delivery and returns its typed event: HMAC-SHA256 over `timestamp.body` with the
 * endpoint's secret (WebCrypto), compared in constant time; refused when older than the tolerance,
 * replayed, or not an event of the contract.
 *
 * @param payload - the raw request body, exactly as received (not re-serialized JSON)
 * @param signatureHeader - the `JRMC-Signature` header
 * @param secret - the endpoint's secret
 * @throws {WebhookSignatureError} with `problem` `malformed_header`, `bad_signature`, `stale`, `replayed` or `invalid_payload`
 * @example
 * const event = await verifyWebhook(await request.text(), request.headers.get('JRMC-Signature'), process.env.JRMC_WEBHOOK_SECRET);
 * if (event.type === 'letter.signed') markSigned(event.data.letter.id);
 */
export async function verifyWebhook(
  payload: string | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const body = typeof payload === 'string' ? payload : new TextDecoder().decode(payload);
  const { timestamp, signatures } = parseHeader(signatureHeader);
  const expected = await hmacHex(secret, `${timestamp}.${body}`);
  if (!signatures.some((candidate) => constantTimeEqual(candidate, expected))) {
    throw new WebhookSignatureError('bad_signature', 'Webhook signature does not match the payload and secret');
  }
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const tolerance = options.toleranceSeconds ?? 300;
  if (Math.abs(nowSeconds - timestamp) > tolerance) {
    throw new WebhookSignatureError('stale', `Webhook signed ${nowSeconds - timestamp} s ago, beyond the ${tolerance} s tolerance`);
  }
  if (options.seen) {
    if (await options.seen.has(expected)) throw new WebhookSignatureError('replayed', 'Webhook delivery already accepted once');
    await options.seen.add(expected);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new WebhookSignatureError('invalid_payload', 'Webhook payload is not JSON');
  }
  const parsed = WebhookEvent.safeParse(json);
  if (!parsed.success) throw new WebhookSignatureError('invalid_payload', 'Webhook payload is not a JRMC event');
  return parsed.data;
}

/**
 * Signs a payload the way JRMC does, to test your webhook handler (and used by the sandbox to sign deliveries).
 *
 * @example
 * const header = await signWebhookForTest(JSON.stringify(event), 'whsec_test');
 * await verifyWebhook(JSON.stringify(event), header, 'whsec_test'); // passes
 */
export async function signWebhookForTest(payload: string, secret: string, options: { timestamp?: Date } = {}): Promise<string> {
  const timestamp = Math.floor((options.timestamp ?? new Date()).getTime() / 1000);
  return `t=${timestamp},v1=${await hmacHex(secret, `${timestamp}.${payload}`)}`;
}

function parseHeader(header: string | null | undefined): { timestamp: number; signatures: string[] } {
  if (typeof header !== 'string' || header.length === 0) throw new WebhookSignatureError('malformed_header', `Missing ${WEBHOOK_SIGNATURE_HEADER} header`);
  let timestamp = Number.NaN;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't') timestamp = Number(value);
    else if (key === 'v1' && value) signatures.push(value);
  }
  if (!Number.isInteger(timestamp) || signatures.length === 0) {
    throw new WebhookSignatureError('malformed_header', `Expected ${WEBHOOK_SIGNATURE_HEADER}: t=<seconds>,v1=<hex>`);
  }
  return { timestamp, signatures };
}

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  return [...signature].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

// Compares every character whatever the first difference, so timing does not reveal a prefix.
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}
