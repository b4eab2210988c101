import { accountReadiness, checkJrmcMandate, type MandateIssue } from '@jrmc/core';
import type { AccountMandate, IdentityProof, IdentityProofUploadParams, MandateSignParams } from '@jrmc/core/contract';
import type { AccountContext, SandboxContext } from './context.js';
import { conflict, invalidRequest } from './errors.js';
import { COLLECTIONS, type AccountRecord } from './records.js';

/** When JRMC's "team" answers an identity proof, and what: kept on the account, never shown. */
export interface IdentityVerification {
  dueAt: string;
  outcome: 'verified' | 'rejected';
}

/** The account record with its pending verification (the `identity_verification` column). */
export type OnboardingAccount = AccountRecord & { identityVerification?: IdentityVerification | null };

const HOUR_MS = 3_600_000;
/** An ordinary document is checked within the hour, on the account's clock. */
const USUAL_DELAY_MS = 1 * HOUR_MS;
/** A file named *slow* / *lent* waits three days, to test the pending state. */
const SLOW_DELAY_MS = 72 * HOUR_MS;

/**
 * The sandbox's magic file names for identity proofs (case ignored): *rejected* / *refuse* is rejected,
 * *slow* / *lent* is checked after three days instead of one hour; both can be combined.
 */
export function verificationPlan(filename: string, uploadedAt: Date): IdentityVerification {
  const slow = /slow|lent/i.test(filename);
  return {
    dueAt: new Date(uploadedAt.getTime() + (slow ? SLOW_DELAY_MS : USUAL_DELAY_MS)).toISOString(),
    outcome: /rejected|refuse/i.test(filename) ? 'rejected' : 'verified',
  };
}

const REJECTION_REASON = 'Document illisible ou non valide : envoyez une copie lisible et à jour';

/** Uploads the identity proof: pending until its verification falls due on the account's clock. */
export function uploadIdentityProof(context: AccountContext, params: IdentityProofUploadParams): IdentityProof {
  const account = accountOf(context);
  if (account.kind === 'broker' && params.kind === 'orias-certificate' && !params.oriasNumber && !account.oriasNumber) {
    throw invalidRequest('A broker’s ORIAS certificate comes with its 8-digit ORIAS number', [{ path: ['oriasNumber'], code: 'required', message: 'The ORIAS number shown on the certificate' }]);
  }
  const identityProof: IdentityProof = { status: 'pending', kind: params.kind, uploadedAt: context.now.toISOString(), rejectionReason: null };
  const next: OnboardingAccount = {
    ...account,
    identityProof,
    oriasNumber: params.oriasNumber ?? account.oriasNumber,
    identityVerification: verificationPlan(params.filename, context.now),
  };
  saveWithStatus(context, next);
  return identityProof;
}

/** The verification due on the account's clock at or before `until`, if any. */
export function dueVerification(account: OnboardingAccount, until: Date): IdentityVerification | null {
  const verification = account.identityVerification;
  return verification && account.identityProof.status === 'pending' && Date.parse(verification.dueAt) <= until.getTime() ? verification : null;
}

/** Applies the verification (if the same upload is still pending). */
export function applyVerification(context: SandboxContext, accountId: string, verification: IdentityVerification): void {
  const account = context.store.get<OnboardingAccount>(COLLECTIONS.accounts, accountId);
  if (!account || account.identityVerification?.dueAt !== verification.dueAt || account.identityProof.status !== 'pending') return;
  const rejected = verification.outcome === 'rejected';
  saveWithStatus(context, {
    ...account,
    identityProof: { ...account.identityProof, status: verification.outcome, rejectionReason: rejected ? REJECTION_REASON : null },
    identityVerification: null,
  });
}

/**
 * Signs JRMC's mandate: at first use, after the first top-up (core `accountReadiness`), with the signatory's name,
 * e-mail, mobile and the company's SIREN (core `checkJrmcMandate`). Signing again replaces the signature.
 */
export function signMandate(context: AccountContext, params: MandateSignParams): AccountMandate {
  const issues = checkJrmcMandate(params);
  if (issues.length > 0) throw invalidRequest('The mandate cannot be signed as given', issues.map(toFieldIssue));
  const account = accountOf(context);
  if (!toppedUp(context)) throw conflict('top_up_first', 'JRMC’s mandate is signed at first use, after the first top-up of the credit');
  const mandate: AccountMandate = {
    status: 'signed',
    signedAt: context.now.toISOString(),
    signatoryName: params.signatoryName.trim(),
    signatoryEmail: params.signatoryEmail.trim(),
    signatoryMobile: params.signatoryMobile!.trim(),
    companySiren: params.companySiren!.replace(/[\s.]/g, ''),
  };
  saveWithStatus(context, { ...account, mandate });
  return mandate;
}

const MANDATE_MESSAGES: Record<MandateIssue['reason'], string> = {
  required: 'Required',
  invalid_email: 'Expected an e-mail address',
  invalid_mobile: 'Expected a French mobile number (06 / 07)',
  invalid_siren: 'Expected a valid 9-digit SIREN',
};

function toFieldIssue(issue: MandateIssue) {
  return { path: [issue.field], code: issue.reason, message: MANDATE_MESSAGES[issue.reason] };
}

function toppedUp(context: AccountContext): boolean {
  return context.store.count(COLLECTIONS.receipts, { account_id: context.accountId }) > 0;
}

function accountOf(context: AccountContext): OnboardingAccount {
  return context.store.get<OnboardingAccount>(COLLECTIONS.accounts, context.accountId)!;
}

/** Saves the account with its status from core's readiness rule (a closed account stays closed). */
function saveWithStatus(context: SandboxContext & { accountId?: string }, account: OnboardingAccount): void {
  const ready = accountReadiness({
    identityProof: account.identityProof.status,
    toppedUp: context.store.count(COLLECTIONS.receipts, { account_id: account.id }) > 0,
    mandateSigned: account.mandate.status === 'signed',
  }).ready;
  const status = account.status === 'closing' ? 'closing' : ready ? 'ready' : 'onboarding';
  context.store.put<OnboardingAccount>(COLLECTIONS.accounts, { ...account, status });
}
