import type { LetterStatus } from '@jrmc/core';
import type { LetterRecord, ProofRecord } from '../domain/records.js';
import { SERVICE_LABELS, STATUS_LABELS, sendingMethodLabel } from './document-labels.js';
import { frenchDate, frenchDateTime } from './french-format.js';
import { PdfWriter } from './pdf-writer.js';
import { SELLER } from './seller-identity.js';

const TITLES: Record<ProofRecord['kind'], string> = {
  letter: 'Copie du courrier',
  deposit: 'Avis de dépôt',
  receipt: 'Avis de réception',
  refusal: 'Avis de refus',
  expiry: 'Avis d’expiration / de non-réception',
};

// What each notice attests, in the words of its channel: an LRE is made available online, a paper letter is handed to La Poste.
const EXPLANATIONS: Record<LetterRecord['channel'], Record<ProofRecord['kind'], string>> = {
  lre: {
    letter: 'Copie du courrier envoyé.',
    deposit: 'Le courrier identifié ci-dessous a été déposé et mis à disposition de son destinataire à la date indiquée.',
    receipt: 'Le destinataire a accepté et reçu le courrier identifié ci-dessous à la date indiquée.',
    refusal: 'Le destinataire a refusé le courrier identifié ci-dessous à la date indiquée.',
    expiry: 'Le courrier identifié ci-dessous n’a pas été retiré par son destinataire dans le délai légal de mise à disposition de 15 jours.',
  },
  paper: {
    letter: 'Copie du courrier envoyé.',
    deposit: 'Le courrier identifié ci-dessous a été remis à La Poste à la date indiquée.',
    receipt: 'Le courrier identifié ci-dessous a été distribué à son destinataire, qui en a signé l’avis de réception, à la date indiquée.',
    refusal: 'Le destinataire a refusé le courrier identifié ci-dessous à la date indiquée.',
    expiry: 'Le courrier identifié ci-dessous n’a pas été retiré par son destinataire dans le délai de mise en instance de La Poste.',
  },
};

// The status a notice attests, from its kind: a proof is a snapshot and must not change with the letter's later life.
function attestedStatus(proof: ProofRecord, letter: LetterRecord): LetterStatus | null {
  switch (proof.kind) {
    case 'deposit':
      return 'sent';
    case 'receipt':
      if (letter.withAcknowledgement) return 'signed';
      return letter.channel === 'lre' ? 'picked_up' : 'delivered';
    case 'refusal':
      return 'refused';
    case 'expiry':
      return 'expired';
    case 'letter':
      return null;
  }
}

const when = (instant: string | null) => (instant ? `${frenchDateTime(instant)} (heure de Paris)` : '—');

/** A proof (deposit, receipt or expiry notice) carrying the letter's SHA-256 and the timestamps. */
export async function renderNoticePdf(proof: ProofRecord, letter: LetterRecord): Promise<Uint8Array> {
  const issuedAt = new Date(proof.issuedAt);
  const pdf = await PdfWriter.create(TITLES[proof.kind], issuedAt);
  pdf.text(`${SELLER.tradeName} – ${SELLER.environment}`, { size: 9 });
  pdf.text(TITLES[proof.kind], { size: 18, bold: true, gapAfter: 16 });
  pdf.text(EXPLANATIONS[letter.channel][proof.kind], { gapAfter: 14 });
  const status = attestedStatus(proof, letter);
  pdf.lines([
    `Courrier : ${letter.id}`,
    `Service : ${SERVICE_LABELS[letter.service]}`,
    `Mode d’envoi : ${sendingMethodLabel(letter)}`,
    `Destinataire : ${letter.recipient?.name ?? '—'}`,
    ...(status ? [`Statut attesté : ${STATUS_LABELS[status]}`] : []),
    `Date de validation : ${when(letter.validatedAt)}`,
    `Date de dépôt : ${when(letter.sentAt)}`,
    `Horodatage de l’avis : ${when(proof.issuedAt)}`,
    `Empreinte SHA-256 du courrier : ${proof.letterSha256}`,
    `Conservé jusqu’au : ${frenchDate(proof.retainedUntil)}`,
  ]);
  return pdf.bytes();
}
