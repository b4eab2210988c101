import { checkPaperPages, precheckPaperDocument, type PaperDocumentCheck } from '@jrmc/core';
import { PDFDocument } from 'pdf-lib';
import { fromBase64, sha256Hex } from './bytes.js';
import { invalidRequest, type DomainError } from './errors.js';

/** An uploaded paper document, checked: its size, digest and page count. */
export interface CheckedPaperDocument {
  sizeBytes: number;
  sha256: string;
  pageCount: number;
}

const FIELD = ['document', 'contentBase64'];

const MESSAGES: Record<Exclude<PaperDocumentCheck, { ok: true }>['problem'], (check: { limit?: number; page?: number }) => string> = {
  empty: () => 'The document is empty',
  too_large: ({ limit }) => `The document exceeds ${limit} bytes (10 MB)`,
  not_pdf: () => 'Expected a base64-encoded PDF',
  no_pages: () => 'The PDF has no page',
  too_many_pages: ({ limit }) => `The PDF has more than ${limit} pages`,
  not_a4: ({ page }) => `Page ${page} is not A4 (210 × 297 mm)`,
};

function refused(check: Exclude<PaperDocumentCheck, { ok: true }>): DomainError {
  const message = MESSAGES[check.problem](check);
  return invalidRequest(`The document cannot be posted: ${message}`, [{ path: FIELD, code: check.problem, message }]);
}

/**
 * Decodes, parses and checks a paper-mail PDF with core's limits: a real PDF (parsed, not just its first bytes),
 * ≤ 10 MB, 1 to 50 pages, every page A4. Asynchronous (parsing, hashing), so it runs before the transaction.
 *
 * @throws {DomainError} `invalid_request` naming `document.contentBase64` and the problem as its code
 */
export async function checkPaperDocument(contentBase64: string): Promise<CheckedPaperDocument> {
  const bytes = fromBase64(contentBase64);
  if (!bytes) throw refused({ ok: false, problem: 'not_pdf' });
  const precheck = precheckPaperDocument({ sizeBytes: bytes.length, head: bytes.subarray(0, 5) });
  if (!precheck.ok) throw refused(precheck);
  let pages: { width: number; height: number }[];
  try {
    const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    pages = pdf.getPages().map((page) => page.getSize());
  } catch {
    // A file that starts like a PDF but does not parse is not a PDF the printer can take.
    throw refused({ ok: false, problem: 'not_pdf' });
  }
  const structure = checkPaperPages(pages);
  if (!structure.ok) throw refused(structure);
  return { sizeBytes: bytes.length, sha256: await sha256Hex(bytes), pageCount: pages.length };
}
