import type { ProofRecord, LetterRecord } from '../domain/records.js';
import { PdfWriter } from './pdf-writer.js';

const TITLES: Record<ProofRecord['kind'], string> = {
  letter: 'Copie du courrier',
  deposit: 'Avis de dépôt',
  receipt: 'Avis de réception',
  refusal: 'Avis de refus',
  expiry: 'Avis d’expiration / de non-réception',
};

const EXPLANATIONS: Record<ProofRecord['kind'], string> = {
  letter: 'Copie du courrier envoyé.',
  deposit: 'Le courrier identifié ci-dessous a été déposé et mis à disposition de son destinataire à la date indiquée.',
  receipt: 'Le destinataire a accepté et reçu le courrier identifié ci-dessous à la date indiquée.',
  refusal: 'Le destinataire a refusé le courrier identifié ci-dessous à la date indiquée.',
  expiry: 'Le courrier identifié ci-dessous n’a pas été retiré par son destinataire dans le délai légal de mise à disposition de 15 jours.',
};

/** A proof (deposit, receipt or expiry notice) carrying the letter's SHA-256 and the timestamps. */
export async function renderNoticePdf(proof: ProofRecord, letter: LetterRecord): Promise<Uint8Array> {
  const issuedAt = new Date(proof.issuedAt);
  const pdf = await PdfWriter.create(TITLES[proof.kind], issuedAt);
  pdf.text('JRMC – jeresiliemoncontrat.com (environnement de test)', { size: 9 });
  pdf.text(TITLES[proof.kind], { size: 18, bold: true, gapAfter: 16 });
  pdf.text(EXPLANATIONS[proof.kind], { gapAfter: 14 });
  pdf.lines([
    `Courrier : ${letter.id}`,
    `Service : ${letter.service}${letter.channel === 'lre' ? ' – lettre recommandée électronique' : ' – voie postale'}${letter.withAcknowledgement ? ' avec accusé de réception' : ''}`,
    `Destinataire : ${letter.recipient?.name ?? '—'}`,
    `Date de validation : ${letter.validatedAt ?? '—'}`,
    `Date de dépôt : ${letter.sentAt ?? '—'}`,
    `Horodatage de l’avis : ${proof.issuedAt}`,
    `Empreinte SHA-256 du courrier : ${proof.letterSha256}`,
    `Conservé jusqu’au : ${proof.retainedUntil}`,
  ]);
  return pdf.bytes();
}
