import { canEditContent, checkAttachmentFile, type AttachableLetter, type AttachmentProblem } from '@jrmc/core';
import type { Attachment, AttachmentUploadParams } from '@jrmc/core/contract';
import { PDFDocument } from 'pdf-lib';
import { deleteAttachmentFile, getAttachmentFile, putAttachmentFile } from '../db/attachment-queries.js';
import type { SandboxStore } from '../db/store.js';
import { fromBase64, sha256Hex } from './bytes.js';
import { nowIso, type AccountContext } from './context.js';
import { invalidRequest, notFound, ruleViolation } from './errors.js';
import { newId } from './ids.js';
import { getOwned } from './ownership.js';
import { COLLECTIONS, type LetterRecord } from './records.js';

/** At most this many files on one letter. */
const MAX_ATTACHMENTS = 10;

// A letter carries one mandate and one bank acceptance: a new upload of these kinds replaces the previous file.
const ONE_PER_LETTER: ReadonlySet<Attachment['kind']> = new Set(['client-mandate', 'bank-acceptance']);

/** A checked upload, ready to be stored: its description without id, and its bytes. */
export interface CheckedUpload {
  kind: Attachment['kind'];
  fileName: string;
  byteSize: number;
  sha256: string;
  base64: string;
}

const PROBLEM_MESSAGES: Readonly<Record<AttachmentProblem | 'unreadable_pdf' | 'not_base64', string>> = {
  empty: 'The file is empty',
  too_large: 'The file is larger than 10 MB',
  not_pdf: 'The file is not a PDF (its first bytes are not %PDF-)',
  kind_not_allowed: 'This letter cannot carry this kind of attachment',
  unreadable_pdf: 'The PDF cannot be read (damaged or encrypted): export it again without a password',
  not_base64: 'contentBase64 is not base64',
};

/**
 * Decodes and checks an upload with core's `checkAttachmentFile` (kind allowed on this letter, not empty, ≤ 10 MB,
 * a real PDF), then makes sure pdf-lib can open it, because it is merged into the sent letter's PDF. Asynchronous
 * (hashing, parsing), so it runs before the request's transaction.
 */
export async function checkUpload(context: AccountContext, letterId: string, params: AttachmentUploadParams): Promise<CheckedUpload> {
  const letter = editableLetter(context, letterId);
  const bytes = fromBase64(params.contentBase64);
  if (!bytes) throw refused('not_base64', 'contentBase64');
  const check = checkAttachmentFile({ kind: params.kind, bytes }, attachableOf(letter));
  if (!check.ok) throw refused(check.problem, check.field === 'kind' ? 'kind' : 'contentBase64', check.limit);
  // pdf-lib opens almost anything that starts with %PDF-: a file it reads without a single page is no document.
  if ((await pageCountOf(bytes)) === 0) throw refused('unreadable_pdf', 'contentBase64');
  return { kind: params.kind, fileName: params.fileName, byteSize: bytes.byteLength, sha256: await sha256Hex(bytes), base64: params.contentBase64.replace(/\s/g, '') };
}

/** Stores a checked upload on a draft letter (replacing the previous file of a one-per-letter kind). */
export function attachFile(context: AccountContext, letterId: string, upload: CheckedUpload): Attachment {
  const letter = editableLetter(context, letterId);
  const attachment: Attachment = { id: newId('att'), kind: upload.kind, fileName: upload.fileName, byteSize: upload.byteSize, sha256: upload.sha256 };
  const replaced = ONE_PER_LETTER.has(upload.kind) ? attachmentsOf(letter).filter((file) => file.kind === upload.kind) : [];
  const kept = attachmentsOf(letter).filter((file) => !replaced.includes(file));
  if (kept.length >= MAX_ATTACHMENTS) {
    throw invalidRequest(`A letter carries at most ${MAX_ATTACHMENTS} attachments`, [{ path: ['kind'], code: 'too_many', message: `At most ${MAX_ATTACHMENTS} files` }]);
  }
  for (const file of replaced) deleteAttachmentFile(context.store, file.id);
  putAttachmentFile(context.store, attachment.id, { accountId: context.accountId, base64: upload.base64, sha256: upload.sha256 });
  saveAttachments(context, letter, [...kept, attachment]);
  return attachment;
}

