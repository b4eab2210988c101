import { isValidSiret } from '@jrmc/core';
import { html, nothing } from 'lit';
import type { BuilderView } from '../builder-view.js';
import type { BuilderDraft } from '../builder-draft.js';
import { textField } from './fields.js';

type SubscriberField = keyof BuilderDraft['subscriber'];

/** Step 1: the contract holder, a person or a company (SIRET checked as typed). */
export function subscriberStep(view: BuilderView) {
  const s = view.draft.subscriber;
  const set = (field: SubscriberField) => (value: string) => view.update((draft) => ({ ...draft, subscriber: { ...draft.subscriber, [field]: value } }));
  const siretChecked = s.kind === 'company' && s.siret.replace(/\s/g, '').length === 14 && isValidSiret(s.siret);
  return html`
    <fieldset class="choice">
      <legend>${view.t('subscriber.kind')}</legend>
      ${(['person', 'company'] as const).map(
        (kind) => html`<label
          ><input type="radio" name="subscriber-kind" value=${kind} .checked=${s.kind === kind} @change=${() => set('kind')(kind)} />
          ${view.t(kind === 'person' ? 'subscriber.person' : 'subscriber.company')}</label
        >`,
      )}
    </fieldset>
    ${s.kind === 'person'
      ? html`<div class="field">
            <label for="field-subscriber-civility">${view.t('subscriber.civility')}</label>
            <select
              id="field-subscriber-civility"
              aria-invalid=${view.problem('subscriber.civility') ? 'true' : 'false'}
              aria-describedby=${view.problem('subscriber.civility') ? 'error-subscriber-civility' : nothing}
              @change=${(event: Event) => set('civility')((event.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${s.civility === ''} disabled>${view.t('subscriber.civilityChoose')}</option>
              <option value="Mme" ?selected=${s.civility === 'Mme'}>${view.t('subscriber.mrs')}</option>
              <option value="M." ?selected=${s.civility === 'M.'}>${view.t('subscriber.mr')}</option>
            </select>
            ${view.problem('subscriber.civility') ? html`<span class="error" id="error-subscriber-civility">${view.problem('subscriber.civility')}</span>` : nothing}
          </div>
          ${textField(view, 'subscriber.firstName', view.t('subscriber.firstName'), s.firstName, set('firstName'), { autocomplete: 'off' })}
          ${textField(view, 'subscriber.lastName', view.t('subscriber.lastName'), s.lastName, set('lastName'))}`
      : html`${textField(view, 'subscriber.companyName', view.t('subscriber.companyName'), s.companyName, set('companyName'))}
        ${textField(view, 'subscriber.siret', view.t('subscriber.siret'), s.siret, set('siret'), {
          hint: view.t('subscriber.siretHint'),
          inputmode: 'numeric',
          valid: siretChecked ? view.t('subscriber.siretValid') : null,
        })}`}
    <fieldset>
      <legend>${view.t('subscriber.address')}</legend>
      ${textField(view, 'subscriber.line1', view.t('subscriber.line1'), s.line1, set('line1'))}
      ${textField(view, 'subscriber.postcode', view.t('subscriber.postcode'), s.postcode, set('postcode'), { inputmode: 'numeric' })}
      ${textField(view, 'subscriber.city', view.t('subscriber.city'), s.city, set('city'))}
    </fieldset>
  `;
}
