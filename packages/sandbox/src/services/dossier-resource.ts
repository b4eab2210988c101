import { LoanDossier } from '@jrmc/core/contract';
import type { DossierRecord } from './records.js';

/** The dossier as the API shows it: the contract's fields only (the owner and sandbox-only fields stay inside). */
export function toDossierResource(record: DossierRecord): LoanDossier {
  return LoanDossier.parse(record);
}
