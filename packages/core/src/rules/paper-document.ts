/**
 * What a paper-mail document must be: JRMC prints the user's own PDF as it is, on A4 sheets, so the
 * file must be a real PDF of A4 pages, small enough to upload and short enough to fit one envelope.
 * The browser checks what it can cheaply (magic bytes, size); the API parses the file and checks pages.
 */

/** Largest paper-mail document: 10 MB. */
export const PAPER_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Most pages JRMC prints for one paper letter (one envelope). */
export const PAPER_DOCUMENT_MAX_PAGES = 50;

/** A4 in PDF points (1/72 inch): 210 × 297 mm. */
export const A4_POINTS = Object.freeze({ width: 595.28, height: 841.89 });

/** How far a page may differ from A4, in points (≈ 1 mm), to absorb rounding by PDF producers. */
export const A4_TOLERANCE_POINTS = 3;

/** Why a paper-mail document is refused. */
export type PaperDocumentProblem = 'empty' | 'too_large' | 'not_pdf' | 'no_pages' | 'too_many_pages' | 'not_a4';

/** Answer of the paper-document checks: `ok`, or the first problem found with its limit or page. */
export type PaperDocumentCheck =
  | { ok: true }
  | { ok: false; problem: PaperDocumentProblem; limit?: number; page?: number };

// Every PDF starts with these bytes; a `.pdf` name or a declared type proves nothing.
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/**
 * The cheap checks, possible before upload: not empty, at most 10 MB, starting with `%PDF-`.
 *
 * @param file - its size and its first bytes (5 are enough)
 * @returns `{ ok: true }` or the first problem (`limit` in bytes for `too_large`)
 * @example
 * precheckPaperDocument({ sizeBytes: 20_000, head: new TextEncoder().encode('%PDF-1.7') }) //=> { ok: true }
 * precheckPaperDocument({ sizeBytes: 4, head: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }) //=> { ok: false, problem: 'not_pdf' }
 * precheckPaperDocument({ sizeBytes: 11_000_000, head: new TextEncoder().encode('%PDF-') }) //=> { ok: false, problem: 'too_large', limit: 10485760 }
 */
export function precheckPaperDocument(file: { sizeBytes: number; head: Uint8Array }): PaperDocumentCheck {
  if (file.sizeBytes <= 0) return { ok: false, problem: 'empty' };
  if (file.sizeBytes > PAPER_DOCUMENT_MAX_BYTES) return { ok: false, problem: 'too_large', limit: PAPER_DOCUMENT_MAX_BYTES };
  if (!PDF_MAGIC.every((byte, index) => file.head[index] === byte)) return { ok: false, problem: 'not_pdf' };
  return { ok: true };
}

/**
 * Whether a page is A4, portrait or landscape, within {@link A4_TOLERANCE_POINTS}.
 *
 * @example
 * isA4Page({ width: 595, height: 842 }) //=> true
 * isA4Page({ width: 842, height: 595 }) //=> true (landscape)
 * isA4Page({ width: 612, height: 792 }) //=> false (US Letter)
 */
export function isA4Page(page: { width: number; height: number }): boolean {
  const near = (value: number, target: number) => Math.abs(value - target) <= A4_TOLERANCE_POINTS;
  const portrait = near(page.width, A4_POINTS.width) && near(page.height, A4_POINTS.height);
  const landscape = near(page.width, A4_POINTS.height) && near(page.height, A4_POINTS.width);
  return portrait || landscape;
}

/**
 * The structural checks once the PDF is parsed: at least one page, at most {@link PAPER_DOCUMENT_MAX_PAGES},
 * every page A4. The first non-A4 page is named (1-based) so the user knows which one to fix.
 *
 * @param pages - each page's size in points, in order
 * @example
 * checkPaperPages([{ width: 595.28, height: 841.89 }]) //=> { ok: true }
 * checkPaperPages([]) //=> { ok: false, problem: 'no_pages' }
 * checkPaperPages([{ width: 595.28, height: 841.89 }, { width: 612, height: 792 }]) //=> { ok: false, problem: 'not_a4', page: 2 }
 */
export function checkPaperPages(pages: readonly { width: number; height: number }[]): PaperDocumentCheck {
  if (pages.length === 0) return { ok: false, problem: 'no_pages' };
  if (pages.length > PAPER_DOCUMENT_MAX_PAGES) return { ok: false, problem: 'too_many_pages', limit: PAPER_DOCUMENT_MAX_PAGES };
  const wrong = pages.findIndex((page) => !isA4Page(page));
  return wrong === -1 ? { ok: true } : { ok: false, problem: 'not_a4', page: wrong + 1 };
}
