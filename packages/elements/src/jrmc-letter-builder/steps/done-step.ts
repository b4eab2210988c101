import { html } from 'lit';
import { formatDay } from '../../i18n/format.js';
import type { BuilderView } from '../builder-view.js';

/** Step 8: what happened, with the letter's id. */
export function doneStep(view: BuilderView) {
  const sent = view.sent;
  if (!sent) return html``;
  const date = sent.dispatchDate ? formatDay(view.locale, sent.dispatchDate) : '';
  return html`
    <p class="success" role="status">${sent.status === 'scheduled' ? view.t('done.scheduled', { date }) : view.t('done.sent', { date })}</p>
    <p>${view.t('done.id', { id: sent.id })}</p>
    <button type="button" class="secondary" @click=${() => view.startOver()}>${view.t('done.new')}</button>
  `;
}
