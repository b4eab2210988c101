import { canOpenInvestigation, postalProduct, type IsoDate } from '@jrmc/core';
import type { Letter } from '@jrmc/core/contract';
import { html, nothing } from 'lit';
import { formatDay } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import type { TrackerMessageKey as MessageKey } from './tracker-i18n.js';
import { renderInvestigationResult } from './investigation-result.js';

type PaperLetter = Extract<Letter, { service: 'paper-mail' }>;

/** What the paper part of the tracker needs from it. */
export interface PaperFollowUpView {
  letter: PaperLetter;
  locale: Locale;
  today: IsoDate;
  busy: boolean;
  /** The investigation message as typed. */
  message: string;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  setMessage: (message: string) => void;
  investigate: () => void;
}

/**
 * What a paper letter's product really offers: écopli and lettre verte only an estimated delivery (La Poste does
 * not follow them: they stay « Déposé »), tracked products their tracking number and expected delivery, and, for a
 * tracked letter in transit more than 15 days, the investigation form with its message, then what was sent and
 * La Poste's answer.
 */
export function renderPaperFollowUp(view: PaperFollowUpView) {
  const { letter, locale, t } = view;
  const info = postalProduct(letter.product);
  const label = locale === 'en' ? info.labelEn : info.labelFr;
  const investigable = canOpenInvestigation(letter, view.today);
  // Once an investigation is open the expected day is long past: La Poste's answer says what became of the letter.
  const waiting = ['sent', 'in_transit'].includes(letter.status);
  return html`<div class="paper" part="paper">
    <p class="product">${t('tracker.paper.product', { product: label })}</p>
    ${info.tracking
      ? html`${letter.trackingNumber ? html`<p>${t('tracker.paper.trackingNumber', { number: letter.trackingNumber })}</p>` : nothing}
        ${letter.expectedDeliveryDate && waiting && !letter.investigation ? html`<p>${t('tracker.expectedDelivery', { date: formatDay(locale, letter.expectedDeliveryDate) })}</p>` : nothing}`
      : html`<p class="estimate">
          ${letter.expectedDeliveryDate ? t('tracker.paper.estimated', { date: formatDay(locale, letter.expectedDeliveryDate) }) : nothing} ${t('tracker.paper.untracked')}
        </p>`}
    ${investigable
      ? html`<form
          class="investigation"
          @submit=${(event: Event) => {
            event.preventDefault();
            view.investigate();
          }}
        >
          <p id="investigate-hint" class="hint">${t('tracker.investigateHint')}</p>
          <label for="investigation-message">${t('tracker.paper.message')}</label>
          <textarea
            id="investigation-message"
            rows="3"
            maxlength="2000"
            required
            aria-describedby="investigate-hint"
            .value=${view.message}
            @input=${(event: Event) => view.setMessage((event.target as HTMLTextAreaElement).value)}
          ></textarea>
          <button type="submit" class="investigate" ?disabled=${view.busy || !view.message.trim()}>${t('tracker.investigate')}</button>
        </form>`
      : nothing}
    ${letter.investigation
      ? renderInvestigationResult(letter.investigation, locale, t)
      : nothing}
  </div>`;
}

/** The deposit line of the timeline: a recommandé comes with its deposit proof, other products do not. */
export function sentEventKey(letter: Letter | null): MessageKey {
  if (letter?.service === 'paper-mail' && !postalProduct(letter.product).proofOfSending) return 'tracker.paper.sent';
  return 'tracker.event.sent';
}
