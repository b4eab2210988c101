import { WebhookEvent } from '../contract/webhooks.js';
import { ConfigurationError } from './errors/configuration-error.js';
import { WebhookSignatureError } from './errors/webhook-signature-error.js';
import { createMemoryReplayStore, type WebhookReplayStore } from './webhook-replay-store.js';

/** Name of the header carrying a delivery's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const WEBHOOK_SIGNATURE_HEADER = 'JRMC-Signature';

/** How old (or how far ahead) a signature may be by default, in seconds. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

/** A webhook body exactly as it arrived: text, or the raw bytes. */
export type WebhookPayload = string | Uint8Array | ArrayBuffer;

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** How far the signature's timestamp may be from now, either way, in seconds (default 300; finite, ≥ 0). */
  toleranceSeconds?: number;
  /** The current time (tests); defaults to the host clock. */
  now?: Date;
  /**
   * Where accepted event ids are claimed, so a captured delivery cannot be replayed. Defaults to one
   * in-process store shared by every call ({@link createMemoryReplayStore}); give a shared store when
   * several processes receive webhooks.
   */
  replayStore?: WebhookReplayStore;
}

const encoder = new TextEncoder();
// Shared by every call without a store of its own: replay protection is on unless replaced. Created on first
// use, so importing this module has no side effect.
let defaultReplayStore: WebhookReplayStore | undefined;

/**
 * Verifies a webhook delivery and returns its typed event: HMAC-SHA256 over the bytes `<timestamp>.<raw body>`
 * with the endpoint's secret (Web Crypto: Node ≥ 20 and browsers), compared in constant time; refused when
 * outside the tolerance, not an event of the contract, or already claimed (replayed).
 *
 * @param payload - the raw request body exactly as received: a string, a `Uint8Array` or an `ArrayBuffer`.
 *   JSON parsed and serialized again does not verify (key order and spacing change the bytes).
 * @param signatureHeader - the `JRMC-Signature` header
 * @param secret - the endpoint's secret (`whsec_…`)
 * @throws {WebhookSignatureError} with `problem` `empty_secret`, `malformed_header`, `bad_signature`, `stale`,
 *   `invalid_payload` or `replayed`
 * @throws {ConfigurationError} when `toleranceSeconds` is not a finite number ≥ 0 (option `'toleranceSeconds'`), or the
 *   replay store's `claim` answers something other than a boolean (option `'replayStore'`)
 * @example
 * const event = await verifyWebhook(await request.arrayBuffer(), request.headers.get('JRMC-Signature'), process.env.JRMC_WEBHOOK_SECRET);
 * if (event.type === 'letter.signed') markSigned(event.data.letter.id);
 */
export async function verifyWebhook(
  payload: WebhookPayload,
  signatureHeader: string | null | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const tolerance = normalizeTolerance(options.toleranceSeconds);
  requireSecret(secret);
  const body = bytesOf(payload);
  const { timestamp, signatures } = parseHeader(signatureHeader);
  const expected = await hmac(secret, timestamp, body);
  // Every candidate is compared in full (no early exit), so timing reveals neither which one nor where it differs.
  let matched = false;
  for (const candidate of signatures) matched = constantTimeEqual(candidate, expected) || matched;
  if (!matched) throw new WebhookSignatureError('bad_signature', 'Webhook signature does not match the payload and secret');

  const now = options.now ?? new Date();
  const ageSeconds = Math.floor(now.getTime() / 1000) - timestamp;
  if (ageSeconds > tolerance) throw new WebhookSignatureError('stale', `Webhook signed ${ageSeconds} s ago, beyond the ${tolerance} s tolerance`);
  if (-ageSeconds > tolerance) throw new WebhookSignatureError('stale', `Webhook signed ${-ageSeconds} s in the future, beyond the ${tolerance} s tolerance`);

  const event = parseEvent(body);
  const expiresAt = new Date((timestamp + tolerance) * 1000);
  const replayStore = options.replayStore ?? (defaultReplayStore ??= createMemoryReplayStore());
  const claimed = await replayStore.claim(event.id, { expiresAt, now });
  // A store answering 'OK' or 1 would let every replay through under a truthiness test: demand a boolean.
  if (typeof claimed !== 'boolean') throw new ConfigurationError('replayStore', `claim() must answer true or false, got ${JSON.stringify(claimed)}`);
  if (!claimed) throw new WebhookSignatureError('replayed', `Webhook event ${event.id} was already accepted once`);
  return event;
}

