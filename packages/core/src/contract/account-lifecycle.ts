import * as z from 'zod/mini';
import { Cents, Timestamp } from './common.js';

/** `POST /v1/account/closure`: the account is closed; its positive credit is refunded minus the handling fee. */
export const AccountClosure = z.object({
  closedAt: Timestamp,
  /** Credit before closing, cents incl. VAT. */
  balanceBefore: z.int(),
  /** Handling fee withheld, cents incl. VAT (25 € excl. VAT, at most the credit). */
  fee: Cents,
  /** Refunded to the customer, cents incl. VAT (never negative). */
  refund: Cents,
});
export type AccountClosure = z.infer<typeof AccountClosure>;

/** `POST /v1/account/api-keys/rotate`: a new API key, shown once; the previous key stops working at once. */
export const ApiKeyRotation = z.object({
  apiKey: z.string(),
  previousKeyRevokedAt: Timestamp,
});
export type ApiKeyRotation = z.infer<typeof ApiKeyRotation>;

/** `DELETE /v1/sessions[/{sessionToken}]`: how many session tokens stopped working. */
export const SessionRevocation = z.object({
  revoked: z.int().check(z.minimum(0)),
});
export type SessionRevocation = z.infer<typeof SessionRevocation>;
