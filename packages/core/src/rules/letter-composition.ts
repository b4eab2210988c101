import { normalizeSiret } from './identifiers.js';
import { RuleInputError } from './rule-input-error.js';

/** What identifies a subscriber, for deciding whether two contracts belong to the same one. */
export type SubscriberIdentity =
  | { kind: 'person'; firstName: string; lastName: string; birthDate?: string | null | undefined }
  | { kind: 'company'; siret: string };

/** The parts of a contract that decide whether it can share a letter with others. */
export interface CombinableContract {
  subscriber: SubscriberIdentity;
  /** Directory id of the insurer the letter goes to. */
  recipientId: string;
  reason: string;
  /** The wording of a custom reason: two custom reasons are the same only with the same wording. */
  customReasonText?: string | null | undefined;
}

/** A condition for sharing one termination letter. */
export type CombinabilityCondition = 'subscriber' | 'recipient' | 'reason';

/** Answer of {@link checkCombinable}: which conditions failed, in the FAQ's order. */
export type CombinabilityCheck = { ok: true } | { ok: false; differs: CombinabilityCondition[] };

/**
 * Whether several contracts can go on one termination letter: they must share the same subscriber,
 * the same recipient and the same reason. Otherwise each needs its own letter, and `differs` says
 * which conditions failed so the user can be told.
 *
 * People are compared by name (case, accents and spacing ignored) and birth date when both have one;
 * companies by SIREN (the legal entity), so two establishments of one company are the same subscriber.
 *
 * @example
 * const dupont = { kind: 'person', firstName: 'Jean', lastName: 'Dupont' } as const;
 * checkCombinable([
 *   { subscriber: dupont, recipientId: 'axa', reason: 'echeance' },
 *   { subscriber: { ...dupont, lastName: 'DUPONT ' }, recipientId: 'maif', reason: 'echeance' },
 * ]) //=> { ok: false, differs: ['recipient'] }
 */
export function checkCombinable(contracts: readonly CombinableContract[]): CombinabilityCheck {
  if (!Array.isArray(contracts)) throw new RuleInputError('contracts', contracts, 'expected an array');
  const [first, ...others] = contracts;
  if (!first) return { ok: true };
  const differs = new Set<CombinabilityCondition>();
  for (const other of others) {
    if (!sameSubscriber(first.subscriber, other.subscriber)) differs.add('subscriber');
    if (first.recipientId !== other.recipientId) differs.add('recipient');
    if (reasonKey(first) !== reasonKey(other)) differs.add('reason');
  }
  const ordered = (['subscriber', 'recipient', 'reason'] as const).filter((condition) => differs.has(condition));
  return ordered.length === 0 ? { ok: true } : { ok: false, differs: ordered };
}

/**
 * Whether two subscriber identities designate the same subscriber (see {@link checkCombinable}).
 *
 * @example
 * sameSubscriber({ kind: 'person', firstName: 'Éloïse', lastName: 'Martin' },
 *                { kind: 'person', firstName: 'eloise', lastName: 'MARTIN' }) //=> true
 */
export function sameSubscriber(a: SubscriberIdentity, b: SubscriberIdentity): boolean {
  if (a.kind === 'company' && b.kind === 'company') return normalizeSiret(a.siret).slice(0, 9) === normalizeSiret(b.siret).slice(0, 9);
  if (a.kind === 'person' && b.kind === 'person') {
    const sameName = normalizeName(a.firstName) === normalizeName(b.firstName) && normalizeName(a.lastName) === normalizeName(b.lastName);
    const bothBirthDates = Boolean(a.birthDate) && Boolean(b.birthDate);
    return sameName && (!bothBirthDates || a.birthDate === b.birthDate);
  }
  return false;
}

/** A loan named on a substitution letter. */
export interface LoanReference {
  reference: string;
  /** Directory id of the bank that granted the loan. */
  bankId: string;
}

/**
 * Whether several loans can be named on one substitution letter: only if granted by the same bank.
 *
 * @example
 * checkSameBank([{ reference: 'P1', bankId: 'bnp' }, { reference: 'P2', bankId: 'lcl' }])
 * //=> { ok: false, differs: ['bank'] }
 */
export function checkSameBank(loans: readonly LoanReference[]): { ok: true } | { ok: false; differs: ['bank'] } {
  const banks = new Set(loans.map((loan) => loan.bankId));
  return banks.size <= 1 ? { ok: true } : { ok: false, differs: ['bank'] };
}

/**
 * Whether several borrower-insurance contracts (old or new) can share a reference field: only if
 * taken out with the same insurer.
 *
 * @example
 * checkSameInsurer([{ insurerId: 'cnp' }, { insurerId: 'cnp' }]) //=> { ok: true }
 */
export function checkSameInsurer(contracts: readonly { insurerId: string }[]): { ok: true } | { ok: false; differs: ['insurer'] } {
  const insurers = new Set(contracts.map((contract) => contract.insurerId));
  return insurers.size <= 1 ? { ok: true } : { ok: false, differs: ['insurer'] };
}

/**
 * Splits a reference field holding several contract references separated by "/" (as the FAQ asks).
 *
 * @example
 * splitContractReferences(' AB-12 / CD-34 /') //=> ['AB-12', 'CD-34']
 */
export function splitContractReferences(field: string): string[] {
  if (typeof field !== 'string') throw new RuleInputError('field', field, 'expected a string');
  return field
    .split('/')
    .map((reference) => reference.trim())
    .filter((reference) => reference.length > 0);
}

/**
 * Joins contract references into one field, the inverse of {@link splitContractReferences}.
 *
 * @example
 * joinContractReferences(['AB-12', 'CD-34']) //=> 'AB-12 / CD-34'
 */
export function joinContractReferences(references: readonly string[]): string {
  return references.map((reference) => reference.trim()).filter(Boolean).join(' / ');
}

function reasonKey(contract: CombinableContract): string {
  return contract.reason === 'custom' ? `custom:${(contract.customReasonText ?? '').trim().replace(/\s+/g, ' ')}` : contract.reason;
}

function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s'’-]+/g, ' ')
    .trim();
}

