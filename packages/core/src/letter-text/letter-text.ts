import { assertIsoDate, type IsoDate } from '../rules/iso-date.js';
import { reasonByCode, type ReasonCode } from '../rules/reasons.js';
import { RuleInputError } from '../rules/rule-input-error.js';
import {
  attachedFiles,
  attachmentLines,
  CLOSING,
  type LetterAttachment,
  type LetterFacts,
  type LetterRecipient,
  type LetterSender,
  type LetterSubscriber,
  placeAndDate,
  requiredDate,
  requiredFact,
  SALUTATION,
  senderLines,
  senderWe,
  subscriberDescription,
  subscriberDisplayName,
  addressLines,
} from './letter-parts.js';
import { reasonParagraphs, saleDate } from './reason-paragraphs.js';

export type { LetterAttachment, LetterFacts, LetterRecipient, LetterSender, LetterSubscriber } from './letter-parts.js';

/** @deprecated Use {@link LetterFacts} (the letter's `TerminationFacts` from the contract, plus `customReasonText`). */
export type TerminationFacts = LetterFacts;

/** Everything a termination letter is generated from. */
export interface TerminationLetterInput {
  sender: LetterSender;
  /** The contract holder (for a death: the deceased). */
  subscriber: LetterSubscriber;
  recipient: LetterRecipient;
  /** One or more contract numbers (several only when the rules’ `checkCombinable` allows it). */
  contractNumbers: readonly string[];
  reason: ReasonCode;
  facts?: LetterFacts;
  /** The day the letter leaves: it dates the letter and the computed deadlines. */
  sendDate: IsoDate;
  /** Place written next to the date ("Fait à Meylan"). Defaults to the sender's city. */
  place?: string | null | undefined;
  /** The files actually attached; only these are announced. Nothing by default. */
  attachments?: readonly LetterAttachment[];
  /** @deprecated Use `attachments` (`{ kind: 'client-mandate', fileName }`); read only when `attachments` is absent. */
  withMandate?: boolean;
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
  /** One line per file actually attached ("Pièce jointe : mandat signé par …"). */
  attachments: string[];
  /** The articles invoked (empty for a custom reason). */
  legalBasis: string;
}

/**
 * The French termination letter for a reason, as structured data (DOMAIN §9 and §10). It states the sender acting
 * under mandate (with its ORIAS number), the subscriber, the recipient, the contract numbers, the reason and article,
 * the effective date, a request for written confirmation, place and date, and one line per attached file — never a
 * fact the user did not give, never an attachment that is not attached. Per reason:
 * - `deces`: written for the heir (`heirName`, `heirCapacity`), under the heir's mandate — never for the deceased;
 * - `loi-hamon` with `compulsoryCover`: the new insurer carries out the termination for the subscriber, the sender
 *   transmits on its behalf;
 * - `vente-bien` (L121-10): notifies the transfer, which ends the seller's premiums — it does not "terminate";
 * - `vente-vehicule` (L121-11): either party may terminate, effect 10 days after notification;
 * - `loi-chatel`: the notice's sending date, or that none was received, only when given.
 *
 * @param input - sender, subscriber, recipient, contract numbers, reason, facts, send date, attached files
 * @returns the letter's parts, in French
 * @throws {RuleInputError} when no contract number is given, a date is malformed, or a fact the wording needs is
 *   missing (renewal date, new insurer, event, sale date, heir's name and capacity, custom wording)
 * @example
 * terminationLetterText({ …, reason: 'deces', facts: { eventDate: '2026-10-02', heirName: 'Mme Léa Roy', heirCapacity: 'fille et héritière' } })
 *   .signature //=> ['Cabinet Durand', 'pour le compte de Mme Léa Roy']
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
  const files = attachedFiles(input.attachments, input.withMandate);
  const voice = voiceOf(input, facts, contractWords, plural);
  const reasonTitle = input.reason === 'custom' ? requiredFact(facts.customReasonText, 'facts.customReasonText') : reason.labelFr;
  const isTransferNotice = input.reason === 'vente-bien';

  return {
    sender: senderLines(input.sender),
    recipient: [input.recipient.name, ...addressLines(input.recipient.address)],
    placeAndDate: placeAndDate(input.place, input.sender, sendDate),
    subject: isTransferNotice
      ? `Objet : Notification de la vente du bien assuré – ${plural ? 'contrats' : 'contrat'} n° ${contracts.join(', ')}`
      : `Objet : Résiliation ${contractWords} – ${reasonTitle}`,
    references: `${plural ? 'Contrats' : 'Contrat'} n° ${contracts.join(', ')} – ${input.reason === 'deces' ? 'Souscripteur décédé' : 'Souscripteur'} : ${subscriberName}`,
    salutation: SALUTATION,
    paragraphs: [
      voice.opening,
      ...reasonParagraphs(input.reason, facts, sendDate, plural),
      isTransferNotice
        ? 'Nous vous remercions de bien vouloir nous adresser une confirmation écrite de la prise en compte de cette notification.'
        : 'Nous vous remercions de bien vouloir nous adresser une confirmation écrite de cette résiliation, ainsi que tout justificatif utile, et de procéder le cas échéant au remboursement de la part de cotisation afférente à la période postérieure à la date d’effet de la résiliation.',
    ],
    closing: CLOSING,
    signature: [input.sender.name, voice.signedFor],
    attachments: attachmentLines(files, voice.mandator),
    legalBasis: reason.legalBasis,
  };
}

/** Who the letter speaks for, how it opens, and who signed the mandate. */
interface Voice {
  opening: string;
  signedFor: string;
  /** Who signed the client mandate, when one is attached. */
  mandator: string;
}

