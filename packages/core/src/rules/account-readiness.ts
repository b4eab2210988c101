import { isValidSiren } from './identifiers.js';
import { type LetterStatus, wasDispatched } from './letter-lifecycle.js';

/**
 * Whether the account is still on its first send (LRE cut-off 18:00: JRMC checks the account by hand first).
 * It stays so until one of its letters has actually been DEPOSITED — validated or scheduled letters do not count —
 * so every letter validated before that first deposit uses 18:00.
 *
 * @param letters - the account's letters (any order); only their status is read
 * @returns `true` while none has been deposited
 * @example
 * isFirstSend([{ status: 'scheduled' }, { status: 'draft' }]) //=> true
 * isFirstSend([{ status: 'sent' }]) //=> false
 */
export function isFirstSend(letters: readonly { status: LetterStatus }[]): boolean {
  return !letters.some((letter) => wasDispatched(letter.status));
}

/** What the JRMC mandate (letting JRMC send for the account) records when it is signed. */
export interface JrmcMandateSignature {
  signatoryName: string;
  signatoryEmail: string;
  /** French mobile number (06 / 07, or +33 6 / +33 7). */
  signatoryMobile: string;
  /** The account company's SIREN (9 digits, Luhn). */
  companySiren: string;
}

/** A field of the JRMC mandate and why it is refused. */
export interface MandateIssue {
  field: keyof JrmcMandateSignature;
  reason: 'required' | 'invalid_email' | 'invalid_mobile' | 'invalid_siren';
}

/**
 * Validates the JRMC mandate's signature data: signatory's name, e-mail, mobile and the company's SIREN.
 *
 * @returns the list of issues, empty when the mandate can be signed
 * @example
 * checkJrmcMandate({ signatoryName: 'Ana Roy', signatoryEmail: 'ana@cabinet.fr', signatoryMobile: '06 12 34 56 78', companySiren: '732 829 320' }) //=> []
 * checkJrmcMandate({ signatoryName: '', signatoryEmail: 'ana', signatoryMobile: '01 23 45 67 89', companySiren: '732829321' })
 * //=> [{ field: 'signatoryName', reason: 'required' }, { field: 'signatoryEmail', reason: 'invalid_email' },
 * //    { field: 'signatoryMobile', reason: 'invalid_mobile' }, { field: 'companySiren', reason: 'invalid_siren' }]
 */
export function checkJrmcMandate(mandate: Partial<JrmcMandateSignature>): MandateIssue[] {
  const issues: MandateIssue[] = [];
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const check = (field: keyof JrmcMandateSignature, valid: (value: string) => boolean, reason: MandateIssue['reason']) => {
    const value = text(mandate[field]);
    if (!value) issues.push({ field, reason: 'required' });
    else if (!valid(value)) issues.push({ field, reason });
  };
  check('signatoryName', () => true, 'required');
  check('signatoryEmail', (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'invalid_email');
  check('signatoryMobile', isFrenchMobile, 'invalid_mobile');
  check('companySiren', isValidSiren, 'invalid_siren');
  return issues;
}

function isFrenchMobile(value: string): boolean {
  const compact = value.replace(/[\s.\-()]/g, '');
  return /^(?:0|\+33|0033)[67]\d{8}$/.test(compact);
}

/** What {@link accountReadiness} looks at. */
export interface AccountReadinessInput {
  /** Identity proof status (`verified` once JRMC's team has checked it). */
  identityProof: 'missing' | 'pending' | 'verified' | 'rejected';
  /** Whether the account has ever been topped up. */
  toppedUp: boolean;
  /** Whether the JRMC mandate is signed. */
  mandateSigned: boolean;
}

/** A step the account still has to complete, in onboarding order. */
export type ReadinessStep = 'identity_proof' | 'top_up' | 'jrmc_mandate';

/** Answer of {@link accountReadiness}. */
export interface AccountReadiness {
  /** Ready to send: nothing missing. Quotes work before. */
  ready: boolean;
  missing: ReadinessStep[];
  /** The mandate is signed at first use, after the first top-up. */
  canSignMandate: boolean;
}

/**
 * Whether an account can send letters: identity proof verified, credit topped up once, JRMC mandate signed.
 * Quotes are allowed before; sending is not. Lists what is missing, in onboarding order.
 *
 * @example
 * accountReadiness({ identityProof: 'verified', toppedUp: true, mandateSigned: false })
 * //=> { ready: false, missing: ['jrmc_mandate'], canSignMandate: true }
 * accountReadiness({ identityProof: 'pending', toppedUp: false, mandateSigned: false })
 * //=> { ready: false, missing: ['identity_proof', 'top_up', 'jrmc_mandate'], canSignMandate: false }
 */
export function accountReadiness(input: AccountReadinessInput): AccountReadiness {
  const missing: ReadinessStep[] = [];
  if (input.identityProof !== 'verified') missing.push('identity_proof');
  if (!input.toppedUp) missing.push('top_up');
  if (!input.mandateSigned) missing.push('jrmc_mandate');
  return { ready: missing.length === 0, missing, canSignMandate: input.toppedUp && !input.mandateSigned };
}

/** The largest identity proof (ORIAS certificate, statutes, Kbis) JRMC's team accepts: 5 MiB. */
export const MAX_IDENTITY_PROOF_BYTES = 5 * 1024 * 1024;
