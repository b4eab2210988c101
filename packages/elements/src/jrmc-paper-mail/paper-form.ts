import { isValidFrenchPostcode, type PostalProduct } from '@jrmc/core';
import type { PostalAddress } from '@jrmc/core/contract';

/** What the user typed for the addressee, as typed. */
export interface AddresseeInput {
  name: string;
  line1: string;
  line2: string;
  postcode: string;
  city: string;
}

/** The addressee's fields, in the order they are shown. */
export const ADDRESSEE_FIELDS = ['name', 'line1', 'line2', 'postcode', 'city'] as const;

/** An empty addressee. */
export const EMPTY_ADDRESSEE: AddresseeInput = Object.freeze({ name: '', line1: '', line2: '', postcode: '', city: '' });

/** Why an addressee field is not ready to be sent. */
export type AddresseeProblem = 'required' | 'badPostcode';

/** The problems of each addressee field (none when ready). */
export function addresseeProblems(input: AddresseeInput): Partial<Record<keyof AddresseeInput, AddresseeProblem>> {
  const problems: Partial<Record<keyof AddresseeInput, AddresseeProblem>> = {};
  for (const field of ['name', 'line1', 'postcode', 'city'] as const) if (!input[field].trim()) problems[field] = 'required';
  if (input.postcode.trim() && !isValidFrenchPostcode(input.postcode.trim())) problems.postcode = 'badPostcode';
  return problems;
}

/** The addressee as the API takes it, or `null` while a field is missing or wrong. */
export function addresseeParams(input: AddresseeInput): { name: string; address: PostalAddress } | null {
  if (Object.keys(addresseeProblems(input)).length > 0) return null;
  return {
    name: input.name.trim(),
    address: { line1: input.line1.trim(), line2: input.line2.trim() || null, postcode: input.postcode.trim(), city: input.city.trim() },
  };
}

/** The addressee back from a saved letter (resume). */
export function addresseeFromLetter(recipient: { name: string; address: PostalAddress } | null): AddresseeInput {
  if (!recipient) return { ...EMPTY_ADDRESSEE };
  const { address } = recipient;
  return { name: recipient.name, line1: address.line1, line2: address.line2 ?? '', postcode: address.postcode, city: address.city };
}

/** The product preselected for a new letter: the cheapest tracked one, so the user can follow it. */
export const DEFAULT_PRODUCT: PostalProduct = 'lettre-suivie';

/** Reads a file as base64 without building one huge string of code points (PDFs go up to 10 MB). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  return btoa(binary);
}
