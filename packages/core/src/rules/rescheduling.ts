import { canReschedule, type LetterStatus } from './letter-lifecycle.js';
import type { PostalProduct } from './postal-products.js';
import { reasonTiming, type ReasonCode } from './reason-rules.js';
import { RuleInputError } from './rule-input-error.js';

/** The price-list item a send is charged at: LRE with or without AR, or the paper product. */
export type PriceItem = 'lre' | 'lre-ar' | PostalProduct;

/**
 * The price-list item of a send: `lre-ar` / `lre` by acknowledgement of receipt, or the paper product.
 * Borrower-insurance letters always go with AR.
 *
 * @example
 * priceItemOf({ channel: 'lre', withAcknowledgement: false }) //=> 'lre'
 * priceItemOf({ channel: 'lre', withAcknowledgement: false, service: 'borrower-insurance' }) //=> 'lre-ar'
 * priceItemOf({ channel: 'paper', product: 'ecopli' }) //=> 'ecopli'
 */
export function priceItemOf(send: {
  channel: 'lre' | 'paper';
  withAcknowledgement?: boolean;
  product?: PostalProduct | null;
  service?: 'termination' | 'borrower-insurance' | 'paper-mail';
}): PriceItem {
  if (send.channel === 'paper') {
    if (send.product) return send.product;
    // Borrower-insurance letters to a bank by paper are registered with AR.
    return 'recommande-ar';
  }
  if (send.channel !== 'lre') throw new RuleInputError('channel', send.channel, "expected 'lre' or 'paper'");
  return send.service === 'borrower-insurance' || send.withAcknowledgement ? 'lre-ar' : 'lre';
}

/** The letter {@link rescheduleOptions} looks at. */
export interface ReschedulableLetter {
  status: LetterStatus;
  service: 'termination' | 'borrower-insurance' | 'paper-mail';
  reason?: ReasonCode | null;
}

/** What a reschedule may choose. */
export type RescheduleOptions =
  | { allowed: false }
  | {
      allowed: true;
      /** Hamon / RIA: the user picks a new contract start (`newContractStart`), the send date follows. */
      dateMode: 'switch-start' | 'send-date';
      /** Send now or on a day: both may be chosen again. */
      sendModes: readonly ('now' | 'scheduled')[];
      /** Whether with / without AR may be chosen again (termination letters only; borrower insurance is always with AR). */
      acknowledgementChoosable: boolean;
      /** The reschedule is debited again at the price of the send as chosen ({@link priceItemOf}). */
      charged: true;
    };

/**
 * What rescheduling a letter allows: only a cancelled letter (refunded on cancel) can be rescheduled; its content
 * stays locked, but the send mode (now / scheduled) and — for termination letters — with / without AR may be chosen
 * again, and it is debited again at that send's price. A cancelled Hamon / RIA letter is rescheduled by choosing a new
 * contract start.
 *
 * @example
 * rescheduleOptions({ status: 'cancelled', service: 'termination', reason: 'loi-hamon' })
 * //=> { allowed: true, dateMode: 'switch-start', sendModes: ['now', 'scheduled'], acknowledgementChoosable: true, charged: true }
 * rescheduleOptions({ status: 'sent', service: 'termination', reason: 'echeance' }) //=> { allowed: false }
 */
export function rescheduleOptions(letter: ReschedulableLetter): RescheduleOptions {
  if (!canReschedule(letter.status)) return { allowed: false };
  const isSwitch = letter.service === 'termination' && !!letter.reason && reasonTiming(letter.reason).noticeRule === 'switch';
  return {
    allowed: true,
    dateMode: isSwitch ? 'switch-start' : 'send-date',
    sendModes: ['now', 'scheduled'],
    acknowledgementChoosable: letter.service === 'termination',
    charged: true,
  };
}
