import { accountReadiness, checkJrmcMandate } from '@jrmc/core';
import type { AccountMandate, MandateSignParams } from '@jrmc/core/contract';
import { hasTopUp } from '../db/ledger-queries.js';
import type { AccountContext } from './context.js';
import { invalidRequest, ruleViolation } from './errors.js';
import { COLLECTIONS, type AccountRecord } from './records.js';

/**
 * Signs JRMC's mandate (letting JRMC send for the account) with the signatory's name, e-mail, mobile and the
 * company's SIREN, checked by core's `checkJrmcMandate`. Signed at first use, after the first top-up (core's
 * `accountReadiness().canSignMandate`); quotes work before it, sending does not.
 */
export function signJrmcMandate(context: AccountContext, account: AccountRecord, params: MandateSignParams): { account: AccountRecord; mandate: AccountMandate } {
  const issues = checkJrmcMandate(params);
  if (issues.length > 0) {
    throw invalidRequest('The mandate is incomplete', issues.map((issue) => ({ path: [issue.field], code: issue.reason, message: `${issue.field}: ${issue.reason}` })));
  }
  const toppedUp = hasTopUp(context.store, account.id);
  if (account.mandate.status !== 'signed' && !accountReadiness({ identityProof: account.identityProof.status, toppedUp, mandateSigned: false }).canSignMandate) {
    throw ruleViolation('account_not_ready', 'JRMC’s mandate is signed after the first top-up', { missing: ['top_up'] });
  }
  const mandate: AccountMandate = {
    status: 'signed',
    signedAt: context.now.toISOString(),
    signatoryName: params.signatoryName.trim(),
    signatoryEmail: params.signatoryEmail.trim(),
    signatoryMobile: params.signatoryMobile.replace(/[\s.\-()]/g, ''),
    // Spaces and dots are not part of the number.
    companySiren: params.companySiren.replace(/[\s.]/g, ''),
  };
  const next = context.store.put<AccountRecord>(COLLECTIONS.accounts, { ...account, mandate });
  return { account: next, mandate };
}
