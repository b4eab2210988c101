import { checkAttachmentFile, DirectoryResource, isInsufficientCreditError, isJrmcApiError, isReasonCode, isValidationError, LettersResource, newIdempotencyKey, parisDate, reasonByCode } from '@jrmc/core';
import type { Attachment, Letter } from '@jrmc/core/contract';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { LatestRequestController } from '../controllers/latest-request-controller.js';
import {
  JrmcCreditInsufficientEvent,
  JrmcErrorEvent,
  JrmcLetterChangeEvent,
  JrmcLetterSavedEvent,
  JrmcLetterScheduledEvent,
  JrmcLetterSentEvent,
} from '../events/jrmc-events.js';
import type { Locale } from '../i18n/translate.js';
import { errorMessage, fieldIssueMessage, ruleFieldOf } from '../shared/error-message.js';
import { quoteStateOf, type QuoteState } from '../shared/quote-state.js';
import { tokens } from '../styles/tokens.js';
import { draftFromLetter, draftToParams, emptyDraft, problemsOf, STEPS, subscriberOf, type BuilderDraft, type FieldProblems, type Step } from './builder-draft.js';
import type { BuilderView, PreviewState } from './builder-view.js';
import { builderStyles } from './jrmc-letter-builder.styles.js';
import { AutosaveController } from './autosave-controller.js';
import type { LetterPrefill } from './letter-prefill.js';
import { RecipientSearchController } from './recipient-search-controller.js';
import { backUp, forget, restore } from './local-backup.js';
import { contractsStep } from './steps/contracts-step.js';
import { datesStep } from './steps/dates-step.js';
import { doneStep } from './steps/done-step.js';
import { optionsStep } from './steps/options-step.js';
import { reasonStep } from './steps/reason-step.js';
import { recipientStep } from './steps/recipient-step.js';
import { reviewStep } from './steps/review-step.js';
import { subscriberStep } from './steps/subscriber-step.js';
import { builderT as translate, type BuilderMessageKey as MessageKey } from './builder-i18n.js';
import { factIssueMessage, factProblemMessage, factRefusalMessage, futureFactProblems, refusalFieldOf } from './fact-problems.js';

const AUTOSAVE_DELAY_MS = 600;
const SEARCH_DELAY_MS = 250;
/** A burst of changes on the review step asks the server for one preview, not one each. */
const PREVIEW_DELAY_MS = 300;

const PROBLEM_KEYS: Record<FieldProblems[string], MessageKey> = {
  required: 'errors.field.required',
  siret: 'errors.field.siret',
  postcode: 'errors.field.postcode',
  date: 'errors.field.date',
  civility: 'subscriber.civilityMissing',
  future: 'rule.date_in_future',
};

const RENDER_STEP = {
  subscriber: subscriberStep,
  recipient: recipientStep,
  reason: reasonStep,
  contracts: contractsStep,
  dates: datesStep,
  options: optionsStep,
  review: reviewStep,
  done: doneStep,
} satisfies Record<Step, (view: BuilderView) => unknown>;

/**
 * The whole termination-letter flow of JRMC, guided by the rules the server enforces: subscriber
 * (person or company with a SIRET checked as typed), insurer from the directory, reason with its legal
 * basis, contracts (combinability checked), dates (Hamon/RIA by new contract start, échéance with its
 * last send date), acknowledgement of receipt, the letter exactly as the server will send it (its preview
 * of the saved draft), quote with the cut-offs and a credit check, then send or schedule.
 *
 * Drafts autosave to the server (and to the browser's storage as you type): give `letter-id` to resume
 * one where it stopped; nothing typed is lost on a reload. Give `prefill` to start from your own record.
 *
 * @summary Drop-in termination-letter builder.
 * @event jrmc-letter-change - Any edit (`detail.letterId`, `detail.step`).
 * @event jrmc-letter-saved - The draft reached the server (`detail.letterId`).
 * @event jrmc-letter-scheduled - Validated for a later day; the credit is debited.
 * @event jrmc-letter-sent - Sent now and deposited today.
 * @event jrmc-credit-insufficient - The credit does not cover the price: open your top-up (`detail.missing`).
 * @event jrmc-error - A call failed in a way the builder could not resolve.
 * @slot heading - Replaces the default heading ("Lettre de résiliation"): a CRM often titles its panel already.
 * @csspart base - The whole builder box.
 * @csspart progress - The list of steps (completed ones link back).
 * @csspart nav - The "Retour" / "Continuer" (or send) buttons, in the same place on every step.
 * @csspart preview - The letter preview (the server's text of the saved draft).
 * @csspart quote - The price and dispatch summary.
 * @cssproperty --jrmc-color-accent - Buttons, current step.
 * @cssproperty --jrmc-color-surface - Background.
 */
