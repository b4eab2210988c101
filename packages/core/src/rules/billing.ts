import { addMonthsLegal } from './calendar.js';
import { assertInteger, assertIsoDate, type IsoDate } from './iso-date.js';
import { RuleInputError } from './rule-input-error.js';

/** An amount of euros in integer cents (no floats anywhere near money). */
export type Cents = number;

/** French standard VAT rate, in basis points (20 %). */
export const VAT_RATE_BASIS_POINTS = 2000;

/** Smallest card top-up: 10 €. */
export const TOP_UP_MIN: Cents = 1_000;

/** Largest card top-up: 10,000 €. */
export const TOP_UP_MAX: Cents = 1_000_000;

/** Handling fee withheld when a closed account's credit is refunded: 25 € excl. VAT. */
export const CLOSURE_FEE_EXCL_VAT: Cents = 2500;

/**
 * VAT on an amount excluding VAT, rounded half up to the cent.
 *
 * Rounding decision: VAT is computed **per line** (per letter) and the lines are added up, so an
 * invoice's total incl. VAT equals exactly the sum of what the credit was debited for each letter.
 *
 * @throws {RuleInputError} when `amountExclVat` is not a non-negative integer number of cents
 * @example
 * vatOf(1490) //=> 298
 * vatOf(1) //=> 0
 * vatOf(3) //=> 1 (0.6 → 1)
 */
export function vatOf(amountExclVat: Cents): Cents {
  assertCents(amountExclVat, 'amountExclVat');
  // Integer half-up: (x * 2000 + 5000) / 10000, floored.
  return Math.floor((amountExclVat * VAT_RATE_BASIS_POINTS + 5_000) / 10_000);
}

/**
 * An amount excluding VAT plus its VAT: what a send debits from the credit.
 *
 * @example
 * withVat(1490) //=> 1788
 */
export function withVat(amountExclVat: Cents): Cents {
  return amountExclVat + vatOf(amountExclVat);
}

/**
 * Whether the credit covers a price (the price incl. VAT): balance ≥ price.
 *
 * @example
 * hasSufficientCredit(1788, 1788) //=> true
 * hasSufficientCredit(1787, 1788) //=> false
 */
export function hasSufficientCredit(balance: Cents, price: Cents): boolean {
  assertInteger(balance, 'balance');
  assertCents(price, 'price');
  return balance >= price;
}

/** A billed letter, as an invoice line. */
export interface BillableLetter {
  id: string;
  /** The Paris day it actually left (not the day it was validated). */
  dispatchDate: IsoDate;
  /** Price excluding VAT. */
  priceExclVat: Cents;
}

/** One invoice line. */
export interface InvoiceLine extends BillableLetter {
  vat: Cents;
  priceInclVat: Cents;
}

/** A monthly consumption invoice. */
export interface MonthlyInvoice {
  /** The month invoiced, `YYYY-MM`. */
  month: string;
  /** The 1st of the next month: when the invoice is issued. */
  issueDate: IsoDate;
  lines: InvoiceLine[];
  totalExclVat: Cents;
  totalVat: Cents;
  totalInclVat: Cents;
}

/**
 * The month (`YYYY-MM`) a letter is invoiced in: its actual dispatch month. A letter validated on
 * 1 September for 31 December appears on the invoice issued in January.
 *
 * @example
 * invoiceMonthOf('2026-12-31') //=> '2026-12'
 */
export function invoiceMonthOf(dispatchDate: IsoDate): string {
  return assertIsoDate(dispatchDate, 'dispatchDate').slice(0, 7);
}

/**
 * The issue date of a month's invoice: the 1st of the following month.
 *
 * @example
 * invoiceIssueDate('2026-12') //=> '2027-01-01'
 */
export function invoiceIssueDate(month: string): IsoDate {
  return addMonthsLegal(assertIsoDate(`${month}-01`, 'month'), 1);
}

/**
 * Groups billed letters into monthly invoices by dispatch month, oldest first. A month without letters
 * has no invoice. Lines keep the order of their dispatch date (then id).
 *
 * @example
 * monthlyInvoices([{ id: 'L1', dispatchDate: '2026-12-31', priceExclVat: 1490 }])
 * //=> [{ month: '2026-12', issueDate: '2027-01-01', totalExclVat: 1490, totalVat: 298, totalInclVat: 1788, lines: [ … ] }]
 */
export function monthlyInvoices(letters: readonly BillableLetter[]): MonthlyInvoice[] {
  const byMonth = new Map<string, InvoiceLine[]>();
  for (const letter of letters) {
    const month = invoiceMonthOf(letter.dispatchDate);
    const vat = vatOf(letter.priceExclVat);
    const line: InvoiceLine = { ...letter, vat, priceInclVat: letter.priceExclVat + vat };
    byMonth.set(month, [...(byMonth.get(month) ?? []), line]);
  }
  return [...byMonth.keys()].sort().map((month) => {
    const lines = (byMonth.get(month) ?? []).sort((a, b) =>
      a.dispatchDate === b.dispatchDate ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.dispatchDate < b.dispatchDate ? -1 : 1,
    );
    const totalExclVat = lines.reduce((sum, line) => sum + line.priceExclVat, 0);
    const totalVat = lines.reduce((sum, line) => sum + line.vat, 0);
    return { month, issueDate: invoiceIssueDate(month), lines, totalExclVat, totalVat, totalInclVat: totalExclVat + totalVat };
  });
}

/**
 * What is refunded when an account is closed: the positive credit minus the 25 € excl. VAT handling
 * fee (30 € incl. VAT), never below zero.
 *
 * @example
 * closureRefund(10_000) //=> 7000
 * closureRefund(2_000) //=> 0
 */
export function closureRefund(balance: Cents): Cents {
  assertInteger(balance, 'balance');
  return Math.max(0, balance - withVat(CLOSURE_FEE_EXCL_VAT));
}

function assertCents(value: unknown, argument: string): void {
  assertInteger(value, argument);
  if ((value as number) < 0) throw new RuleInputError(argument, value, 'expected a non-negative amount in cents');
}

/**
 * Whether the credit covers a send, and how much to top up first when it does not.
 *
 * @param balance - the account's balance in cents (may be negative)
 * @param price - the send's price incl. VAT, in cents
 * @returns `{ sufficient, missing }`, `missing` 0 when sufficient
 * @throws {RuleInputError} when an amount is not an integer (or the price negative)
 * @example
 * creditCheck(1000, 1788) //=> { sufficient: false, missing: 788 }
 * creditCheck(2000, 1788) //=> { sufficient: true, missing: 0 }
 */
export function creditCheck(balance: Cents, price: Cents): { sufficient: boolean; missing: Cents } {
  const sufficient = hasSufficientCredit(balance, price);
  return { sufficient, missing: sufficient ? 0 : price - balance };
}
