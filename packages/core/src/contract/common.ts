import * as z from 'zod/mini';
import { isValidFrenchPostcode } from '../rules/identifiers.js';
import { LOCALES } from '../rules/locales.js';

/** A calendar day in Europe/Paris, `YYYY-MM-DD` (real days only: `2026-02-30` is refused). */
export const IsoDateSchema = z.iso.date();

/** An instant on the wire: ISO-8601 with an offset (`2026-11-29T19:05:00Z`). */
export const Timestamp = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof Timestamp>;

/** A non-negative amount of euros in integer cents. */
export const Cents = z.int().check(z.minimum(0));

/** A signed amount in integer cents (a balance). */
export const SignedCents = z.int();

/** An opaque resource identifier (`let_…`, `acc_…`). */
export const Id = z.string().check(z.minLength(1), z.maxLength(64));

/** A short single-line text a user typed (a name, a street). */
export const ShortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/** A price split into excl. VAT, VAT and incl. VAT, all in cents. */
export const Price = z.object({ exclVat: Cents, vat: Cents, inclVat: Cents });
export type Price = z.infer<typeof Price>;

/** A French postal address (5-digit postcode). */
export const PostalAddress = z.object({
  line1: ShortText,
  line2: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  postcode: z.string().check(z.refine(isValidFrenchPostcode, { error: 'Expected a French postcode (5 digits)' })),
  city: ShortText,
  country: z.optional(z.nullable(z.string().check(z.maxLength(60)))),
});
export type PostalAddress = z.infer<typeof PostalAddress>;

/**
 * An integer query parameter: a number for the client, a string on the wire that the server coerces.
 */
export function queryInt(min: number, max: number) {
  return z.pipe(z.coerce.number(), z.int().check(z.minimum(min), z.maximum(max)));
}

/** A boolean query parameter: `true`/`false` for the client, `"true"`/`"false"` on the wire. */
export const QueryBoolean = z.union([z.boolean(), z.stringbool()]);

/** Query parameters of every paginated list. */
export const PageParams = z.object({
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor: z.optional(z.string()),
  /** Page size, 1–100 (default 20). */
  limit: z.optional(queryInt(1, 100)),
});
export type PageParams = z.infer<typeof PageParams>;

/**
 * A page of a cursor-paginated list: `nextCursor` is `null` on the last page.
 *
 * @example
 * const LetterPage = pageOf(LetterSummary);
 */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.nullable(z.string()) });
}

/** A page as the client returns it. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** How a letter leaves: right away (irreversible) or on a chosen day (cancellable until the eve). */
export const SendMode = z.enum(['now', 'scheduled']);
export type SendMode = z.infer<typeof SendMode>;

/** The languages of the kit. */
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;
