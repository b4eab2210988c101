import * as z from 'zod/mini';
import { Id, IsoDateSchema, Timestamp } from './common.js';

/** What a help request is about: the "Aide" requests of JRMC's FAQ. Closing the account is `POST /v1/account/closure`. */
export const HelpRequestKind = z.enum(['letter-question', 'investigation', 'training', 'account-details', 'data-deletion']);
export type HelpRequestKind = z.infer<typeof HelpRequestKind>;

/** Where a request stands: received, being handled by JRMC's team, answered (the answer goes to the account's e-mail). */
export const HelpRequestStatus = z.enum(['received', 'in-progress', 'answered']);
export type HelpRequestStatus = z.infer<typeof HelpRequestStatus>;

const NEEDS_LETTER: readonly string[] = ['letter-question', 'investigation'];

/** `POST /v1/help-requests`. A question about a letter and an investigation name the letter; training may name a preferred day. */
export const HelpRequestCreateParams = z
  .object({
    kind: HelpRequestKind,
    message: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)),
    letterId: z.optional(Id),
    preferredDate: z.optional(IsoDateSchema),
  })
  .check(z.refine((params) => !NEEDS_LETTER.includes(params.kind) || !!params.letterId, { error: 'This request is about a letter: name it', path: ['letterId'] }));
export type HelpRequestCreateParams = z.infer<typeof HelpRequestCreateParams>;

/** A help request and its status. */
export const HelpRequest = z.object({
  id: Id,
  kind: HelpRequestKind,
  message: z.string(),
  letterId: z.nullable(Id),
  preferredDate: z.nullable(IsoDateSchema),
  status: HelpRequestStatus,
  createdAt: Timestamp,
  /** When the status last changed. */
  updatedAt: Timestamp,
});
export type HelpRequest = z.infer<typeof HelpRequest>;
