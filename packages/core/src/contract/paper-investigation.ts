import * as z from 'zod/mini';
import { INVESTIGATION_OUTCOMES } from '../rules/paper-investigation.js';
import { IsoDateSchema, Timestamp } from './common.js';

/** What La Poste's search concluded: `delivered` (only the tracking lagged), `returned` to the sender, or `lost`. */
export const InvestigationOutcome = z.enum(INVESTIGATION_OUTCOMES);
export type InvestigationOutcome = z.infer<typeof InvestigationOutcome>;

/**
 * The claim JRMC filed with La Poste for a tracked letter in transit more than 15 days: the user's message, the day
 * La Poste answers by, then its answer. `closedAt` and `outcome` are both null while open, both set once closed.
 */
export const PaperInvestigation = z.object({
  openedAt: Timestamp,
  message: z.string(),
  /** La Poste answers by this day (opening day + 21 days). */
  answerBy: IsoDateSchema,
  closedAt: z.nullable(Timestamp),
  outcome: z.nullable(InvestigationOutcome),
});
export type PaperInvestigation = z.infer<typeof PaperInvestigation>;
