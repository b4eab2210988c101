import { addDeliveryDays, type RegionOptions } from './calendar.js';
import { addDays, assertIsoDate, type IsoDate } from './iso-date.js';
import { RuleInputError } from './rule-input-error.js';

/** A La Poste product of the paper mail service. */
export type PostalProduct = 'ecopli' | 'lettre-verte' | 'lettre-suivie' | 'recommande' | 'recommande-ar';

/** What a postal product offers. */
export interface PostalProductInfo {
  code: PostalProduct;
  labelFr: string;
  labelEn: string;
  /** Delivery target in *jours ouvrables* after deposit. */
  deliveryDays: number;
  tracking: boolean;
  proofOfSending: boolean;
  proofOfReceipt: boolean;
}

const PRODUCTS: readonly PostalProductInfo[] = Object.freeze(
  [
    { code: 'ecopli', labelFr: 'Écopli', labelEn: 'Ecopli (economy)', deliveryDays: 4, tracking: false, proofOfSending: false, proofOfReceipt: false },
    { code: 'lettre-verte', labelFr: 'Lettre verte', labelEn: 'Lettre verte (standard)', deliveryDays: 3, tracking: false, proofOfSending: false, proofOfReceipt: false },
    { code: 'lettre-suivie', labelFr: 'Lettre suivie', labelEn: 'Tracked letter', deliveryDays: 3, tracking: true, proofOfSending: false, proofOfReceipt: false },
    { code: 'recommande', labelFr: 'Lettre recommandée sans accusé de réception', labelEn: 'Registered letter without acknowledgement of receipt', deliveryDays: 3, tracking: true, proofOfSending: true, proofOfReceipt: false },
    { code: 'recommande-ar', labelFr: 'Lettre recommandée avec accusé de réception', labelEn: 'Registered letter with acknowledgement of receipt', deliveryDays: 3, tracking: true, proofOfSending: true, proofOfReceipt: true },
  ].map((product) => Object.freeze(product as PostalProductInfo)),
);

/** Days after dispatch beyond which a paper letter still in transit can be investigated. */
export const INVESTIGATION_AFTER_DAYS = 15;

/**
 * The paper products, cheapest first.
 *
 * @example
 * postalProducts().map((p) => p.code) //=> ['ecopli', 'lettre-verte', 'lettre-suivie', 'recommande', 'recommande-ar']
 */
export function postalProducts(): readonly PostalProductInfo[] {
  return PRODUCTS;
}

/**
 * What a postal product offers.
 *
 * @throws {RuleInputError} when `product` is unknown
 * @example
 * postalProduct('lettre-suivie').tracking //=> true
 */
export function postalProduct(product: PostalProduct): PostalProductInfo {
  const info = PRODUCTS.find((candidate) => candidate.code === product);
  if (!info) throw new RuleInputError('product', product, 'unknown postal product');
  return info;
}

/**
 * The expected delivery day of a paper letter: the deposit date plus the product's delivery target,
 * counted in *jours ouvrables* (Monday–Saturday, not a public holiday).
 *
 * @example
 * paperDeliveryDate('2026-11-27', 'lettre-verte') //=> '2026-12-01' (Fri → Sat, Mon, Tue)
 * paperDeliveryDate('2026-11-27', 'ecopli') //=> '2026-12-02'
 */
export function paperDeliveryDate(depositDate: IsoDate, product: PostalProduct, options: RegionOptions = {}): IsoDate {
  assertIsoDate(depositDate, 'depositDate');
  return addDeliveryDays(depositDate, postalProduct(product).deliveryDays, options);
}

/**
 * The first day an investigation can be opened for a paper letter still "en cours d'acheminement":
 * more than 15 days after its dispatch, i.e. from dispatch + 16 days.
 *
 * @example
 * investigationOpensOn('2026-11-02') //=> '2026-11-18'
 */
export function investigationOpensOn(dispatchDate: IsoDate): IsoDate {
  return addDays(assertIsoDate(dispatchDate, 'dispatchDate'), INVESTIGATION_AFTER_DAYS + 1);
}

/**
 * Whether an investigation can be opened on `today` for a paper letter: still in transit, more than
 * 15 days after its dispatch, and none opened yet.
 *
 * @example
 * canOpenInvestigation({ status: 'in_transit', dispatchDate: '2026-11-02' }, '2026-11-18') //=> true
 * canOpenInvestigation({ status: 'in_transit', dispatchDate: '2026-11-02' }, '2026-11-17') //=> false
 */
export function canOpenInvestigation(
  letter: { status: string; dispatchDate: IsoDate | null; investigation?: unknown },
  today: IsoDate,
): boolean {
  assertIsoDate(today, 'today');
  return letter.status === 'in_transit' && letter.dispatchDate !== null && !letter.investigation && today >= investigationOpensOn(letter.dispatchDate);
}
