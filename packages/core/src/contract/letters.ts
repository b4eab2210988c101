import * as z from 'zod/mini';
import { isValidSiret } from '../rules/identifiers.js';
import { LETTER_STATUSES } from '../rules/letter-lifecycle.js';
import { ATTACHMENT_KINDS, MAX_ATTACHMENT_BYTES } from '../rules/attachments.js';
import { PROOF_KINDS } from '../rules/proofs.js';
import { POSTAL_PRODUCTS } from '../rules/postal-products.js';
import { REASON_CODES } from '../rules/reason-rules.js';
import { PaperInvestigation } from './paper-investigation.js';
import { Cents, Id, IsoDateSchema, PageParams, PostalAddress, Price, QueryBoolean, SendMode, ShortText, SignedCents, Timestamp } from './common.js';

// Enumerations come from the rules' `as const` arrays, so a status, reason or product exists in exactly one place.

/** Life-cycle status of a letter (see the rules' `LetterStatus`). */
export const LetterStatus = z.enum(LETTER_STATUSES);
export type LetterStatus = z.infer<typeof LetterStatus>;

/** A termination reason code from the catalogue. */
export const ReasonCode = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof ReasonCode>;

/** A La Poste product of the paper mail service. */
export const PostalProduct = z.enum(POSTAL_PRODUCTS);
export type PostalProduct = z.infer<typeof PostalProduct>;

/** Which JRMC service a letter belongs to. */
export const LetterService = z.enum(['termination', 'borrower-insurance', 'paper-mail']);
export type LetterService = z.infer<typeof LetterService>;

/** A subscriber who is a person. */
export const PersonSubscriber = z.object({
  kind: z.literal('person'),
  civility: z.enum(['M.', 'Mme']),
  firstName: ShortText,
  lastName: ShortText,
  birthDate: z.optional(z.nullable(IsoDateSchema)),
  address: PostalAddress,
});
export type PersonSubscriber = z.infer<typeof PersonSubscriber>;

/** A subscriber who is a company ("professionnel"): company name and a SIRET that passes its checksum. */
export const CompanySubscriber = z.object({
  kind: z.literal('company'),
  companyName: ShortText,
  siret: z.string().check(z.refine(isValidSiret, { error: 'Expected a valid 14-digit SIRET' })),
  address: PostalAddress,
});
export type CompanySubscriber = z.infer<typeof CompanySubscriber>;

/** The holder of the contract(s): a person, or a company. */
export const Subscriber = z.discriminatedUnion('kind', [PersonSubscriber, CompanySubscriber]);
export type Subscriber = z.infer<typeof Subscriber>;

/** One contract named on a termination letter. */
export const ContractRef = z.object({
  number: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  /** What it covers, for the user's own reference ("Auto – Clio"). */
  label: z.optional(z.nullable(z.string().check(z.maxLength(120)))),
});
export type ContractRef = z.infer<typeof ContractRef>;

/**
 * Facts some reasons state in the letter or need for their timing rules. A letter states only the facts given here.
 * (The rules import this type: the shape lives once, here.)
 */
export const TerminationFacts = z.object({
  /** Échéance, and Chatel without notice: the contract's renewal date. */
  renewalDate: z.optional(z.nullable(IsoDateSchema)),
  /** Chatel: the day the insurer sent the renewal notice (postmark or e-mail date). */
  renewalNoticeSentOn: z.optional(z.nullable(IsoDateSchema)),
  /** Chatel: the subscriber states that no renewal notice was received. */
  noRenewalNoticeReceived: z.optional(z.nullable(z.boolean())),
  /** @deprecated Use `renewalNoticeSentOn` (the law counts from the day the notice was sent); read as it when that is absent. */
  renewalNoticeReceivedOn: z.optional(z.nullable(IsoDateSchema)),
  /** Hamon / RIA: the old contract's first subscription date (the one-year condition counts from it). */
  contractStartDate: z.optional(z.nullable(IsoDateSchema)),
  /** Hamon / RIA: the new insurer, which carries out the termination for the subscriber. */
  newInsurerName: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  /** Hamon: the cover is compulsory (motor third-party liability, tenant's home). */
  compulsoryCover: z.optional(z.nullable(z.boolean())),
  /** Change of circumstances: the event (move, marriage, new job, retirement…). */
  eventDescription: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
  /** Change of circumstances: the event's date; death: the date of death. Never in the future. */
  eventDate: z.optional(z.nullable(IsoDateSchema)),
  /** Sale of the vehicle or transfer of the insured thing: the day of the sale. Never in the future. */
  saleDate: z.optional(z.nullable(IsoDateSchema)),
  /** Death: the heir the letter is sent for. */
  heirName: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  /** Death: the heir's capacity ("fille du défunt", "notaire chargé de la succession"…). */
  heirCapacity: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
});
export type TerminationFacts = z.infer<typeof TerminationFacts>;