export class JrmcLetterBuilder extends LitElement {
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = [tokens, builderStyles];

  static override properties = {
    letterId: { attribute: 'letter-id', reflect: true },
    now: {},
    locale: {},
    prefill: { attribute: false },
    draft: { state: true, attribute: false },
    shownProblems: { state: true, attribute: false },
    serverProblems: { state: true, attribute: false },
    contractError: { state: true, attribute: false },
    addingContract: { state: true, attribute: false },
    sendError: { state: true, attribute: false },
    sending: { state: true, attribute: false },
    sent: { state: true, attribute: false },
    saveStatus: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    attachments: { state: true, attribute: false },
    attachmentError: { state: true, attribute: false },
    uploading: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.letterId = '';
    this.now = '';
    this.locale = '';
    this.prefill = null;
    this.draft = emptyDraft();
    this.shownProblems = {};
    this.serverProblems = {};
    this.contractError = null;
    this.addingContract = false;
    this.sendError = null;
    this.sending = false;
    this.sent = null;
    this.saveStatus = 'idle';
    this.announcement = '';
    this.attachments = [];
    this.attachmentError = null;
    this.uploading = false;
  }

  /** Resume this draft (set by the builder itself once the first autosave created it). */
  declare letterId: string;

  /** Overrides the current instant (ISO-8601); default: the API's time from the provider. */
  declare now: string;

  /** `fr` or `en`; default: the provider's locale. */
  declare locale: Locale | '';

  /**
   * What your page already knows (subscriber, insurer, contracts, reason, facts), to start a new letter from it
   * rather than asking again. Read when a new letter starts (not when resuming `letter-id` or a letter typed
   * before a reload); the user can still change everything, and it is checked like anything typed.
   */
  declare prefill: LetterPrefill | null;

  /** The connection to the surrounding `<jrmc-provider>` (client, account, locale, API clock). */
  readonly jrmc = new JrmcController(this, { resources: { directory: DirectoryResource, letters: LettersResource }, locale: () => this.locale, now: () => this.now });

  declare draft: BuilderDraft;
  declare shownProblems: FieldProblems;
  /** The API's refusals by field, worded at render time in the current language (English may arrive later). */
  declare serverProblems: Record<string, (locale: Locale) => string>;
  declare contractError: string | null;
  declare addingContract: boolean;
  /** An error of the last send, shown with the quote. */
  declare sendError: string | null;
  declare sending: boolean;
  declare sent: { id: string; status: string; dispatchDate: string | null } | null;
  declare saveStatus: 'idle' | 'saving' | 'saved' | 'error';
  declare announcement: string;
  /** Files attached to the letter (the client's mandate), as the API lists them. */
  declare attachments: readonly Attachment[];
  declare attachmentError: string | null;
  declare uploading: boolean;

  #loadedFor = '';
  readonly #autosave = new AutosaveController(this, { save: () => this.#save(), delayMs: AUTOSAVE_DELAY_MS });
  readonly #search = new RecipientSearchController(this, { client: () => this.jrmc.client, locale: () => this.jrmc.locale, delayMs: SEARCH_DELAY_MS });

