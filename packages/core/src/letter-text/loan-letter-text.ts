import { loanTerminationEffectiveDate } from '../rules/borrower-insurance.js';
import { assertIsoDate, type IsoDate } from '../rules/iso-date.js';
import { RuleInputError } from '../rules/rule-input-error.js';
import { formatFrenchDate } from './french-date.js';
import {
  addressLines,
  attachedFiles,
  attachmentLines,
  CLOSING,
  has,
  type LetterAttachment,
  type LetterRecipient,
  type LetterSender,
  type LetterSubscriber,
  placeAndDate,
  SALUTATION,
  senderLines,
  senderWe,
  subscriberDescription,
  subscriberDisplayName,
} from './letter-parts.js';
import type { LetterText } from './letter-text.js';

const LEMOINE_BASIS = 'articles L313-30 à L313-32 du Code de la consommation et L113-12-2 du Code des assurances';

/** Everything a borrower-insurance substitution request (loi Lemoine) is generated from. */
export interface SubstitutionLetterInput {
  sender: LetterSender;
  subscriber: LetterSubscriber;
  /** The lending bank. */
  recipient: LetterRecipient;
  /** Loan references, all with this bank. */
  loanReferences: readonly string[];
  /** Old borrower-insurance contract references ("/"-separated in the form). */
  oldContractReferences: readonly string[];
  newInsurerName: string;
  newContractReferences: readonly string[];
  /** The requested effective date of the new cover. */
  effectiveDate: IsoDate;
  sendDate: IsoDate;
  place?: string | null | undefined;
  /** The files actually attached (new contract's conditions, client mandate); only these are announced. */
  attachments?: readonly LetterAttachment[];
  /** @deprecated Use `attachments`; read only when `attachments` is absent. */
  withMandate?: boolean;
}

/**
 * The French substitution request to the bank (C. conso L313-30 to L313-32, C. assurances L113-12-2): names the
 * loans, the new insurer and contract, asks the bank to check equivalence of cover and to answer within 10 working
 * days of receipt. It mentions the new contract's conditions only when they are attached.
 *
 * @throws {RuleInputError} when a loan reference is missing or a date is malformed
 * @example
 * substitutionLetterText({ …, loanReferences: ['PR-1'], effectiveDate: '2027-02-13', sendDate: '2026-11-29' }).subject
 * //=> 'Objet : Demande de substitution d’assurance emprunteur – prêt n° PR-1'
 */
export function substitutionLetterText(input: SubstitutionLetterInput): LetterText {
  const sendDate = assertIsoDate(input.sendDate, 'sendDate');
  const effectiveDate = assertIsoDate(input.effectiveDate, 'effectiveDate');
  const loans = input.loanReferences.map((reference) => reference.trim()).filter(Boolean);
  if (loans.length === 0) throw new RuleInputError('loanReferences', input.loanReferences, 'at least one loan reference');
  const plural = loans.length > 1;
  const loanWords = `${plural ? 'prêts' : 'prêt'} n° ${loans.join(', ')}`;
  const subscriberName = subscriberDisplayName(input.subscriber);
  const files = attachedFiles(input.attachments, input.withMandate);
  const oldRefs = input.oldContractReferences.map((r) => r.trim()).filter(Boolean);
  const newRefs = input.newContractReferences.map((r) => r.trim()).filter(Boolean);
  return {
    sender: senderLines(input.sender),
    recipient: [input.recipient.name, ...addressLines(input.recipient.address)],
    placeAndDate: placeAndDate(input.place, input.sender, sendDate),
    subject: `Objet : Demande de substitution d’assurance emprunteur – ${loanWords}`,
    references: `${plural ? 'Prêts' : 'Prêt'} n° ${loans.join(', ')} – Emprunteur : ${subscriberName}`,
    salutation: SALUTATION,
    paragraphs: [
      `${senderWe(input.sender)} agissant au nom et pour le compte de ${subscriberDescription(input.subscriber)}, et en vertu du mandat qui nous a été confié, nous vous demandons, ` +
        `en application des ${LEMOINE_BASIS}, la substitution du contrat d’assurance emprunteur garantissant ${plural ? 'les' : 'le'} ${loanWords}.`,
      // Only references the user gave are written.
      `Le contrat actuel${oldRefs.length ? ` (référence${oldRefs.length > 1 ? 's' : ''} ${oldRefs.join(' / ')})` : ''} serait remplacé par le contrat souscrit auprès de ${input.newInsurerName.trim()}` +
        `${newRefs.length ? ` (référence${newRefs.length > 1 ? 's' : ''} ${newRefs.join(' / ')})` : ''}, avec prise d’effet au ${formatFrenchDate(effectiveDate)}.`,
      `${has(files, 'new-contract-conditions') ? 'Vous trouverez ci-joint les conditions générales et particulières du nouveau contrat, afin que vous puissiez vérifier l’équivalence du niveau de garantie. ' : 'Nous vous remercions de vérifier l’équivalence du niveau de garantie du nouveau contrat. '}` +
        `Nous vous rappelons que vous disposez d’un délai de 10 jours ouvrés à compter de la réception de la présente demande pour nous faire part de votre décision, toute décision de refus devant être motivée.`,
      `En cas d’acceptation, nous vous remercions de nous adresser l’avenant au contrat de prêt ; la résiliation du contrat actuel sera ensuite notifiée à l’assureur.`,
    ],
    closing: CLOSING,
    signature: [input.sender.name, `pour le compte de ${subscriberName}`],
    attachments: attachmentLines(files, subscriberName),
    legalBasis: LEMOINE_BASIS,
  };
}

