import * as z from 'zod/mini';
import { IsoDateSchema } from './common.js';
import { API_ERROR_TYPES } from './error-types.js';

export { API_ERROR_TYPES, ERROR_STATUS } from './error-types.js';

/** Families of API errors; each maps to one HTTP status and one client error class. */
export const ApiErrorType = z.enum(API_ERROR_TYPES);
export type ApiErrorType = z.infer<typeof ApiErrorType>;

/** Codes of business-rule violations (`type: 'rule_violation'`), each explained by `message` and `data`. */
export const RuleCode = z.enum([
  /** The chosen send date is today but today's cut-off has passed, or it is in the past. */
  'cutoff_passed',
  /** Paper leaves only on working days. */
  'not_working_day',
  /** No send date reaches this new contract start (Hamon / RIA); `data.before` and `data.after` are the nearest. */
  'start_unreachable',
  /** The computed send date for this start is already past; `data.earliestStart` is the first still reachable. */
  'start_too_soon',
  /** Borrower insurance: effective date less than 25 days after sending; `data.earliestStart`. */
  'loan_start_too_soon',
  /** Échéance: the renewal notice deadline has passed; `data.deadline`. */
  'renewal_deadline_passed',
  /** Only a scheduled letter, before its eve at 23:59:59 Paris, can be cancelled; `data.deadline`. */
  'not_cancellable',
  /** Only a cancelled letter can be rescheduled. */
  'not_reschedulable',
  /** The letter's content is locked (it has been scheduled or sent). */
  'content_locked',
  /** Only never-billed letters (drafts) go to the trash. */
  'not_trashable',
  /** Contracts differ in subscriber, recipient or reason; `data.differs`. */
  'not_combinable',
  /** Loans with different banks, or contracts with different insurers; `data.differs`. */
  'not_same_institution',
  /** The letter is not complete enough to be quoted or sent; `issues` lists what is missing. */
  'letter_incomplete',
  /** The account cannot send yet (identity proof not verified or mandate not signed); `data.missing`. */
  'account_not_ready',
  /** A paper letter can be investigated only when in transit more than 15 days after dispatch; `data.opensOn`. */
  'investigation_not_open',
  /** The user profile is deactivated. */
  'profile_inactive',
  /** The card payment of a top-up was declined. */
  'card_declined',
  /** Borrower insurance: the termination waits for the bank's acceptance of the substitution. */
  'bank_answer_pending',
  /** Borrower insurance: the bank refused the substitution; the dossier ends without termination. */
  'bank_refused',
  /** A send date or new contract start more than one year ahead; `data.date` (and `data.latestDate`) is the last one allowed. */
  'too_far_ahead',
  /** Hamon / RIA: a new contract start more than one year ahead; `data.date` is the last one allowed. */
  'start_too_far',
  /** Chatel, late notice: sent more than 20 days after the insurer sent it; `data.date` is the last send date that worked. */
  'chatel_deadline_passed',
  /** Chatel, no notice received: not before the day after the renewal date; `data.date` is the first send date that works. */
  'chatel_before_renewal',
  /** Change of circumstances: more than 3 months after the event; `data.date` is the last send date that worked. */
  'situation_change_deadline_passed',
  /** Hamon / RIA: less than one year after the first subscription; `data.date` is the first send date that works. */
  'switch_before_one_year',
  /** A fact's date (event, sale, notice, subscription) is in the future; `data.date` is today, `data.field` the fact. */
  'date_in_future',
]);
export type RuleCode = z.infer<typeof RuleCode>;

/** One problem with a field of the request: `path` from the body (or query) root. */
export const FieldIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  /** Machine-readable reason (`too_small`, `invalid_format`, `custom`, `required`…), for localized messages. */
  code: z.string(),
  /** English explanation, for developers. */
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/** The one error envelope every non-2xx response carries. */
export const ApiErrorBody = z.object({
  error: z.object({
    type: ApiErrorType,
    /** Stable code: a {@link RuleCode} for rule violations, otherwise e.g. `validation_failed`, `idempotency_key_reused`. */
    code: z.string(),
    message: z.string(),
    issues: z.optional(z.array(FieldIssue)),
    /** Echoed in logs: quote it when asking for help. */
    requestId: z.string(),
    /** Data the code documents (nearest reachable starts, balance and price, deadline…). */
    data: z.optional(z.record(z.string(), z.unknown())),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** `data` of an `insufficient_credit` error. */
export const InsufficientCreditData = z.object({ balance: z.int(), price: z.int(), missing: z.int() });
export type InsufficientCreditData = z.infer<typeof InsufficientCreditData>;

/** `data` of `start_unreachable`: the nearest reachable starts with their send dates. */
export const StartUnreachableData = z.object({
  before: z.object({ newContractStart: IsoDateSchema, sendDate: IsoDateSchema }),
  after: z.object({ newContractStart: IsoDateSchema, sendDate: IsoDateSchema }),
});
export type StartUnreachableData = z.infer<typeof StartUnreachableData>;
