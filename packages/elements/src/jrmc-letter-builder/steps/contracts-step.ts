import { terminationReasons } from '@jrmc/core';
import { html, nothing } from 'lit';
import type { BuilderView } from '../builder-view.js';
import { groupProblem } from './fields.js';

/**
 * Step 4: the contracts on the letter. Adding one checks the FAQ's three conditions (same subscriber,
 * recipient and reason) with core's rule and refuses with the condition that fails.
 */
export function contractsStep(view: BuilderView) {
  const { draft } = view;
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    view.addContract(String(data.get('number') ?? ''), data.get('sameSubscriber') === 'on', data.get('sameRecipient') === 'on', String(data.get('reason') ?? draft.reason ?? ''));
    if (!view.contractError) form.reset();
  };
  return html`
    <p class="hint">${view.t('contracts.rule')}</p>
    <h3 id="contracts-title">${view.t('contracts.list')}</h3>
    ${draft.contracts.length === 0
      ? html`<p>${view.t('contracts.empty')}</p>`
      : html`<ul aria-labelledby="contracts-title" class="contracts">
          ${draft.contracts.map(
            (number) => html`<li>
              <span>${number}</span>
              <button type="button" class="secondary" aria-label=${view.t('contracts.remove', { number })} @click=${() => view.update((d) => ({ ...d, contracts: d.contracts.filter((n) => n !== number) }))}>✕</button>
            </li>`,
          )}
        </ul>`}
    ${groupProblem(view, 'contracts')}
    <form class="add-contract" @submit=${submit} aria-labelledby="add-contract-title">
      <h3 id="add-contract-title">${view.t('contracts.add')}</h3>
      <div class="field">
        <label for="field-contract-number">${view.t('contracts.newNumber')}</label>
        <input id="field-contract-number" name="number" required maxlength="60" aria-describedby=${view.contractError ? 'contract-error' : nothing} />
      </div>
      ${draft.contracts.length > 0
        ? html`<label><input type="checkbox" name="sameSubscriber" checked /> ${view.t('contracts.sameSubscriber')}</label>
            <label><input type="checkbox" name="sameRecipient" checked /> ${view.t('contracts.sameRecipient')}</label>
            <div class="field">
              <label for="field-contract-reason">${view.t('contracts.reasonOfNew')}</label>
              <select id="field-contract-reason" name="reason">
                ${terminationReasons().map((reason) => html`<option value=${reason.code} ?selected=${reason.code === draft.reason}>${view.locale === 'en' ? reason.labelEn : reason.labelFr}</option>`)}
              </select>
            </div>`
        : html`<input type="hidden" name="sameSubscriber" value="on" /><input type="hidden" name="sameRecipient" value="on" />`}
      <p class="error" id="contract-error" role="alert">${view.contractError ?? ''}</p>
      <button type="submit" class="secondary">${view.t('contracts.add')}</button>
    </form>
  `;
}