/** Everything the borrower-insurance termination (to the old insurer, after the bank's acceptance) is generated from. */
export interface LoanTerminationLetterInput {
  sender: LetterSender;
  subscriber: LetterSubscriber;
  /** The old insurer. */
  recipient: LetterRecipient;
  /** The old contract's references. */
  contractReferences: readonly string[];
  /** The loans it guarantees (named when given). */
  loanReferences?: readonly string[];
  /** The lending bank, named when given. */
  bankName?: string | null;
  /** The day the bank accepted the substitution, stated when given. */
  acceptedOn?: IsoDate | null;
  /** The new contract's start (the substitution's effective date). */
  newContractStart: IsoDate;
  sendDate: IsoDate;
  place?: string | null | undefined;
  /** The files actually attached (the bank's acceptance, the client mandate); only these are announced. */
  attachments?: readonly LetterAttachment[];
}

const L113_12_2 = 'article L113-12-2 du Code des assurances';

/**
 * The termination of the old borrower insurance, sent once the bank has accepted the substitution
 * (C. assurances L113-12-2). It takes effect on {@link loanTerminationEffectiveDate}: the later of 10 days after the
 * old insurer receives the bank's acceptance (the day after sending) and the new contract's start. The bank's
 * acceptance is announced only when attached.
 *
 * @throws {RuleInputError} when no contract reference is given or a date is malformed
 * @example
 * loanTerminationLetterText({ …, contractReferences: ['ADE-7'], newContractStart: '2027-01-10', sendDate: '2027-01-04' }).paragraphs[1]
 * //=> 'Conformément à l’article L113-12-2 du Code des assurances, la résiliation prendra effet le 15 janvier 2027, …'
 */
export function loanTerminationLetterText(input: LoanTerminationLetterInput): LetterText {
  const sendDate = assertIsoDate(input.sendDate, 'sendDate');
  const start = assertIsoDate(input.newContractStart, 'newContractStart');
  const refs = input.contractReferences.map((r) => r.trim()).filter(Boolean);
  if (refs.length === 0) throw new RuleInputError('contractReferences', input.contractReferences, 'at least one contract reference');
  const loans = (input.loanReferences ?? []).map((r) => r.trim()).filter(Boolean);
  const plural = refs.length > 1;
  const contractWords = `${plural ? 'des contrats' : 'du contrat'} d’assurance emprunteur n° ${refs.join(' / ')}`;
  const subscriberName = subscriberDisplayName(input.subscriber);
  const files = input.attachments ?? [];
  const effective = loanTerminationEffectiveDate(sendDate, start);
  const bank = input.bankName?.trim();
  const accepted = input.acceptedOn ? ` le ${formatFrenchDate(assertIsoDate(input.acceptedOn, 'acceptedOn'))}` : '';
  const loanWords = loans.length ? ` garantissant ${loans.length > 1 ? 'les prêts' : 'le prêt'} n° ${loans.join(', ')}` : '';
  return {
    sender: senderLines(input.sender),
    recipient: [input.recipient.name, ...addressLines(input.recipient.address)],
    placeAndDate: placeAndDate(input.place, input.sender, sendDate),
    subject: `Objet : Résiliation ${contractWords} – substitution acceptée par le prêteur (loi Lemoine)`,
    references: `${plural ? 'Contrats' : 'Contrat'} n° ${refs.join(' / ')} – Assuré : ${subscriberName}`,
    salutation: SALUTATION,
    paragraphs: [
      `${senderWe(input.sender)} agissant au nom et pour le compte de ${subscriberDescription(input.subscriber)}, et en vertu du mandat qui nous a été confié, ` +
        `nous vous notifions la résiliation ${contractWords}${loanWords}, ${bank ? bank : 'le prêteur'} ayant accepté${accepted} la substitution d’un nouveau contrat.` +
        (has(files, 'bank-acceptance') ? ' Vous trouverez ci-joint la décision d’acceptation du prêteur.' : ''),
      `Conformément à l’${L113_12_2}, la résiliation prendra effet le ${formatFrenchDate(effective)}, soit au plus tard des deux dates suivantes : dix jours après la réception de la décision d’acceptation du prêteur, ou la date de prise d’effet du nouveau contrat (${formatFrenchDate(start)}).`,
      'Nous vous remercions de bien vouloir nous adresser une confirmation écrite de cette résiliation et de procéder au remboursement de la part de cotisation afférente à la période postérieure à sa date d’effet.',
    ],
    closing: CLOSING,
    signature: [input.sender.name, `pour le compte de ${subscriberName}`],
    attachments: attachmentLines(files, subscriberName),
    legalBasis: L113_12_2,
  };
}