function voiceOf(input: TerminationLetterInput, facts: LetterFacts, contractWords: string, plural: boolean): Voice {
  const we = senderWe(input.sender);
  const subscriberName = subscriberDisplayName(input.subscriber);
  const subscribed = `souscrit${plural ? 's' : ''} auprès de votre compagnie`;
  switch (input.reason) {
    case 'deces': {
      // The subscriber has died: the letter is the heir's, sent under the heir's mandate.
      const heir = requiredFact(facts.heirName, 'facts.heirName');
      const capacity = requiredFact(facts.heirCapacity, 'facts.heirCapacity');
      const died = requiredDate(facts.eventDate, 'facts.eventDate');
      return {
        opening:
          `${we} agissant au nom et pour le compte de ${heir}, en sa qualité de ${capacity}, et en vertu du mandat qui nous a été confié par ${heir}, ` +
          `nous vous informons du décès de ${subscriberName}, titulaire ${contractWords}, survenu le ${died}, et vous notifions la résiliation de ${plural ? 'ces contrats' : 'ce contrat'}.`,
        signedFor: `pour le compte de ${heir}`,
        mandator: heir,
      };
    }
    case 'loi-hamon':
      if (facts.compulsoryCover) {
        // Compulsory cover: the new insurer carries out the termination for the subscriber; the sender only transmits.
        const newInsurer = requiredFact(facts.newInsurerName, 'facts.newInsurerName');
        return {
          opening:
            `${we} transmettons la présente pour le compte de ${newInsurer}, nouvel assureur de ${subscriberDescription(input.subscriber)}. ` +
            `Agissant pour le compte de son assuré, ${newInsurer} vous notifie la résiliation ${contractWords} ${subscribed}.`,
          signedFor: `pour le compte de ${newInsurer}, agissant pour ${subscriberName}`,
          mandator: subscriberName,
        };
      }
      break;
    case 'vente-bien':
      return {
        opening:
          `${we} agissant au nom et pour le compte de ${subscriberDescription(input.subscriber)}, et en vertu du mandat qui nous a été confié, ` +
          `nous vous notifions par la présente la vente du bien assuré au titre ${contractWords}, intervenue le ${saleDate(facts)}.`,
        signedFor: `pour le compte de ${subscriberName}`,
        mandator: subscriberName,
      };
  }
  return {
    opening:
      `${we} agissant au nom et pour le compte de ${subscriberDescription(input.subscriber)}, et en vertu du mandat qui nous a été confié, ` +
      `nous vous notifions par la présente la résiliation ${contractWords} ${subscribed}.`,
    signedFor: `pour le compte de ${subscriberName}`,
    mandator: subscriberName,
  };
}
