import type { LoanDossierStatus } from '@jrmc/core';
import type { LoanDossier } from '@jrmc/core/contract';

/** Shared shape of the loan-dossier events: bubbling, composed (they cross shadow roots), typed `detail`. */
abstract class LoanDossierEvent<T> extends Event {
  constructor(
    type: string,
    readonly detail: T,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

/** The substitution form changed (every edit, before it is saved). */
export class JrmcDossierChangeEvent extends LoanDossierEvent<{ dossierId: string | null; step: string }> {
  static readonly type = 'jrmc-dossier-change';
  constructor(detail: { dossierId: string | null; step: string }) {
    super(JrmcDossierChangeEvent.type, detail);
  }
}

/** The dossier was saved to the server (opened, with its substitution letter as a draft). */
export class JrmcDossierSavedEvent extends LoanDossierEvent<{ dossierId: string; dossier: LoanDossier }> {
  static readonly type = 'jrmc-dossier-saved';
  constructor(detail: { dossierId: string; dossier: LoanDossier }) {
    super(JrmcDossierSavedEvent.type, detail);
  }
}

/** The substitution request was validated (debited), always with AR. */
export class JrmcSubstitutionSentEvent extends LoanDossierEvent<{ dossierId: string; dossier: LoanDossier }> {
  static readonly type = 'jrmc-substitution-sent';
  constructor(detail: { dossierId: string; dossier: LoanDossier }) {
    super(JrmcSubstitutionSentEvent.type, detail);
  }
}

/** The bank's answer was recorded (accepted or refused). */
export class JrmcBankAnswerEvent extends LoanDossierEvent<{ dossierId: string; dossier: LoanDossier; accepted: boolean }> {
  static readonly type = 'jrmc-bank-answer';
  constructor(detail: { dossierId: string; dossier: LoanDossier; accepted: boolean }) {
    super(JrmcBankAnswerEvent.type, detail);
  }
}

/** The termination letter to the old insurer was validated (debited), with AR. */
export class JrmcTerminationSentEvent extends LoanDossierEvent<{ dossierId: string; dossier: LoanDossier }> {
  static readonly type = 'jrmc-termination-sent';
  constructor(detail: { dossierId: string; dossier: LoanDossier }) {
    super(JrmcTerminationSentEvent.type, detail);
  }
}

/** The dossier's status changed (its letters moved, the bank answered, or the clock did). */
export class JrmcDossierStatusEvent extends LoanDossierEvent<{ dossierId: string; status: LoanDossierStatus; previous: LoanDossierStatus | null }> {
  static readonly type = 'jrmc-dossier-status-change';
  constructor(detail: { dossierId: string; status: LoanDossierStatus; previous: LoanDossierStatus | null }) {
    super(JrmcDossierStatusEvent.type, detail);
  }
}

/** A dossier was chosen in the list. */
export class JrmcDossierOpenEvent extends LoanDossierEvent<{ dossierId: string }> {
  static readonly type = 'jrmc-dossier-open';
  constructor(detail: { dossierId: string }) {
    super(JrmcDossierOpenEvent.type, detail);
  }
}

/** A dossier's other letter ("autre courrier") was validated (debited), with AR; the dossier's status is unchanged. */
export class JrmcOtherLetterSentEvent extends LoanDossierEvent<{ dossierId: string; letterId: string }> {
  static readonly type = 'jrmc-other-letter-sent';

  constructor(detail: { dossierId: string; letterId: string }) {
    super(JrmcOtherLetterSentEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'jrmc-dossier-change': JrmcDossierChangeEvent;
    'jrmc-dossier-saved': JrmcDossierSavedEvent;
    'jrmc-substitution-sent': JrmcSubstitutionSentEvent;
    'jrmc-bank-answer': JrmcBankAnswerEvent;
    'jrmc-termination-sent': JrmcTerminationSentEvent;
    'jrmc-dossier-status-change': JrmcDossierStatusEvent;
    'jrmc-dossier-open': JrmcDossierOpenEvent;
    'jrmc-other-letter-sent': JrmcOtherLetterSentEvent;
  }
}