  // The price and dispatch day of the review step, asked of the API whenever what decides them changes; each run
  // aborts the previous one. The letter must exist on the server first: pending edits are saved before.
  readonly #quote = new LatestRequestController(this, {
    key: () => (this.draft.step === 'review' && this.jrmc.client ? JSON.stringify(this.#sendParams()) : ''),
    run: async (signal) => this.jrmc.client!.letters.quote(await this.#savedLetterId(), this.#sendParams(), { signal }),
    // Told once the quote is the current one (a superseded run says nothing).
    onValue: (quote) => {
      if (!quote.sufficientCredit) this.#requestTopUp(quote);
    },
    // A rule refusal (a deadline passed, a start too soon…) goes to its field on the dates step, with the date that works.
    onError: (error) => {
      if (ruleFieldOf(error)) this.#showServerError(error, false);
    },
  });

  // The review step's letter as the server will send it (GET /v1/letters/{id}/preview of the saved draft), asked again
  // when the saved letter changes (its fields or files), a little after the last change; each run aborts the previous.
  readonly #preview = new LatestRequestController(this, {
    key: () => (this.draft.step === 'review' && this.jrmc.client ? JSON.stringify([draftToParams(this.draft), this.attachments.map((file) => file.id)]) : ''),
    run: async (signal) => {
      await abortableDelay(PREVIEW_DELAY_MS, signal);
      const letterId = await this.#savedLetterId();
      return { letterId, text: await this.jrmc.client!.letters.preview(letterId, { signal }) };
    },
  });
  #focusStep = false;
  /** Why the last autosave failed (`undefined` once one succeeds). */
  #saveError: unknown;

  /**
   * The letter's id once everything typed is saved (the first save creates it); when the letter could not be
   * created, the caller's action fails with the save's own error (said in the user's words where it is shown).
   */
  async #savedLetterId(): Promise<string> {
    if (!this.draft.letterId) this.#autosave.edited();
    await this.#autosave.flush();
    if (!this.draft.letterId) throw this.#saveError ?? new Error('draft not saved');
    return this.draft.letterId;
  }

  /** Saves now whatever autosave has not sent yet. */
  flush(): Promise<void> {
    return this.#autosave.flush();
  }

  /** The review step's quote as the API answered it (`value`), while it loads, or why it failed. */
  get quoteState(): QuoteState {
    return quoteStateOf(this.#quote, this.sendError, this.jrmc.locale);
  }

  /** The review step's letter text as the server answered it for this draft (`value`), while it loads, or why it failed. */
  get previewState(): PreviewState {
    const { lastValue, pending, error } = this.#preview;
    return {
      // The last text stays on screen while a newer one loads, but never another letter's.
      value: lastValue && lastValue.letterId === this.draft.letterId ? lastValue.text : null,
      loading: pending,
      error: error === undefined ? null : errorMessage(this.jrmc.locale, error),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const accountId = this.jrmc.account?.id;
    const key = `${accountId ?? ''}|${this.letterId}`;
    if (accountId && this.jrmc.client && key !== this.#loadedFor) {
      this.#loadedFor = key;
      if (this.letterId && this.letterId !== this.draft.letterId) {
        void this.#resume(accountId);
      } else if (!this.letterId && !this.draft.letterId) {
        // A reload of a page that never kept the id: the browser's copy knows the draft.
        const backup = restore(accountId, null);
        if (backup) {
          this.draft = backup;
          if (backup.letterId) this.letterId = backup.letterId;
        } else if (this.prefill) {
          void this.#applyPrefill(this.prefill);
        }
      }
    } else if (changed.has('prefill') && this.prefill && accountId && !this.letterId && !this.draft.letterId && !this.#autosave.value) {
      void this.#applyPrefill(this.prefill);
    }
  }

  protected override updated(): void {
    if (this.#focusStep) {
      this.#focusStep = false;
      this.renderRoot.querySelector<HTMLElement>('#step-title')?.focus();
    }
  }

  override render() {
    const locale = this.jrmc.locale;
    if (!this.jrmc.client) return html`<p class="error" role="alert">${translate(locale, 'common.notConnected')}</p>`;
    const view = this.#view(locale);
    const step = this.draft.step;
    const visible = STEPS.filter((s) => s !== 'done');
    const index = visible.indexOf(step as (typeof visible)[number]);
    const nameOf = (s: Step) => translate(locale, `builder.step.${s}` as MessageKey);
    const stepName = nameOf(step);
    return html`
      <section class="builder" part="base" aria-label=${translate(locale, 'builder.title')}>
        <slot name="heading"><h2>${translate(locale, 'builder.title')}</h2></slot>
        <nav aria-label=${translate(locale, 'builder.steps')}>
          <ol class="progress" part="progress">
            ${visible.map((s, position) =>
              position < index || step === 'done'
                ? html`<li class="done">
                    ${step === 'done'
                      ? html`<span>${nameOf(s)}</span>`
                      : html`<button type="button" class="step-link" data-step=${s} @click=${() => this.#goTo(s)}>
                          <span class="visually-hidden">${translate(locale, 'builder.stepDone')} </span>${nameOf(s)}
                        </button>`}
                  </li>`
                : html`<li aria-current=${s === step ? 'step' : 'false'}>${nameOf(s)}</li>`,
            )}
          </ol>
        </nav>
        <h3 id="step-title" tabindex="-1">${step === 'done' ? stepName : translate(locale, 'builder.stepOf', { current: index + 1, total: visible.length, name: stepName })}</h3>
        <div class="step" data-step=${step}>${RENDER_STEP[step](view)}</div>
        ${step !== 'done'
          ? html`<div class="nav" part="nav">
              <button type="button" class="secondary previous" ?disabled=${index <= 0} @click=${() => this.#go(-1)}>${translate(locale, 'common.previous')}</button>
              ${step === 'review' ? this.#reviewAction(locale) : html`<button type="button" class="next" @click=${() => this.#go(1)}>${translate(locale, 'common.next')}</button>`}
            </div>`
          : nothing}
        <p class="status-line" role="status" aria-live="polite">${this.#statusLine(locale)}</p>
        <p class="visually-hidden" role="alert">${this.announcement}</p>
      </section>
    `;
  }

  #view(locale: Locale): BuilderView {
    return {
      draft: this.draft,
      locale,
      client: this.jrmc.client,
      account: this.jrmc.account,
      now: this.jrmc.now().toISOString(),
      t: (key, params) => translate(locale, key, params),
      problem: (path) => {
        const local = this.shownProblems[path];
        return local ? this.#problemMessage(locale, path, local) : (this.serverProblems[path]?.(locale) ?? null);
      },
      update: (change) => this.#update(change),
      search: this.#search.value,
      searchRecipients: (query) => this.#search.search(query),
      contractError: this.contractError,
      addContract: (number, reason) => this.#addContract(number, reason),
      addingContract: this.addingContract,
      quote: this.quoteState,
      sending: this.sending,
      sent: this.sent,
      preview: this.previewState,
      startOver: () => this.#startOver(),
      attachments: this.attachments,
      attachmentError: this.attachmentError,
      uploading: this.uploading,
      uploadMandate: (file) => this.#uploadMandate(file),
      removeAttachment: (attachmentId) => this.#removeAttachment(attachmentId),
    };
  }

  /** What to say under a field the builder found wrong: the fact's own words, or the generic message. */
  #problemMessage(locale: Locale, path: string, problem: FieldProblems[string]): string {
    return factProblemMessage(locale, path, problem, this.draft.reason, parisDate(this.jrmc.now())) ?? translate(locale, PROBLEM_KEYS[problem]);
  }

  #update(change: (draft: BuilderDraft) => BuilderDraft): void {
    this.draft = change(this.draft);
    // A problem disappears as soon as it is fixed; new ones appear on "Continue".
    const current = { ...problemsOf(this.draft, this.draft.step), ...futureFactProblems(this.draft, parisDate(this.jrmc.now())) };
    this.shownProblems = Object.fromEntries(Object.entries(this.shownProblems).filter(([path]) => path in current));
    this.serverProblems = {};
    this.sendError = null;
    if (this.jrmc.account) backUp(this.jrmc.account.id, this.draft);
    this.dispatchEvent(new JrmcLetterChangeEvent({ letterId: this.draft.letterId, step: this.draft.step }));
    this.#autosave.edited();
  }

  /** The review step's primary action, where "Continuer" is on every other step: send, or top up first. */
  #reviewAction(locale: Locale) {
    const quote = this.quoteState.value;
    if (quote && !quote.sufficientCredit) return html`<button type="button" class="top-up" @click=${() => this.#requestTopUp()}>${translate(locale, 'review.topUp')}</button>`;
    const label = this.sending ? translate(locale, 'review.sending') : translate(locale, this.#sendParams().mode === 'now' ? 'review.confirmNow' : 'review.confirmScheduled');
    return html`<button type="button" class="confirm" ?disabled=${!quote || this.sending || this.quoteState.loading} @click=${() => void this.#confirm()}>${label}</button>`;
  }

  /** Back to a completed step (the progress list links to them). */
  #goTo(step: Step): void {
    if (STEPS.indexOf(step) >= STEPS.indexOf(this.draft.step)) return;
    this.shownProblems = {};
    this.announcement = '';
    this.#focusStep = true;
    this.#update((draft) => ({ ...draft, step }));
  }

  #go(delta: 1 | -1): void {
    const index = STEPS.indexOf(this.draft.step);
    if (delta === 1) {
      const problems = { ...problemsOf(this.draft, this.draft.step), ...(this.draft.step === 'dates' ? futureFactProblems(this.draft, parisDate(this.jrmc.now())) : {}) };
      if (Object.keys(problems).length > 0) {
        this.shownProblems = problems;
        this.announcement = Object.entries(problems)
          .map(([path, problem]) => this.#problemMessage(this.jrmc.locale, path, problem))
          .join(' ');
        this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], .error')?.focus?.());
        return;
      }
    }
    const next = STEPS[Math.max(0, Math.min(STEPS.length - 2, index + delta))]!;
    this.shownProblems = {};
    this.announcement = '';
    this.#focusStep = true;
    this.#update((draft) => ({ ...draft, step: next }));
  }

  async #applyPrefill(prefill: LetterPrefill): Promise<void> {
    // Loaded only by pages that prefill.
    const { draftFromPrefill } = await import('./letter-prefill.js');
    let recipient = null;
    if (prefill.recipientId && this.jrmc.client) {
      try {
        recipient = await this.jrmc.client.directory.retrieve(prefill.recipientId);
      } catch (error) {
        this.#showServerError(error);
      }
    }
    // The host may have moved to another record meanwhile, or the user started typing: theirs wins.
    if (this.prefill !== prefill || this.draft.letterId || this.#autosave.value) return;
    // Not saved yet: opening a customer's page must not create a draft; the user's first edit saves it all.
    this.draft = draftFromPrefill(this.draft, { ...prefill, reason: isReasonCode(prefill.reason) ? prefill.reason : undefined }, recipient);
  }

  /** One autosave: creates the letter on the first one, updates it after. */
  async #save(): Promise<void> {
    const client = this.jrmc.client;
    if (!client) return;
    const params = draftToParams(this.draft);
    this.saveStatus = 'saving';
    try {
      const letter = this.draft.letterId ? await client.letters.update(this.draft.letterId, params) : await client.letters.create(params);
      if (!this.draft.letterId) {
        this.draft = { ...this.draft, letterId: letter.id };
        this.letterId = letter.id;
        this.#loadedFor = `${this.jrmc.account?.id ?? ''}|${letter.id}`;
        if (this.jrmc.account) backUp(this.jrmc.account.id, this.draft);
      }
      this.saveStatus = 'saved';
      this.#saveError = undefined;
      this.dispatchEvent(new JrmcLetterSavedEvent({ letterId: letter.id, letter }));
    } catch (error) {
      this.saveStatus = 'error';
      this.#saveError = error;
      this.#showServerError(error);
    }
  }

  async #resume(accountId: string): Promise<void> {
    const client = this.jrmc.client;
    if (!client || !this.letterId) return;
    try {
      const letter = await client.letters.retrieve(this.letterId);
      if (letter.status !== 'draft') {
        this.sent = letter;
        this.draft = { ...draftFromLetter(letter), step: 'done' };
        return;
      }
      if (letter.service === 'termination') this.attachments = letter.attachments;
      // The browser's copy holds what was typed after the last autosave.
      const local = restore(accountId, letter.id);
      this.draft = local ?? draftFromLetter(letter);
      this.#focusStep = true;
    } catch (error) {
      this.#showServerError(error);
    }
  }

  async #addContract(rawNumber: string, reason: string): Promise<boolean> {
    const number = rawNumber.trim();
    const locale = this.jrmc.locale;
    const client = this.jrmc.client;
    if (!number) {
      this.contractError = translate(locale, 'contracts.numberMissing');
      return false;
    }
    if (this.draft.contracts.includes(number)) {
      this.contractError = translate(locale, 'contracts.duplicate');
      return false;
    }
    if (!client || this.addingContract) return false;
    this.addingContract = true;
    try {
      // The API decides combinability (same subscriber, recipient and reason) against the letter it holds:
      // save what was typed first, so it compares with the real subscriber.
      const letterId = await this.#savedLetterId();
      const subscriber = subscriberOf(this.draft);
      const letter = await client.letters.addContract(letterId, {
        contract: { number },
        ...(subscriber ? { subscriber } : {}),
        ...(this.draft.recipient ? { recipientId: this.draft.recipient.id } : {}),
        ...(isReasonCode(reason) ? { reason } : {}),
      });
      this.contractError = null;
      const numbers = letter.service === 'termination' ? letter.contracts.map((contract) => contract.number) : [...this.draft.contracts, number];
      this.#update((draft) => ({ ...draft, contracts: numbers }));
      return true;
    } catch (error) {
      this.contractError = errorMessage(locale, error);
      return false;
    } finally {
      this.addingContract = false;
    }
  }

  #sendParams() {
    const draft = this.draft;
    const switching = draft.newContractStart && draft.reason && reasonByCode(draft.reason).dateMode === 'switch-start';
    return switching
      ? { mode: 'scheduled' as const, newContractStart: draft.newContractStart, withAcknowledgement: draft.withAcknowledgement }
      : { mode: draft.sendMode, ...(draft.sendMode === 'scheduled' ? { scheduledDate: draft.scheduledDate } : {}), withAcknowledgement: draft.withAcknowledgement };
  }

  async #confirm(): Promise<void> {
    const client = this.jrmc.client;
    const letterId = this.draft.letterId;
    if (!client || !letterId || this.sending) return;
    this.sending = true;
    // One key per confirmation: the client's retries reuse it, so a lost answer never debits twice.
    const idempotencyKey = newIdempotencyKey();
    try {
      const letter: Letter = await client.letters.send(letterId, this.#sendParams(), { idempotencyKey });
      this.sent = letter;
      if (this.jrmc.account) forget(this.jrmc.account.id, letterId);
      this.draft = { ...this.draft, step: 'done' };
      this.#focusStep = true;
      this.dispatchEvent(letter.status === 'scheduled' ? new JrmcLetterScheduledEvent({ letterId, letter }) : new JrmcLetterSentEvent({ letterId, letter }));
    } catch (error) {
      if (isInsufficientCreditError(error)) {
        this.dispatchEvent(new JrmcCreditInsufficientEvent({ balance: error.balance, price: error.price, missing: error.missing, letterId }));
      }
      this.sendError = errorMessage(this.jrmc.locale, error);
      this.#showServerError(error, false);
    } finally {
      this.sending = false;
    }
  }

  /** Asks the host for a top-up of what the quote misses. */
  #requestTopUp(quote = this.quoteState.value): void {
    if (!quote) return;
    this.dispatchEvent(new JrmcCreditInsufficientEvent({ balance: quote.balance, price: quote.price.inclVat, missing: quote.missing, letterId: this.draft.letterId }));
  }

  /**
   * Attaches the client's mandate through the attachments API, saving the draft first so the letter exists. A
   * refusal (not a PDF, over 10 MB, unreadable) is shown next to the file input; the draft is untouched.
   */
  async #uploadMandate(file: File): Promise<void> {
    const client = this.jrmc.client;
    if (!client || this.uploading) return;
    const locale = this.jrmc.locale;
    this.uploading = true;
    this.attachmentError = null;
    try {
      // Core's check first, so a wrong file is refused at once without uploading it; the server checks again.
      const bytes = new Uint8Array(await file.arrayBuffer());
      const check = checkAttachmentFile({ kind: 'client-mandate', bytes }, 'termination');
      if (!check.ok) {
        this.attachmentError = translate(locale, check.problem === 'kind_not_allowed' ? 'options.mandate.failed' : `options.mandate.${check.problem}`, { message: check.problem });
        return;
      }
      const letterId = await this.#savedLetterId();
      const contentBase64 = toBase64(bytes);
      const attachment = await client.letters.attachments.upload(letterId, { kind: 'client-mandate', fileName: file.name || 'mandat.pdf', contentBase64 });
      this.attachments = [...this.attachments.filter((existing) => existing.kind !== 'client-mandate'), attachment];
    } catch (error) {
      const code = isJrmcApiError(error) ? error.issues[0]?.code : undefined;
      this.attachmentError =
        code === 'not_pdf' || code === 'too_large' || code === 'unreadable_pdf' || code === 'empty'
          ? translate(locale, `options.mandate.${code}`)
          : translate(locale, 'options.mandate.failed', { message: errorMessage(locale, error) });
    } finally {
      this.uploading = false;
    }
  }

  async #removeAttachment(attachmentId: string): Promise<void> {
    const client = this.jrmc.client;
    const letterId = this.draft.letterId;
    if (!client || !letterId || this.uploading) return;
    this.uploading = true;
    try {
      await client.letters.attachments.remove(letterId, attachmentId);
      this.attachments = this.attachments.filter((file) => file.id !== attachmentId);
      this.attachmentError = null;
    } catch (error) {
      this.attachmentError = translate(this.jrmc.locale, 'options.mandate.failed', { message: errorMessage(this.jrmc.locale, error) });
    } finally {
      this.uploading = false;
    }
  }

  #startOver(): void {
    this.attachments = [];
    this.attachmentError = null;
    this.letterId = '';
    this.sent = null;
    this.sendError = null;
    this.#autosave.reset();
    this.draft = emptyDraft();
    this.#loadedFor = `${this.jrmc.account?.id ?? ''}|`;
    this.#focusStep = true;
  }

  /** Puts server validation errors on their fields; anything else is announced and reported. */
  #showServerError(error: unknown, report = true): void {
    const locale = this.jrmc.locale;
    if (isValidationError(error) || (isJrmcApiError(error) && error.issues.length > 0)) {
      const issues = (error as { issues: { path: (string | number)[]; code: string; message: string }[] }).issues;
      const today = parisDate(this.jrmc.now());
      const reason = this.draft.reason;
      this.serverProblems = Object.fromEntries(
        issues.map((issue) => [issue.path.join('.'), (locale: Locale) => factIssueMessage(locale, issue, reason, today) ?? fieldIssueMessage(locale, issue)]),
      );
    }
    const message = factRefusalMessage(locale, error, this.draft.reason) ?? errorMessage(locale, error);
    // A rule refusal goes next to the field it is about, with the date that would have worked.
    const field = refusalFieldOf(error, this.draft.reason);
    if (field) {
      const reason = this.draft.reason;
      this.serverProblems = { ...this.serverProblems, [field]: (locale: Locale) => factRefusalMessage(locale, error, reason) ?? errorMessage(locale, error) };
      // Refused at review: take the user back to the dates, where the field and its message are.
      if (this.draft.step === 'review' && (field === 'scheduledDate' || field === 'newContractStart' || field.startsWith('facts.'))) {
        this.draft = { ...this.draft, step: 'dates' };
        this.#focusStep = true;
      }
    }
    this.announcement = message;
    if (report) this.dispatchEvent(new JrmcErrorEvent({ error, message }));
  }

  #statusLine(locale: Locale): string {
    if (this.saveStatus === 'saving') return translate(locale, 'common.saving');
    if (this.saveStatus === 'saved') return translate(locale, 'common.saved');
    return '';
  }


}

/** Resolves after `ms`, or rejects as soon as `signal` aborts (a newer run took over). */
function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

/** Bytes as base64 (the attachments API takes JSON). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}
