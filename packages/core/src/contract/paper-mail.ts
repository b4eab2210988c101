import * as z from 'zod/mini';
import { Id, IsoDateSchema, PostalAddress, Price, ShortText } from './common.js';
import { PostalProduct } from './letters.js';

/** `POST /v1/paper-mail`: a paper letter from the user's own PDF. */
export const PaperMailCreateParams = z.object({
  assigneeId: z.optional(z.nullable(Id)),
  product: PostalProduct,
  addressee: z.object({ name: ShortText, address: PostalAddress }),
  document: z.object({
    filename: ShortText,
    /** The PDF, base64-encoded, ≤ 10 MB. */
    contentBase64: z.string().check(z.minLength(8), z.maxLength(14_000_000)),
  }),
});
export type PaperMailCreateParams = z.infer<typeof PaperMailCreateParams>;

/** `PATCH /v1/paper-mail/{id}`: autosave of a paper draft; only what is given changes. */
export const PaperMailUpdateParams = z.object({
  product: z.optional(PostalProduct),
  addressee: z.optional(z.object({ name: ShortText, address: PostalAddress })),
  document: z.optional(
    z.object({
      filename: ShortText,
      /** The PDF, base64-encoded, ≤ 10 MB. */
      contentBase64: z.string().check(z.minLength(8), z.maxLength(14_000_000)),
    }),
  ),
});
export type PaperMailUpdateParams = z.infer<typeof PaperMailUpdateParams>;

/** `POST /v1/paper-mail/{id}/send`. */
export const PaperMailSendParams = z.object({
  mode: z.enum(['now', 'scheduled']),
  /** A working day. */
  scheduledDate: z.optional(IsoDateSchema),
});
export type PaperMailSendParams = z.infer<typeof PaperMailSendParams>;

/** `POST /v1/paper-mail/{id}/investigation`: ask JRMC to claim with La Poste (in transit > 15 days). */
export const InvestigationParams = z.object({
  message: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
});
export type InvestigationParams = z.infer<typeof InvestigationParams>;

/** `GET /v1/paper-mail/prices`: what each La Poste product costs this account, cheapest first. */
export const PaperMailPrices = z.object({
  data: z.array(z.object({ product: PostalProduct, price: Price })),
});
export type PaperMailPrices = z.infer<typeof PaperMailPrices>;
