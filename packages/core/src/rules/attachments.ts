/**
 * What can be attached to a letter, and only where it makes sense: the client's mandate on any letter sent for a
 * client, the new contract's general and particular conditions on a borrower-insurance substitution request, the
 * bank's acceptance on the borrower-insurance termination. Nothing is attached by default.
 */
export const ATTACHMENT_KINDS = ['client-mandate', 'new-contract-conditions', 'bank-acceptance'] as const;

/** A kind of attachment (see {@link ATTACHMENT_KINDS}). */
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Which letter an attachment goes with. */
export type AttachableLetter = 'termination' | 'substitution' | 'loan-termination';

/** Largest attachment accepted: 10 MB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const ALLOWED: Readonly<Record<AttachableLetter, readonly AttachmentKind[]>> = {
  termination: ['client-mandate'],
  substitution: ['new-contract-conditions', 'client-mandate'],
  'loan-termination': ['bank-acceptance', 'client-mandate'],
};

/**
 * The attachment kinds a letter can carry.
 *
 * @example
 * attachmentKindsFor('substitution') //=> ['new-contract-conditions', 'client-mandate']
 */
export function attachmentKindsFor(letter: AttachableLetter): readonly AttachmentKind[] {
  return ALLOWED[letter] ?? [];
}

/** Why a file is refused as an attachment. */
export type AttachmentProblem = 'empty' | 'too_large' | 'not_pdf' | 'kind_not_allowed';

/** Answer of {@link checkAttachmentFile}. */
export type AttachmentCheck = { ok: true } | { ok: false; problem: AttachmentProblem; field: 'content' | 'kind'; limit?: number };

// Every PDF starts with these bytes; a declared content type or a `.pdf` name proves nothing.
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/**
 * Checks a file before it is attached: not empty, at most 10 MB, a real PDF (its first bytes are `%PDF-`, whatever
 * its name or declared type), and a kind this letter can carry.
 *
 * @param file - the file's bytes and intended kind
 * @param letter - the letter it would be attached to
 * @returns `{ ok: true }` or `{ ok: false, problem, field }` (`limit` in bytes for `too_large`)
 * @example
 * checkAttachmentFile({ kind: 'client-mandate', bytes: new TextEncoder().encode('%PDF-1.7 …') }, 'termination') //=> { ok: true }
 * checkAttachmentFile({ kind: 'client-mandate', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }, 'termination')
 * //=> { ok: false, problem: 'not_pdf', field: 'content' }
 * checkAttachmentFile({ kind: 'bank-acceptance', bytes: new TextEncoder().encode('%PDF-1.7') }, 'termination')
 * //=> { ok: false, problem: 'kind_not_allowed', field: 'kind' }
 */
export function checkAttachmentFile(file: { kind: AttachmentKind; bytes: Uint8Array }, letter: AttachableLetter): AttachmentCheck {
  if (!attachmentKindsFor(letter).includes(file.kind)) return { ok: false, problem: 'kind_not_allowed', field: 'kind' };
  const size = file.bytes.byteLength;
  if (size === 0) return { ok: false, problem: 'empty', field: 'content' };
  if (size > MAX_ATTACHMENT_BYTES) return { ok: false, problem: 'too_large', field: 'content', limit: MAX_ATTACHMENT_BYTES };
  if (!PDF_MAGIC.every((byte, index) => file.bytes[index] === byte)) return { ok: false, problem: 'not_pdf', field: 'content' };
  return { ok: true };
}
