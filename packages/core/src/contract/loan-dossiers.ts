import * as z from 'zod/mini';
import { LOAN_DOSSIER_STATUSES } from '../rules/loan-dossier-status.js';
import { Id, IsoDateSchema, PostalAddress, ShortText, Timestamp } from './common.js';
import { Subscriber } from './letters.js';

const Reference = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));

/**
 * A borrower-insurance substitution dossier (loi Lemoine): a substitution letter to the bank, then,
 * once the bank accepts, the termination letter to the old insurer. Always sent with AR.
 */
export const LoanDossier = z.object({
  id: Id,
  /** Derived from its letters (see the rules' `loanDossierStatus`). */
  status: z.enum(LOAN_DOSSIER_STATUSES),
  assigneeId: z.nullable(Id),
  subscriber: Subscriber,
  bankId: Id,
  /** Loans with that bank only. */
  loanReferences: z.array(Reference),
  oldInsurerId: Id,
  /** Several references only with the same insurer. */
  oldContractReferences: z.array(Reference),
  newInsurerName: z.string(),
  newContractReferences: z.array(Reference),
  effectiveDate: IsoDateSchema,
  /** Electronic (LRE) or paper to the bank. */
  route: z.enum(['lre', 'paper']),
  /** The bank address printed on a paper letter (editable only for paper). */
  bankAddress: PostalAddress,
  substitutionLetterId: z.nullable(Id),
  terminationLetterId: z.nullable(Id),
  acceptedOn: z.nullable(IsoDateSchema),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type LoanDossier = z.infer<typeof LoanDossier>;

/** `POST /v1/loan-dossiers`. */
export const LoanDossierCreateParams = z.object({
  assigneeId: z.optional(z.nullable(Id)),
  subscriber: Subscriber,
  bankId: Id,
  loanReferences: z.array(Reference).check(z.minLength(1), z.maxLength(10)),
  oldInsurerId: Id,
  oldContractReferences: z.array(Reference).check(z.minLength(1), z.maxLength(10)),
  newInsurerName: ShortText,
  newContractReferences: z.array(Reference).check(z.minLength(1), z.maxLength(10)),
  effectiveDate: IsoDateSchema,
  route: z.enum(['lre', 'paper']),
  /** Only with `route: 'paper'`: replaces the directory address. */
  bankAddress: z.optional(PostalAddress),
  mandateAttached: z.optional(z.boolean()),
});
export type LoanDossierCreateParams = z.infer<typeof LoanDossierCreateParams>;

/** `POST /v1/loan-dossiers/{id}/substitution` and `/termination`: send that letter now or on a day. */
export const LoanLetterSendParams = z.object({
  mode: z.enum(['now', 'scheduled']),
  scheduledDate: z.optional(IsoDateSchema),
});
export type LoanLetterSendParams = z.infer<typeof LoanLetterSendParams>;

/** `POST /v1/loan-dossiers/{id}/bank-answer`: record the bank's answer. */
export const BankAnswerParams = z.object({
  accepted: z.boolean(),
  answeredOn: IsoDateSchema,
});
export type BankAnswerParams = z.infer<typeof BankAnswerParams>;
