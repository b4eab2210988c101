import { checkAttachmentFile, MAX_ATTACHMENT_BYTES } from '@jrmc/core';
import { PDFDocument } from 'pdf-lib';
import type { PdfUpload } from '@jrmc/core/contract';
import { fromBase64, sha256Hex } from './bytes.js';
import { invalidRequest } from './errors.js';

/** A bank's letter checked and hashed, ready to be stored with its dossier. */
export interface PreparedBankLetter {
  filename: string;
  contentBase64: string;
  sizeBytes: number;
  sha256: string;
}

const REASONS = {
  empty: 'The file is empty',
  too_large: `The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`,
  not_pdf: 'The file is not a PDF (its content does not start with %PDF-)',
  kind_not_allowed: 'This file cannot be attached here',
  unreadable_pdf: 'The PDF cannot be read (damaged or encrypted): export it again without a password',
} as const;

/**
 * Checks the bank's letter with core's attachment rule (a real PDF, ≤ 10 MB) and hashes it — before the
 * transaction, hashing being asynchronous. A refused file changes nothing.
 *
 * @param path - where the file sits in the request body, for the error's field path
 */
export async function prepareBankLetter(upload: PdfUpload | undefined, path: string[]): Promise<PreparedBankLetter | null> {
  if (!upload) return null;
  const bytes = fromBase64(upload.contentBase64);
  const field = [...path, 'contentBase64'];
  if (!bytes) throw invalidRequest('The bank letter is not valid base64', [{ path: field, code: 'invalid_format', message: 'Expected a base64-encoded PDF' }]);
  const check = checkAttachmentFile({ kind: 'bank-acceptance', bytes }, 'loan-termination');
  if (!check.ok) throw invalidRequest(REASONS[check.problem], [{ path: field, code: check.problem, message: REASONS[check.problem] }]);
  // The bank's acceptance is merged into the termination's PDF: pdf-lib must open it and find a page.
  if ((await pageCountOf(bytes)) === 0) throw invalidRequest(REASONS.unreadable_pdf, [{ path: field, code: 'unreadable_pdf', message: REASONS.unreadable_pdf }]);
  return { filename: upload.filename, contentBase64: upload.contentBase64, sizeBytes: bytes.length, sha256: await sha256Hex(bytes) };
}

async function pageCountOf(bytes: Uint8Array): Promise<number> {
  try {
    return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  } catch {
    return 0;
  }
}

/** The document id of a dossier's bank letter. */
export function bankLetterDocumentId(dossierId: string): string {
  return `bank-letter:${dossierId}`;
}
