/**
 * A new random identifier with a readable prefix (`let_…`, `acc_…`), like the real API's.
 *
 * @example
 * newId('let') //=> 'let_5f3b9c0e2a7d4c1b'
 */
export function newId(prefix: string, bytes = 8): string {
  const random = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return `${prefix}_${[...random].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
