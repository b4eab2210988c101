import { VAT_RATE_BASIS_POINTS, type Cents } from './billing.js';
import { assertInteger } from './iso-date.js';
import { RuleInputError } from './rule-input-error.js';

/** An amount including VAT told apart into its base and its VAT (exclVat + vat = inclVat, to the cent). */
export interface VatBreakdown {
  exclVat: Cents;
  vat: Cents;
  inclVat: Cents;
}

/**
 * Splits an amount paid VAT included (a top-up of the prepaid credit) into its amount excluding VAT and its VAT
 * at 20 %, the VAT rounded half up to the cent and the base taking the rest, so the parts add up to what was paid.
 *
 * Consistent with {@link withVat}: splitting the price debited for a letter gives back exactly its price
 * excluding VAT and its {@link vatOf} (the error of rounding the VAT of the base, at most half a cent, is
 * at most 5/12 of a cent once divided back, so it rounds away).
 *
 * @throws {RuleInputError} when `amountInclVat` is not a non-negative integer number of cents
 * @example
 * splitInclVat(5000) //=> { exclVat: 4167, vat: 833, inclVat: 5000 }
 * splitInclVat(1788) //=> { exclVat: 1490, vat: 298, inclVat: 1788 }
 */
export function splitInclVat(amountInclVat: Cents): VatBreakdown {
  assertInteger(amountInclVat, 'amountInclVat');
  if (amountInclVat < 0) throw new RuleInputError('amountInclVat', amountInclVat, 'expected a non-negative amount in cents');
  const divisor = 10_000 + VAT_RATE_BASIS_POINTS;
  // Integer half-up of amount × 20 / 120, no floats near money.
  const vat = Math.floor((amountInclVat * VAT_RATE_BASIS_POINTS * 2 + divisor) / (2 * divisor));
  return { exclVat: amountInclVat - vat, vat, inclVat: amountInclVat };
}
