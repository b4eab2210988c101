import type { Operation } from '@jrmc/core/contract';
import type { DocumentStore } from '../store/document-store.js';
import { COLLECTIONS, type ApiKeyRecord, type ProfileRecord, type SessionRecord } from '../domain/records.js';
import { ApiError } from './api-error.js';
import type { Principal } from './handler.js';

/**
 * Who is calling, from `Authorization: Bearer …`: an account API key, or an unexpired session token
 * whose scopes cover the operation. Operations without a scope need the API key itself.
 */
export function authenticate(store: DocumentStore, authorization: string | undefined, operation: Operation, now: Date): Principal {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw new ApiError('authentication', 'missing_credentials', 'Send the API key or a session token as "Authorization: Bearer …"');
  const key = store.get<ApiKeyRecord>(COLLECTIONS.apiKeys, token);
  if (key) return { accountId: key.accountId, profileId: null, via: 'apiKey' };
  const session = store.get<SessionRecord>(COLLECTIONS.sessions, token);
  if (!session) throw new ApiError('authentication', 'invalid_credentials', 'Unknown API key or session token');
  if (new Date(session.expiresAt) <= now) throw new ApiError('authentication', 'token_expired', 'The session token has expired: get a new one');
  if (session.profileId && store.get<ProfileRecord>(COLLECTIONS.profiles, session.profileId)?.active === false) {
    throw new ApiError('authentication', 'profile_inactive', 'This user profile has been deactivated');
  }
  if (operation.scope === null) throw new ApiError('permission', 'api_key_required', 'This operation needs the account API key (server side), not a session token');
  if (!session.scopes.includes(operation.scope)) throw new ApiError('permission', 'missing_scope', `The session token lacks the "${operation.scope}" scope`);
  return { accountId: session.accountId, profileId: session.profileId, via: 'session' };
}
