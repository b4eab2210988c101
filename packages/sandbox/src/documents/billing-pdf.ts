import type { InvoiceRecord, ReceiptRecord } from '../domain/records.js';
import { PdfWriter } from './pdf-writer.js';

const euros = (cents: number) => `${(cents / 100).toFixed(2).replace('.', ',')} €`;

/** A monthly consumption invoice, already paid by the prepaid credit. */
export async function renderInvoicePdf(invoice: InvoiceRecord, accountName: string): Promise<Uint8Array> {
  const pdf = await PdfWriter.create(`Facture ${invoice.number}`, new Date(invoice.createdAt));
  pdf.text(`Facture ${invoice.number}`, { size: 18, bold: true }).text(`Client : ${accountName}`).text(`Période : ${invoice.month} – émise le ${invoice.issueDate}`, { gapAfter: 14 });
  for (const line of invoice.lines) pdf.text(`${line.dispatchDate}  ${line.description}  ${euros(line.priceExclVat)} HT`, { size: 9.5, gapAfter: 2 });
  pdf.gap(12).text(`Total HT : ${euros(invoice.totalExclVat)}`).text(`TVA ${invoice.vatRate} : ${euros(invoice.totalVat)}`).text(`Total TTC : ${euros(invoice.totalInclVat)}`, { bold: true });
  pdf.text('Facture acquittée par le crédit du compte : aucun règlement n’est attendu.', { size: 9 });
  return pdf.bytes();
}

/** The receipt of a top-up. */
export async function renderReceiptPdf(receipt: ReceiptRecord, accountName: string): Promise<Uint8Array> {
  const pdf = await PdfWriter.create(`Reçu ${receipt.number}`, new Date(receipt.issuedAt));
  pdf.text(`Reçu ${receipt.number}`, { size: 18, bold: true }).text(`Client : ${accountName}`).text(`Date : ${receipt.issuedAt}`);
  pdf.text(`Crédit du compte par carte bancaire : ${euros(receipt.amount)}`, { bold: true });
  pdf.text('Ce reçu atteste de votre paiement et vous permet de comptabiliser le crédit de votre compte.', { size: 9 });
  return pdf.bytes();
}
