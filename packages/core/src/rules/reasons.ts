import { RuleInputError } from './rule-input-error.js';

/** Every termination reason code, in display order (the contract builds its `ReasonCode` enum from this). */
export const REASON_CODES = [
  'echeance',
  'loi-hamon',
  'ria-sante',
  'loi-chatel',
  'changement-situation',
  'vente-vehicule',
  'vente-bien',
  'deces',
  'diminution-risque',
  'custom',
] as const;

/** Code of a termination reason (motif de résiliation). */
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * Which notice rule governs a reason, i.e. how its dates are chosen and computed:
 * - `renewal`: sent at least 2 months before the renewal date (the user gives the renewal date);
 * - `switch`: Hamon / RIA — the user gives the new contract's start date and the send date is computed;
 * - `chatel`: within 20 days of a late renewal notice, effective the day after sending;
 * - `situation-change`: within 3 months of the event, effective 1 month after notification;
 * - `transfer`: sale or transfer, effective 10 days after notification;
 * - `risk-reduction`: premium reduction refused, effective 30 days after notification;
 * - `free`: no statutory notice (death, custom reason): the letter states what the user chose.
 */
export type NoticeRule = 'renewal' | 'switch' | 'chatel' | 'situation-change' | 'transfer' | 'risk-reduction' | 'free';

/** One entry of the reason catalogue. */
export interface Reason {
  code: ReasonCode;
  /** Label shown to users, in French. */
  labelFr: string;
  /** Label shown to users, in English. */
  labelEn: string;
  /** The articles the letter invokes. */
  legalBasis: string;
  /** The same, in English. */
  legalBasisEn: string;
  noticeRule: NoticeRule;
  /** Which date the user picks: the new contract's start, the renewal date, or simply the send date. */
  dateMode: 'switch-start' | 'renewal' | 'send-date';
}

const CATALOGUE: readonly Reason[] = Object.freeze([
  {
    code: 'echeance',
    labelFr: 'Échéance principale du contrat',
    labelEn: 'Annual renewal date',
    legalBasis: 'article L113-12 du Code des assurances',
    legalBasisEn: 'article L113-12 of the French Insurance Code',
    noticeRule: 'renewal',
    dateMode: 'renewal',
  },
  {
    code: 'loi-hamon',
    labelFr: 'Loi Hamon (après un an de contrat)',
    labelEn: 'Hamon law (after one year of cover)',
    legalBasis: 'articles L113-15-2 et R113-12 du Code des assurances',
    legalBasisEn: 'articles L113-15-2 and R113-12 of the French Insurance Code',
    noticeRule: 'switch',
    dateMode: 'switch-start',
  },
  {
    code: 'ria-sante',
    labelFr: 'Résiliation infra-annuelle complémentaire santé (RIA)',
    labelEn: 'Health cover termination at any time (RIA)',
    legalBasis: 'article L113-15-2 du Code des assurances (article L221-10-2 du Code de la mutualité)',
    legalBasisEn: 'article L113-15-2 of the French Insurance Code (article L221-10-2 of the Mutual Insurance Code)',
    noticeRule: 'switch',
    dateMode: 'switch-start',
  },
  {
    code: 'loi-chatel',
    labelFr: 'Loi Chatel (avis d’échéance tardif ou absent)',
    labelEn: 'Chatel law (late or missing renewal notice)',
    legalBasis: 'article L113-15-1 du Code des assurances',
    legalBasisEn: 'article L113-15-1 of the French Insurance Code',
    noticeRule: 'chatel',
    dateMode: 'send-date',
  },
  {
    code: 'changement-situation',
    labelFr: 'Changement de situation',
    labelEn: 'Change of circumstances',
    legalBasis: 'articles L113-16 et R113-6 du Code des assurances',
    legalBasisEn: 'articles L113-16 and R113-6 of the French Insurance Code',
    noticeRule: 'situation-change',
    dateMode: 'send-date',
  },
  {
    code: 'vente-vehicule',
    labelFr: 'Vente du véhicule',
    labelEn: 'Sale of the vehicle',
    legalBasis: 'article L121-11 du Code des assurances',
    legalBasisEn: 'article L121-11 of the French Insurance Code',
    noticeRule: 'transfer',
    dateMode: 'send-date',
  },
  {
    code: 'vente-bien',
    labelFr: 'Vente ou cession du bien assuré',
    labelEn: 'Sale or transfer of the insured property',
    legalBasis: 'article L121-10 du Code des assurances',
    legalBasisEn: 'article L121-10 of the French Insurance Code',
    noticeRule: 'transfer',
    dateMode: 'send-date',
  },
  {
    code: 'deces',
    labelFr: 'Décès du souscripteur',
    labelEn: 'Death of the policyholder',
    legalBasis: 'article L121-10 du Code des assurances',
    legalBasisEn: 'article L121-10 of the French Insurance Code',
    noticeRule: 'free',
    dateMode: 'send-date',
  },
  {
    code: 'diminution-risque',
    labelFr: 'Diminution du risque (baisse de prime refusée)',
    labelEn: 'Reduced risk (premium reduction refused)',
    legalBasis: 'article L113-4 du Code des assurances',
    legalBasisEn: 'article L113-4 of the French Insurance Code',
    noticeRule: 'risk-reduction',
    dateMode: 'send-date',
  },
  {
    code: 'custom',
    labelFr: 'Motif de résiliation personnalisé',
    labelEn: 'Custom reason',
    legalBasis: '',
    legalBasisEn: '',
    noticeRule: 'free',
    dateMode: 'send-date',
  },
].map((reason) => Object.freeze(reason as Reason)));

