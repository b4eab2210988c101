import { parisDate, sameDayCutoff } from '@jrmc/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCents, formatDay, formatLastDayBefore } from '../../i18n/format.js';
import { letterArticle } from '../../shared/letter-article.js';
import type { BuilderView } from '../builder-view.js';

/** The letter as the server will send it (its preview of the saved draft); every string is rendered as text. */
function letterPreview(view: BuilderView): TemplateResult {
  const { value, loading, error } = view.preview;
  const quote = view.quote.value;
  return html`<section class="preview" part="preview" aria-labelledby="preview-title" aria-busy=${loading ? 'true' : 'false'}>
    <h3 id="preview-title">${view.t('review.preview')}</h3>
    ${loading ? html`<p class="hint" role="status">${view.t('review.previewLoading')}</p>` : nothing}
    ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
    ${value ? letterArticle(value) : nothing}
    ${
      // A draft is dated today; the letter that leaves another day is dated that day (the server dates it on sending).
      value && quote && quote.dispatchDate !== parisDate(view.now)
        ? html`<p class="hint">${view.t('review.previewDated', { date: formatDay(view.locale, quote.dispatchDate) })}</p>`
        : nothing
    }
  </section>`;
}

/** Step 7: preview, price, dispatch date (with the cut-off when it leaves today), credit check; the send button is in the nav. */
export function reviewStep(view: BuilderView) {
  const { value: quote, loading, error } = view.quote;
  return html`
    ${letterPreview(view)}
    <section class="quote" part="quote" aria-labelledby="quote-title" aria-busy=${loading ? 'true' : 'false'}>
      <h3 id="quote-title">${view.t('review.quote')}</h3>
      ${loading ? html`<p role="status">${view.t('common.loading')}</p>` : nothing}
      ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
      ${quote
        ? html`<ul>
              <li>${view.t('review.price', { price: formatCents(view.locale, quote.price.inclVat), excl: formatCents(view.locale, quote.price.exclVat) })}</li>
              <li><strong>${view.t('review.dispatch', { date: formatDay(view.locale, quote.dispatchDate) })}</strong></li>
              ${
                // The same-day cut-off only matters for a letter leaving today; a letter months ahead leaves on its day.
                quote.dispatchDate === parisDate(view.now)
                  ? html`<li>${quote.firstSend ? view.t('review.firstSend', { time: quote.sameDayCutoff }) : view.t('review.cutoff', { time: sameDayCutoff({ channel: quote.channel }) })}</li>`
                  : html`<li>${view.t('review.leavesOnItsDay', { date: formatDay(view.locale, quote.dispatchDate) })}</li>`
              }
              <li>
                ${quote.cancellableUntil
                  ? view.t('review.cancellable', { date: formatLastDayBefore(view.locale, quote.cancellableUntil) })
                  : view.t('review.irreversible')}
              </li>
              <li>${view.t('review.balance', { balance: formatCents(view.locale, quote.balance) })}</li>
            </ul>
            ${quote.sufficientCredit ? nothing : html`<p class="error" role="alert">${view.t('review.insufficient', { missing: formatCents(view.locale, quote.missing) })}</p>`}`
        : nothing}
    </section>
  `;
}
