import { RuleInputError } from './rule-input-error.js';

// How each termination reason is timed, apart from its wording: the date rules, the contract and the components
// that only ask "is this a Hamon/RIA switch?" import this small table, not the catalogue's labels and legal bases
// (reasons.ts), which only the screens and letters that show them pay for.

/** Every termination reason code, in display order (the contract builds its `ReasonCode` enum from this). */
export const REASON_CODES = [
  'echeance',
  'loi-hamon',
  'ria-sante',
  'loi-chatel',
  'changement-situation',
  'vente-vehicule',
  'vente-bien',
  'deces',
  'diminution-risque',
  'custom',
] as const;

/** Code of a termination reason (motif de résiliation). */
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * Which notice rule governs a reason, i.e. how its dates are chosen and computed:
 * - `renewal`: sent at least 2 months before the renewal date (the user gives the renewal date);
 * - `switch`: Hamon / RIA — the user gives the new contract's start date and the send date is computed;
 * - `chatel`: within 20 days of a late renewal notice, effective the day after sending;
 * - `situation-change`: within 3 months of the event, effective 1 month after notification;
 * - `transfer`: sale or transfer, effective 10 days after notification;
 * - `risk-reduction`: premium reduction refused, effective 30 days after notification;
 * - `free`: no statutory notice (death, custom reason): the letter states what the user chose.
 */
export type NoticeRule = 'renewal' | 'switch' | 'chatel' | 'situation-change' | 'transfer' | 'risk-reduction' | 'free';

/** Which date the user picks for a reason: the new contract's start, the renewal date, or simply the send date. */
export type ReasonDateMode = 'switch-start' | 'renewal' | 'send-date';

/** How a reason is timed: its notice rule and the date the user picks. */
export interface ReasonTiming {
  noticeRule: NoticeRule;
  dateMode: ReasonDateMode;
}

// A plain literal (no call at module level): a bundle that does not use it drops it.
const TIMINGS: { readonly [code in ReasonCode]: Readonly<ReasonTiming> } = {
  echeance: { noticeRule: 'renewal', dateMode: 'renewal' },
  'loi-hamon': { noticeRule: 'switch', dateMode: 'switch-start' },
  'ria-sante': { noticeRule: 'switch', dateMode: 'switch-start' },
  'loi-chatel': { noticeRule: 'chatel', dateMode: 'send-date' },
  'changement-situation': { noticeRule: 'situation-change', dateMode: 'send-date' },
  'vente-vehicule': { noticeRule: 'transfer', dateMode: 'send-date' },
  'vente-bien': { noticeRule: 'transfer', dateMode: 'send-date' },
  deces: { noticeRule: 'free', dateMode: 'send-date' },
  'diminution-risque': { noticeRule: 'risk-reduction', dateMode: 'send-date' },
  custom: { noticeRule: 'free', dateMode: 'send-date' },
};

/**
 * Whether `value` is a known reason code.
 *
 * @example
 * isReasonCode('loi-hamon') //=> true
 * isReasonCode('toString') //=> false
 */
export function isReasonCode(value: unknown): value is ReasonCode {
  return (REASON_CODES as readonly unknown[]).includes(value);
}

/**
 * How a reason is timed: its notice rule and which date the user picks.
 *
 * @throws {RuleInputError} when `code` is not a known reason
 * @example
 * reasonTiming('loi-hamon') //=> { noticeRule: 'switch', dateMode: 'switch-start' }
 * reasonTiming('echeance').dateMode //=> 'renewal'
 */
export function reasonTiming(code: ReasonCode): Readonly<ReasonTiming> {
  // Looked up in the table itself (not through REASON_CODES), so a bundle that only needs timings skips the list.
  if (!Object.hasOwn(TIMINGS, code)) throw new RuleInputError('code', code, 'unknown termination reason');
  return TIMINGS[code];
}