/** Removes an attachment from a draft letter; the letter stops mentioning it. */
export function detachFile(context: AccountContext, letterId: string, attachmentId: string): Attachment {
  const letter = editableLetter(context, letterId);
  const attachment = attachmentsOf(letter).find((file) => file.id === attachmentId);
  if (!attachment) throw notFound('attachment on this letter');
  deleteAttachmentFile(context.store, attachmentId);
  saveAttachments(context, letter, attachmentsOf(letter).filter((file) => file.id !== attachmentId));
  return attachment;
}

/** The files attached to a letter of the account. */
export function listAttachments(context: AccountContext, letterId: string): Attachment[] {
  return attachmentsOf(getOwned<LetterRecord>(context, COLLECTIONS.letters, letterId, 'letter'));
}

/** An attached file's bytes (base64), or 404. */
export function attachmentBase64(context: AccountContext, letterId: string, attachmentId: string): string {
  const letter = getOwned<LetterRecord>(context, COLLECTIONS.letters, letterId, 'letter');
  const file = attachmentsOf(letter).some((attachment) => attachment.id === attachmentId) ? getAttachmentFile(context.store, attachmentId) : undefined;
  if (!file) throw notFound('attachment');
  return file.base64;
}

/** The attached files' bytes (base64), in the letter's order: what is merged after the letter's pages. */
export function attachedFilesOf(store: SandboxStore, letter: LetterRecord): string[] {
  return attachmentsOf(letter).flatMap((attachment) => getAttachmentFile(store, attachment.id)?.base64 ?? []);
}

/** Deletes every attached file of a letter (purge). */
export function deleteAttachedFiles(store: SandboxStore, letter: LetterRecord): void {
  for (const attachment of attachmentsOf(letter)) deleteAttachmentFile(store, attachment.id);
}

/** A letter's attachments (none on records written before attachments existed). */
export function attachmentsOf(letter: LetterRecord): Attachment[] {
  return (letter as { attachments?: Attachment[] }).attachments ?? [];
}

async function pageCountOf(bytes: Uint8Array): Promise<number> {
  try {
    return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  } catch {
    return 0;
  }
}

function saveAttachments(context: AccountContext, letter: LetterRecord, attachments: Attachment[]): void {
  const next = { ...letter, attachments, updatedAt: nowIso(context) } as LetterRecord;
  // The letter states a mandate exactly when the file is attached.
  if (next.service === 'termination') next.mandateAttached = attachments.some((file) => file.kind === 'client-mandate');
  context.store.put<LetterRecord>(COLLECTIONS.letters, next);
}

function editableLetter(context: AccountContext, letterId: string): LetterRecord {
  const letter = getOwned<LetterRecord>(context, COLLECTIONS.letters, letterId, 'letter');
  if (!canEditContent(letter.status)) throw ruleViolation('content_locked', `A ${letter.status} letter's attachments can no longer change`);
  if (letter.trashedAt) throw ruleViolation('content_locked', 'Restore the letter from the trash before changing its attachments');
  attachableOf(letter);
  return letter;
}

function attachableOf(letter: LetterRecord): AttachableLetter {
  if (letter.service === 'termination') return 'termination';
  if (letter.service === 'borrower-insurance' && letter.kind !== 'other') return letter.kind === 'substitution' ? 'substitution' : 'loan-termination';
  if (letter.service === 'borrower-insurance') {
    throw invalidRequest('A dossier’s other letter is its own PDF: it has no attachments', [{ path: ['letterId'], code: 'wrong_kind', message: 'Put every page in the letter’s PDF' }]);
  }
  throw invalidRequest('A paper letter is its own PDF: it has no attachments', [{ path: ['letterId'], code: 'wrong_service', message: 'Paper mail has no attachments' }]);
}

function refused(problem: keyof typeof PROBLEM_MESSAGES, field: 'kind' | 'contentBase64', limit?: number) {
  return invalidRequest(PROBLEM_MESSAGES[problem], [{ path: [field], code: problem, message: limit ? `${PROBLEM_MESSAGES[problem]} (limit ${limit} bytes)` : PROBLEM_MESSAGES[problem] }]);
}