/**
 * The reason catalogue, in display order (échéance first, custom reason last).
 *
 * @example
 * terminationReasons().map((r) => r.code)[0] //=> 'echeance'
 */
export function terminationReasons(): readonly Reason[] {
  return CATALOGUE;
}

/**
 * Whether `value` is a known reason code.
 *
 * @example
 * isReasonCode('loi-hamon') //=> true
 */
export function isReasonCode(value: unknown): value is ReasonCode {
  return CATALOGUE.some((reason) => reason.code === value);
}

/**
 * A reason of the catalogue by its code.
 *
 * @throws {RuleInputError} when `code` is not a known reason
 * @example
 * reasonByCode('loi-hamon').legalBasis //=> 'articles L113-15-2 et R113-12 du Code des assurances'
 */
export function reasonByCode(code: ReasonCode): Reason {
  const reason = CATALOGUE.find((candidate) => candidate.code === code);
  if (!reason) throw new RuleInputError('code', code, 'unknown termination reason');
  return reason;
}

/** A fact a termination letter must state for its reason (see the letter text rules). */
export type RequiredFact = 'renewalDate' | 'newInsurerName' | 'eventDescription' | 'eventDate' | 'customReasonText';

/** A fact of a termination letter, by its name in `facts` (or `customReasonText`). */
export type FactName = RequiredFact | 'contractStartDate' | 'saleDate' | 'heirName' | 'heirCapacity' | 'renewalNoticeSentOn';

/**
 * The facts a letter needs for its reason before it can be sent (DOMAIN §10): the renewal date for an échéance;
 * the new insurer and the first subscription date for Hamon / RIA; the event and its date for a change of
 * circumstances; the sale date for a sale; the date of death and the heir's name and capacity for a death; the
 * wording of a custom reason. Chatel needs either the notice's sending date or "no notice received" (then the
 * renewal date): see `terminationLetterIssues`, which checks that either-or.
 *
 * @throws {RuleInputError} when `code` is not a known reason
 * @example
 * factsRequiredFor('loi-hamon') //=> ['newInsurerName', 'contractStartDate']
 * factsRequiredFor('deces') //=> ['eventDate', 'heirName', 'heirCapacity']
 */
export function factsRequiredFor(code: ReasonCode): readonly FactName[] {
  const reason = reasonByCode(code);
  if (code === 'custom') return ['customReasonText'];
  if (code === 'deces') return ['eventDate', 'heirName', 'heirCapacity'];
  switch (reason.noticeRule) {
    case 'renewal':
      return ['renewalDate'];
    case 'switch':
      return ['newInsurerName', 'contractStartDate'];
    case 'situation-change':
      return ['eventDescription', 'eventDate'];
    case 'transfer':
      return ['saleDate'];
    default:
      return [];
  }
}

/**
 * @deprecated Use {@link factsRequiredFor}, which knows the second-pass facts (first subscription date, sale date,
 * heir). Kept with its original answers so existing callers keep compiling.
 *
 * The facts a letter must state for a reason before it can be sent: the renewal date for an échéance,
 * the new insurer for Hamon / RIA, the event (and its date) for a change of circumstances, the date of a
 * sale or a death, the wording of a custom reason. The builder asks for them and the API refuses without them.
 *
 * @example
 * requiredFacts('changement-situation') //=> ['eventDescription', 'eventDate']
 * requiredFacts('loi-chatel') //=> []
 */
export function requiredFacts(code: ReasonCode): readonly RequiredFact[] {
  const reason = reasonByCode(code);
  if (code === 'custom') return ['customReasonText'];
  switch (reason.noticeRule) {
    case 'renewal':
      return ['renewalDate'];
    case 'switch':
      return ['newInsurerName'];
    case 'situation-change':
      return ['eventDescription', 'eventDate'];
    case 'transfer':
      return ['eventDate'];
    default:
      return code === 'deces' ? ['eventDate'] : [];
  }
}
