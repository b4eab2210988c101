import { assertIsoDate, type IsoDate } from '../rules/iso-date.js';
import { formatFrenchDate } from './french-date.js';
import { requestedTerminationDate } from '../rules/notice-deadlines.js';
import { reasonByCode, type ReasonCode } from '../rules/reasons.js';
import { RuleInputError } from '../rules/rule-input-error.js';
import { switchTimeline } from '../rules/switch-deadlines.js';

/** A postal address as printed on a letter. */
export interface PostalAddress {
  line1: string;
  line2?: string | null | undefined;
  postcode: string;
  city: string;
  country?: string | null | undefined;
}

/** Who sends the letter: the broker, insurer or mutual acting under the subscriber's mandate. */
export interface LetterSender {
  name: string;
  /** ORIAS registration number, for intermediaries. */
  oriasNumber?: string | null | undefined;
  address: PostalAddress;
}

/** The contract holder on whose behalf the letter is sent. */
export type LetterSubscriber =
  | { kind: 'person'; civility: 'M.' | 'Mme'; firstName: string; lastName: string; address: PostalAddress }
  | { kind: 'company'; companyName: string; siret: string; address: PostalAddress };

/** The insurer or bank the letter goes to. */
export interface LetterRecipient {
  name: string;
  address: PostalAddress;
}

/** Facts some reasons state in the letter. */
export interface TerminationFacts {
  /** échéance: the renewal date. */
  renewalDate?: IsoDate | null | undefined;
  /** loi Chatel: when the renewal notice was received; `null` when none was. */
  renewalNoticeReceivedOn?: IsoDate | null | undefined;
  /** Hamon / RIA: the new insurer's name. */
  newInsurerName?: string | null | undefined;
  /** Hamon / RIA: whether the cover is compulsory (auto liability, tenant's home insurance). */
  compulsoryCover?: boolean | null | undefined;
  /** changement de situation: the event in words ("déménagement", "départ à la retraite"…). */
  eventDescription?: string | null | undefined;
  /** changement de situation, vente, décès: the date of the event, sale or death. */
  eventDate?: IsoDate | null | undefined;
  /** décès: the heir's capacity ("en qualité de fils et héritier"). */
  heirCapacity?: string | null | undefined;
  /** Custom reason: the user's own wording, as typed. */
  customReasonText?: string | null | undefined;
}

/** Everything a termination letter is generated from. */
export interface TerminationLetterInput {
  sender: LetterSender;
  subscriber: LetterSubscriber;
  recipient: LetterRecipient;
  /** One or more contract numbers (several only when the rules’ `checkCombinable` allows it). */
  contractNumbers: readonly string[];
  reason: ReasonCode;
  facts?: TerminationFacts;
  /** The day the letter leaves: it dates the letter and the computed deadlines. */
  sendDate: IsoDate;
  /** Place written next to the date ("Fait à Meylan"). Defaults to the sender's city. */
  place?: string | null | undefined;
  /** Whether the subscriber's signed mandate is attached. */
  withMandate: boolean;
}

/** A generated letter, as structured text that a component previews and the sandbox prints. */
export interface LetterText {
  /** Lines of the sender block (top left). */
  sender: string[];
  /** Lines of the recipient block (top right). */
  recipient: string[];
  /** "Fait à Meylan, le 29 novembre 2026". */
  placeAndDate: string;
  /** "Objet : …". */
  subject: string;
  /** References line: contract numbers (and loans for a substitution). */
  references: string;
  salutation: string;
  /** Body paragraphs, in order. */
  paragraphs: string[];
  closing: string;
  /** Signature block lines. */
  signature: string[];
  /** Attachments ("Pièce jointe : mandat…"). */
  attachments: string[];
  /** The articles invoked (empty for a custom reason). */
  legalBasis: string;
}

