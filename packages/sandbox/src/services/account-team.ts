import type { LetterReassignment, LetterReassignParams, UserProfile } from '@jrmc/core/contract';
import type { AccountContext } from './context.js';
import { conflict, invalidRequest } from './errors.js';
import { getOwned } from './ownership.js';
import { COLLECTIONS, type LetterRecord, type ProfileRecord } from './records.js';
import { withoutOwner } from './resources.js';
import { activeProfile } from './termination-drafts.js';

/** Reactivates a deactivated profile: it can log in again and be given letters. Already active: unchanged. */
export function reactivateProfile(context: AccountContext, profileId: string): UserProfile {
  const profile = getOwned<ProfileRecord>(context, COLLECTIONS.profiles, profileId, 'user profile');
  if (profile.active) return withoutOwner(profile);
  return withoutOwner(context.store.put<ProfileRecord>(COLLECTIONS.profiles, { ...profile, active: true, deactivatedAt: null }));
}

/**
 * Hands the letters assigned to one profile (deactivated or not) to another, active, profile: all of them, or
 * only those listed. A listed letter that is not the source profile's is refused (nothing changes), so a stale
 * screen cannot take a letter from someone else.
 */
export function reassignLetters(context: AccountContext, fromProfileId: string, params: LetterReassignParams): LetterReassignment {
  const from = getOwned<ProfileRecord>(context, COLLECTIONS.profiles, fromProfileId, 'user profile');
  const to = activeProfileOrField(context, params.toProfileId);
  if (to.id === from.id) throw conflict('same_profile', 'The letters are already assigned to this profile');
  const letters = params.letterIds
    ? params.letterIds.map((id, index) => {
        const letter = context.store.get<LetterRecord>(COLLECTIONS.letters, id);
        if (!letter || letter.accountId !== context.accountId || letter.assigneeId !== from.id) {
          throw invalidRequest('A listed letter is not assigned to this profile', [{ path: ['letterIds', index], code: 'not_assigned', message: 'Not a letter of this profile' }]);
        }
        return letter;
      })
    : context.store.where<LetterRecord>(COLLECTIONS.letters, { account_id: context.accountId, assignee_id: from.id });
  const unique = new Map(letters.map((letter) => [letter.id, letter]));
  for (const letter of unique.values()) context.store.put<LetterRecord>(COLLECTIONS.letters, { ...letter, assigneeId: to.id });
  return { fromProfileId: from.id, toProfileId: to.id, reassigned: unique.size };
}

function activeProfileOrField(context: AccountContext, profileId: string): ProfileRecord {
  try {
    return activeProfile(context, profileId);
  } catch (error) {
    // activeProfile names `assigneeId`; here the field is `toProfileId`.
    if (error instanceof Error && 'type' in error && (error as { type: string }).type === 'invalid_request') {
      throw invalidRequest('Unknown user profile', [{ path: ['toProfileId'], code: 'unknown_profile', message: 'Not a profile of this account' }]);
    }
    throw error;
  }
}
