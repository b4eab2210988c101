import { postalProduct, type LetterStatus } from '@jrmc/core';
import type { Letter, LetterService } from '@jrmc/core/contract';

/** The service names the customer knows from JRMC's site. */
export const SERVICE_LABELS: Readonly<Record<LetterService, string>> = Object.freeze({
  termination: 'Résiliation',
  'borrower-insurance': 'Assurance emprunteur',
  'paper-mail': 'Courrier papier',
});

/** Statuses as JRMC's history shows them; RELEVE and SIGNE are the terms of the LRE provider. */
export const STATUS_LABELS: Readonly<Record<LetterStatus, string>> = Object.freeze({
  draft: 'En cours de création',
  scheduled: 'Programmé',
  cancelled: 'Annulé',
  sent: 'Déposé',
  picked_up: 'Relevé (RELEVE)',
  signed: 'Signé (SIGNE)',
  refused: 'Refusé',
  expired: 'Non réclamé (expiré)',
  in_transit: 'En cours d’acheminement',
  delivered: 'Distribué',
  returned: 'Retourné à l’expéditeur',
});

/** How the letter travels, in words: the La Poste product for paper mail, the LRE otherwise. */
export function sendingMethodLabel(letter: Letter): string {
  if (letter.service === 'paper-mail') return postalProduct(letter.product).labelFr;
  const base = letter.channel === 'lre' ? 'Lettre recommandée électronique' : 'Lettre recommandée';
  return `${base} ${letter.withAcknowledgement ? 'avec' : 'sans'} accusé de réception`;
}