/**
 * The French termination letter for a reason, as structured data. Every letter states the sender
 * acting under mandate (with its ORIAS number), the subscriber, the recipient, the contract numbers,
 * the reason and article invoked, the requested termination date, a request for written confirmation,
 * place and date, and the attached mandate when there is one (DOMAIN.md §9).
 *
 * @throws {RuleInputError} when no contract number is given, a date is malformed, or a required fact is missing
 *   (renewal date for échéance, new contract facts for Hamon/RIA, the wording of a custom reason)
 * @example
 * const text = terminationLetterText({ …, reason: 'loi-hamon', sendDate: '2026-11-29', facts: { newInsurerName: 'MAIF' } });
 * text.subject //=> 'Objet : Résiliation du contrat n° 123 – Loi Hamon (…)'
 */
export function terminationLetterText(input: TerminationLetterInput): LetterText {
  const sendDate = assertIsoDate(input.sendDate, 'sendDate');
  const contracts = input.contractNumbers.map((number) => number.trim()).filter(Boolean);
  if (contracts.length === 0) throw new RuleInputError('contractNumbers', input.contractNumbers, 'at least one contract number');
  const reason = reasonByCode(input.reason);
  const facts = input.facts ?? {};
  const plural = contracts.length > 1;
  const contractWords = plural ? `des contrats n° ${contracts.join(', ')}` : `du contrat n° ${contracts[0]}`;
  const subscriberName = subscriberDisplayName(input.subscriber);

  const paragraphs = [
    `${mandateIntro(input.sender)} ${subscriberDescription(input.subscriber)}, et en vertu du mandat qui nous a été confié, ` +
      `nous vous notifions par la présente la résiliation ${contractWords} souscrit${plural ? 's' : ''} auprès de votre compagnie.`,
    ...reasonParagraphs(input.reason, facts, sendDate, plural),
    `Nous vous remercions de bien vouloir nous adresser une confirmation écrite de cette résiliation, ainsi que tout justificatif utile, et de procéder le cas échéant au remboursement de la part de cotisation afférente à la période postérieure à la date d’effet de la résiliation.`,
  ];
  const reasonTitle = input.reason === 'custom' ? requiredFact(facts.customReasonText, 'facts.customReasonText') : reason.labelFr;

  return {
    sender: [input.sender.name, ...(input.sender.oriasNumber ? [`N° ORIAS : ${input.sender.oriasNumber}`] : []), ...addressLines(input.sender.address)],
    recipient: [input.recipient.name, ...addressLines(input.recipient.address)],
    placeAndDate: `Fait à ${(input.place ?? '').trim() || input.sender.address.city}, le ${formatFrenchDate(sendDate)}`,
    subject: `Objet : Résiliation ${contractWords} – ${reasonTitle}`,
    references: `${plural ? 'Contrats' : 'Contrat'} n° ${contracts.join(', ')} – Souscripteur : ${subscriberName}`,
    salutation: 'Madame, Monsieur,',
    paragraphs,
    closing: 'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
    signature: [input.sender.name, `pour le compte de ${subscriberName}`],
    attachments: input.withMandate ? [`Pièce jointe : mandat de résiliation signé par ${subscriberName}`] : [],
    legalBasis: reason.legalBasis,
  };
}

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
  withMandate: boolean;
}

