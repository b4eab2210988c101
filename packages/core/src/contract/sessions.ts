import * as z from 'zod/mini';
import { Id, Timestamp } from './common.js';

/** What a browser session token may do. A token never carries more than the scopes it was minted with. */
export const SessionScope = z.enum([
  'account:read',
  'directory:read',
  'letters:read',
  'letters:write',
  'credit:read',
  'credit:write',
  'invoices:read',
  /** Manage the account: profiles, identity proof, JRMC's mandate, help requests, closure. Managers only. */
  'account:manage',
]);
export type SessionScope = z.infer<typeof SessionScope>;

/** Every scope: what the components need for the full flow (a collaborator's session gets all but `account:manage`). */
export const ALL_SESSION_SCOPES: readonly SessionScope[] = SessionScope.options;

/** `POST /v1/sessions` — called by the integrator's backend with the account API key, never from a browser. */
export const SessionCreateParams = z.object({
  /** Defaults to every scope. */
  scopes: z.optional(z.array(SessionScope).check(z.minLength(1))),
  /** The user profile the browser acts as (letters get assigned to it). */
  userProfileId: z.optional(Id),
  /** Lifetime in seconds, 60–3600 (default 900). */
  ttlSeconds: z.optional(z.int().check(z.minimum(60), z.maximum(3600))),
});
export type SessionCreateParams = z.infer<typeof SessionCreateParams>;

/** A short-lived, scoped bearer token for browsers. */
export const Session = z.object({
  token: z.string(),
  expiresAt: Timestamp,
  scopes: z.array(SessionScope),
  accountId: Id,
  userProfileId: z.nullable(Id),
});
export type Session = z.infer<typeof Session>;
