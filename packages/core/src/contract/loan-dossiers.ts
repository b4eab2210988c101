import * as z from 'zod/mini';
import { LOAN_DOSSIER_STATUSES } from '../rules/loan-dossier-status.js';
import { Id, IsoDateSchema, PageParams, PostalAddress, ShortText, Timestamp } from './common.js';
import { Subscriber } from './letters.js';

const Reference = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));

/** A PDF sent with a request, base64-encoded (checked by the rules' `checkAttachmentFile`: a real PDF, ≤ 10 MB). */
export const PdfUpload = z.object({
  filename: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  contentBase64: z.string().check(z.minLength(4), z.maxLength(14_000_000)),
});
export type PdfUpload = z.infer<typeof PdfUpload>;

/** The bank's recorded answer to a substitution request. */
export const BankAnswer = z.object({
  outcome: z.enum(['accepted', 'refused']),
  answeredOn: IsoDateSchema,
  /** The bank's letter, when one was given (PDF). On acceptance it goes with the termination letter. */
  bankLetter: z.nullable(z.object({ filename: z.string(), sizeBytes: z.number() })),
});
export type BankAnswer = z.infer<typeof BankAnswer>;

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
  /** The dossier's other letters ("autre courrier"), oldest first; they never change its status. */
  otherLetterIds: z.array(Id),
  acceptedOn: z.nullable(IsoDateSchema),
  /** The bank's answer, or `null` while none (a refusal ends the dossier: no termination). */
  bankAnswer: z.nullable(BankAnswer),
  /**
   * When the old insurance ends (L113-12-2, core's `loanTerminationEffectiveDate`): set once the termination is
   * validated, from its dispatch day and the new cover's start.
   */
  terminationEffectiveDate: z.nullable(IsoDateSchema),
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

/**
 * `PATCH /v1/loan-dossiers/{id}`: autosave of a dossier whose substitution request has not left (status `draft`).
 * Every field is optional; the result is checked like a new dossier (known bank and insurer, the bank address only for
 * a paper send, the new cover's start at least 25 days after sending).
 */
export const LoanDossierUpdateParams = z.object({
  assigneeId: z.optional(z.nullable(Id)),
  subscriber: z.optional(Subscriber),
  bankId: z.optional(Id),
  loanReferences: z.optional(z.array(Reference).check(z.minLength(1), z.maxLength(10))),
  oldInsurerId: z.optional(Id),
  oldContractReferences: z.optional(z.array(Reference).check(z.minLength(1), z.maxLength(10))),
  newInsurerName: z.optional(ShortText),
  newContractReferences: z.optional(z.array(Reference).check(z.minLength(1), z.maxLength(10))),
  effectiveDate: z.optional(IsoDateSchema),
  route: z.optional(z.enum(['lre', 'paper'])),
  /** Only with a paper route: replaces the directory address; `null` goes back to the directory's. */
  bankAddress: z.optional(z.nullable(PostalAddress)),
});
export type LoanDossierUpdateParams = z.infer<typeof LoanDossierUpdateParams>;

/**
 * `POST /v1/loan-dossiers/{id}/other-letters`: another letter of the dossier ("autre courrier": a reply to the bank's
 * counter-proposal, missing documents, a reminder…), the user's own PDF, to the dossier's bank or old insurer. It is
 * created as a draft letter, then quoted and sent like any letter — always with AR. It never changes the dossier's
 * status.
 */
export const LoanOtherLetterParams = z.object({
  recipient: z.enum(['bank', 'old-insurer']),
  /** The letter itself (PDF, ≤ 10 MB): sent as it is. */
  document: PdfUpload,
});
export type LoanOtherLetterParams = z.infer<typeof LoanOtherLetterParams>;

/** `POST /v1/loan-dossiers/{id}/substitution` and `/termination`: send that letter now or on a day. */
export const LoanLetterSendParams = z.object({
  mode: z.enum(['now', 'scheduled']),
  scheduledDate: z.optional(IsoDateSchema),
  /**
   * Termination only: the bank's acceptance letter (PDF), when it was not given with the answer. The termination
   * always carries the bank's acceptance when one is on file.
   */
  bankLetter: z.optional(PdfUpload),
});
export type LoanLetterSendParams = z.infer<typeof LoanLetterSendParams>;

/** `POST /v1/loan-dossiers/{id}/bank-answer`: record the bank's answer. */
export const BankAnswerParams = z.object({
  accepted: z.boolean(),
  answeredOn: IsoDateSchema,
  /** The bank's letter (PDF, ≤ 10 MB); attached to the termination when the bank accepts. */
  bankLetter: z.optional(PdfUpload),
});
export type BankAnswerParams = z.infer<typeof BankAnswerParams>;

/** `GET /v1/loan-dossiers`: filters (all optional, combined with AND), newest first. */
export const LoanDossierListParams = z.object({
  ...PageParams.shape,
  status: z.optional(z.enum(LOAN_DOSSIER_STATUSES)),
  bankId: z.optional(Id),
  assigneeId: z.optional(Id),
  /** Opened on or after this day (Paris). */
  createdFrom: z.optional(IsoDateSchema),
  /** Opened on or before this day (Paris). */
  createdTo: z.optional(IsoDateSchema),
  /** Words of the subscriber's name or of a loan or contract reference (accents and case ignored). */
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
});
export type LoanDossierListParams = z.infer<typeof LoanDossierListParams>;
