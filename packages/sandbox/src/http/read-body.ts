import { DomainError } from '../services/errors.js';

/** 413 in the contract's envelope. */
export function payloadTooLarge(limit: number): DomainError {
  return new DomainError('invalid_request', 'payload_too_large', `The body is larger than ${limit} bytes`, { issues: [{ path: [], code: 'too_big', message: `At most ${limit} bytes` }] });
}

/**
 * Reads a request body as text, refusing more than `limit` bytes: first by its Content-Length, then by
 * counting the bytes as they stream (a missing or lying Content-Length changes nothing), so an oversized
 * body is never held in memory.
 */
export async function readLimitedText(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && !(Number(declared) <= limit)) throw payloadTooLarge(limit);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel();
      throw payloadTooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
