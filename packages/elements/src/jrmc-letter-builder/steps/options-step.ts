import { html } from 'lit';
import type { BuilderView } from '../builder-view.js';

/** Step 6: with or without acknowledgement of receipt, and the client's mandate. */
export function optionsStep(view: BuilderView) {
  const { draft } = view;
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
    <label><input type="checkbox" .checked=${draft.mandateAttached} @change=${(event: Event) => view.update((d) => ({ ...d, mandateAttached: (event.target as HTMLInputElement).checked }))} /> ${view.t('options.mandate')}</label>
  `;
}
