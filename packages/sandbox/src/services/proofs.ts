import { parisDate, proofRetentionEnd } from '@jrmc/core';
import type { Proof } from '@jrmc/core/contract';
import { renderLetterPdf } from '../documents/letter-pdf.js';
import type { SandboxStore } from '../db/store.js';
import { sha256Hex, toBase64 } from './bytes.js';
import type { SandboxContext } from './context.js';
import { newId } from './ids.js';
import { hasProofOfSending } from './paper-delivery.js';
import { storedLetterText } from './letter-text.js';
import { attachedFilesOf } from './letter-attachments.js';
import { appendAttachments } from '../documents/merge-attachments.js';
import { fromBase64 } from './bytes.js';
import { COLLECTIONS, type DocumentRecord, type LetterRecord, type ProofRecord } from './records.js';
import { outboxLetterIds } from '../db/letter-queries.js';

/** Paper mail and a loan dossier's other letters are the user's uploaded PDF, sent as it is (no letter text). */
function isOwnPdf(letter: LetterRecord): boolean {
  return letter.service === 'paper-mail' || (letter.service === 'borrower-insurance' && letter.kind === 'other');
}

/** Records a proof of a letter, kept 7 years, pointing at the letter's SHA-256. */
export function recordProof(context: SandboxContext, letter: LetterRecord, kind: Proof['kind'], at: Date): ProofRecord {
  const id = newId('prf');
  return context.store.insert<ProofRecord>(COLLECTIONS.proofs, {
    id,
    accountId: letter.accountId,
    letterId: letter.id,
    kind,
    issuedAt: at.toISOString(),
    letterSha256: letter.letterSha256 ?? '',
    retainedUntil: proofRetentionEnd(parisDate(at)),
    downloadPath: `/v1/letters/${letter.id}/proofs/${id}/pdf`,
  });
}

/** Letters sent whose PDF and deposit proof are not issued yet (the outbox), of one account or all. */
export function lettersAwaitingProofs(store: SandboxStore, accountId: string | null): string[] {
  return outboxLetterIds(store, accountId);
}

/** A letter's PDF rendered ahead of its deposit, with the text it was rendered from (to check it still holds). */
export interface RenderedLetter {
  base64: string;
  sha256: string;
  /** The letter text (JSON) the PDF shows; `null` for paper mail (the user's own PDF). */
  textKey: string | null;
}

/**
 * Renders the PDF a letter carries once deposited, without writing anything: core's letter text for LRE
 * letters, the user's upload for paper mail. `null` when the letter has no text yet.
 */
export async function renderDepositPdf(store: SandboxStore, letter: LetterRecord): Promise<RenderedLetter | null> {
  if (isOwnPdf(letter)) {
    const upload = store.get<DocumentRecord>(COLLECTIONS.documents, `upload:${letter.id}`);
    return { base64: upload?.base64 ?? '', sha256: upload?.sha256 ?? '', textKey: null };
  }
  const text = storedLetterText(store, letter, letter.dispatchDate!);
  if (!text) return null;
  // The recipient receives one document: the letter, then each attached file's pages.
  const attached = attachedFilesOf(store, letter).flatMap((base64) => fromBase64(base64) ?? []);
  const bytes = await appendAttachments(await renderLetterPdf(text, new Date(letter.validatedAt ?? letter.sentAt!)), attached);
  return { base64: toBase64(bytes), sha256: await sha256Hex(bytes), textKey: JSON.stringify(text) };
}

/**
 * Synchronously issues a deposited letter's PDF and proofs from a PDF rendered beforehand (inside the
 * caller's transaction), when that PDF still shows the letter as it is now. Returns whether it did; a
 * letter left out stays in the outbox for {@link issueDepositProofs}.
 */
export function issueRenderedProofs(store: SandboxStore, context: SandboxContext, letterId: string, rendered: RenderedLetter | undefined): boolean {
  const letter = store.get<LetterRecord>(COLLECTIONS.letters, letterId);
  if (!letter || letter.letterSha256 || !rendered || !letter.sentAt) return false;
  if (!isOwnPdf(letter)) {
    const text = storedLetterText(store, letter, letter.dispatchDate!);
    if (!text || JSON.stringify(text) !== rendered.textKey) return false;
  }
  const sentAt = new Date(letter.sentAt);
  finish(store, { ...context, now: sentAt }, letterId, rendered.base64, rendered.sha256, sentAt);
  return true;
}

/**
 * After a deposit commits: renders the letter's PDF from core's letter text (paper mail keeps the
 * user's own PDF), hashes it, and issues the letter copy and the deposit notice carrying that digest.
 * Rendering is asynchronous, hence outside the deposit's transaction.
 */
export async function issueDepositProofs(store: SandboxStore, contextFor: (at: Date) => SandboxContext, letterIds: readonly string[]): Promise<void> {
  for (const letterId of letterIds) {
    const letter = store.get<LetterRecord>(COLLECTIONS.letters, letterId);
    if (!letter || letter.letterSha256) continue;
    const sentAt = new Date(letter.sentAt!);
    const rendered = await renderDepositPdf(store, letter);
    if (!rendered) continue;
    finish(store, contextFor(sentAt), letterId, rendered.base64, rendered.sha256, sentAt);
  }
}

function finish(store: SandboxStore, context: SandboxContext, letterId: string, base64: string, sha256: string, sentAt: Date): void {
  store.transaction(() => {
    const letter = store.get<LetterRecord>(COLLECTIONS.letters, letterId);
    if (!letter || letter.letterSha256) return;
    store.put<DocumentRecord>(COLLECTIONS.documents, { id: `letter:${letterId}`, accountId: letter.accountId, base64, sha256 });
    const hashed = store.put<LetterRecord>(COLLECTIONS.letters, { ...letter, letterSha256: sha256 });
    recordProof(context, hashed, 'letter', sentAt);
    // Only a recommandé gives a proof of sending: écopli, lettre verte and lettre suivie have none.
    if (hasProofOfSending(hashed)) recordProof(context, hashed, 'deposit', sentAt);
  });
}
