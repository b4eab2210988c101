import type { LetterStatus } from './letter-lifecycle.js';
import { isLetterStatus } from './letter-lifecycle.js';
import { postalProduct, type PostalProduct } from './postal-products.js';
import { RuleInputError } from './rule-input-error.js';

/**
 * The documents a letter can carry: a copy of the letter itself, and the notices that prove what happened to it —
 * deposit, receipt (SIGNE, or the paper AR card), refusal (the recipient refused the LRE), expiry / non-receipt
 * (the LRE was not collected within its 15 days).
 */
export const PROOF_KINDS = ['letter', 'deposit', 'receipt', 'refusal', 'expiry'] as const;

/** A kind of proof (see {@link PROOF_KINDS}). */
export type ProofKind = (typeof PROOF_KINDS)[number];

/** How the letter travelled, for {@link proofIssuedOn}. */
export type ProofChannel = { channel: 'lre' } | { channel: 'paper'; product: PostalProduct };

/**
 * The proof a letter receives when it reaches `status`, or `null` when that status issues none.
 * - LRE: `sent` → deposit notice; `signed` → receipt notice; `refused` → refusal notice; `expired` → expiry /
 *   non-receipt notice; `picked_up` (registered without AR) → none.
 * - Paper: `sent` → deposit proof only for registered products; `signed` → receipt (AR card) only for
 *   `recommande-ar`; écopli, lettre verte and lettre suivie carry no proof at all.
 *
 * @throws {RuleInputError} when `status`, the channel or the product is unknown
 * @example
 * proofIssuedOn('refused', { channel: 'lre' }) //=> 'refusal'
 * proofIssuedOn('expired', { channel: 'lre' }) //=> 'expiry'
 * proofIssuedOn('sent', { channel: 'paper', product: 'lettre-verte' }) //=> null
 */
export function proofIssuedOn(status: LetterStatus, how: ProofChannel): ProofKind | null {
  if (!isLetterStatus(status)) throw new RuleInputError('status', status, 'unknown letter status');
  const channel: unknown = how?.channel;
  if (channel === 'lre') return LRE_PROOFS[status] ?? null;
  if (channel !== 'paper' || how.channel !== 'paper') throw new RuleInputError('how.channel', channel, "expected 'lre' or 'paper'");
  const product = postalProduct(how.product);
  if (status === 'sent') return product.proofOfSending ? 'deposit' : null;
  if (status === 'signed') return product.proofOfReceipt ? 'receipt' : null;
  return null;
}

const LRE_PROOFS: Partial<Record<LetterStatus, ProofKind>> = {
  sent: 'deposit',
  signed: 'receipt',
  refused: 'refusal',
  expired: 'expiry',
};
