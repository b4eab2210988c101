import { terminationReasons } from '@jrmc/core';
import { html, nothing } from 'lit';
import type { BuilderView } from '../builder-view.js';
import { groupProblem } from './fields.js';

/**
 * Step 4: the contracts on the letter. Each is added through the API, which checks the FAQ's three
 * conditions (same subscriber, recipient and reason) against the letter's real data and names the one that
 * fails.
 */
export function contractsStep(view: BuilderView) {
  const { draft } = view;
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    if (await view.addContract(String(data.get('number') ?? ''), String(data.get('reason') ?? draft.reason ?? ''))) form.reset();
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
              <button type="button" class="secondary" @click=${() => view.update((d) => ({ ...d, contracts: d.contracts.filter((n) => n !== number) }))}>${view.t('contracts.removeShort')}<span class="visually-hidden"> ${number}</span></button>
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
        ? html`<div class="field">
              <label for="field-contract-reason">${view.t('contracts.reasonOfNew')}</label>
              <select id="field-contract-reason" name="reason">
                ${terminationReasons().map((reason) => html`<option value=${reason.code} ?selected=${reason.code === draft.reason}>${view.locale === 'en' ? reason.labelEn : reason.labelFr}</option>`)}
              </select>
            </div>`
        : nothing}
      <p class="error" id="contract-error" role="alert">${view.contractError ?? ''}</p>
      <button type="submit" class="secondary" ?disabled=${view.addingContract}>${view.t('contracts.add')}</button>
    </form>
  `;
}
