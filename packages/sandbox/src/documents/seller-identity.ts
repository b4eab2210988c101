/**
 * Who issues the documents: the seller's legal mentions, printed on every receipt and invoice (French commercial
 * law requires the company name, legal form, registered office, SIREN with its RCS registry and the intra-EU VAT
 * number on an invoice). One constant, so the documents cannot disagree.
 *
 * These are the sandbox's stand-in details for JRMC, marked as a test environment on every document: the live
 * service prints the company's own registration.
 */
export const SELLER = Object.freeze({
  tradeName: 'JRMC – jeresiliemoncontrat.com',
  companyName: 'JRMC SAS',
  legalForm: 'Société par actions simplifiée',
  address: Object.freeze(['10 rue de la Paix', '75002 Paris', 'France']),
  siren: '834210007',
  rcs: 'RCS Paris 834 210 007',
  vatNumber: 'FR60834210007',
  environment: 'Environnement de test (sandbox)',
});

/** The legal-mentions block printed at the foot of receipts and invoices. */
export function sellerLegalMentions(): string[] {
  return [
    `${SELLER.companyName}, ${SELLER.legalForm}`,
    `Siège social : ${SELLER.address.join(', ')}`,
    `SIREN ${SELLER.siren.replace(/(\d{3})(?=\d)/g, '$1 ')} – ${SELLER.rcs}`,
    `N° de TVA intracommunautaire : ${SELLER.vatNumber}`,
    `${SELLER.environment} : document sans valeur comptable`,
  ];
}
