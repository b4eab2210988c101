import { canReschedule, isFinalStatus, LettersResource, PaperMailResource, parisDate } from '@jrmc/core';
import type { Letter, LetterEvent, Proof } from '@jrmc/core/contract';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ConfirmController } from '../controllers/confirm-controller.js';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { PollingController } from '../controllers/polling-controller.js';
import { JrmcErrorEvent, JrmcLetterCancelledEvent, JrmcLetterRescheduledEvent, JrmcStatusChangeEvent } from '../events/jrmc-events.js';
import { formatCents, formatDay, formatInstant, formatLastDayBefore } from '../i18n/format.js';
import { localeReady, type Locale } from '../i18n/translate.js';
import { downloadPdf } from '../shared/download.js';
import { errorMessage } from '../shared/error-message.js';
import { tokens } from '../styles/tokens.js';
import { trackerStyles } from './jrmc-shipment-tracker.styles.js';
import { LatestRequestController } from '../controllers/latest-request-controller.js';
import { renderPaperFollowUp, sentEventKey } from './paper-follow-up.js';
import type { RescheduleChoice } from './reschedule-form.js';
import { trackerT as translate, type TrackerMessageKey as MessageKey } from './tracker-i18n.js';

/**
 * The life of one letter as a timeline, each status explained in plain words (RELEVE, SIGNE…), with its
 * proofs to download; cancel while allowed (until the eve, refund shown, confirmed first), reschedule once
 * cancelled (now or on a day — for Hamon / RIA a new contract start —, with or without AR, priced by the API and
 * confirmed first), and
 * open an investigation for paper mail still in transit after 15 days. It refreshes itself while the
 * letter can still change (backing off, paused in a hidden tab) and stops once the status is final.
 *
 * @summary Timeline, proofs and actions of one letter.
 * @event jrmc-status-change - The status changed (`detail.status`, `detail.previous`).
 * @event jrmc-letter-cancelled - Cancelled and refunded (`detail.refunded`).
 * @event jrmc-letter-rescheduled - Scheduled again.
 * @event jrmc-error - A call failed.
 * @slot heading - Replaces the default heading ("Suivi du courrier …").
 * @csspart base - The whole tracker box.
 * @csspart status - The current status line.
 * @csspart actions - Cancel, reschedule and investigation controls.
 * @csspart paper - Paper mail: the product, its tracking or estimate, the investigation form and its result.
 * @csspart investigation - The investigation opened: the message sent, the day La Poste answers by, then its answer.
 * @csspart reschedule - The reschedule form of a cancelled letter.
 * @csspart quote - The reschedule's price and dispatch day.
 * @csspart dialog - The confirmation dialog (cancel, reschedule).
 * @csspart timeline - The list of events.
 * @csspart proofs - The proofs list.
 */
export class JrmcShipmentTracker extends LitElement {
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = [tokens, trackerStyles];

  static override properties = {
    letterId: { attribute: 'letter-id', reflect: true },
    now: {},
    pollInterval: { type: Number, attribute: 'poll-interval' },
    locale: {},
    letter: { state: true, attribute: false },
    events: { state: true, attribute: false },
    proofs: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    investigationMessage: { state: true, attribute: false },
    error: { state: true, attribute: false },
    reschedule: { state: true, attribute: false },
    rescheduleUi: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.letterId = '';
    this.now = '';
    this.pollInterval = 5_000;
    this.locale = '';
    this.letter = null;
    this.events = [];
    this.proofs = [];
    this.loading = false;
    this.busy = false;
    this.investigationMessage = null;
    this.error = null;
    this.reschedule = { mode: 'scheduled', date: '', withAcknowledgement: true };
    this.rescheduleUi = null;
  }

  /** The letter to follow. */
  declare letterId: string;

  /** Overrides the current instant (ISO-8601); default: the API's time from the provider. */
  declare now: string;

  /** First refresh delay in ms (doubles up to 60 s). */
  declare pollInterval: number;

  /** `fr` or `en`; default: the provider's locale. */
  declare locale: Locale | '';

  /** The connection to the surrounding `<jrmc-provider>` (client, locale, API clock). */
  readonly jrmc = new JrmcController(this, { resources: { letters: LettersResource, paperMail: PaperMailResource }, locale: () => this.locale, now: () => this.now });

  declare letter: Letter | null;
  declare events: LetterEvent[];
  declare proofs: Proof[];
  declare loading: boolean;
  declare busy: boolean;
  /** The message of a paper investigation, as typed (prefilled with a standard one). */
  declare investigationMessage: string | null;
  declare error: string | null;
  /** How the user wants a cancelled letter sent again. */
  declare reschedule: RescheduleChoice;

  /** The reschedule form and its date picker, loaded once a letter can be rescheduled (most never are). */
  declare rescheduleUi: typeof import('./reschedule-form.js') | null;

  readonly #confirm = new ConfirmController(this, { id: 'tracker-confirm' });

