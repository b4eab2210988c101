import type { Attachment, PdfUpload } from '@jrmc/core/contract';
import { html, nothing } from 'lit';
import type { SubstitutionMessageKey } from './substitution-i18n.js';

type T = (key: SubstitutionMessageKey, params?: Record<string, string | number>) => string;

/** What the attachments step shows and can do. */
export interface AttachmentsView {
  /** Files on the substitution letter (server side). */
  attached: readonly Attachment[];
  /** Files chosen before the dossier could be saved: uploaded by the first save, never dropped. */
  pending: readonly PdfUpload[];
  /** Why the last file chosen was refused (nothing else changed), or `null`. */
  fileError: string | null;
  /** The request has left: nothing can be added or removed. */
  locked: boolean;
  busy: boolean;
  choose: (event: Event) => void;
  remove: (attachment: Attachment) => void;
  dropPending: (upload: PdfUpload) => void;
}

const sizeOf = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} ko`;

/**
 * The attachments step: the new contract's general and particular conditions (PDF), which the request then
 * announces and the bank receives after the letter's pages. Optional: with none, the letter asks the bank to check
 * equivalence without announcing any file.
 */
export function renderAttachments(view: AttachmentsView, t: T) {
  const empty = view.attached.length === 0 && view.pending.length === 0;
  return html`<fieldset class="attachments">
    <legend>${t('sub.attachments')}</legend>
    <p id="conditions-hint" class="hint">${t('sub.attachments.hint')}</p>
    ${empty ? html`<p class="hint">${t('sub.attachments.none')}</p>` : nothing}
    ${empty ? nothing : html`<ul class="files" aria-label=${t('sub.attachments')}>
      ${view.attached.map(
        (file) => html`<li>
          <span>${file.fileName} (${sizeOf(file.byteSize)})</span>
          ${view.locked ? nothing : html`<button type="button" class="secondary" ?disabled=${view.busy} @click=${() => view.remove(file)}>${t('sub.attachments.remove', { name: file.fileName })}</button>`}
        </li>`,
      )}
      ${view.pending.map(
        (upload) => html`<li>
          <span>${upload.filename} — ${t('sub.attachments.pending')}</span>
          <button type="button" class="secondary" @click=${() => view.dropPending(upload)}>${t('sub.attachments.remove', { name: upload.filename })}</button>
        </li>`,
      )}
    </ul>`}
    ${view.locked
      ? nothing
      : html`<div class="field">
          <label for="conditions">${t('sub.attachments.add')}</label>
          <input id="conditions" type="file" accept="application/pdf,.pdf" ?disabled=${view.busy} aria-describedby="conditions-hint conditions-status" @change=${view.choose} />
        </div>
        <p id="conditions-status" class=${view.fileError ? 'error' : 'hint'} role=${view.fileError ? 'alert' : nothing}>${view.fileError ?? ''}</p>`}
  </fieldset>`;
}
