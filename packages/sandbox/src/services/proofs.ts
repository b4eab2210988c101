import { parisDate, proofRetentionEnd } from '@jrmc/core';
import type { Proof } from '@jrmc/core/contract';
import { renderLetterPdf } from '../documents/letter-pdf.js';
import type { SandboxStore } from '../db/store.js';
import { sha256Hex, toBase64 } from './bytes.js';
import type { SandboxContext } from './context.js';
import { newId } from './ids.js';
import { storedLetterText } from './letter-text.js';
import { attachedFilesOf } from './letter-attachments.js';
import { appendAttachments } from '../documents/merge-attachments.js';
import { fromBase64 } from './bytes.js';
import { COLLECTIONS, type DocumentRecord, type LetterRecord, type ProofRecord } from './records.js';

/** Records a proof of a letter, kept 7 years, pointing at the letter's SHA-256. */
export function recordProof(context: SandboxContext, letter: LetterRecord, kind: Proof['kind'], at: Date): ProofRecord {
  const id = newId('prf');
  return context.store.put<ProofRecord>(COLLECTIONS.proofs, {
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
  const rows = accountId
    ? store.select<{ id: string }>('SELECT id FROM letters WHERE needs_proof = 1 AND account_id = ?', accountId)
    : store.select<{ id: string }>('SELECT id FROM letters WHERE needs_proof = 1');
  return rows.map((row) => row.id);
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
    if (letter.service === 'paper-mail') {
      // The letter is the user's own PDF, hashed when it was uploaded.
      const upload = store.get<DocumentRecord>(COLLECTIONS.documents, `upload:${letter.id}`);
      finish(store, contextFor(sentAt), letterId, upload?.base64 ?? '', upload?.sha256 ?? '', sentAt);
      continue;
    }
    const text = storedLetterText(store, letter, letter.dispatchDate!);
    if (!text) continue;
    // The recipient receives one document: the letter, then each attached file's pages.
    const attached = attachedFilesOf(store, letter).flatMap((base64) => fromBase64(base64) ?? []);
    const bytes = await appendAttachments(await renderLetterPdf(text, new Date(letter.validatedAt ?? letter.sentAt!)), attached);
    finish(store, contextFor(sentAt), letterId, toBase64(bytes), await sha256Hex(bytes), sentAt);
  }
}

function finish(store: SandboxStore, context: SandboxContext, letterId: string, base64: string, sha256: string, sentAt: Date): void {
  store.transaction(() => {
    const letter = store.get<LetterRecord>(COLLECTIONS.letters, letterId);
    if (!letter || letter.letterSha256) return;
    store.put<DocumentRecord>(COLLECTIONS.documents, { id: `letter:${letterId}`, accountId: letter.accountId, base64, sha256 });
    const hashed = store.put<LetterRecord>(COLLECTIONS.letters, { ...letter, letterSha256: sha256 });
    recordProof(context, hashed, 'letter', sentAt);
    recordProof(context, hashed, 'deposit', sentAt);
  });
}
