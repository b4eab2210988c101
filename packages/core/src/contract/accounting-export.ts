import * as z from 'zod/mini';
import { Cents, IsoDateSchema } from './common.js';

/** `GET /v1/accounting-export`: the letters dispatched in a period (both days included, Paris dates). */
export const AccountingExportParams = z
  .object({
    from: IsoDateSchema,
    to: IsoDateSchema,
  })
  .check(z.refine((params) => params.from <= params.to, { error: 'The period ends before it starts', path: ['to'] }));
export type AccountingExportParams = z.infer<typeof AccountingExportParams>;

/**
 * The accounting export: one CSV line per letter dispatched in the period (dispatch date, service, letter, recipient,
 * references, price excl. VAT, VAT, price incl. VAT), French format (`;` separator, decimal comma, UTF-8), with its totals.
 * It is the export to download before closing the account.
 */
export const AccountingExport = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  filename: z.string(),
  /** The CSV text (header line first). */
  csv: z.string(),
  lineCount: z.int().check(z.minimum(0)),
  totalExclVat: Cents,
  totalVat: Cents,
  totalInclVat: Cents,
});
export type AccountingExport = z.infer<typeof AccountingExport>;