/**
 * A file attached to a letter (always a PDF, ≤ 10 MB; see the rules' `checkAttachmentFile`). A letter mentions an
 * attachment only when it is in this list.
 */
export const Attachment = z.object({
  id: Id,
  kind: z.enum(ATTACHMENT_KINDS),
  fileName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  byteSize: z.int().check(z.minimum(1), z.maximum(MAX_ATTACHMENT_BYTES)),
  /** SHA-256 of the file, lowercase hex. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type Attachment = z.infer<typeof Attachment>;

/** The recipient as printed on the letter (a copy of the directory entry, or an edited paper address). */
export const RecipientSnapshot = z.object({ id: z.nullable(Id), name: z.string(), address: PostalAddress });
export type RecipientSnapshot = z.infer<typeof RecipientSnapshot>;

/** The Hamon / RIA chain of dates. */
export const SwitchTimeline = z.object({
  sendDate: IsoDateSchema,
  notificationDate: IsoDateSchema,
  terminationDate: IsoDateSchema,
  newContractStart: IsoDateSchema,
});
export type SwitchTimeline = z.infer<typeof SwitchTimeline>;

const letterBase = {
  id: Id,
  status: LetterStatus,
  channel: z.enum(['lre', 'paper']),
  /** The user profile the letter is assigned to. */
  assigneeId: z.nullable(Id),
  subscriber: z.nullable(Subscriber),
  recipient: z.nullable(RecipientSnapshot),
  withAcknowledgement: z.boolean(),
  /** Set when validated: debited then, even for a date months ahead. */
  sendMode: z.nullable(SendMode),
  scheduledDate: z.nullable(IsoDateSchema),
  /** The day it leaves (planned once validated, actual once sent). */
  dispatchDate: z.nullable(IsoDateSchema),
  price: z.nullable(Price),
  /** Cancellable strictly before this instant (00:00 Paris on the scheduled day), while scheduled. */
  cancellableUntil: z.nullable(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  validatedAt: z.nullable(Timestamp),
  sentAt: z.nullable(Timestamp),
  cancelledAt: z.nullable(Timestamp),
  /** Set while in the trash; purged on `purgeOn`. */
  trashedAt: z.nullable(Timestamp),
  purgeOn: z.nullable(IsoDateSchema),
};

/** A termination letter (service Résiliation). */
export const TerminationLetter = z.object({
  ...letterBase,
  service: z.literal('termination'),
  contracts: z.array(ContractRef),
  reason: z.nullable(ReasonCode),
  customReasonText: z.nullable(z.string()),
  facts: TerminationFacts,
  /** Hamon / RIA: the new contract's start the user chose; the send date is computed from it. */
  newContractStart: z.nullable(IsoDateSchema),
  switchTimeline: z.nullable(SwitchTimeline),
  /** True exactly when a `client-mandate` file is among `attachments` (derived: upload the file to set it). */
  mandateAttached: z.boolean(),
  /** The files attached, in upload order (none by default); the letter mentions each one and nothing else. */
  attachments: z.array(Attachment),
  /** The builder step to resume a draft at. */
  resumeStep: z.nullable(z.string()),
});
export type TerminationLetter = z.infer<typeof TerminationLetter>;

/**
 * A borrower-insurance letter: the substitution request to the bank, the termination to the old insurer, or another
 * letter of the dossier ("autre courrier") to either.
 */
export const LoanLetter = z.object({
  ...letterBase,
  service: z.literal('borrower-insurance'),
  dossierId: Id,
  /** `other`: an "autre courrier" of the dossier, the user's own PDF to the bank or the old insurer. */
  kind: z.enum(['substitution', 'termination', 'other']),
  /**
   * The files attached, in upload order (none by default): the new contract's general and particular conditions on
   * the substitution request, the bank's acceptance on the termination, the client's mandate on either. The letter
   * mentions each one and nothing else, and its PDF carries their pages after its own.
   */
  attachments: z.array(Attachment),
});
export type LoanLetter = z.infer<typeof LoanLetter>;

/** A paper letter (service Courrier papier). */
export const PaperLetter = z.object({
  ...letterBase,
  service: z.literal('paper-mail'),
  product: PostalProduct,
  document: z.object({
    filename: z.string(),
    sizeBytes: z.int(),
    sha256: z.string(),
    /** Pages counted when the PDF was checked (A4 each). */
    pageCount: z.optional(z.int()),
  }),
  expectedDeliveryDate: z.nullable(IsoDateSchema),
  trackingNumber: z.nullable(z.string()),
  /** First day an investigation can be opened while still in transit (dispatch + 16 days). */
  investigationOpensOn: z.nullable(IsoDateSchema),
  investigation: z.nullable(PaperInvestigation),
});
export type PaperLetter = z.infer<typeof PaperLetter>;

/** Any letter, told apart by `service`. */
export const Letter = z.discriminatedUnion('service', [TerminationLetter, LoanLetter, PaperLetter]);
export type Letter = z.infer<typeof Letter>;

/** A row of the letter history (every service). */
export const LetterSummary = z.object({
  id: Id,
  service: LetterService,
  status: LetterStatus,
  assigneeId: z.nullable(Id),
  /** Who it is for: the subscriber's or addressee's name. */
  subscriberName: z.nullable(z.string()),
  recipientName: z.nullable(z.string()),
  /** Contract or loan references, joined. */
  references: z.string(),
  scheduledDate: z.nullable(IsoDateSchema),
  dispatchDate: z.nullable(IsoDateSchema),
  price: z.nullable(Price),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  trashedAt: z.nullable(Timestamp),
  /** Whether it was ever billed: billed letters cannot go to the trash. */
  billed: z.boolean(),
  /** The loan dossier a borrower-insurance letter belongs to (it cannot go to the trash on its own); null otherwise. */
  dossierId: z.nullable(Id),
  /** Paper mail: the La Poste product (absent for other services). */
  product: z.optional(PostalProduct),
});
export type LetterSummary = z.infer<typeof LetterSummary>;

/** `POST /v1/letters` and `PATCH /v1/letters/{id}`: a termination draft, saved as the user types. */
export const TerminationDraftParams = z.object({
  assigneeId: z.optional(z.nullable(Id)),
  subscriber: z.optional(z.nullable(Subscriber)),
  recipientId: z.optional(z.nullable(Id)),
  contracts: z.optional(z.array(ContractRef).check(z.maxLength(20))),
  reason: z.optional(z.nullable(ReasonCode)),
  customReasonText: z.optional(z.nullable(z.string().check(z.maxLength(2000)))),
  facts: z.optional(TerminationFacts),
  withAcknowledgement: z.optional(z.boolean()),
  /**
   * @deprecated The letter states a mandate only when the file is attached: upload it with
   * `POST /v1/letters/{letterId}/attachments` (kind `client-mandate`). `true` here is refused; `false` changes nothing.
   */
  mandateAttached: z.optional(z.boolean()),
  resumeStep: z.optional(z.nullable(z.string().check(z.maxLength(40)))),
});
export type TerminationDraftParams = z.infer<typeof TerminationDraftParams>;

/**
 * `POST /v1/letters/{id}/contracts`: add a contract to the letter. When the contract's subscriber,
 * recipient or reason differ from the letter's, it is refused with `not_combinable` and `data.differs`.
 */
export const AddContractParams = z.object({
  contract: ContractRef,
  subscriber: z.optional(Subscriber),
  recipientId: z.optional(Id),
  reason: z.optional(ReasonCode),
  customReasonText: z.optional(z.nullable(z.string().check(z.maxLength(2000)))),
});
export type AddContractParams = z.infer<typeof AddContractParams>;

/**
 * How to send: `now`, or `scheduled` on `scheduledDate`; for Hamon / RIA give `newContractStart` instead,
 * the send date is computed. Used by quote, send and reschedule.
 */
export const SendParams = z.object({
  mode: SendMode,
  scheduledDate: z.optional(IsoDateSchema),
  newContractStart: z.optional(IsoDateSchema),
  /** Termination letters: with or without acknowledgement of receipt (borrower insurance is always with). */
  withAcknowledgement: z.optional(z.boolean()),
});
export type SendParams = z.infer<typeof SendParams>;

/** What sending would cost and when it would leave, shown before the user confirms. */
export const Quote = z.object({
  price: Price,
  channel: z.enum(['lre', 'paper']),
  dispatchDate: IsoDateSchema,
  /** Paris time before which validation today leaves today: 20:00, 18:00 for the first send, 10:30 for paper. */
  sameDayCutoff: z.string(),
  /** Whether this is the account's first send (18:00 cut-off). */
  firstSend: z.boolean(),
  switchTimeline: z.nullable(SwitchTimeline),
  renewalDeadline: z.nullable(IsoDateSchema),
  requestedTerminationDate: z.nullable(IsoDateSchema),
  expectedDeliveryDate: z.nullable(IsoDateSchema),
  /** When a scheduled send stops being cancellable; `null` for a send now. */
  cancellableUntil: z.nullable(Timestamp),
  balance: SignedCents,
  sufficientCredit: z.boolean(),
  /** How much to top up first (0 when the credit suffices). */
  missing: Cents,
});
export type Quote = z.infer<typeof Quote>;

/** `GET /v1/letters`: the history, every service, newest first by default. */
export const LetterListParams = z.extend(PageParams, {
  service: z.optional(LetterService),
  status: z.optional(LetterStatus),
  /** Created on or after this Paris day. */
  from: z.optional(IsoDateSchema),
  /** Created on or before this Paris day. */
  to: z.optional(IsoDateSchema),
  assigneeId: z.optional(Id),
  /** Paper mail only: letters sent with this La Poste product. */
  product: z.optional(PostalProduct),
  /** Text search over names, references and ids. */
  q: z.optional(z.string().check(z.maxLength(100))),
  /** `true`: only the trash; default: only letters not in the trash. */
  trashed: z.optional(QueryBoolean),
  sort: z.optional(z.enum(['createdAt', '-createdAt', 'dispatchDate', '-dispatchDate'])),
});
export type LetterListParams = z.infer<typeof LetterListParams>;

/** What happened to a letter, in order. */
export const LetterEventType = z.enum([
  'created',
  'scheduled',
  'sent',
  'available',
  'picked_up',
  'signed',
  'refused',
  'expired',
  'in_transit',
  'delivered',
  'returned',
  'cancelled',
  'rescheduled',
  'trashed',
  'restored',
  'investigation_opened',
  'investigation_closed',
]);
export type LetterEventType = z.infer<typeof LetterEventType>;

/** One entry of a letter's timeline. */
export const LetterEvent = z.object({
  id: Id,
  letterId: Id,
  type: LetterEventType,
  at: Timestamp,
  data: z.record(z.string(), z.unknown()),
});
export type LetterEvent = z.infer<typeof LetterEvent>;

/** A document proving what happened: the letter itself, deposit, receipt, refusal, expiry or non-receipt notice. */
export const Proof = z.object({
  id: Id,
  letterId: Id,
  kind: z.enum(PROOF_KINDS),
  issuedAt: Timestamp,
  /** SHA-256 of the letter PDF the proof attests. */
  letterSha256: z.string(),
  /** Kept 7 years. */
  retainedUntil: IsoDateSchema,
  /** Path to download the PDF (`GET`, same authentication). */
  downloadPath: z.string(),
});
export type Proof = z.infer<typeof Proof>;

/** The generated letter text, for previews (see the rules' `LetterText`). */
export const LetterTextSchema = z.object({
  sender: z.array(z.string()),
  recipient: z.array(z.string()),
  placeAndDate: z.string(),
  subject: z.string(),
  references: z.string(),
  salutation: z.string(),
  paragraphs: z.array(z.string()),
  closing: z.string(),
  signature: z.array(z.string()),
  attachments: z.array(z.string()),
  legalBasis: z.string(),
});
