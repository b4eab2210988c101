import { dispatchDate, isInsufficientCreditError, type IsoDate, LettersResource, LoanDossiersResource, loanTerminationEffectiveDate, parisDate } from '@jrmc/core';
import type { Letter, LoanDossier, PdfUpload } from '@jrmc/core/contract';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ConfirmController } from '../controllers/confirm-controller.js';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { PollingController } from '../controllers/polling-controller.js';
import { JrmcCreditInsufficientEvent, JrmcErrorEvent } from '../events/jrmc-events.js';
import { JrmcBankAnswerEvent, JrmcDossierStatusEvent, JrmcOtherLetterSentEvent, JrmcTerminationSentEvent } from '../events/loan-dossier-events.js';
import { formatCents, formatDay } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import { errorMessage } from '../shared/error-message.js';
import { tokens } from '../styles/tokens.js';
import '../jrmc-shipment-tracker/define.js';
import { EMPTY_OTHER_LETTER, readOwnLetter, renderOtherLetters, type OtherLetterDraft } from './dossier-other-letters.js';
import { loanDossierStyles } from './jrmc-loan-dossier.styles.js';
import { loanT as translate, type LoanMessageKey as MessageKey } from './loan-i18n.js';
import { readPdf } from './pdf-file.js';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * One borrower-insurance dossier's life: the substitution letter's tracking (the shipment tracker inside), then the
 * bank's answer to record (accepted or refused, its day — never in the future — and the bank's letter as a PDF), then,
 * once accepted, the termination to the old insurer with its L113-12-2 effective date computed and shown and the
 * bank's acceptance attached. A refusal ends the dossier: the termination stays disabled, with the reason. Other letters
 * ("autre courrier": the user's own PDF to the bank or the old insurer, always with AR) are sent and tracked from here at
 * any stage, without changing the status. The status
 * always follows the letters (cancelling the substitution reopens the dossier); the element refreshes itself while
 * something can still change (backing off, paused in a hidden tab).
 *
 * @summary Tracking, bank answer and termination of one loan dossier.
 * @event {JrmcDossierStatusEvent} jrmc-dossier-status-change - The status changed (`detail.status`, `detail.previous`).
 * @event {JrmcBankAnswerEvent} jrmc-bank-answer - The bank's answer was recorded (`detail.accepted`).
 * @event {JrmcTerminationSentEvent} jrmc-termination-sent - The termination left for the old insurer.
 * @event {JrmcOtherLetterSentEvent} jrmc-other-letter-sent - An other letter of the dossier was sent, with AR (`detail.letterId`).
 * @event {JrmcCreditInsufficientEvent} jrmc-credit-insufficient - The credit does not cover an other letter's price.
 * @event {JrmcErrorEvent} jrmc-error - A call failed.
 * @slot heading - Replaces the default heading ("Dossier …").
 * @csspart base - The whole dossier box.
 * @csspart status - The current status line.
 * @csspart summary - The dossier's references.
 * @csspart answer - The bank answer form.
 * @csspart termination - The termination section.
 * @csspart other - The other letters ("autre courrier") section.
 * @csspart dialog - The confirmation dialog.
 * @cssproperty --jrmc-color-accent - Accent colour (buttons, status).
 * @cssproperty --jrmc-color-danger - Colour of a refusal and of errors.
 */
export class JrmcLoanDossier extends LitElement {
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = [tokens, loanDossierStyles];

  static override properties = {
    dossierId: { attribute: 'dossier-id', reflect: true },
    otherLetters: { state: true, attribute: false },
    otherDraft: { state: true, attribute: false },
    now: {},
    locale: {},
    pollInterval: { type: Number, attribute: 'poll-interval' },
    dossier: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    error: { state: true, attribute: false },
    answer: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.dossierId = '';
    this.otherLetters = [];
    this.otherDraft = { ...EMPTY_OTHER_LETTER };
    this.now = '';
    this.locale = '';
    this.pollInterval = 5_000;
    this.dossier = null;
    this.busy = false;
    this.error = null;
    this.answer = { accepted: true, answeredOn: '', bankLetter: null, fileError: null };
  }

  /** The dossier to follow. */
  declare dossierId: string;

  /** Overrides the current instant (ISO-8601); default: the API's time from the provider. */
  declare now: string;

  /** `fr` or `en`; default: the provider's locale. */
  declare locale: Locale | '';

  /** First refresh delay in ms (doubles up to 60 s). */
  declare pollInterval: number;

  /** The connection to the surrounding `<jrmc-provider>` (client, locale, API clock). */
  readonly jrmc = new JrmcController(this, { resources: { letters: LettersResource, loanDossiers: LoanDossiersResource }, locale: () => this.locale, now: () => this.now });

  declare dossier: LoanDossier | null;
  declare busy: boolean;
  declare error: string | null;
  /** The bank answer being recorded. */
  declare answer: { accepted: boolean; answeredOn: string; bankLetter: PdfUpload | null; fileError: string | null };

  /** The dossier's other letters ("autre courrier"), in the dossier's order. */
  declare otherLetters: readonly Letter[];
  /** The other letter being prepared. */
  declare otherDraft: OtherLetterDraft;

  readonly #confirm = new ConfirmController(this, { id: 'dossier-confirm' });
  readonly #polling = new PollingController(this, {
    task: () => this.refresh(),
    // The bank (or the sandbox's clock) may answer; a termination's effective date is then fixed.
    active: () => this.dossier !== null && (this.dossier.status === 'substitution_sent' || this.dossier.status === 'draft'),
    initialMs: 5_000,
    maxMs: 60_000,
  });
  #loadedFor = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = `${this.dossierId}|${this.jrmc.client ? 'c' : ''}`;
    if (this.dossierId && this.jrmc.client && key !== this.#loadedFor) {
      this.#loadedFor = key;
      this.dossier = null;
      void this.refresh();
    }
    if (changed.has('pollInterval')) this.#polling.setInitialDelay(this.pollInterval);
  }

  /** Reloads the dossier now (and the trackers inside). */
  async refresh(): Promise<void> {
    const client = this.jrmc.client;
    if (!client || !this.dossierId) return;
    try {
      const dossier = await client.loanDossiers.retrieve(this.dossierId);
      const previous = this.dossier?.status ?? null;
      this.otherLetters = await Promise.all(dossier.otherLetterIds.map((letterId) => client.letters.retrieve(letterId)));
      this.dossier = dossier;
      this.error = null;
      if (previous !== dossier.status) {
        this.#polling.reset();
        this.dispatchEvent(new JrmcDossierStatusEvent({ dossierId: dossier.id, status: dossier.status, previous }));
      }
      await this.updateComplete;
      await Promise.all([...this.renderRoot.querySelectorAll('jrmc-shipment-tracker')].map((tracker) => tracker.refresh()));
    } catch (error) {
      this.error = errorMessage(this.jrmc.locale, error);
    } finally {
      if (!this.#polling.planned) this.#polling.schedule();
    }
  }

  override render() {
    const locale = this.jrmc.locale;
    const t: T = (key, params) => translate(locale, key, params);
    if (!this.jrmc.client) return html`<p class="dossier error" part="base" role="alert">${t('common.notConnected')}</p>`;
    if (!this.dossierId) return html`<p class="dossier" part="base" role="status">${t('loan.dossier.none')}</p>`;
    const dossier = this.dossier;
    if (!dossier) return html`<p class="dossier" part="base" role="status">${this.error ?? t('common.loading')}</p>`;
    const name = dossier.subscriber.kind === 'person' ? `${dossier.subscriber.firstName} ${dossier.subscriber.lastName}` : dossier.subscriber.companyName;
    return html`<section class="dossier" part="base" aria-label=${t('loan.dossier.title', { id: dossier.id })}>
      <slot name="heading"><h2>${t('loan.dossier.title', { id: dossier.id })} — ${name}</h2></slot>
      <p class="status status-${dossier.status}" part="status" role="status" aria-live="polite">${t(`loan.status.${dossier.status}` as MessageKey)}</p>
      <dl class="summary" part="summary">
        <dt>${t('loan.field.loans')}</dt><dd>${dossier.loanReferences.join(' / ')}</dd>
        <dt>${t('loan.field.oldContracts')}</dt><dd>${dossier.oldContractReferences.join(' / ')}</dd>
        <dt>${t('loan.field.newInsurer')}</dt><dd>${dossier.newInsurerName} — ${dossier.newContractReferences.join(' / ')}</dd>
        <dt>${t('loan.field.start')}</dt><dd>${formatDay(locale, dossier.effectiveDate)}</dd>
        <dt>${t('loan.field.route')}</dt><dd>${t(`loan.route.${dossier.route}` as MessageKey)}</dd>
      </dl>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <h3>${t('loan.section.substitution')}</h3>
      ${dossier.status === 'draft' && !dossier.bankAnswer
        ? html`<p>${t('loan.substitution.notSent')}</p>`
        : nothing}
      ${dossier.substitutionLetterId ? html`<jrmc-shipment-tracker letter-id=${dossier.substitutionLetterId} locale=${locale} now=${this.now}><h4 slot="heading">${t('loan.section.substitution')}</h4></jrmc-shipment-tracker>` : nothing}
      <h3>${t('loan.section.answer')}</h3>
      ${this.#answer(dossier, locale, t)}
      <h3>${t('loan.section.termination')}</h3>
      ${this.#termination(dossier, locale, t)}
      <div part="other">
        ${renderOtherLetters(
          {
            letters: this.otherLetters,
            draft: this.otherDraft,
            busy: this.busy,
            locale,
            now: this.now,
            setRecipient: (recipient) => (this.otherDraft = { ...this.otherDraft, recipient }),
            choose: (event) => void this.#chooseOther(event),
            send: (letterId) => void this.#sendOther(letterId),
          },
          t,
        )}
      </div>
      ${this.#confirm.render()}
    </section>`;
  }

  #answer(dossier: LoanDossier, locale: Locale, t: T) {
    if (dossier.bankAnswer) {
      const outcome = t(dossier.bankAnswer.outcome === 'accepted' ? 'loan.answer.recordedAccepted' : 'loan.answer.recordedRefused');
      return html`<p class="answer-recorded">${t('loan.answer.recorded', { outcome, date: formatDay(locale, dossier.bankAnswer.answeredOn) })}</p>
        ${dossier.bankAnswer.bankLetter ? html`<p>${t('loan.answer.letterOnFile', { name: dossier.bankAnswer.bankLetter.filename })}</p>` : nothing}
        ${dossier.bankAnswer.outcome === 'refused' ? html`<p class="refused" role="alert">${t('loan.refused.explained')}</p>` : nothing}`;
    }
    if (dossier.status !== 'substitution_sent') return html`<p class="hint">${t('loan.termination.waiting')}</p>`;
    const today = parisDate(this.jrmc.now());
    return html`<form class="answer" part="answer" @submit=${(event: Event) => { event.preventDefault(); void this.#recordAnswer(); }}>
      <fieldset>
        <legend>${t('loan.answer.outcome')}</legend>
        <label><input type="radio" name="outcome" value="accepted" .checked=${this.answer.accepted} @change=${() => (this.answer = { ...this.answer, accepted: true })} /> ${t('loan.answer.accepted')}</label>
        <label><input type="radio" name="outcome" value="refused" .checked=${!this.answer.accepted} @change=${() => (this.answer = { ...this.answer, accepted: false })} /> ${t('loan.answer.refused')}</label>
      </fieldset>
      <label for="answered-on">${t('loan.answer.date')}</label>
      <input id="answered-on" name="answeredOn" type="date" required max=${today} aria-describedby="answered-on-hint" .value=${this.answer.answeredOn} @input=${(event: Event) => (this.answer = { ...this.answer, answeredOn: (event.target as HTMLInputElement).value })} />
      <p id="answered-on-hint" class="hint">${t('loan.answer.dateHint')}</p>
      <label for="bank-letter">${t('loan.answer.file')}</label>
      <input id="bank-letter" name="bankLetter" type="file" accept="application/pdf,.pdf" aria-describedby="bank-letter-status" @change=${(event: Event) => void this.#chooseFile(event)} />
      <p id="bank-letter-status" class=${this.answer.fileError ? 'error' : 'hint'} role=${this.answer.fileError ? 'alert' : nothing}>
        ${this.answer.fileError ?? (this.answer.bankLetter ? t('loan.file.chosen', { name: this.answer.bankLetter.filename }) : '')}
      </p>
      <button type="submit" ?disabled=${this.busy || !this.answer.answeredOn}>${t('loan.answer.submit')}</button>
      <p class="hint">${t('loan.answer.automatic')}</p>
    </form>`;
  }

  /** The termination's effective date if it left on its earliest day (core's `dispatchDate` and L113-12-2 rule). */
  #plannedEffectiveDate(dossier: LoanDossier): IsoDate {
    const leaves = dispatchDate({ channel: 'lre', validatedAt: this.jrmc.now() });
    return loanTerminationEffectiveDate(leaves, dossier.effectiveDate);
  }

  #termination(dossier: LoanDossier, locale: Locale, t: T) {
    if (dossier.status === 'termination_sent' && dossier.terminationLetterId) {
      return html`<div part="termination">
        ${dossier.terminationEffectiveDate ? html`<p class="effective">${t('loan.termination.effective', { date: formatDay(locale, dossier.terminationEffectiveDate) })}</p>` : nothing}
        <jrmc-shipment-tracker letter-id=${dossier.terminationLetterId} locale=${locale} now=${this.now}><h4 slot="heading">${t('loan.section.termination')}</h4></jrmc-shipment-tracker>
      </div>`;
    }
    const accepted = dossier.status === 'accepted';
    const reason = dossier.status === 'refused' ? t('loan.refused.explained') : t('loan.termination.waiting');
    const effective = accepted ? this.#plannedEffectiveDate(dossier) : null;
    return html`<div class="termination" part="termination">
      ${effective
        ? html`<p class="effective">${t('loan.termination.effective', { date: formatDay(locale, effective) })}</p>
            <p class="hint">${t('loan.termination.effectiveWhy')}</p>`
        : html`<p id="termination-reason" class="hint">${reason}</p>`}
      ${accepted && !dossier.bankAnswer?.bankLetter
        ? html`<label for="acceptance">${t('loan.termination.attach')}</label>
            <input id="acceptance" type="file" accept="application/pdf,.pdf" aria-describedby="acceptance-status" @change=${(event: Event) => void this.#chooseFile(event)} />
            <p id="acceptance-status" class=${this.answer.fileError ? 'error' : 'hint'} role=${this.answer.fileError ? 'alert' : nothing}>
              ${this.answer.fileError ?? (this.answer.bankLetter ? t('loan.file.chosen', { name: this.answer.bankLetter.filename }) : '')}
            </p>`
        : nothing}
      <p class="hint">${t('loan.termination.withAr')}</p>
      <button type="button" class="send-termination" aria-describedby=${accepted ? nothing : 'termination-reason'} ?disabled=${!accepted || this.busy} @click=${() => void this.#sendTermination()}>${t('loan.termination.send')}</button>
    </div>`;
  }

  async #chooseFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const read = await readPdf(file, 'bank-acceptance', 'loan-termination');
    // A refused file leaves what was chosen before untouched.
    if (!read.ok) {
      this.answer = { ...this.answer, fileError: translate(this.jrmc.locale, `loan.file.${read.problem}` as MessageKey) };
      input.value = '';
      return;
    }
    this.answer = { ...this.answer, bankLetter: read.upload, fileError: null };
  }

  async #act(action: () => Promise<LoanDossier>, after: (dossier: LoanDossier) => Event): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const dossier = await action();
      const previous = this.dossier?.status ?? null;
      this.dossier = dossier;
      this.dispatchEvent(after(dossier));
      if (previous !== dossier.status) this.dispatchEvent(new JrmcDossierStatusEvent({ dossierId: dossier.id, status: dossier.status, previous }));
      this.answer = { accepted: true, answeredOn: '', bankLetter: null, fileError: null };
      this.error = null;
      await this.refresh();
    } catch (error) {
      this.error = errorMessage(this.jrmc.locale, error);
      this.dispatchEvent(new JrmcErrorEvent({ error, message: this.error }));
    } finally {
      this.busy = false;
    }
  }

  #recordAnswer(): Promise<void> {
    const { accepted, answeredOn, bankLetter } = this.answer;
    return this.#act(
      () => this.jrmc.client!.loanDossiers.recordBankAnswer(this.dossierId, { accepted, answeredOn, ...(bankLetter ? { bankLetter } : {}) }),
      (dossier) => new JrmcBankAnswerEvent({ dossierId: dossier.id, dossier, accepted }),
    );
  }

  async #sendTermination(): Promise<void> {
    const dossier = this.dossier;
    if (!dossier) return;
    const locale = this.jrmc.locale;
    const confirmed = await this.#confirm.ask({
      title: translate(locale, 'loan.termination.confirm.title'),
      message: translate(locale, 'loan.termination.confirm.message', { date: formatDay(locale, this.#plannedEffectiveDate(dossier)) }),
      confirmLabel: translate(locale, 'loan.termination.confirm.action'),
      cancelLabel: translate(locale, 'loan.termination.confirm.cancel'),
    });
    if (!confirmed) return;
    const bankLetter = this.answer.bankLetter;
    return this.#act(
      () => this.jrmc.client!.loanDossiers.sendTermination(this.dossierId, { mode: 'now', ...(bankLetter ? { bankLetter } : {}) }),
      (sent) => new JrmcTerminationSentEvent({ dossierId: sent.id, dossier: sent }),
    );
  }

  async #chooseOther(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const read = await readOwnLetter(file);
    // A refused file leaves the letter chosen before, if any, untouched.
    if (!read.ok) {
      this.otherDraft = { ...this.otherDraft, fileError: translate(this.jrmc.locale, `loan.file.${read.problem}` as MessageKey) };
      input.value = '';
      return;
    }
    this.otherDraft = { ...this.otherDraft, document: read.upload, fileError: null };
  }

  /**
   * Sends an other letter: creates it from the chosen PDF (or takes a draft left unsent), shows its price and day,
   * and sends it with AR once confirmed. Declined, it stays in the dossier as a draft to send later.
   */
  async #sendOther(letterId?: string): Promise<void> {
    const client = this.jrmc.client;
    const dossier = this.dossier;
    if (!client || !dossier || this.busy) return;
    const locale = this.jrmc.locale;
    const { recipient, document } = this.otherDraft;
    if (!letterId && !document) {
      this.otherDraft = { ...this.otherDraft, fileError: translate(locale, 'loan.other.noFile') };
      return;
    }
    this.busy = true;
    let id = letterId;
    try {
      if (!id) {
        id = (await client.loanDossiers.createOtherLetter(dossier.id, { recipient, document: document! })).id;
        this.otherDraft = { ...EMPTY_OTHER_LETTER };
        const input = this.renderRoot.querySelector<HTMLInputElement>('#other-file');
        if (input) input.value = '';
        await this.refresh();
      }
      const letter = this.otherLetters.find((candidate) => candidate.id === id);
      const quote = await client.letters.quote(id, { mode: 'now' });
      const confirmed = await this.#confirm.ask({
        title: translate(locale, 'loan.other.confirm.title'),
        message: translate(locale, 'loan.other.confirm.message', { recipient: letter?.recipient?.name ?? '', date: formatDay(locale, quote.dispatchDate), price: formatCents(locale, quote.price.inclVat) }),
        confirmLabel: translate(locale, 'loan.termination.confirm.action'),
        cancelLabel: translate(locale, 'loan.termination.confirm.cancel'),
      });
      if (!confirmed) return;
      await client.letters.send(id, { mode: 'now' });
      this.error = null;
      this.dispatchEvent(new JrmcOtherLetterSentEvent({ dossierId: dossier.id, letterId: id }));
    } catch (error) {
      if (isInsufficientCreditError(error)) this.dispatchEvent(new JrmcCreditInsufficientEvent({ balance: error.balance, price: error.price, missing: error.missing, letterId: id ?? null }));
      // Said next to the button that failed (the dossier's own error line is far above).
      const message = errorMessage(locale, error);
      this.otherDraft = { ...this.otherDraft, fileError: message };
      this.dispatchEvent(new JrmcErrorEvent({ error, message }));
    } finally {
      this.busy = false;
      await this.refresh();
    }
  }
}
