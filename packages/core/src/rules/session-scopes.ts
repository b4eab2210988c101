/**
 * Which session scopes a user profile's role allows. Managing the account (profiles, identity proof, JRMC's
 * mandate, closure, help requests about the account) is for managers; collaborators send and follow letters.
 * A session minted without a profile acts for the account itself (the integrator's backend decides), so every
 * scope is allowed.
 */

/** The role of a user profile, or `null` for a session minted without one. */
export type ProfileRole = 'manager' | 'collaborator' | null;

/** The scopes only a manager (or a profile-less session) may hold. */
export const MANAGER_ONLY_SCOPES: readonly string[] = ['account:manage'];

/**
 * Whether a role may hold a scope.
 *
 * @example
 * roleAllowsScope('collaborator', 'letters:write') //=> true
 * roleAllowsScope('collaborator', 'account:manage') //=> false
 * roleAllowsScope('manager', 'account:manage') //=> true
 */
export function roleAllowsScope(role: ProfileRole, scope: string): boolean {
  return role !== 'collaborator' || !MANAGER_ONLY_SCOPES.includes(scope);
}

/** What {@link sessionScopesFor} decides. */
export interface SessionScopeGrant<S extends string> {
  /** The scopes the session gets, in the order asked. */
  granted: S[];
  /** Scopes explicitly asked for that the role may not hold (the request must be refused). */
  refused: S[];
}

/**
 * The scopes of a new session. When scopes are asked for explicitly, any the role may not hold is refused (the
 * caller answers 403 naming it) rather than silently dropped; when none are asked for, the session gets every
 * scope the role allows. Duplicates are removed.
 *
 * @param role - the profile's role, `null` without a profile
 * @param requested - the scopes asked for, `undefined` for the default
 * @param all - every scope that exists
 * @example
 * sessionScopesFor('collaborator', undefined, ['letters:read', 'account:manage'])
 * //=> { granted: ['letters:read'], refused: [] }
 * sessionScopesFor('collaborator', ['account:manage'], ['letters:read', 'account:manage'])
 * //=> { granted: [], refused: ['account:manage'] }
 */
export function sessionScopesFor<S extends string>(role: ProfileRole, requested: readonly S[] | undefined, all: readonly S[]): SessionScopeGrant<S> {
  const asked = [...new Set(requested ?? all)];
  const granted = asked.filter((scope) => roleAllowsScope(role, scope));
  const refused = requested ? asked.filter((scope) => !roleAllowsScope(role, scope)) : [];
  return { granted, refused };
}
