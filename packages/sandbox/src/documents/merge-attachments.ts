import { PDFDocument } from 'pdf-lib';

/**
 * The letter's PDF followed by every attached PDF's pages, in order (pdf-lib `copyPages`): the recipient receives
 * one document. Attachments were checked readable when uploaded. Without attachments the letter is returned as is.
 */
export async function appendAttachments(letterPdf: Uint8Array, attachments: readonly Uint8Array[]): Promise<Uint8Array> {
  if (attachments.length === 0) return letterPdf;
  const merged = await PDFDocument.load(letterPdf, { updateMetadata: false });
  for (const bytes of attachments) {
    const source = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }
  return merged.save({ useObjectStreams: false });
}
