import { addDeliveryDays, type RegionOptions } from './calendar.js';
import { addDays, assertIsoDate, type IsoDate } from './iso-date.js';
import { regionOfPostcode } from './postcode-region.js';
import { RuleInputError } from './rule-input-error.js';

/** The La Poste products of the paper mail service, cheapest first (the contract builds its enum from this). */
export const POSTAL_PRODUCTS = ['ecopli', 'lettre-verte', 'lettre-suivie', 'recommande', 'recommande-ar'] as const;

/** A La Poste product of the paper mail service. */
export type PostalProduct = (typeof POSTAL_PRODUCTS)[number];

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

/** Where a paper letter goes: its recipient's postcode decides the delivery calendar. */
export interface DeliveryOptions extends RegionOptions {
  /** The recipient's postcode; when given, it decides the region (57, 67, 68 → Alsace-Moselle) over `region`. */
  recipientPostcode?: string;
}

/**
 * The expected delivery day of a paper letter: the deposit date plus the product's delivery target,
 * counted in *jours ouvrables* (Monday–Saturday, not a public holiday) of the recipient's calendar.
 * For écopli and lettre verte it stays an estimate: they are never tracked as delivered.
 *
 * @throws {RuleInputError} when `depositDate` is malformed, `product` unknown or `recipientPostcode` not 5 digits
 * @example
 * paperDeliveryDate('2026-11-27', 'lettre-verte') //=> '2026-12-01' (Fri → Sat, Mon, Tue)
 * paperDeliveryDate('2026-11-27', 'ecopli') //=> '2026-12-02'
 * paperDeliveryDate('2026-12-24', 'lettre-verte', { recipientPostcode: '67000' }) //=> '2026-12-30' (26 Dec is a holiday in Strasbourg)
 */
export function paperDeliveryDate(depositDate: IsoDate, product: PostalProduct, options: DeliveryOptions = {}): IsoDate {
  assertIsoDate(depositDate, 'depositDate');
  return addDeliveryDays(depositDate, postalProduct(product).deliveryDays, deliveryRegion(options));
}

/**
 * Whether La Poste tracks a product: only tracked products can end `delivered` (or `returned`) and be investigated.
 * Écopli and lettre verte have no tracking and no proof.
 *
 * @example
 * isTrackedProduct('lettre-suivie') //=> true
 * isTrackedProduct('ecopli') //=> false
 */
export function isTrackedProduct(product: PostalProduct): boolean {
  return postalProduct(product).tracking;
}

/**
 * The status a paper letter takes once deposited: `in_transit` for tracked products; `sent` for écopli and lettre
 * verte, which stay `sent` for good, with an estimated delivery date ({@link paperDeliveryDate}).
 *
 * @example
 * statusAfterDeposit('recommande-ar') //=> 'in_transit'
 * statusAfterDeposit('lettre-verte') //=> 'sent'
 */
export function statusAfterDeposit(product: PostalProduct): 'in_transit' | 'sent' {
  return isTrackedProduct(product) ? 'in_transit' : 'sent';
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
 * Whether an investigation can be opened on `today` for a paper letter: a tracked product (écopli and lettre verte
 * never can), still in transit, more than 15 days after its dispatch, and none opened yet.
 *
 * @example
 * canOpenInvestigation({ status: 'in_transit', dispatchDate: '2026-11-02', product: 'lettre-suivie' }, '2026-11-18') //=> true
 * canOpenInvestigation({ status: 'in_transit', dispatchDate: '2026-11-02' }, '2026-11-17') //=> false
 * canOpenInvestigation({ status: 'sent', dispatchDate: '2026-11-02', product: 'ecopli' }, '2026-12-18') //=> false
 */
export function canOpenInvestigation(
  letter: { status: string; dispatchDate: IsoDate | null; investigation?: unknown; product?: PostalProduct },
  today: IsoDate,
): boolean {
  assertIsoDate(today, 'today');
  if (letter.product !== undefined && !isTrackedProduct(letter.product)) return false;
  return letter.status === 'in_transit' && letter.dispatchDate !== null && !letter.investigation && today >= investigationOpensOn(letter.dispatchDate);
}

function deliveryRegion(options: DeliveryOptions): RegionOptions {
  if (options.recipientPostcode !== undefined) return { region: regionOfPostcode(options.recipientPostcode) };
  return options.region === undefined ? {} : { region: options.region };
}
