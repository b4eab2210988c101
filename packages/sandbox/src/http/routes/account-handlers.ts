import { sessionScopesFor } from '@jrmc/core';
import { ALL_SESSION_SCOPES, type Account, type SessionCreateParams } from '@jrmc/core/contract';
import { closeAccount, revokeAllSessions, revokeSession, rotateApiKey } from '../../services/account-lifecycle.js';
import { signMandate, uploadIdentityProof, type OnboardingAccount } from '../../services/account-onboarding.js';
import { reactivateProfile, reassignLetters } from '../../services/account-team.js';
import { newId } from '../../services/ids.js';
import { getOwned } from '../../services/ownership.js';
import { COLLECTIONS, type AccountRecord, type ProfileRecord, type SessionRecord } from '../../services/records.js';
import { withoutOwner } from '../../services/resources.js';
import { activeProfile } from '../../services/termination-drafts.js';
import { fromBase64 } from '../../services/bytes.js';
import { DomainError, invalidRequest } from '../../services/errors.js';
import type { HandlerInput } from '../handler.js';

const DEFAULT_SESSION_TTL_SECONDS = 900;

function accountResource(record: AccountRecord): Account {
  const { nextInvoiceMonth: _month, invoiceSequence: _sequence, closedAt: _closedAt, identityVerification: _verification, ...account } = record as OnboardingAccount;
  return account;
}

function accountOf({ context }: HandlerInput): AccountRecord {
  return context.store.get<AccountRecord>(COLLECTIONS.accounts, context.accountId)!;
}

export const accountHandlers = {
  closeAccount: ({ context }: HandlerInput) => closeAccount(context),
  rotateApiKey: ({ context }: HandlerInput) => rotateApiKey(context),
  revokeSession: ({ context, path }: HandlerInput) => revokeSession(context, path.sessionToken!),
  revokeAllSessions: ({ context }: HandlerInput) => revokeAllSessions(context),

  createSession(input: HandlerInput) {
    const params = input.body as SessionCreateParams;
    const { context } = input;
    const profile = params.userProfileId ? activeProfile(context, params.userProfileId) : null;
    const { granted, refused } = sessionScopesFor(profile?.role ?? null, params.scopes, ALL_SESSION_SCOPES);
    if (refused.length > 0) {
      throw new DomainError('permission', 'scope_not_allowed', `A ${profile?.role ?? ''} profile's session cannot hold ${refused.map((s) => `"${s}"`).join(', ')} (managers only)`, { data: { scopes: refused } });
    }
    const ttl = params.ttlSeconds ?? DEFAULT_SESSION_TTL_SECONDS;
    const session = context.store.insert<SessionRecord>(COLLECTIONS.sessions, {
      id: newId('sess', 24),
      accountId: context.accountId,
      profileId: params.userProfileId ?? null,
      scopes: granted,
      expiresAt: new Date(context.now.getTime() + ttl * 1000).toISOString(),
    });
    return { token: session.id, expiresAt: session.expiresAt, scopes: session.scopes, accountId: session.accountId, userProfileId: session.profileId };
  },

  getAccount: (input: HandlerInput) => accountResource(accountOf(input)),

  listProfiles: ({ context }: HandlerInput) => ({
    data: context.store.where<ProfileRecord>(COLLECTIONS.profiles, { account_id: context.accountId }).map(withoutOwner),
  }),

  createProfile({ context, body }: HandlerInput) {
    const profile = context.store.insert<ProfileRecord>(COLLECTIONS.profiles, {
      id: newId('usr'),
      accountId: context.accountId,
      name: body.name,
      email: body.email,
      role: body.role ?? 'collaborator',
      active: true,
      createdAt: context.now.toISOString(),
      deactivatedAt: null,
    });
    return withoutOwner(profile);
  },

  updateProfile({ context, path, body }: HandlerInput) {
    const profile = getOwned<ProfileRecord>(context, COLLECTIONS.profiles, path.profileId!, 'user profile');
    return withoutOwner(context.store.put<ProfileRecord>(COLLECTIONS.profiles, { ...profile, ...(body.name ? { name: body.name } : {}), ...(body.role ? { role: body.role } : {}) }));
  },

  deactivateProfile({ context, path }: HandlerInput) {
    const profile = getOwned<ProfileRecord>(context, COLLECTIONS.profiles, path.profileId!, 'user profile');
    // Its sessions end now; its letters stay assigned to it.
    context.store.deleteWhere(COLLECTIONS.sessions, { profile_id: profile.id });
    return withoutOwner(context.store.put<ProfileRecord>(COLLECTIONS.profiles, { ...profile, active: false, deactivatedAt: profile.deactivatedAt ?? context.now.toISOString() }));
  },

  reactivateProfile: ({ context, path }: HandlerInput) => reactivateProfile(context, path.profileId!),
  reassignLetters: ({ context, path, body }: HandlerInput) => reassignLetters(context, path.profileId!, body),

  uploadIdentityProof: ({ context, body }: HandlerInput) => {
    if (!fromBase64(body.contentBase64)) throw invalidRequest('The document is not base64', [{ path: ['contentBase64'], code: 'invalid_format', message: 'Expected base64' }]);
    return uploadIdentityProof(context, body);
  },
  signMandate: ({ context, body }: HandlerInput) => signMandate(context, body),
};
