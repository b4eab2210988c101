import type { Account, Letter, LetterService, LetterStatus } from '@jrmc/core/contract';

/** Shared shape of the domain events: bubbling, composed (they cross shadow roots), typed `detail`. */
abstract class JrmcEvent<T> extends Event {
  constructor(
    type: string,
    readonly detail: T,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

/** The builder's letter changed (every edit, before autosave). */
export class JrmcLetterChangeEvent extends JrmcEvent<{ letterId: string | null; step: string }> {
  static readonly type = 'jrmc-letter-change';
  constructor(detail: { letterId: string | null; step: string }) {
    super(JrmcLetterChangeEvent.type, detail);
  }
}

/** The draft was saved to the server. */
export class JrmcLetterSavedEvent extends JrmcEvent<{ letterId: string; letter: Letter }> {
  static readonly type = 'jrmc-letter-saved';
  constructor(detail: { letterId: string; letter: Letter }) {
    super(JrmcLetterSavedEvent.type, detail);
  }
}

/** The letter was validated for a later date (debited). */
export class JrmcLetterScheduledEvent extends JrmcEvent<{ letterId: string; letter: Letter }> {
  static readonly type = 'jrmc-letter-scheduled';
  constructor(detail: { letterId: string; letter: Letter }) {
    super(JrmcLetterScheduledEvent.type, detail);
  }
}

/** The letter left (send now, same day). */
export class JrmcLetterSentEvent extends JrmcEvent<{ letterId: string; letter: Letter }> {
  static readonly type = 'jrmc-letter-sent';
  constructor(detail: { letterId: string; letter: Letter }) {
    super(JrmcLetterSentEvent.type, detail);
  }
}

/** A scheduled letter was cancelled (refunded). */
export class JrmcLetterCancelledEvent extends JrmcEvent<{ letterId: string; letter: Letter; refunded: number }> {
  static readonly type = 'jrmc-letter-cancelled';
  constructor(detail: { letterId: string; letter: Letter; refunded: number }) {
    super(JrmcLetterCancelledEvent.type, detail);
  }
}

/** A cancelled letter was scheduled again. */
export class JrmcLetterRescheduledEvent extends JrmcEvent<{ letterId: string; letter: Letter }> {
  static readonly type = 'jrmc-letter-rescheduled';
  constructor(detail: { letterId: string; letter: Letter }) {
    super(JrmcLetterRescheduledEvent.type, detail);
  }
}

/** A tracked letter changed status. */
export class JrmcStatusChangeEvent extends JrmcEvent<{ letterId: string; status: LetterStatus; previous: LetterStatus | null }> {
  static readonly type = 'jrmc-status-change';
  constructor(detail: { letterId: string; status: LetterStatus; previous: LetterStatus | null }) {
    super(JrmcStatusChangeEvent.type, detail);
  }
}

/** The credit does not cover a send: the host can open its top-up. */
export class JrmcCreditInsufficientEvent extends JrmcEvent<{ balance: number; price: number; missing: number; letterId: string | null }> {
  static readonly type = 'jrmc-credit-insufficient';
  constructor(detail: { balance: number; price: number; missing: number; letterId: string | null }) {
    super(JrmcCreditInsufficientEvent.type, detail);
  }
}

/** The balance fell below the widget's threshold. */
export class JrmcCreditLowEvent extends JrmcEvent<{ balance: number; threshold: number }> {
  static readonly type = 'jrmc-credit-low';
  constructor(detail: { balance: number; threshold: number }) {
    super(JrmcCreditLowEvent.type, detail);
  }
}

/** The credit changed (top-up): providers reload the account. */
export class JrmcCreditChangedEvent extends JrmcEvent<{ balance: number }> {
  static readonly type = 'jrmc-credit-changed';
  constructor(detail: { balance: number }) {
    super(JrmcCreditChangedEvent.type, detail);
  }
}

/**
 * What `jrmc-letter-open` says: the letter, what to do with it, and what the page needs to pick the element that
 * does it (a termination draft resumes in `<jrmc-letter-builder>`, a paper draft in `<jrmc-paper-mail>`, a loan
 * dossier's letter in `<jrmc-loan-dossier>` by its `dossierId`).
 */
export interface JrmcLetterOpenDetail {
  letterId: string;
  /** `continue` for a draft to resume, `open` otherwise. */
  action: 'open' | 'continue';
  service: LetterService;
  /** The loan dossier of a borrower-insurance letter, else `null`. */
  dossierId: string | null;
}

/** A row of the history was activated; `continue` for a draft to resume. */
export class JrmcLetterOpenEvent extends JrmcEvent<JrmcLetterOpenDetail> {
  static readonly type = 'jrmc-letter-open';
  constructor(detail: JrmcLetterOpenDetail) {
    super(JrmcLetterOpenEvent.type, detail);
  }
}

/** A call to JRMC failed in a way the component could not resolve. */
export class JrmcErrorEvent extends JrmcEvent<{ error: unknown; message: string }> {
  static readonly type = 'jrmc-error';
  constructor(detail: { error: unknown; message: string }) {
    super(JrmcErrorEvent.type, detail);
  }
}

/** What changed in `<jrmc-paper-mail>`: the document, the addressee, the product or the date. */
export type PaperField = 'document' | 'addressee' | 'product' | 'date';

/** The user changed the paper letter (before autosave). */
export class JrmcPaperChangeEvent extends JrmcEvent<{ letterId: string | null; field: PaperField }> {
  static readonly type = 'jrmc-paper-change';
  constructor(detail: { letterId: string | null; field: PaperField }) {
    super(JrmcPaperChangeEvent.type, detail);
  }
}

/** The paper draft was saved to the server (created or updated). */
export class JrmcPaperSavedEvent extends JrmcEvent<{ letterId: string; letter: Letter }> {
  static readonly type = 'jrmc-paper-saved';
  constructor(detail: { letterId: string; letter: Letter }) {
    super(JrmcPaperSavedEvent.type, detail);
  }
}

/** The paper letter was validated for a later working day (debited). */
export class JrmcPaperScheduledEvent extends JrmcEvent<{ letterId: string; letter: Letter }> {
  static readonly type = 'jrmc-paper-scheduled';
  constructor(detail: { letterId: string; letter: Letter }) {
    super(JrmcPaperScheduledEvent.type, detail);
  }
}

/** The paper letter was validated to leave today (debited, deposited). */
export class JrmcPaperSentEvent extends JrmcEvent<{ letterId: string; letter: Letter }> {
  static readonly type = 'jrmc-paper-sent';
  constructor(detail: { letterId: string; letter: Letter }) {
    super(JrmcPaperSentEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'jrmc-letter-change': JrmcLetterChangeEvent;
    'jrmc-letter-saved': JrmcLetterSavedEvent;
    'jrmc-letter-scheduled': JrmcLetterScheduledEvent;
    'jrmc-letter-sent': JrmcLetterSentEvent;
    'jrmc-letter-cancelled': JrmcLetterCancelledEvent;
    'jrmc-letter-rescheduled': JrmcLetterRescheduledEvent;
    'jrmc-status-change': JrmcStatusChangeEvent;
    'jrmc-credit-insufficient': JrmcCreditInsufficientEvent;
    'jrmc-credit-low': JrmcCreditLowEvent;
    'jrmc-credit-changed': JrmcCreditChangedEvent;
    'jrmc-letter-open': JrmcLetterOpenEvent;
    'jrmc-error': JrmcErrorEvent;
    'jrmc-paper-change': JrmcPaperChangeEvent;
    'jrmc-paper-saved': JrmcPaperSavedEvent;
    'jrmc-paper-scheduled': JrmcPaperScheduledEvent;
    'jrmc-paper-sent': JrmcPaperSentEvent;
  }
}

/** `<jrmc-account-setup>`: the account can send (identity verified, topped up, JRMC's mandate signed). */
export class JrmcAccountReadyEvent extends JrmcEvent<{ account: Account }> {
  static readonly type = 'jrmc-account-ready';
  constructor(detail: { account: Account }) {
    super(JrmcAccountReadyEvent.type, detail);
  }
}
