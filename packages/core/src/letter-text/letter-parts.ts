import type { PostalAddress } from '../contract/common.js';
import type { TerminationFacts } from '../contract/letters.js';
import type { AttachmentKind } from '../rules/attachments.js';
import { assertIsoDate, type IsoDate } from '../rules/iso-date.js';
import { RuleInputError } from '../rules/rule-input-error.js';
import { formatFrenchDate } from './french-date.js';

export type { PostalAddress };

/** Who sends the letter: the broker, insurer or mutual acting under mandate. */
export interface LetterSender {
  name: string;
  /** ORIAS registration number, for intermediaries. */
  oriasNumber?: string | null | undefined;
  address: PostalAddress;
}

/** The contract holder (for a death: the deceased). */
export type LetterSubscriber =
  | { kind: 'person'; civility: 'M.' | 'Mme'; firstName: string; lastName: string; address: PostalAddress }
  | { kind: 'company'; companyName: string; siret: string; address: PostalAddress };

/** The insurer or bank the letter goes to. */
export interface LetterRecipient {
  name: string;
  address: PostalAddress;
}

/** A file actually attached to the letter: only these are announced. */
export interface LetterAttachment {
  kind: AttachmentKind;
  fileName: string;
}

/** The facts a letter may state (the letter's `TerminationFacts`) plus a custom reason's wording. */
export type LetterFacts = Partial<TerminationFacts> & {
  /** Custom reason: the user's own wording, as typed. */
  customReasonText?: string | null | undefined;
};

export const SALUTATION = 'Madame, Monsieur,';
export const CLOSING = 'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.';

/** @internal The attachments to announce: the given list, or — deprecated `withMandate` — an unnamed mandate. */
export function attachedFiles(attachments: readonly LetterAttachment[] | undefined, withMandate: boolean | undefined): readonly LetterAttachment[] {
  if (attachments !== undefined) return attachments;
  return withMandate ? [{ kind: 'client-mandate', fileName: '' }] : [];
}

/** @internal "Pièce jointe : …" lines, one per attached file. */
export function attachmentLines(files: readonly LetterAttachment[], mandateSignedBy: string): string[] {
  return files.map((file) => {
    const what =
      file.kind === 'client-mandate'
        ? `mandat signé par ${mandateSignedBy}`
        : file.kind === 'new-contract-conditions'
          ? 'conditions générales et particulières du nouveau contrat'
          : 'accord du prêteur sur la substitution d’assurance emprunteur';
    return `Pièce jointe : ${what}${file.fileName.trim() ? ` (${file.fileName.trim()})` : ''}`;
  });
}

/** @internal */
export function has(files: readonly LetterAttachment[], kind: AttachmentKind): boolean {
  return files.some((file) => file.kind === kind);
}

/** @internal A fact the wording needs: trimmed, or a {@link RuleInputError} naming it. */
export function requiredFact<T>(value: T | null | undefined, argument: string): T {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    throw new RuleInputError(argument, value, 'required for this reason');
  }
  return typeof value === 'string' ? (value.trim() as T) : value;
}

/** @internal A date fact the wording needs, in French ("1er mars 2027"). */
export function requiredDate(value: IsoDate | null | undefined, argument: string): string {
  return formatFrenchDate(assertIsoDate(requiredFact(value, argument), argument));
}

/** @internal */
export function senderLines(sender: LetterSender): string[] {
  return [sender.name, ...(sender.oriasNumber ? [`N° ORIAS : ${sender.oriasNumber}`] : []), ...addressLines(sender.address)];
}

/** @internal "Nous, Cabinet X (ORIAS n° …)," */
export function senderWe(sender: LetterSender): string {
  return `Nous, ${sender.name}${sender.oriasNumber ? ` (ORIAS n° ${sender.oriasNumber})` : ''},`;
}

/** @internal */
export function placeAndDate(place: string | null | undefined, sender: LetterSender, sendDate: IsoDate): string {
  return `Fait à ${(place ?? '').trim() || sender.address.city}, le ${formatFrenchDate(sendDate)}`;
}

/** @internal The subscriber with address, as the body describes them. */
export function subscriberDescription(subscriber: LetterSubscriber): string {
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

/**
 * The lines of a postal address as printed (country only when not France).
 *
 * @example
 * addressLines({ line1: '1 rue de la Paix', postcode: '75002', city: 'Paris' }) //=> ['1 rue de la Paix', '75002 Paris']
 */
export function addressLines(address: PostalAddress): string[] {
  return [
    address.line1,
    ...(address.line2 ? [address.line2] : []),
    `${address.postcode} ${address.city}`,
    ...(address.country && address.country.toUpperCase() !== 'FRANCE' ? [address.country] : []),
  ];
}
