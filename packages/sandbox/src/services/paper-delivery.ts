import { isTrackedProduct, paperDeliveryDate, postalProduct, type IsoDate, type PostalProduct } from '@jrmc/core';
import type { LetterRecord } from './records.js';

/** The La Poste product a letter leaves with on paper: its own for paper mail, AR for a termination posted on paper. */
export function paperProductOf(letter: LetterRecord): PostalProduct {
  return letter.service === 'paper-mail' ? letter.product : 'recommande-ar';
}

/** The expected delivery day, on the recipient's calendar (57, 67, 68 keep the Alsace-Moselle holidays). */
export function expectedPaperDelivery(letter: LetterRecord, depositDate: IsoDate): IsoDate {
  const postcode = letter.recipient?.address.postcode;
  return paperDeliveryDate(depositDate, paperProductOf(letter), postcode ? { recipientPostcode: postcode } : {});
}

/** Whether La Poste follows this letter (in transit, delivered, returned): écopli and lettre verte are never followed. */
export function isFollowedOnPaper(letter: LetterRecord): boolean {
  return isTrackedProduct(paperProductOf(letter));
}

/** Whether the letter's product comes with a deposit proof (recommandé only). */
export function hasProofOfSending(letter: LetterRecord): boolean {
  return letter.channel !== 'paper' || postalProduct(paperProductOf(letter)).proofOfSending;
}
