import { precheckPaperDocument } from '@jrmc/core';
import type { Letter, PdfUpload } from '@jrmc/core/contract';
import { html, nothing } from 'lit';
import type { Locale } from '../i18n/translate.js';
import type { LoanMessageKey } from './loan-i18n.js';

type T = (key: LoanMessageKey, params?: Record<string, string | number>) => string;

/** The "autre courrier" being prepared: its recipient and the user's PDF. */
export interface OtherLetterDraft {
  recipient: 'bank' | 'old-insurer';
  document: PdfUpload | null;
  fileError: string | null;
}

export const EMPTY_OTHER_LETTER: OtherLetterDraft = { recipient: 'bank', document: null, fileError: null };

/** What the "Autres courriers" section shows and can do. */
export interface OtherLettersView {
  letters: readonly Letter[];
  draft: OtherLetterDraft;
  busy: boolean;
  locale: Locale;
  now: string;
  setRecipient: (recipient: OtherLetterDraft['recipient']) => void;
  choose: (event: Event) => void;
  /** Sends a new letter (no id) or a draft left unsent. */
  send: (letterId?: string) => void;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/**
 * Reads the user's letter and checks it with core's paper-document precheck (not empty, ≤ 10 MB, a real PDF by its
 * first bytes) — the same rule the server applies before parsing it, since it may be printed for a paper send.
 */
export async function readOwnLetter(file: File): Promise<{ ok: true; upload: PdfUpload } | { ok: false; problem: 'empty' | 'too_large' | 'not_pdf' }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = precheckPaperDocument({ sizeBytes: bytes.length, head: bytes.subarray(0, 5) });
  // The precheck only ever answers these three (pages are checked by the server, which parses the file).
  if (!check.ok) return { ok: false, problem: check.problem as 'empty' | 'too_large' | 'not_pdf' };
  return { ok: true, upload: { filename: file.name, contentBase64: toBase64(bytes) } };
}

/** The dossier's other letters (tracked, or waiting to be sent) and the form that sends a new one. */
export function renderOtherLetters(view: OtherLettersView, t: T) {
  const recipientName = (letter: Letter) => letter.recipient?.name ?? '';
  return html`<section class="other" aria-labelledby="other-title">
    <h3 id="other-title">${t('loan.section.other')}</h3>
    <p id="other-hint" class="hint">${t('loan.other.hint')}</p>
    ${view.letters.length === 0 ? html`<p class="hint">${t('loan.other.none')}</p>` : nothing}
    ${view.letters.map((letter, index) =>
      letter.status === 'draft'
        ? html`<p class="other-draft">${t('loan.other.draft', { n: index + 1, recipient: recipientName(letter) })}
            <button type="button" class="send-other-draft" ?disabled=${view.busy} @click=${() => view.send(letter.id)}>${t('loan.other.send')}</button></p>`
        : html`<jrmc-shipment-tracker letter-id=${letter.id} locale=${view.locale} now=${view.now}><h4 slot="heading">${t('loan.other.heading', { n: index + 1 })}</h4></jrmc-shipment-tracker>`,
    )}
    <form class="other-form" @submit=${(event: Event) => { event.preventDefault(); view.send(); }}>
      <fieldset>
        <legend>${t('loan.other.to')}</legend>
        <label><input type="radio" name="other-recipient" .checked=${view.draft.recipient === 'bank'} @change=${() => view.setRecipient('bank')} /> ${t('loan.other.toBank')}</label>
        <label><input type="radio" name="other-recipient" .checked=${view.draft.recipient === 'old-insurer'} @change=${() => view.setRecipient('old-insurer')} /> ${t('loan.other.toInsurer')}</label>
      </fieldset>
      <label for="other-file">${t('loan.other.file')}</label>
      <input id="other-file" type="file" accept="application/pdf,.pdf" aria-describedby="other-hint other-status" @change=${view.choose} />
      <p id="other-status" class=${view.draft.fileError ? 'error' : 'hint'} role=${view.draft.fileError ? 'alert' : nothing}>
        ${view.draft.fileError ?? (view.draft.document ? t('loan.file.chosen', { name: view.draft.document.filename }) : '')}
      </p>
      <button type="submit" class="send-other" ?disabled=${view.busy || !view.draft.document}>${t('loan.other.send')}</button>
    </form>
  </section>`;
}
