import { splitInclVat } from '@jrmc/core';
import type { InvoiceRecord, ReceiptRecord } from '../domain/records.js';
import { euros, frenchDate, frenchDateTime, frenchMonth } from './french-format.js';
import { PdfWriter } from './pdf-writer.js';
import { SELLER, sellerLegalMentions } from './seller-identity.js';

// "20%" on the wire, "20 %" in French typography.
const vatRateLabel = (rate: string) => rate.replace(/\s*%$/, ' %');

/** A monthly consumption invoice, already paid by the prepaid credit. */
export async function renderInvoicePdf(invoice: InvoiceRecord, accountName: string): Promise<Uint8Array> {
  const pdf = await PdfWriter.create(`Facture ${invoice.number}`, new Date(invoice.createdAt));
  pdf.lines([SELLER.tradeName, ...SELLER.address]);
  pdf.text(`Facture n° ${invoice.number}`, { size: 18, bold: true });
  pdf.lines([`Client : ${accountName}`, `Date d’émission : ${frenchDate(invoice.issueDate)}`, `Période facturée : ${frenchMonth(invoice.month)} (courriers par mois d’envoi effectif)`]);
  for (const line of invoice.lines) {
    // The line's description already names the service in words; the service code itself is never printed.
    pdf.text(`${frenchDate(line.dispatchDate)} – ${line.description}`, { size: 9.5, gapAfter: 0 });
    pdf.text(`${euros(line.priceExclVat)} HT – TVA ${euros(line.vat)} – ${euros(line.priceInclVat)} TTC`, { size: 9.5, align: 'right', gapAfter: 4 });
  }
  const rate = vatRateLabel(invoice.vatRate);
  pdf.gap(8).lines([`Total HT : ${euros(invoice.totalExclVat)}`, `TVA ${rate} : ${euros(invoice.totalVat)}`]);
  pdf.text(`Total TTC : ${euros(invoice.totalInclVat)}`, { bold: true });
  pdf.text('Facture acquittée par le crédit du compte : aucun règlement n’est attendu.', { size: 9, gapAfter: 18 });
  pdf.lines(sellerLegalMentions(), { size: 8 });
  return pdf.bytes();
}

/** The receipt of a top-up: what was paid, VAT included, and who received it. */
export async function renderReceiptPdf(receipt: ReceiptRecord, accountName: string): Promise<Uint8Array> {
  const pdf = await PdfWriter.create(`Reçu ${receipt.number}`, new Date(receipt.issuedAt));
  const { exclVat, vat, inclVat } = splitInclVat(receipt.amount);
  pdf.lines([SELLER.tradeName, ...SELLER.address]);
  pdf.text(`Reçu n° ${receipt.number}`, { size: 18, bold: true });
  pdf.lines([`Client : ${accountName}`, `Date du paiement : ${frenchDateTime(receipt.issuedAt)} (heure de Paris)`]);
  pdf.text('Crédit du compte par carte bancaire', { bold: true });
  pdf.lines([`Montant HT : ${euros(exclVat)}`, `TVA 20 % : ${euros(vat)}`]);
  pdf.text(`Montant TTC payé : ${euros(inclVat)}`, { bold: true });
  pdf.text(
    'Ce reçu atteste de votre paiement et vous permet de comptabiliser le crédit de votre compte. La TVA déductible figure sur les factures mensuelles de consommations, qui détaillent l’usage de ce crédit.',
    { size: 9, gapAfter: 18 },
  );
  pdf.lines(sellerLegalMentions(), { size: 8 });
  return pdf.bytes();
}
