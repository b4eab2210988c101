import * as z from 'zod/mini';
import { Id, PageParams, PostalAddress } from './common.js';

/** Whom JRMC sends to: an insurer (terminations) or a bank (borrower insurance). */
export const RecipientKind = z.enum(['insurer', 'bank']);
export type RecipientKind = z.infer<typeof RecipientKind>;

/** An entry of JRMC's directory: head office or management address agreed with the recipient. */
export const Recipient = z.object({
  id: Id,
  kind: RecipientKind,
  name: z.string(),
  /** Group or brand, to help search ("AXA", "Crédit Agricole"). */
  group: z.nullable(z.string()),
  address: PostalAddress,
  /** Whether the recipient accepts electronic registered letters. */
  acceptsLre: z.boolean(),
});
export type Recipient = z.infer<typeof Recipient>;

/** `GET /v1/directory/recipients`. */
export const RecipientSearchParams = z.extend(PageParams, {
  /** Text search over name and group, accents and case ignored. */
  q: z.optional(z.string().check(z.maxLength(100))),
  kind: z.optional(RecipientKind),
});
export type RecipientSearchParams = z.infer<typeof RecipientSearchParams>;

/** A reason of the catalogue as the API serves it (`GET /v1/reasons`). */
export const ReasonInfo = z.object({
  code: z.string(),
  labelFr: z.string(),
  labelEn: z.string(),
  legalBasis: z.string(),
  legalBasisEn: z.string(),
  noticeRule: z.enum(['renewal', 'switch', 'chatel', 'situation-change', 'transfer', 'risk-reduction', 'free']),
  dateMode: z.enum(['switch-start', 'renewal', 'send-date']),
});
export type ReasonInfo = z.infer<typeof ReasonInfo>;