/**
 * Signs a payload the way JRMC does, to test your webhook handler (and used by the sandbox to sign deliveries).
 *
 * @example
 * const header = await signWebhookForTest(JSON.stringify(event), 'whsec_test');
 * await verifyWebhook(JSON.stringify(event), header, 'whsec_test'); // passes
 */
export async function signWebhookForTest(payload: WebhookPayload, secret: string, options: { timestamp?: Date } = {}): Promise<string> {
  requireSecret(secret);
  const timestamp = Math.floor((options.timestamp ?? new Date()).getTime() / 1000);
  return `t=${timestamp},v1=${toHex(await hmac(secret, timestamp, bytesOf(payload)))}`;
}

function normalizeTolerance(value: number | undefined): number {
  if (value === undefined) return DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ConfigurationError('toleranceSeconds', `expected a finite number of seconds ≥ 0, got ${String(value)}`);
  }
  return value;
}

function requireSecret(secret: string): void {
  if (typeof secret !== 'string' || secret.length === 0) {
    // An empty key would make every HMAC forgeable by anyone: refuse rather than verify against it.
    throw new WebhookSignatureError('empty_secret', 'The webhook secret is empty: pass the endpoint secret (whsec_…)');
  }
}

function bytesOf(payload: WebhookPayload): Uint8Array {
  if (typeof payload === 'string') return encoder.encode(payload);
  if (payload instanceof Uint8Array) return payload;
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload);
  throw new WebhookSignatureError('invalid_payload', 'Webhook payload must be a string, a Uint8Array or an ArrayBuffer');
}

function parseHeader(header: string | null | undefined): { timestamp: number; signatures: Uint8Array[] } {
  if (typeof header !== 'string' || header.length === 0) throw new WebhookSignatureError('malformed_header', `Missing ${WEBHOOK_SIGNATURE_HEADER} header`);
  let timestamp = Number.NaN;
  const signatures: Uint8Array[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d+$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value && /^[0-9a-f]{64}$/i.test(value)) signatures.push(fromHex(value));
  }
  if (!Number.isSafeInteger(timestamp) || signatures.length === 0) {
    throw new WebhookSignatureError('malformed_header', `Expected ${WEBHOOK_SIGNATURE_HEADER}: t=<seconds>,v1=<64 hex digits>`);
  }
  return { timestamp, signatures };
}

function parseEvent(body: Uint8Array): WebhookEvent {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw new WebhookSignatureError('invalid_payload', 'Webhook payload is not UTF-8 JSON');
  }
  const parsed = WebhookEvent.safeParse(json);
  if (!parsed.success) throw new WebhookSignatureError('invalid_payload', 'Webhook payload is not a JRMC event');
  return parsed.data;
}

// The signed message is the bytes of "<timestamp>." followed by the body's own bytes, never a re-encoding of it.
async function hmac(secret: string, timestamp: number, body: Uint8Array): Promise<Uint8Array> {
  const prefix = encoder.encode(`${timestamp}.`);
  const message = new Uint8Array(prefix.length + body.length);
  message.set(prefix);
  message.set(body, prefix.length);
  const key = await globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, message));
}

// XORs every byte whatever the first difference, so timing does not reveal a matching prefix.
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a[index]! ^ b[index]!;
  return difference === 0;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}
