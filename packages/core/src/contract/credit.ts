import * as z from 'zod/mini';
import { TOP_UP_MAX, TOP_UP_MIN } from '../rules/billing.js';
import { Cents, Id, SignedCents, Timestamp } from './common.js';

/** The prepaid credit (incl. VAT; never expires). */
export const Credit = z.object({
  balance: SignedCents,
  currency: z.literal('EUR'),
});
export type Credit = z.infer<typeof Credit>;

/**
 * `POST /v1/credit/top-ups`: credit the account by card. The card is tokenized by the payment page;
 * in the sandbox, test tokens decide the outcome (`tok_visa` succeeds, `tok_card_declined` fails).
 */
export const TopUpParams = z.object({
  amount: Cents.check(z.minimum(TOP_UP_MIN), z.maximum(TOP_UP_MAX)),
  paymentToken: z.string().check(z.minLength(1), z.maxLength(100)),
});
export type TopUpParams = z.infer<typeof TopUpParams>;

/** A receipt, issued for every top-up. */
export const Receipt = z.object({
  id: Id,
  number: z.string(),
  amount: Cents,
  issuedAt: Timestamp,
  topUpId: Id,
  downloadPath: z.string(),
});
export type Receipt = z.infer<typeof Receipt>;

/** A successful top-up. */
export const TopUp = z.object({
  id: Id,
  amount: Cents,
  createdAt: Timestamp,
  receipt: Receipt,
  /** The balance after the top-up. */
  balance: SignedCents,
});
export type TopUp = z.infer<typeof TopUp>;
