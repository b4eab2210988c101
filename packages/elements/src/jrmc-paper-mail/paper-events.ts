import type { Letter } from '@jrmc/core/contract';

/** What changed in `<jrmc-paper-mail>`: the document, the addressee, the product or the date. */
export type PaperField = 'document' | 'addressee' | 'product' | 'date';

// Domain events of <jrmc-paper-mail>: bubbling, composed (they cross shadow roots), typed `detail`.
abstract class PaperEvent<T> extends Event {
  constructor(
    type: string,
    readonly detail: T,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

/** The user changed the paper letter (before autosave). */
export class JrmcPaperChangeEvent extends PaperEvent<{ letterId: string | null; field: PaperField }> {
  static readonly type = 'jrmc-paper-change';
  constructor(detail: { letterId: string | null; field: PaperField }) {
    super(JrmcPaperChangeEvent.type, detail);
  }
}

/** The paper draft was saved to the server (created or updated). */
export class JrmcPaperSavedEvent extends PaperEvent<{ letterId: string; letter: Letter }> {
  static readonly type = 'jrmc-paper-saved';
  constructor(detail: { letterId: string; letter: Letter }) {
    super(JrmcPaperSavedEvent.type, detail);
  }
}

/** The paper letter was validated for a later working day (debited). */
export class JrmcPaperScheduledEvent extends PaperEvent<{ letterId: string; letter: Letter }> {
  static readonly type = 'jrmc-paper-scheduled';
  constructor(detail: { letterId: string; letter: Letter }) {
    super(JrmcPaperScheduledEvent.type, detail);
  }
}

/** The paper letter was validated to leave today (debited, deposited). */
export class JrmcPaperSentEvent extends PaperEvent<{ letterId: string; letter: Letter }> {
  static readonly type = 'jrmc-paper-sent';
  constructor(detail: { letterId: string; letter: Letter }) {
    super(JrmcPaperSentEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'jrmc-paper-change': JrmcPaperChangeEvent;
    'jrmc-paper-saved': JrmcPaperSavedEvent;
    'jrmc-paper-scheduled': JrmcPaperScheduledEvent;
    'jrmc-paper-sent': JrmcPaperSentEvent;
  }
}
