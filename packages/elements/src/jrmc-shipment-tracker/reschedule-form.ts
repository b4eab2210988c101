import { rescheduleOptions, type IsoDate } from '@jrmc/core';
import type { Letter, Quote, SendParams } from '@jrmc/core/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCents, formatDay } from '../i18n/format.js';
import { translator, type Locale } from '../i18n/translate.js';
import { rescheduleFr } from './reschedule-messages.js';
import '../jrmc-send-date-picker/define.js';

/** Translates the reschedule strings. */
export const rescheduleT = translator({ fr: rescheduleFr, en: async () => (await import('./reschedule-messages-en.js')).rescheduleEn });

/** What the user chose to send a cancelled letter again. */
export interface RescheduleChoice {
  mode: 'now' | 'scheduled';
  /** The send date, or for Hamon / RIA the new contract's start (the send date is computed from it). */
  date: IsoDate | '';
  withAcknowledgement: boolean;
}

/**
 * Whether the letter's date is a new contract's start (Hamon / RIA) rather than a send date: core's
 * `rescheduleOptions` decides.
 */
export function picksContractStart(letter: Letter): boolean {
  const options = rescheduleOptions(letter);
  return options.allowed && options.dateMode === 'switch-start';
}

/**
 * The API's send parameters for a choice, or `null` while a needed date is missing (or the letter cannot be
 * rescheduled). Core's `rescheduleOptions` says what may be chosen again: the date to pick, and whether the AR is
 * the user's choice (termination letters; borrower insurance always has one, paper has its product's).
 */
export function rescheduleParams(letter: Letter, choice: RescheduleChoice): SendParams | null {
  const options = rescheduleOptions(letter);
  if (!options.allowed) return null;
  const ar = options.acknowledgementChoosable ? { withAcknowledgement: choice.withAcknowledgement } : {};
  if (options.dateMode === 'switch-start') return choice.date ? { mode: 'scheduled', newContractStart: choice.date, ...ar } : null;
  if (choice.mode === 'now') return { mode: 'now', ...ar };
  return choice.date ? { mode: 'scheduled', scheduledDate: choice.date, ...ar } : null;
}

/** What the form needs from the tracker. */
export interface RescheduleView {
  letter: Letter;
  choice: RescheduleChoice;
  quote: { pending: boolean; value: Quote | null; error: string | null };
  busy: boolean;
  now: Date;
  locale: Locale;
  change: (patch: Partial<RescheduleChoice>) => void;
  submit: () => void;
}

/**
 * The reschedule form of a cancelled letter: send now or on a day (for Hamon / RIA, the new contract's start,
 * from which the send date follows), with or without acknowledgement of receipt, and the price quoted by the API.
 */
export function renderRescheduleForm(view: RescheduleView): TemplateResult {
  const { letter, choice } = view;
  const t = (key: keyof typeof rescheduleFr, params?: Record<string, string | number>) => rescheduleT(view.locale, key, params);
  const contractStart = picksContractStart(letter);
  const ready = rescheduleParams(letter, choice) !== null;
  const quote = view.quote.value;
  return html`<fieldset class="reschedule" part="reschedule">
    <legend>${t('tracker.re.title')}</legend>
    <p class="hint" id="reschedule-hint">${t('tracker.rescheduleHint')}</p>
    ${contractStart
      ? html`<p class="hint">${t('tracker.re.newStartHint')}</p>`
      : html`<div role="radiogroup" aria-label=${t('tracker.re.when')} class="choices">
          ${(['now', 'scheduled'] as const).map(
            (mode) => html`<label
              ><input type="radio" name="reschedule-mode" value=${mode} .checked=${choice.mode === mode} @change=${() => view.change({ mode })} />
              ${t(mode === 'now' ? 'tracker.re.now' : 'tracker.re.date')}</label
            >`,
          )}
        </div>`}
    ${contractStart || choice.mode === 'scheduled'
      ? html`<jrmc-send-date-picker
          label=${t(contractStart ? 'tracker.re.newStart' : 'tracker.re.sendDate')}
          mode=${contractStart ? 'switch-start' : letter.channel === 'paper' ? 'paper' : 'lre'}
          now=${view.now.toISOString()}
          locale=${view.locale}
          .value=${choice.date}
          @change=${(event: Event) => view.change({ date: (event.target as HTMLInputElement).value })}
        ></jrmc-send-date-picker>`
      : nothing}
    ${letter.service === 'termination'
      ? html`<div role="radiogroup" aria-label=${t('tracker.re.ar')} class="choices">
          ${[true, false].map(
            (withAr) => html`<label
              ><input type="radio" name="reschedule-ar" .checked=${choice.withAcknowledgement === withAr} @change=${() => view.change({ withAcknowledgement: withAr })} />
              ${t(withAr ? 'tracker.re.withAr' : 'tracker.re.withoutAr')}</label
            >`,
          )}
        </div>`
      : nothing}
    <p class="quote" part="quote" role="status" aria-live="polite">
      ${!ready
        ? t('tracker.re.chooseDate')
        : view.quote.pending
          ? t('tracker.re.quoting')
          : quote
            ? t('tracker.re.quote', { date: formatDay(view.locale, quote.dispatchDate), price: formatCents(view.locale, quote.price.inclVat) })
            : ''}
    </p>
    ${view.quote.error && ready && !view.quote.pending ? html`<p class="error" role="alert">${view.quote.error}</p>` : nothing}
    <button type="button" class="reschedule" aria-describedby="reschedule-hint" ?disabled=${view.busy || !ready || !quote || view.quote.pending} @click=${view.submit}>
      ${t('tracker.re.submit')}
    </button>
  </fieldset>`;
}
