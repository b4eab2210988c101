/**
 * The JRMC business rules: pure functions of plain data, in Europe/Paris, never reading the host's
 * clock or time zone. Components use them to guide, the sandbox to enforce.
 *
 * @module rules
 */
export { RuleInputError, isRuleInputError } from './rule-input-error.js';
export {
  type IsoDate,
  type IsoWeekday,
  isIsoDate,
  assertIsoDate,
  daysInMonth,
  addDays,
  daysBetween,
  isoWeekday,
  compareIsoDates,
} from './iso-date.js';
export {
  PARIS_TIME_ZONE,
  type Instant,
  type ParisWallClock,
  toInstant,
  parisWallClock,
  parisDate,
  parisTimeToInstant,
} from './paris-time.js';
export {
  type Region,
  type RegionOptions,
  type PublicHoliday,
  type PublicHolidayCode,
  easterSunday,
  publicHolidays,
  publicHolidayOn,
  isPublicHoliday,
  isWorkingDay,
  isDeliveryDay,
  addWorkingDays,
  addDeliveryDays,
  nextWorkingDayOnOrAfter,
  addMonthsLegal,
} from './calendar.js';
export {
  type DispatchChannel,
  type CutoffOptions,
  type DispatchDateInput,
  type ScheduledDateProblem,
  type SendDateCheck,
  type SendDateInput,
  sameDayCutoff,
  sameDayCutoffInstant,
  dispatchDate,
  checkSendDate,
} from './dispatch.js';
export {
  type SwitchTimeline,
  type SwitchSendDateResult,
  type SwitchSendDateOptions,
  type SwitchSendDateFromResult,
  switchTimeline,
  switchSendDate,
  isReachableSwitchStart,
} from './switch-deadlines.js';
export { type SwitchStartCheckInput, type SwitchStartCheck, checkSwitchStart } from './switch-start-check.js';
export { PLANNING_HORIZON_MONTHS, latestPlannableDate, isNotInFuture } from './horizon.js';
export {
  type TimingViolationCode,
  type TimingCheck,
  type TimingFacts,
  type TimingInput,
  checkRenewalTiming,
  checkChatelTiming,
  checkSituationChangeTiming,
  firstSwitchSendDate,
  checkSwitchOneYear,
  checkFactDateNotInFuture,
  checkSendDateHorizon,
  checkLetterTiming,
} from './letter-timing.js';
export {
  type EffectiveDateFacts,
  renewalNoticeDeadline,
  chatelDeadline,
  situationChangeDeadline,
  requestedTerminationDate,
} from './notice-deadlines.js';
export {
  REASON_CODES,
  type ReasonCode,
  type NoticeRule,
  type ReasonDateMode,
  type ReasonTiming,
  isReasonCode,
  reasonTiming,
} from './reason-rules.js';
export { type RequiredFact, type FactName, factsRequiredFor, isDateFact, requiredFacts } from './reason-facts.js';
export { type Reason, terminationReasons, reasonByCode } from './reasons.js';
export {
  LOAN_MINIMUM_NOTICE_DAYS,
  type LoanStartCheck,
  loanEarliestStart,
  loanRecommendedStart,
  checkLoanStart,
  loanTerminationEffectiveDate,
} from './borrower-insurance.js';
export {
  POSTAL_PRODUCTS,
  type PostalProduct,
  type PostalProductInfo,
  type DeliveryOptions,
  INVESTIGATION_AFTER_DAYS,
  isTrackedProduct,
  statusAfterDeposit,
  postalProducts,
  postalProduct,
  paperDeliveryDate,
  investigationOpensOn,
  canOpenInvestigation,
} from './postal-products.js';
export {
  INVESTIGATION_OUTCOMES,
  type InvestigationOutcome,
  INVESTIGATION_ANSWER_DAYS,
  investigationAnswerBy,
} from './paper-investigation.js';
export { regionOfPostcode } from './postcode-region.js';
export { PROOF_KINDS, type ProofKind, type ProofChannel, proofIssuedOn } from './proofs.js';
export {
  type LetterStatus,
  type CancellableLetter,
  LETTER_STATUSES,
  LRE_AVAILABILITY_DAYS,
  TRASH_RETENTION_DAYS,
  DRAFT_RETENTION_MONTHS,
  PROOF_RETENTION_MONTHS,
  isLetterStatus,
  canTransition,
  nextStatuses,
  isFinalStatus,
  cancellationDeadline,
  canCancel,
  canReschedule,
  wasDispatched,
  canEditContent,
  canTrash,
  trashPurgeDate,
  trashPurgeDue,
  draftExpiryDate,
  draftPurgeDue,
  proofRetentionEnd,
  lreAvailabilityEnd,
} from './letter-lifecycle.js';
export {
  type SubscriberIdentity,
  type CombinableContract,
  type CombinabilityCondition,
  type CombinabilityCheck,
  type LoanReference,
  checkCombinable,
  sameSubscriber,
  checkSameBank,
  checkSameInsurer,
  splitContractReferences,
  joinContractReferences,
} from './letter-composition.js';
export {
  type Cents,
  type BillableLetter,
  type InvoiceLine,
  type MonthlyInvoice,
  VAT_RATE_BASIS_POINTS,
  CLOSURE_FEE_EXCL_VAT,
  TOP_UP_MIN,
  TOP_UP_MAX,
  vatOf,
  withVat,
  hasSufficientCredit,
  creditCheck,
  invoiceMonthOf,
  invoiceIssueDate,
  monthlyInvoices,
  closureRefund,
} from './billing.js';
export { type VatBreakdown, splitInclVat } from './vat-breakdown.js';
export {
  compactIdentifier,
  normalizeSiret,
  luhnValid,
  isValidSiren,
  isValidSiret,
  isValidOrias,
  isValidFrenchPostcode,
} from './identifiers.js';
export {
  type JrmcMandateSignature,
  type MandateIssue,
  type AccountReadinessInput,
  type ReadinessStep,
  type AccountReadiness,
  isFirstSend,
  checkJrmcMandate,
  MAX_IDENTITY_PROOF_BYTES,
  accountReadiness,
} from './account-readiness.js';
export { type PriceItem, type ReschedulableLetter, type RescheduleOptions, priceItemOf, rescheduleOptions } from './rescheduling.js';
export {
  LOAN_DOSSIER_STATUSES,
  type LoanDossierStatus,
  type LoanDossierFacts,
  loanDossierStatus,
  canTrashLetter,
  checkBankAnswerDate,
} from './loan-dossier-status.js';
export {
  ATTACHMENT_KINDS,
  MAX_ATTACHMENT_BYTES,
  type AttachmentKind,
  type AttachableLetter,
  type AttachmentProblem,
  type AttachmentCheck,
  attachmentKindsFor,
  checkAttachmentFile,
} from './attachments.js';
export { type LetterIssue, type CompletenessInput, terminationLetterIssues } from './letter-completeness.js';
export { type NamedSubscriber, type ReferencedLetter, subscriberListName, letterReferences } from './display-names.js';
export { LOCALES, type Locale } from './locales.js';
export {
  PAPER_DOCUMENT_MAX_BYTES,
  PAPER_DOCUMENT_MAX_PAGES,
  A4_POINTS,
  A4_TOLERANCE_POINTS,
  type PaperDocumentProblem,
  type PaperDocumentCheck,
  precheckPaperDocument,
  isA4Page,
  checkPaperPages,
} from './paper-document.js';
export { type ProfileRole, type SessionScopeGrant, MANAGER_ONLY_SCOPES, roleAllowsScope, sessionScopesFor } from './session-scopes.js';
