import { loanDossierStatus, loanTerminationEffectiveDate, wasDispatched, type LoanDossierStatus } from '@jrmc/core';
import type { LoanDossier, WebhookEventType } from '@jrmc/core/contract';
import type { SandboxContext } from './context.js';
import { COLLECTIONS, type DossierRecord, type LetterRecord } from './records.js';
import { emitEvent } from './webhook-events.js';

/** The webhook each status change sends (going back to `draft` is a reopening: the substitution was cancelled). */
const EVENT_OF: Record<LoanDossierStatus, WebhookEventType> = {
  draft: 'loan_dossier.reopened',
  substitution_sent: 'loan_dossier.substitution_sent',
  accepted: 'loan_dossier.accepted',
  refused: 'loan_dossier.refused',
  termination_sent: 'loan_dossier.termination_sent',
};

/** The dossier as the API shows it: without its owner and the sandbox's own fields. */
export function toDossierResource(record: DossierRecord): LoanDossier {
  const { accountId: _owner, mandateAttached: _mandate, search: _search, createdOn: _createdOn, ...resource } = record;
  // Dossiers stored before other letters existed have none.
  return { ...resource, otherLetterIds: resource.otherLetterIds ?? [] };
}

/**
 * Puts a dossier back in step with its letters and the bank's answer (core's `loanDossierStatus`), and the
 * termination's L113-12-2 effective date with its termination letter; emits `loan_dossier.<status>` when the status
 * changes. Called on every change of one of its letters and of its bank answer, so the status is never stale.
 */
export function syncLoanDossier(context: SandboxContext, dossierId: string, at = context.now): DossierRecord | undefined {
  const dossier = context.store.get<DossierRecord>(COLLECTIONS.dossiers, dossierId);
  if (!dossier) return undefined;
  const letter = (id: string | null) => (id ? context.store.get<LetterRecord>(COLLECTIONS.letters, id) ?? null : null);
  const substitution = letter(dossier.substitutionLetterId);
  const termination = letter(dossier.terminationLetterId);
  const status = loanDossierStatus({ substitution: substitution?.status ?? null, termination: termination?.status ?? null, bankAnswer: dossier.bankAnswer?.outcome ?? null });
  const terminationLive = termination && termination.dispatchDate && (termination.status === 'scheduled' || wasDispatched(termination.status));
  const terminationEffectiveDate = terminationLive ? loanTerminationEffectiveDate(termination.dispatchDate!, dossier.effectiveDate) : null;
  if (status === dossier.status && terminationEffectiveDate === dossier.terminationEffectiveDate) return dossier;
  const next = context.store.put<DossierRecord>(COLLECTIONS.dossiers, { ...dossier, status, terminationEffectiveDate, updatedAt: at.toISOString() });
  if (status !== dossier.status) emitEvent(context, dossier.accountId, EVENT_OF[status], { dossier: toDossierResource(next) }, at);
  return next;
}
