import { letterTextOf, type LetterText } from '@jrmc/core';
import type { SandboxStore } from '../db/store.js';
import { attachmentsOf } from './letter-attachments.js';
import { COLLECTIONS, type AccountRecord, type DossierRecord, type LetterRecord, type RecipientRecord } from './records.js';
import { toLetterResource } from './resources.js';

/**
 * The text of a stored letter, written by core's `letterTextOf` (the one wording of every letter), from the
 * sending account and — for borrower-insurance letters — their dossier; dated with its dispatch date (or
 * `fallbackDate` while it has none). It mentions exactly the files attached. `null` for paper mail and
 * for a letter still missing its subscriber, recipient or reason.
 */
export function storedLetterText(store: SandboxStore, letter: LetterRecord, fallbackDate: string): LetterText | null {
  const account = store.get<AccountRecord>(COLLECTIONS.accounts, letter.accountId);
  if (!account) throw new Error('account missing');
  const sender = { name: account.name, oriasNumber: account.oriasNumber, address: account.address };
  const sendDate = letter.dispatchDate ?? fallbackDate;
  const attachments = attachmentsOf(letter).map((file) => ({ kind: file.kind, fileName: file.fileName }));
  if (letter.service !== 'borrower-insurance') return letterTextOf(toLetterResource(letter), { sender, sendDate, attachments });
  const dossier = store.get<DossierRecord>(COLLECTIONS.dossiers, letter.dossierId);
  const bank = dossier ? store.get<RecipientRecord>(COLLECTIONS.recipients, dossier.bankId) : undefined;
  return letterTextOf(toLetterResource(letter), { sender, sendDate, dossier: dossier ?? null, bankName: bank?.name ?? null, attachments });
}
