import { addDays, lreAvailabilityEnd, parisDate, parisTimeToInstant, postalProduct, type IsoDate, type LetterStatus } from '@jrmc/core';
import { expectedPaperDelivery, isFollowedOnPaper, paperProductOf } from './paper-delivery.js';
import type { LetterRecord, PlannedStep } from './records.js';

/**
 * Magic values, like a payment provider's test cards: put one in a contract number (termination),
 * a loan reference (borrower insurance) or the addressee's name (paper) to force an outcome.
 * Matching ignores case. Without one, the recipient collects 2 days after deposit at 10:00 Paris.
 */
export const SANDBOX_MAGIC = Object.freeze({
  /** LRE: the recipient refuses the letter the day after deposit. */
  refuse: 'SANDBOX-REFUSE',
  /** LRE: nobody collects it; it expires when the 15-day availability ends (expiry notice issued). */
  expire: 'SANDBOX-EXPIRE',
  /** LRE or paper: collected / delivered after N days (1–15), e.g. `SANDBOX-J7`. */
  afterDays: 'SANDBOX-J<n>',
  /** Paper: returned to sender two days after the expected delivery. */
  returned: 'SANDBOX-RETOUR',
  /** Paper: stays "en cours d'acheminement" forever (to open an investigation after 15 days). */
  lost: 'SANDBOX-PERDU',
  /** Paper: the tracking stops at "en cours d'acheminement"; an investigation finds it was delivered. */
  trackingFrozen: 'SANDBOX-SUIVI-FIGE',
  /** Paper: the tracking stops at "en cours d'acheminement"; an investigation finds it was returned to sender. */
  returnFound: 'SANDBOX-RETOUR-TROUVE',
});

const DEFAULT_DELAY_DAYS = 2;
const ACTION_TIME = '10:00';

/** What will happen to a letter deposited at `depositAt`, from its magic value or the default behaviour. */
export function planDelivery(letter: LetterRecord, depositAt: Date): PlannedStep[] {
  const magic = magicTextOf(letter).toUpperCase();
  const depositDate = parisDate(depositAt);
  const at = (date: IsoDate, time = ACTION_TIME) => parisTimeToInstant(date, time).toISOString();
  const days = /SANDBOX-J(\d{1,2})\b/.exec(magic);
  const delay = days ? Math.min(15, Math.max(1, Number(days[1]))) : DEFAULT_DELAY_DAYS;
  const step = (date: IsoDate, status: LetterStatus, time?: string): PlannedStep => ({ at: at(date, time), status });

  if (letter.channel === 'lre') {
    if (magic.includes(SANDBOX_MAGIC.refuse)) return [step(addDays(depositDate, 1), 'refused')];
    if (magic.includes(SANDBOX_MAGIC.expire)) return [step(addDays(lreAvailabilityEnd(depositDate), 1), 'expired', '00:00')];
    return [step(addDays(depositDate, delay), letter.withAcknowledgement ? 'signed' : 'picked_up')];
  }

  // Écopli and lettre verte are not followed by La Poste: they stay `sent`, with an estimated delivery only.
  if (!isFollowedOnPaper(letter)) return [];
  const inTransit: PlannedStep = { at: new Date(depositAt.getTime() + 3_600_000).toISOString(), status: 'in_transit' };
  // Checked before `returned`, whose value the `returnFound` one contains.
  if ([SANDBOX_MAGIC.lost, SANDBOX_MAGIC.trackingFrozen, SANDBOX_MAGIC.returnFound].some((value) => magic.includes(value))) return [inTransit];
  const expected = days ? addDays(depositDate, delay) : expectedPaperDelivery(letter, depositDate);
  if (magic.includes(SANDBOX_MAGIC.returned)) return [inTransit, step(addDays(expected, 2), 'returned')];
  const delivered = step(expected, 'delivered', '11:00');
  return postalProduct(paperProductOf(letter)).proofOfReceipt ? [inTransit, delivered, step(expected, 'signed', '11:01')] : [inTransit, delivered];
}

function magicTextOf(letter: LetterRecord): string {
  if (letter.service === 'termination') return letter.contracts.map((contract) => contract.number).join(' ');
  if (letter.service === 'paper-mail') return letter.recipient?.name ?? '';
  return letter.magic ?? '';
}