  // The price and dispatch day of the chosen reschedule, asked of the API (its rules, its clock) as it changes.
  readonly #quote = new LatestRequestController(this, {
    key: () => {
      const params = this.#rescheduleParams();
      return params && this.jrmc.client ? `${this.letterId}|${JSON.stringify(params)}` : '';
    },
    run: (signal) => this.jrmc.client!.letters.quote(this.letterId, this.#rescheduleParams()!, { signal }),
  });

  /**
   * The API's send parameters of the reschedule chosen, once the form is loaded and a needed date chosen (`null`
   * too when the letter cannot be rescheduled: core's `rescheduleOptions`, asked by the form's module).
   */
  #rescheduleParams() {
    return this.letter && this.rescheduleUi ? this.rescheduleUi.rescheduleParams(this.letter, this.reschedule) : null;
  }

  // Refreshes by itself while the letter can still change (backing off, paused in a hidden tab).
  readonly #polling = new PollingController(this, {
    task: () => this.refresh(),
    active: () => this.letter !== null && !isFinalStatus(this.letter.status, { withAcknowledgement: this.letter.withAcknowledgement }),
    initialMs: 5_000,
    maxMs: 60_000,
  });
  #loadedFor = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected (moved in the page): start watching again.
    if (this.letter) this.#polling.schedule();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = `${this.letterId}|${this.jrmc.client ? 'c' : ''}`;
    if (this.letterId && this.jrmc.client && key !== this.#loadedFor) {
      this.#loadedFor = key;
      this.letter = null;
      void this.refresh();
    }
    if (changed.has('pollInterval')) this.#polling.setInitialDelay(this.pollInterval);
  }

  /** Reloads the letter, its timeline and proofs now. */
  async refresh(): Promise<void> {
    const client = this.jrmc.client;
    if (!client || !this.letterId) return;
    this.loading = true;
    try {
      const [letter, events, proofs] = await Promise.all([client.letters.retrieve(this.letterId), client.letters.events(this.letterId), client.letters.proofs(this.letterId)]);
      const previous = this.letter?.status ?? null;
      if (previous !== letter.status && canReschedule(letter.status)) this.reschedule = { ...this.reschedule, withAcknowledgement: letter.withAcknowledgement };
      this.letter = letter;
      this.events = events.data;
      this.proofs = proofs.data;
      this.error = null;
      if (previous !== letter.status) {
        this.#polling.reset();
        this.dispatchEvent(new JrmcStatusChangeEvent({ letterId: letter.id, status: letter.status, previous }));
      }
    } catch (error) {
      this.error = errorMessage(this.jrmc.locale, error);
    } finally {
      if (!this.#polling.planned) this.#polling.schedule();
      this.loading = false;
    }
  }

  override render() {
    const locale = this.jrmc.locale;
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
    if (!this.jrmc.client) return html`<p class="tracker error" part="base" role="alert">${t('common.notConnected')}</p>`;
    if (!this.letterId) return html`<p class="tracker" part="base" role="status">${t('tracker.none')}</p>`;
    const letter = this.letter;
    if (!letter) return html`<p class="tracker" part="base" role="status">${this.error ?? t('common.loading')}</p>`;
    return html`<section class="tracker" part="base" aria-label=${t('tracker.title', { id: letter.id })} aria-busy=${this.loading ? 'true' : 'false'}>
      <slot name="heading"><h2>${t('tracker.title', { id: letter.id })}</h2></slot>
      <p class="status" part="status" role="status" aria-live="polite">${t(`status.${letter.status}` as MessageKey)}</p>
      ${letter.service === 'paper-mail'
        ? renderPaperFollowUp({
            letter,
            locale,
            t,
            today: parisDate(this.jrmc.now()),
            busy: this.busy,
            message: this.investigationMessage ?? t('tracker.investigationMessage'),
            setMessage: (message) => (this.investigationMessage = message),
            investigate: () => void this.#investigate(),
          })
        : nothing}
      ${this.#actions(letter, locale, t)}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <h3 id="timeline-title">${t('tracker.timeline')}</h3>
      <ol class="timeline" part="timeline" aria-labelledby="timeline-title">
        ${this.events.map(
          (event) => html`<li>
            <span>${this.#describe(event, locale, t)}</span>
            <span class="when">${formatInstant(locale, event.at)}</span>
          </li>`,
        )}
      </ol>
      ${this.proofs.length > 0
        ? html`<h3 id="proofs-title">${t('tracker.proofs')}</h3>
            <ul class="proofs" part="proofs" aria-labelledby="proofs-title">
              ${this.proofs.map(
                (proof) => html`<li><button type="button" @click=${() => this.#download(proof)}>${t(`tracker.proof.${proof.kind}` as MessageKey)} — ${formatInstant(locale, proof.issuedAt)}</button></li>`,
              )}
            </ul>`
        : nothing}
    </section>`;
  }

  #actions(letter: Letter, locale: Locale, t: (key: MessageKey, params?: Record<string, string | number>) => string) {
    const now = this.jrmc.now();
    // The API answers until when the letter can be cancelled: `cancellableUntil`, set only while it is scheduled for
    // a later day (core's cancellation rule, applied by the API), so the browser compares instants, nothing more.
    const cancellableUntil = letter.cancellableUntil;
    const cancellable = cancellableUntil !== null && now.getTime() < Date.parse(cancellableUntil);
    const reschedulable = canReschedule(letter.status);
    return html`<div class="actions" part="actions">
      ${cancellable
        ? html`<p id="cancel-hint">${t('tracker.cancelUntil', { date: formatLastDayBefore(locale, cancellableUntil), amount: formatCents(locale, letter.price?.inclVat ?? 0) })}</p>
            <button type="button" class="cancel" aria-describedby="cancel-hint" ?disabled=${this.busy} @click=${() => this.#cancel()}>${t('tracker.cancel')}</button>`
        : nothing}
      ${reschedulable
        ? this.#rescheduleForm({
            letter,
            choice: this.reschedule,
            quote: {
              pending: this.#quote.pending,
              value: this.#quote.value,
              error: this.#quote.error === undefined ? null : errorMessage(locale, this.#quote.error),
            },
            busy: this.busy,
            now,
            locale,
            change: (patch) => (this.reschedule = { ...this.reschedule, ...patch }),
            submit: () => void this.#reschedule(),
          })
        : nothing}
      ${this.#confirm.render()}
    </div>`;
  }

  #rescheduleForm(view: Parameters<typeof import('./reschedule-form.js').renderRescheduleForm>[0]) {
    if (this.rescheduleUi) return this.rescheduleUi.renderRescheduleForm(view);
    // Shown once its strings are there in the page's language: no French flash on an English page.
    void import('./reschedule-form.js').then(async (module) => {
      await localeReady(view.locale);
      this.rescheduleUi = module;
    });
    return html`<p role="status">${translate(view.locale, 'common.loading')}</p>`;
  }

  #describe(event: LetterEvent, locale: Locale, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
    const data = event.data as { dispatchDate?: string; refunded?: number };
    const params = {
      date: data.dispatchDate ? formatDay(locale, data.dispatchDate) : '',
      amount: formatCents(locale, data.refunded ?? 0),
    };
    return t(event.type === 'sent' ? sentEventKey(this.letter) : (`tracker.event.${event.type}` as MessageKey), params);
  }

  async #act(action: () => Promise<Letter>, after: (letter: Letter) => Event): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const letter = await action();
      this.letter = letter;
      this.dispatchEvent(after(letter));
      await this.refresh();
    } catch (error) {
      this.error = errorMessage(this.jrmc.locale, error);
      this.dispatchEvent(new JrmcErrorEvent({ error, message: this.error }));
    } finally {
      this.busy = false;
    }
  }

  async #cancel(): Promise<void> {
    const refunded = this.letter?.price?.inclVat ?? 0;
    const locale = this.jrmc.locale;
    const confirmed = await this.#confirm.ask({
      title: translate(locale, 'tracker.cancel.title'),
      message: translate(locale, 'tracker.cancel.message', { date: this.letter?.dispatchDate ? formatDay(locale, this.letter.dispatchDate) : '', amount: formatCents(locale, refunded) }),
      confirmLabel: translate(locale, 'tracker.cancel.confirm'),
      cancelLabel: translate(locale, 'tracker.cancel.keep'),
    });
    if (!confirmed) return;
    return this.#act(
      () => this.jrmc.client!.letters.cancel(this.letterId),
      (letter) => new JrmcLetterCancelledEvent({ letterId: letter.id, letter, refunded }),
    );
  }

  async #reschedule(): Promise<void> {
    const params = this.#rescheduleParams();
    const quote = this.#quote.value;
    if (!params || !quote) return;
    const locale = this.jrmc.locale;
    const price = formatCents(locale, quote.price.inclVat);
    // Parameters exist only once the reschedule form (and its strings) is loaded.
    const { rescheduleT } = this.rescheduleUi!;
    const confirmed = await this.#confirm.ask({
      title: rescheduleT(locale, 'tracker.re.confirm.title'),
      message: rescheduleT(locale, 'tracker.re.confirm.message', { date: formatDay(locale, quote.dispatchDate), price }),
      confirmLabel: rescheduleT(locale, 'tracker.re.confirm.action', { price }),
      cancelLabel: rescheduleT(locale, 'tracker.re.confirm.cancel'),
    });
    if (!confirmed) return;
    return this.#act(
      () => this.jrmc.client!.letters.reschedule(this.letterId, params),
      (letter) => new JrmcLetterRescheduledEvent({ letterId: letter.id, letter }),
    );
  }

  #investigate(): Promise<void> {
    return this.#act(
      () => this.jrmc.client!.paperMail.openInvestigation(this.letterId, { message: (this.investigationMessage ?? translate(this.jrmc.locale, 'tracker.investigationMessage')).trim() }),
      (letter) => new JrmcStatusChangeEvent({ letterId: letter.id, status: letter.status, previous: letter.status }),
    );
  }

  async #download(proof: Proof): Promise<void> {
    try {
      downloadPdf(await this.jrmc.client!.letters.downloadProof(this.letterId, proof.id), `${this.letterId}-${proof.kind}.pdf`);
    } catch (error) {
      this.dispatchEvent(new JrmcErrorEvent({ error, message: errorMessage(this.jrmc.locale, error) }));
    }
  }

}
