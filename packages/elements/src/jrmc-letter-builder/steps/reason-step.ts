import { terminationReasons } from '@jrmc/core';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BuilderView } from '../builder-view.js';
import { groupProblem } from './fields.js';

/** Step 3: the reason, from the catalogue with its legal basis, or the user's own wording. */
export function reasonStep(view: BuilderView) {
  const { draft } = view;
  const problem = view.problem('customReasonText');
  return html`
    <fieldset class="choice reasons" aria-describedby=${view.problem('reason') ? 'field-reason-error' : nothing}>
      <legend>${view.t('reason.legend')}</legend>
      ${terminationReasons().map(
        (reason) => html`<label class="reason">
          <input type="radio" name="reason" value=${reason.code} .checked=${draft.reason === reason.code} @change=${() => view.update((d) => ({ ...d, reason: reason.code }))} />
          <span>
            ${view.locale === 'en' ? reason.labelEn : reason.labelFr}
            ${reason.legalBasis ? html`<span class="hint">${view.t('reason.basis', { basis: view.locale === 'en' ? reason.legalBasisEn : reason.legalBasis })}</span>` : nothing}
          </span>
        </label>`,
      )}
    </fieldset>
    ${groupProblem(view, 'reason')}
    ${draft.reason === 'custom'
      ? html`<div class="field">
          <label for="field-customReasonText">${view.t('reason.customText')}</label>
          <textarea
            id="field-customReasonText"
            rows="3"
            maxlength="2000"
            .value=${live(draft.customReasonText)}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby="field-customReasonText-hint ${problem ? 'field-customReasonText-error' : ''}"
            @input=${(event: Event) => view.update((d) => ({ ...d, customReasonText: (event.target as HTMLTextAreaElement).value }))}
          ></textarea>
          <span class="hint" id="field-customReasonText-hint">${view.t('reason.customHint')}</span>
          ${problem ? html`<span class="error" id="field-customReasonText-error">${problem}</span>` : nothing}
        </div>`
      : nothing}
  `;
}
