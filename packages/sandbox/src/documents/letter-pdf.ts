import type { LetterText } from '@jrmc/core';
import { PdfWriter } from './pdf-writer.js';

/** The letter itself, printed from core's letter text. */
export async function renderLetterPdf(text: LetterText, at: Date): Promise<Uint8Array> {
  const pdf = await PdfWriter.create(text.subject, at);
  pdf.lines(text.sender).lines(text.recipient, { align: 'right' }).text(text.placeAndDate, { align: 'right', gapAfter: 18 });
  pdf.text(text.subject, { bold: true }).text(text.references, { size: 9.5, gapAfter: 14 });
  pdf.text(text.salutation);
  for (const paragraph of text.paragraphs) pdf.text(paragraph);
  pdf.text(text.closing, { gapAfter: 18 }).lines(text.signature);
  for (const attachment of text.attachments) pdf.text(attachment, { size: 9 });
  return pdf.bytes();
}
