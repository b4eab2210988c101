import { reasonTiming, type ReasonCode, type ReasonDateMode, type NoticeRule } from './reason-rules.js';

// The reason catalogue as users read it: labels and legal bases in both languages, with each reason's timing
// (reason-rules.ts). Only what shows or writes a reason pays for these strings; the date rules read reason-rules.ts.

export { REASON_CODES, isReasonCode, reasonTiming, type ReasonCode, type NoticeRule, type ReasonDateMode, type ReasonTiming } from './reason-rules.js';
export { factsRequiredFor, requiredFacts, type FactName, type RequiredFact } from './reason-facts.js';

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
  dateMode: ReasonDateMode;
}

type ReasonWording = Pick<Reason, 'labelFr' | 'labelEn' | 'legalBasis' | 'legalBasisEn'>;

// Keyed by code, in display order (échéance first, custom reason last: REASON_CODES's order, which a test checks).
const WORDINGS: { readonly [code in ReasonCode]: ReasonWording } = {
  echeance: {
    labelFr: 'Échéance principale du contrat',
    labelEn: 'Annual renewal date',
    legalBasis: 'article L113-12 du Code des assurances',
    legalBasisEn: 'article L113-12 of the French Insurance Code',
  },
  'loi-hamon': {
    labelFr: 'Loi Hamon (après un an de contrat)',
    labelEn: 'Hamon law (after one year of cover)',
    legalBasis: 'articles L113-15-2 et R113-12 du Code des assurances',
    legalBasisEn: 'articles L113-15-2 and R113-12 of the French Insurance Code',
  },
  'ria-sante': {
    labelFr: 'Résiliation infra-annuelle complémentaire santé (RIA)',
    labelEn: 'Health cover termination at any time (RIA)',
    legalBasis: 'article L113-15-2 du Code des assurances (article L221-10-2 du Code de la mutualité)',
    legalBasisEn: 'article L113-15-2 of the French Insurance Code (article L221-10-2 of the Mutual Insurance Code)',
  },
  'loi-chatel': {
    labelFr: 'Loi Chatel (avis d’échéance tardif ou absent)',
    labelEn: 'Chatel law (late or missing renewal notice)',
    legalBasis: 'article L113-15-1 du Code des assurances',
    legalBasisEn: 'article L113-15-1 of the French Insurance Code',
  },
  'changement-situation': {
    labelFr: 'Changement de situation',
    labelEn: 'Change of circumstances',
    legalBasis: 'articles L113-16 et R113-6 du Code des assurances',
    legalBasisEn: 'articles L113-16 and R113-6 of the French Insurance Code',
  },
  'vente-vehicule': {
    labelFr: 'Vente du véhicule',
    labelEn: 'Sale of the vehicle',
    legalBasis: 'article L121-11 du Code des assurances',
    legalBasisEn: 'article L121-11 of the French Insurance Code',
  },
  'vente-bien': {
    labelFr: 'Vente ou cession du bien assuré',
    labelEn: 'Sale or transfer of the insured property',
    legalBasis: 'article L121-10 du Code des assurances',
    legalBasisEn: 'article L121-10 of the French Insurance Code',
  },
  deces: {
    labelFr: 'Décès du souscripteur',
    labelEn: 'Death of the policyholder',
    legalBasis: 'article L121-10 du Code des assurances',
    legalBasisEn: 'article L121-10 of the French Insurance Code',
  },
  'diminution-risque': {
    labelFr: 'Diminution du risque (baisse de prime refusée)',
    labelEn: 'Reduced risk (premium reduction refused)',
    legalBasis: 'article L113-4 du Code des assurances',
    legalBasisEn: 'article L113-4 of the French Insurance Code',
  },
  custom: {
    labelFr: 'Motif de résiliation personnalisé',
    labelEn: 'Custom reason',
    legalBasis: '',
    legalBasisEn: '',
  },
};

// Built once at import, by a call marked pure: a bundle that uses neither function below drops it (and this module).
const CATALOGUE: readonly Reason[] = /* @__PURE__ */ reasonCatalogue();

function reasonCatalogue(): readonly Reason[] {
  // String keys keep their insertion order: the entries come out in display order.
  return Object.freeze(
    (Object.keys(WORDINGS) as ReasonCode[]).map((code) => Object.freeze({ code, ...WORDINGS[code], ...reasonTiming(code) })),
  );
}

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
 * A reason of the catalogue by its code.
 *
 * @throws {RuleInputError} when `code` is not a known reason
 * @example
 * reasonByCode('loi-hamon').legalBasis //=> 'articles L113-15-2 et R113-12 du Code des assurances'
 */
export function reasonByCode(code: ReasonCode): Reason {
  reasonTiming(code); // throws the RuleInputError of an unknown code
  return CATALOGUE.find((candidate) => candidate.code === code)!;
}

