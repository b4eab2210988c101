import { roleAllowsScope } from '@jrmc/core';
import type { Operation } from '@jrmc/core/contract';
import type { Sandbox } from '../sandbox.js';
import { DomainError } from '../services/errors.js';
import { COLLECTIONS, type AccountRecord, type ApiKeyRecord, type ProfileRecord, type SessionRecord } from '../services/records.js';
import type { Principal } from './handler.js';

/**
 * Who is calling, from `Authorization: Bearer …`: an account API key, or a session token unexpired on
 * its account's clock whose scopes cover the operation. Operations without a scope need the API key.
 * Synchronous on purpose: nothing can interleave between reading the credentials and using them.
 */
export function authenticate(sandbox: Sandbox, authorization: string | undefined, operation: Operation): Principal {
  const { store } = sandbox;
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw new DomainError('authentication', 'missing_credentials', 'Send the API key or a session token as "Authorization: Bearer …"');
  const key = store.get<ApiKeyRecord>(COLLECTIONS.apiKeys, token);
  if (key) {
    if (key.revokedAt) throw new DomainError('authentication', 'key_revoked', 'This API key was replaced by a rotation: use the new key');
    return { accountId: key.accountId, profileId: null, via: 'apiKey', closed: isClosed(sandbox, key.accountId) };
  }
  const session = store.get<SessionRecord>(COLLECTIONS.sessions, token);
  if (!session) throw new DomainError('authentication', 'invalid_credentials', 'Unknown API key or session token');
  // Fails closed: an unreadable expiry or clock counts as expired (NaN compares false).
  if (!(Date.parse(session.expiresAt) > sandbox.now(session.accountId).getTime())) {
    throw new DomainError('authentication', 'token_expired', 'The session token has expired: get a new one');
  }
  const profile = session.profileId ? store.get<ProfileRecord>(COLLECTIONS.profiles, session.profileId) : undefined;
  if (profile?.active === false) {
    throw new DomainError('authentication', 'profile_inactive', 'This user profile has been deactivated');
  }
  if (operation.scope === null) throw new DomainError('permission', 'api_key_required', 'This operation needs the account API key (server side), not a session token');
  if (!session.scopes.includes(operation.scope)) throw new DomainError('permission', 'missing_scope', `The session token lacks the "${operation.scope}" scope`, { data: { scope: operation.scope } });
  // The role is read now, not when the token was minted: a manager demoted to collaborator loses the scope at once.
  if (profile && !roleAllowsScope(profile.role, operation.scope)) {
    throw new DomainError('permission', 'missing_scope', `The session token lacks the "${operation.scope}" scope: its profile is a collaborator, managers only`, { data: { scope: operation.scope } });
  }
  return { accountId: session.accountId, profileId: session.profileId, via: 'session', closed: isClosed(sandbox, session.accountId) };
}

function isClosed(sandbox: Sandbox, accountId: string): boolean {
  return sandbox.store.get<AccountRecord>(COLLECTIONS.accounts, accountId)?.status === 'closing';
}