/**
 * The French substitution request to the bank (C. conso L313-30 to L313-32, C. assurances L113-12-2):
 * names the loans, the new insurer and contract, asks the bank to check equivalence of cover and to
 * answer within 10 working days of receipt.
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
  const legalBasis = 'articles L313-30 à L313-32 du Code de la consommation et L113-12-2 du Code des assurances';
  return {
    sender: [input.sender.name, ...(input.sender.oriasNumber ? [`N° ORIAS : ${input.sender.oriasNumber}`] : []), ...addressLines(input.sender.address)],
    recipient: [input.recipient.name, ...addressLines(input.recipient.address)],
    placeAndDate: `Fait à ${(input.place ?? '').trim() || input.sender.address.city}, le ${formatFrenchDate(sendDate)}`,
    subject: `Objet : Demande de substitution d’assurance emprunteur – ${loanWords}`,
    references: `${plural ? 'Prêts' : 'Prêt'} n° ${loans.join(', ')} – Emprunteur : ${subscriberName}`,
    salutation: 'Madame, Monsieur,',
    paragraphs: [
      `${mandateIntro(input.sender)} ${subscriberDescription(input.subscriber)}, et en vertu du mandat qui nous a été confié, nous vous demandons, ` +
        `en application des ${legalBasis}, la substitution du contrat d’assurance emprunteur garantissant ${plural ? 'les' : 'le'} ${loanWords}.`,
      `Le contrat actuel (référence${input.oldContractReferences.length > 1 ? 's' : ''} ${input.oldContractReferences.join(' / ') || 'non communiquée'}) serait remplacé par le contrat souscrit auprès de ${input.newInsurerName} ` +
        `(référence${input.newContractReferences.length > 1 ? 's' : ''} ${input.newContractReferences.join(' / ') || 'à venir'}), avec prise d’effet au ${formatFrenchDate(effectiveDate)}.`,
      `Vous trouverez ci-joint les conditions générales et particulières du nouveau contrat, afin que vous puissiez vérifier l’équivalence du niveau de garantie. ` +
        `Nous vous rappelons que vous disposez d’un délai de 10 jours ouvrés à compter de la réception de la présente demande pour nous faire part de votre décision, toute décision de refus devant être motivée.`,
      `En cas d’acceptation, nous vous remercions de nous adresser l’avenant au contrat de prêt ; la résiliation du contrat actuel sera ensuite notifiée à l’assureur.`,
    ],
    closing: 'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
    signature: [input.sender.name, `pour le compte de ${subscriberName}`],
    attachments: [
      'Pièce jointe : conditions générales et particulières du nouveau contrat',
      ...(input.withMandate ? [`Pièce jointe : mandat signé par ${subscriberName}`] : []),
    ],
    legalBasis,
  };
}

function reasonParagraphs(code: ReasonCode, facts: TerminationFacts, sendDate: IsoDate, plural: boolean): string[] {
  const reason = reasonByCode(code);
  // "de l’article L113-12" but "des articles L113-15-2 et R113-12".
  const basis = reason.legalBasis.startsWith('articles ') ? `des ${reason.legalBasis}` : `de l’${reason.legalBasis}`;
  const invoke = `Cette résiliation est demandée en application ${basis}`;
  const dated = (date: IsoDate | undefined) => (date ? formatFrenchDate(date) : '');
  const effect = requestedTerminationDate(code, sendDate, { renewalDate: facts.renewalDate ?? undefined });
  const the = plural ? 'des contrats' : 'du contrat';
  switch (code) {
    case 'echeance': {
      const renewal = requiredFact(facts.renewalDate, 'facts.renewalDate');
      return [`${invoke}, à la prochaine échéance principale ${the}, soit le ${dated(assertIsoDate(renewal, 'facts.renewalDate'))}.`];
    }
    case 'loi-chatel': {
      const received = facts.renewalNoticeReceivedOn
        ? `L’avis d’échéance nous a été adressé tardivement : il a été reçu le ${dated(assertIsoDate(facts.renewalNoticeReceivedOn, 'facts.renewalNoticeReceivedOn'))}.`
        : 'Aucun avis d’échéance n’a été reçu.';
      return [received, `${invoke}, avec effet au lendemain de la date d’envoi de la présente, soit le ${dated(effect)}.`];
    }
    case 'loi-hamon':
    case 'ria-sante': {
      const timeline = switchTimeline(sendDate);
      const newInsurer = requiredFact(facts.newInsurerName, 'facts.newInsurerName');
      const compulsory = facts.compulsoryCover
        ? ` ${plural ? 'Ces contrats couvrant' : 'Ce contrat couvrant'} une assurance obligatoire, le nouvel assureur agit pour le compte du souscripteur et atteste de la continuité de la couverture.`
        : '';
      return [
        `${invoke}, ${plural ? 'les contrats ayant' : 'le contrat ayant'} plus d’un an d’ancienneté. Un nouveau contrat couvrant le même risque a été souscrit auprès de ${newInsurer}, avec prise d’effet le ${dated(timeline.newContractStart)} à 0 h.${compulsory}`,
        `La notification étant réputée intervenir le lendemain de l’envoi, soit le ${dated(timeline.notificationDate)}, la résiliation prendra effet un mois plus tard, le ${dated(timeline.terminationDate)} à 24 h.`,
      ];
    }
    case 'changement-situation': {
      const event = requiredFact(facts.eventDescription, 'facts.eventDescription');
      const eventDate = assertIsoDate(requiredFact(facts.eventDate, 'facts.eventDate'), 'facts.eventDate');
      return [`${invoke}, en raison du changement de situation suivant : ${event}, survenu le ${dated(eventDate)}. La résiliation prendra effet un mois après sa notification, soit le ${dated(effect)}.`];
    }
    case 'vente-vehicule':
    case 'vente-bien': {
      const saleDate = assertIsoDate(requiredFact(facts.eventDate, 'facts.eventDate'), 'facts.eventDate');
      const object = code === 'vente-vehicule' ? 'du véhicule assuré' : 'du bien assuré';
      return [`${invoke}, à la suite de la vente ${object} intervenue le ${dated(saleDate)}. La résiliation prendra effet dix jours après sa notification, soit le ${dated(effect)}.`];
    }
    case 'deces': {
      const deathDate = assertIsoDate(requiredFact(facts.eventDate, 'facts.eventDate'), 'facts.eventDate');
      const capacity = facts.heirCapacity?.trim() ? `, la présente étant adressée à la demande de son héritier ${facts.heirCapacity.trim()}` : '';
      return [`${invoke}, à la suite du décès du souscripteur survenu le ${dated(deathDate)}${capacity}. Nous vous remercions de prendre acte de la résiliation à la date la plus proche permise.`];
    }
    case 'diminution-risque':
      return [`${invoke} : à la suite de la diminution du risque assuré, vous avez refusé de réduire la cotisation en conséquence. La résiliation prendra effet trente jours après sa notification, soit le ${dated(effect)}.`];
    case 'custom':
      return [`Motif de la résiliation : ${requiredFact(facts.customReasonText, 'facts.customReasonText')}`];
  }
}

function requiredFact<T>(value: T | null | undefined, argument: string): T {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    throw new RuleInputError(argument, value, 'required for this reason');
  }
  return typeof value === 'string' ? (value.trim() as T) : value;
}

function mandateIntro(sender: LetterSender): string {
  return `Nous, ${sender.name}${sender.oriasNumber ? ` (ORIAS n° ${sender.oriasNumber})` : ''}, agissant au nom et pour le compte de`;
}

function subscriberDescription(subscriber: LetterSubscriber): string {
  const address = addressLines(subscriber.address).join(', ');
  return subscriber.kind === 'person'
    ? `${subscriber.civility} ${subscriber.firstName} ${subscriber.lastName}, demeurant ${address}`
    : `la société ${subscriber.companyName} (SIRET ${subscriber.siret}), dont le siège est situé ${address}`;
}

/**
 * How a subscriber is named in a letter ("Mme Éloïse Martin", "Société Dupont SARL").
 *
 * @example
 * subscriberDisplayName({ kind: 'person', civility: 'Mme', firstName: 'Éloïse', lastName: 'Martin', address }) //=> 'Mme Éloïse Martin'
 */
export function subscriberDisplayName(subscriber: LetterSubscriber): string {
  return subscriber.kind === 'person' ? `${subscriber.civility} ${subscriber.firstName} ${subscriber.lastName}` : subscriber.companyName;
}

function addressLines(address: PostalAddress): string[] {
  return [
    address.line1,
    ...(address.line2 ? [address.line2] : []),
    `${address.postcode} ${address.city}`,
    ...(address.country && address.country.toUpperCase() !== 'FRANCE' ? [address.country] : []),
  ];
}
