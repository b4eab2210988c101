// Real PDFs for upload tests, made with pdf-lib (a file that only starts with %PDF- is not enough: attachments are
// merged into the letter, so they must open).
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A PDF of `pages` pages, each saying `label` and its number. */
export async function samplePdf(label = 'Mandat du client', pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  for (let index = 1; index <= pages; index += 1) doc.addPage([595, 842]).drawText(`${label} ${index}/${pages}`, { x: 56, y: 780, size: 12, font });
  return doc.save();
}

/** The same, base64-encoded as the API takes it. */
export async function onePagePdfBase64(label?: string, pages?: number): Promise<string> {
  return Buffer.from(await samplePdf(label, pages)).toString('base64');
}
