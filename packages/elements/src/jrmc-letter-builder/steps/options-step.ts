import { html, nothing } from 'lit';
import type { BuilderView } from '../builder-view.js';

/** Step 6: with or without acknowledgement of receipt, and the client's mandate (an optional, recommended PDF). */
export function optionsStep(view: BuilderView) {
  const { draft } = view;
  const mandate = view.attachments.find((file) => file.kind === 'client-mandate');
  return html`
    <fieldset class="choice">
      <legend>${view.t('options.acknowledgement')}</legend>
      ${([true, false] as const).map(
        (withAr) => html`<label
          ><input type="radio" name="acknowledgement" .checked=${draft.withAcknowledgement === withAr} @change=${() => view.update((d) => ({ ...d, withAcknowledgement: withAr }))} />
          ${view.t(withAr ? 'options.withAr' : 'options.withoutAr')}</label
        >`,
      )}
    </fieldset>
    <div class="field mandate">
      <label for="mandate-file">${view.t('options.mandate')}</label>
      <p class="hint" id="mandate-hint">${view.t('options.mandateHint')}</p>
      ${mandate
        ? html`<p class="attached" aria-live="polite">
            ${view.t('options.mandateAttached', { name: mandate.fileName })}
            <button type="button" class="secondary" ?disabled=${view.uploading} @click=${() => view.removeAttachment(mandate.id)}>${view.t('options.mandateRemove')}</button>
          </p>`
        : nothing}
      <input
        id="mandate-file"
        type="file"
        accept="application/pdf,.pdf"
        aria-describedby="mandate-hint${view.attachmentError ? ' mandate-error' : ''}"
        aria-invalid=${view.attachmentError ? 'true' : 'false'}
        ?disabled=${view.uploading}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) void view.uploadMandate(file).finally(() => (input.value = ''));
        }}
      />
      ${view.uploading ? html`<p class="hint" role="status">${view.t('options.mandateUploading')}</p>` : nothing}
      ${view.attachmentError ? html`<p class="error" id="mandate-error" role="alert">${view.attachmentError}</p>` : nothing}
    </div>
  `;
}
