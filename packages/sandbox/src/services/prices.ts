import { withVat, vatOf, type PostalProduct } from '@jrmc/core';
import type { Price } from '@jrmc/core/contract';

/** What each kind of send costs, in cents excluding VAT. */
export interface PriceList {
  /** Electronic registered letter without acknowledgement of receipt. */
  lre: number;
  /** Electronic registered letter with acknowledgement of receipt. */
  'lre-ar': number;
  ecopli: number;
  'lettre-verte': number;
  'lettre-suivie': number;
  recommande: number;
  'recommande-ar': number;
}

/** Illustrative sandbox prices (excl. VAT); pass your own with `createSandbox({ prices })`. */
export const DEFAULT_PRICES: Readonly<PriceList> = Object.freeze({
  lre: 690,
  'lre-ar': 890,
  ecopli: 240,
  'lettre-verte': 290,
  'lettre-suivie': 390,
  recommande: 690,
  'recommande-ar': 890,
});

/** The price of a send, split as the contract shows it. */
export function priceOf(prices: PriceList, item: keyof PriceList | PostalProduct): Price {
  const exclVat = prices[item];
  return { exclVat, vat: vatOf(exclVat), inclVat: withVat(exclVat) };
}
