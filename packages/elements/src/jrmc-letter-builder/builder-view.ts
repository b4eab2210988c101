import type { JrmcClient } from '@jrmc/core';
import type { Account, Attachment, Quote, Recipient } from '@jrmc/core/contract';
import type { LetterText } from '@jrmc/core/letter-text';
import type { Locale } from '../i18n/translate.js';
import type { BuilderDraft } from './builder-draft.js';
import { type BuilderMessageKey as MessageKey } from './builder-i18n.js';

/** What a step's template reads and calls: the builder, seen from its steps. */
export interface BuilderView {
  readonly draft: BuilderDraft;
  readonly locale: Locale;
  readonly client: Pick<JrmcClient, 'directory' | 'letters'> | null;
  readonly account: Account | null;
  /** The current instant (ISO), for the pickers. */
  readonly now: string;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** The message to show under a field, if it has a problem the user should see now. */
  problem(path: string): string | null;
  /** Changes the draft (autosaved). */
  update(change: (draft: BuilderDraft) => BuilderDraft): void;

  readonly search: { query: string; results: Recipient[]; loading: boolean; error: string | null };
  searchRecipients(query: string): void;

  readonly contractError: string | null;
  /** Adds a contract through the API, which checks combinability with the letter's real subscriber; `true` when added. */
  addContract(number: string, reason: string): Promise<boolean>;
  readonly addingContract: boolean;

  readonly quote: { value: Quote | null; loading: boolean; error: string | null };
  readonly sending: boolean;
  readonly sent: { id: string; status: string; dispatchDate: string | null } | null;
  /** The letter as the server will send it, asked of the API for the saved draft on the review step. */
  readonly preview: PreviewState;
  startOver(): void;

  /** Files attached to the letter (none by default). */
  readonly attachments: readonly Attachment[];
  /** Why the last upload was refused, localized; `null` when it was not. */
  readonly attachmentError: string | null;
  readonly uploading: boolean;
  /** Attaches the client's mandate (saving the draft first); refusals land in `attachmentError`, nothing typed is lost. */
  uploadMandate(file: File): Promise<void>;
  removeAttachment(attachmentId: string): Promise<void>;
}

/** The server's preview of the saved draft: its text (the last one stays while a newer loads), loading, or why it failed. */
export interface PreviewState {
  readonly value: LetterText | null;
  readonly loading: boolean;
  readonly error: string | null;
}
