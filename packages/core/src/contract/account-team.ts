import * as z from 'zod/mini';
import { Id } from './common.js';

/**
 * `POST /v1/account/profiles/{profileId}/reassign-letters`: hand the letters assigned to a profile to another
 * (active) profile — all of them, or only the ones listed (a row action of the letter history).
 */
export const LetterReassignParams = z.object({
  toProfileId: Id,
  /** Only these letters (each must be assigned to the source profile); all of them when absent. */
  letterIds: z.optional(z.array(Id).check(z.minLength(1), z.maxLength(500))),
});
export type LetterReassignParams = z.infer<typeof LetterReassignParams>;

/** How many letters changed hands. */
export const LetterReassignment = z.object({
  fromProfileId: Id,
  toProfileId: Id,
  reassigned: z.int().check(z.minimum(0)),
});
export type LetterReassignment = z.infer<typeof LetterReassignment>;
