import * as z from 'zod/mini';
import { Cents, Id, IsoDateSchema, Timestamp } from './common.js';
import { LetterService } from './letters.js';

/** A line of a monthly invoice: one letter, by its actual dispatch month. */
export const InvoiceLine = z.object({
  letterId: Id,
  service: LetterService,
  description: z.string(),
  dispatchDate: IsoDateSchema,
  priceExclVat: Cents,
  vat: Cents,
  priceInclVat: Cents,
});
export type InvoiceLine = z.infer<typeof InvoiceLine>;

/** A monthly consumption invoice, issued on the 1st for the previous month; already paid by the credit. */
export const Invoice = z.object({
  id: Id,
  number: z.string(),
  /** `YYYY-MM`. */
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  issueDate: IsoDateSchema,
  lines: z.array(InvoiceLine),
  totalExclVat: Cents,
  vatRate: z.literal('20%'),
  totalVat: Cents,
  totalInclVat: Cents,
  createdAt: Timestamp,
  downloadPath: z.string(),
});
export type Invoice = z.infer<typeof Invoice>;
