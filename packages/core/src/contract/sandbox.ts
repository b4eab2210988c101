import * as z from 'zod/mini';
import { Timestamp } from './common.js';

/** `POST /v1/sandbox/clock` (sandbox only): move time forward, to an instant or by a duration. */
export const ClockAdvanceParams = z.object({
  /** Advance to this instant (must not be in the sandbox's past). */
  to: z.optional(Timestamp),
  /** Or advance by this many seconds. */
  seconds: z.optional(z.int().check(z.minimum(1))),
  /** Or by this many days. */
  days: z.optional(z.int().check(z.minimum(1))),
});
export type ClockAdvanceParams = z.infer<typeof ClockAdvanceParams>;

/** The sandbox clock, and what ran while it moved. */
export const ClockState = z.object({
  now: Timestamp,
  /** Number of scheduled happenings (dispatches, pick-ups, invoices, purges…) run by this advance. */
  ran: z.int(),
});
export type ClockState = z.infer<typeof ClockState>;
