// Random bytes are drawn from the system in blocks and handed out in slices: one system call per block
// instead of one per id (seeding makes hundreds of thousands of ids). Each byte is used once.
const BLOCK = 4096;
let pool = new Uint8Array(0);
let offset = 0;

function randomBytes(count: number): Uint8Array {
  if (offset + count > pool.length) {
    pool = globalThis.crypto.getRandomValues(new Uint8Array(Math.max(BLOCK, count)));
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + count);
  offset += count;
  return bytes;
}

/**
 * A new random identifier with a readable prefix (`let_…`, `acc_…`), like the real API's.
 *
 * @example
 * newId('let') //=> 'let_5f3b9c0e2a7d4c1b'
 */
export function newId(prefix: string, bytes = 8): string {
  let hex = '';
  for (const byte of randomBytes(bytes)) hex += byte.toString(16).padStart(2, '0');
  return `${prefix}_${hex}`;
}
