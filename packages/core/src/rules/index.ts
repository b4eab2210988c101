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
  switchTimeline,
  switchSendDate,
  isReachableSwitchStart,
} from './switch-deadlines.js';
export {
  type EffectiveDateFacts,
  renewalNoticeDeadline,
  chatelDeadline,
  situationChangeDeadline,
  requestedTerminationDate,
} from './notice-deadlines.js';
export {
  type ReasonCode,
  type NoticeRule,
  type Reason,
  type RequiredFact,
  terminationReasons,
  isReasonCode,
  reasonByCode,
  requiredFacts,
} from './reasons.js';
export {
  LOAN_MINIMUM_NOTICE_DAYS,
  type LoanStartCheck,
  loanEarliestStart,
  loanRecommendedStart,
  checkLoanStart,
} from './borrower-insurance.js';
export {
  type PostalProduct,
  type PostalProductInfo,
  INVESTIGATION_AFTER_DAYS,
  postalProducts,
  postalProduct,
  paperDeliveryDate,
  investigationOpensOn,
  canOpenInvestigation,
} from './postal-products.js';
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
  draftExpiryDate,
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
  invoiceMonthOf,
  invoiceIssueDate,
  monthlyInvoices,
  closureRefund,
} from './billing.js';
export {
  compactIdentifier,
  luhnValid,
  isValidSiren,
  isValidSiret,
  isValidOrias,
  isValidFrenchPostcode,
} from './identifiers.js';
export { MAX_SCHEDULE_AHEAD_MONTHS, latestSchedulableDate, isScheduledTooFar, isAfterToday } from './date-bounds.js';
