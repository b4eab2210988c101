import { accountReadiness, type AccountReadiness } from '@jrmc/core';
import type { Account, IdentityProofUploadParams } from '@jrmc/core/contract';

/** Which identity document JRMC asks of each kind of account: brokers the ORIAS certificate, mutuals their statutes, insurers a Kbis. */
export function identityDocumentFor(kind: Account['kind']): IdentityProofUploadParams['kind'] {
  return kind === 'broker' ? 'orias-certificate' : kind === 'mutual' ? 'statutes' : 'kbis';
}

/** Where the account stands, from core's readiness rule; `toppedUp` comes from the receipts. */
export function readinessOf(account: Account, toppedUp: boolean): AccountReadiness {
  return accountReadiness({ identityProof: account.identityProof.status, toppedUp, mandateSigned: account.mandate.status === 'signed' });
}

/** A file's bytes as base64, without a data-URL prefix. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode's argument list small.
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}
