import { html, nothing } from 'lit';
import type { BuilderView } from '../builder-view.js';
import { groupProblem } from './fields.js';

/** Step 2: the insurer, from JRMC's directory; its address is shown, not editable (electronic send). */
export function recipientStep(view: BuilderView) {
  const chosen = view.draft.recipient;
  const { search } = view;
  return html`
    ${chosen
      ? html`<section class="chosen" aria-labelledby="chosen-recipient">
          <h3 id="chosen-recipient">${view.t('recipient.selected')}</h3>
          <p><strong>${chosen.name}</strong><br />${chosen.address.line1}${chosen.address.line2 ? html`<br />${chosen.address.line2}` : nothing}<br />${chosen.address.postcode} ${chosen.address.city}</p>
          <p class="hint">${view.t('recipient.addressLocked')}</p>
        </section>`
      : nothing}
    <div class="field">
      <label for="field-recipient-search">${chosen ? view.t('recipient.change') : view.t('recipient.search')}</label>
      <input
        id="field-recipient-search"
        type="search"
        .value=${search.query}
        aria-describedby="field-recipient-search-hint"
        aria-controls="recipient-results"
        @input=${(event: Event) => view.searchRecipients((event.target as HTMLInputElement).value)}
      />
      <span class="hint" id="field-recipient-search-hint">${view.t('recipient.searchHint')}</span>
    </div>
    ${groupProblem(view, 'recipientId')}
    <div id="recipient-results" aria-live="polite" aria-busy=${search.loading ? 'true' : 'false'}>
      ${search.loading ? html`<p class="hint">${view.t('common.loading')}</p>` : nothing}
      ${search.error ? html`<p class="error">${search.error}</p>` : nothing}
      ${!search.loading && search.query && search.results.length === 0 && !search.error ? html`<p>${view.t('recipient.none')}</p>` : nothing}
      ${search.results.length > 0
        ? html`<ul class="results" aria-label=${view.t('recipient.results')}>
            ${search.results.map(
              (recipient) => html`<li>
                <button
                  type="button"
                  class="secondary result"
                  aria-pressed=${chosen?.id === recipient.id ? 'true' : 'false'}
                  @click=${() => view.update((draft) => ({ ...draft, recipient: { id: recipient.id, name: recipient.name, address: recipient.address } }))}
                >
                  <strong>${recipient.name}</strong> — ${recipient.address.postcode} ${recipient.address.city}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>
  `;
}
