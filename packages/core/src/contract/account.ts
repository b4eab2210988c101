import * as z from 'zod/mini';
import { checkJrmcMandate, MAX_IDENTITY_PROOF_BYTES } from '../rules/account-readiness.js';
import { isValidOrias, isValidSiren } from '../rules/identifiers.js';
import { Id, PostalAddress, ShortText, SignedCents, Timestamp } from './common.js';

/** What kind of professional owns the account. */
export const AccountKind = z.enum(['broker', 'insurer', 'mutual']);
export type AccountKind = z.infer<typeof AccountKind>;

/** Identity proof verification (ORIAS certificate for brokers, statutes for mutuals). */
export const IdentityProof = z.object({
  status: z.enum(['missing', 'pending', 'verified', 'rejected']),
  kind: z.nullable(z.enum(['orias-certificate', 'statutes', 'kbis'])),
  uploadedAt: z.nullable(Timestamp),
  rejectionReason: z.nullable(z.string()),
});
export type IdentityProof = z.infer<typeof IdentityProof>;

/** The mandate letting JRMC send on the account's behalf. */
export const AccountMandate = z.object({
  status: z.enum(['unsigned', 'signed']),
  signedAt: z.nullable(Timestamp),
  signatoryName: z.nullable(z.string()),
  signatoryEmail: z.optional(z.nullable(z.string())),
  signatoryMobile: z.optional(z.nullable(z.string())),
  /** The account company's SIREN, as signed. */
  companySiren: z.optional(z.nullable(z.string())),
});
export type AccountMandate = z.infer<typeof AccountMandate>;

/** The customer account (an insurer, mutual or broker). */
export const Account = z.object({
  id: Id,
  name: z.string(),
  kind: AccountKind,
  oriasNumber: z.nullable(z.string()),
  address: PostalAddress,
  email: z.string(),
  /** `ready` once identity is verified and the mandate signed. */
  status: z.enum(['onboarding', 'ready', 'closing']),
  identityProof: IdentityProof,
  mandate: AccountMandate,
  /** Whether the account has sent a letter yet: the first LRE closes at 18:00 instead of 20:00. */
  hasSent: z.boolean(),
  balance: SignedCents,
  createdAt: Timestamp,
});
export type Account = z.infer<typeof Account>;

/** A user of the account (manager or collaborator); letters are assigned to profiles. */
export const UserProfile = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  role: z.enum(['manager', 'collaborator']),
  /** A deactivated profile can no longer log in but keeps its letters. */
  active: z.boolean(),
  createdAt: Timestamp,
  deactivatedAt: z.nullable(Timestamp),
});
export type UserProfile = z.infer<typeof UserProfile>;

/** `POST /v1/account/profiles`. */
export const UserProfileCreateParams = z.object({
  name: ShortText,
  email: z.email(),
  role: z.optional(z.enum(['manager', 'collaborator'])),
});
export type UserProfileCreateParams = z.infer<typeof UserProfileCreateParams>;

/** `PATCH /v1/account/profiles/{id}`. */
export const UserProfileUpdateParams = z.object({
  name: z.optional(ShortText),
  role: z.optional(z.enum(['manager', 'collaborator'])),
});
export type UserProfileUpdateParams = z.infer<typeof UserProfileUpdateParams>;

/** `POST /v1/account/identity-proof`: upload the document JRMC's team verifies. */
export const IdentityProofUploadParams = z.object({
  kind: z.enum(['orias-certificate', 'statutes', 'kbis']),
  filename: ShortText,
  /** The document, base64-encoded (PDF or image, ≤ 5 MiB: base64 writes 4 characters per 3 bytes). */
  contentBase64: z.string().check(z.minLength(4), z.maxLength(4 * Math.ceil(MAX_IDENTITY_PROOF_BYTES / 3))),
  /** Brokers: the 8-digit ORIAS number shown on the certificate. */
  oriasNumber: z.optional(z.string().check(z.refine(isValidOrias, { error: 'Expected an 8-digit ORIAS number' }))),
});
export type IdentityProofUploadParams = z.infer<typeof IdentityProofUploadParams>;

/**
 * `POST /v1/account/mandate`: sign the mandate letting JRMC send for the account — at first use, after the first
 * top-up (see the rules' `accountReadiness` and `checkJrmcMandate`).
 */
export const MandateSignParams = z.object({
  signatoryName: ShortText,
  signatoryEmail: z.email(),
  /** French mobile (06/07 or +33 6/7). */
  signatoryMobile: z.string().check(z.refine((value) => checkJrmcMandate({ signatoryMobile: value }).every((i) => i.field !== 'signatoryMobile'), { error: 'Expected a French mobile number' })),
  /** The company's SIREN (9 digits, Luhn; spaces and dots ignored). */
  companySiren: z.string().check(z.refine(isValidSiren, { error: 'Expected a valid 9-digit SIREN' })),
});
export type MandateSignParams = z.infer<typeof MandateSignParams>;
