/**
 * Small but real PDFs for tests: a catalogue, a page tree and `pages` pages of the given size (A4 by default),
 * which pdf-lib parses like any producer's file. Written by hand so tests need no PDF library.
 */
export function samplePdfText(pages = 1, size: { width: number; height: number } = { width: 595.28, height: 841.89 }): string {
  const kids = Array.from({ length: pages }, (_, index) => `${index + 3} 0 R`).join(' ');
  const pageObjects = Array.from(
    { length: pages },
    (_, index) => `${index + 3} 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 ${size.width} ${size.height}]>>endobj\n`,
  ).join('');
  return `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[${kids}]/Count ${pages}>>endobj\n${pageObjects}trailer<</Root 1 0 R>>\n%%EOF\n`;
}

/** {@link samplePdfText}, base64-encoded as the API takes it. */
export function samplePdfBase64(pages = 1, size?: { width: number; height: number }): string {
  return Buffer.from(samplePdfText(pages, size), 'latin1').toString('base64');
}
