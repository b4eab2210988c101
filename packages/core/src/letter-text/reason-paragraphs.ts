import { formatFrenchDate } from './french-date.js';
import { type LetterFacts, requiredDate, requiredFact } from './letter-parts.js';
import { addDays, assertIsoDate, type IsoDate } from '../rules/iso-date.js';
import { requestedTerminationDate } from '../rules/notice-deadlines.js';
import { reasonByCode, type ReasonCode } from '../rules/reasons.js';
import { switchTimeline } from '../rules/switch-deadlines.js';

/**
 * @internal The paragraphs that state a reason: its article, the facts the user gave (never one they did not give),
 * and the date the termination takes effect.
 */
export function reasonParagraphs(code: ReasonCode, facts: LetterFacts, sendDate: IsoDate, plural: boolean): string[] {
  const reason = reasonByCode(code);
  // "de l’article L113-12" but "des articles L113-15-2 et R113-12".
  const basis = reason.legalBasis.startsWith('articles ') ? `des ${reason.legalBasis}` : `de l’${reason.legalBasis}`;
  const invoke = `Cette résiliation est demandée en application ${basis}`;
  const dated = (date: IsoDate | undefined) => (date ? formatFrenchDate(date) : '');
  const effect = requestedTerminationDate(code, sendDate, { renewalDate: facts.renewalDate ?? undefined });
  const the = plural ? 'des contrats' : 'du contrat';
  switch (code) {
    case 'echeance':
      return [`${invoke}, à la prochaine échéance principale ${the}, soit le ${requiredDate(facts.renewalDate, 'facts.renewalDate')}.`];
    case 'loi-chatel':
      return [...chatelFacts(facts), `${invoke}, avec effet au lendemain de la date d’envoi de la présente, soit le ${dated(effect)}.`];
    case 'loi-hamon':
    case 'ria-sante': {
      const timeline = switchTimeline(sendDate);
      const newInsurer = requiredFact(facts.newInsurerName, 'facts.newInsurerName');
      const compulsory =
        code === 'loi-hamon' && facts.compulsoryCover
          ? ` S’agissant d’une assurance obligatoire, ${newInsurer} atteste de la continuité de la couverture.`
          : '';
      return [
        `${invoke}, ${plural ? 'les contrats ayant' : 'le contrat ayant'} plus d’un an d’ancienneté. Un nouveau contrat couvrant le même risque a été souscrit auprès de ${newInsurer}, avec prise d’effet le ${dated(timeline.newContractStart)} à 0 h.${compulsory}`,
        `La notification étant réputée intervenir le lendemain de l’envoi, soit le ${dated(timeline.notificationDate)}, la résiliation prendra effet un mois plus tard, le ${dated(timeline.terminationDate)} à 24 h.`,
      ];
    }
    case 'changement-situation': {
      const event = requiredFact(facts.eventDescription, 'facts.eventDescription');
      return [
        `${invoke}, en raison du changement de situation suivant : ${event}, survenu le ${requiredDate(facts.eventDate, 'facts.eventDate')}. La résiliation prendra effet un mois après sa notification, soit le ${dated(effect)}.`,
      ];
    }
    case 'vente-vehicule':
      return [
        `${invoke}, à la suite de la vente du véhicule assuré intervenue le ${saleDate(facts)}. Cette résiliation, que l’une ou l’autre des parties peut demander, prendra effet dix jours après sa notification, soit le ${dated(effect)}.`,
      ];
    case 'vente-bien':
      // L121-10: the insurance follows the thing to its buyer; the seller does not terminate, they notify the transfer.
      return [
        `Conformément à l’${reason.legalBasis}, l’assurance continue de plein droit au profit de l’acquéreur. La présente notification libère notre mandant du paiement des cotisations à échoir à compter de sa réception, réputée intervenir le ${dated(addDays(sendDate, 1))}.`,
      ];
    case 'deces':
      return [`${invoke}. Nous vous remercions de prendre acte de la résiliation à la date la plus proche permise.`];
    case 'diminution-risque':
      return [
        `${invoke} : à la suite de la diminution du risque assuré, vous avez refusé de réduire la cotisation en conséquence. La résiliation prendra effet trente jours après sa notification, soit le ${dated(effect)}.`,
      ];
    case 'custom':
      return [`Motif de la résiliation : ${requiredFact(facts.customReasonText, 'facts.customReasonText')}`];
  }
}

/** @internal The day of the sale: `saleDate`, or — deprecated — `eventDate`. */
export function saleDate(facts: LetterFacts): string {
  return facts.saleDate ? requiredDate(facts.saleDate, 'facts.saleDate') : requiredDate(facts.eventDate, 'facts.saleDate');
}

function chatelFacts(facts: LetterFacts): string[] {
  // Only what the user stated: the sending date of a late notice, or that none was received — or nothing.
  if (facts.renewalNoticeSentOn) {
    return [`L’avis d’échéance nous a été adressé tardivement : il a été envoyé le ${formatFrenchDate(assertIsoDate(facts.renewalNoticeSentOn, 'facts.renewalNoticeSentOn'))}.`];
  }
  if (facts.renewalNoticeReceivedOn) {
    return [`L’avis d’échéance nous a été adressé tardivement : il a été reçu le ${formatFrenchDate(assertIsoDate(facts.renewalNoticeReceivedOn, 'facts.renewalNoticeReceivedOn'))}.`];
  }
  if (facts.noRenewalNoticeReceived === true) return ['Aucun avis d’échéance n’a été reçu.'];
  return [];
}
