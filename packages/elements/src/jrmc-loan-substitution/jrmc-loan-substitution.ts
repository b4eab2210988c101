import { CreditResource, DirectoryResource, dispatchDate, isInsufficientCreditError, type IsoDate, isRuleViolationError, LettersResource, LoanDossiersResource, loanEarliestStart, loanRecommendedStart, parisDate } from '@jrmc/core';
import type { Attachment, LoanDossier, PdfUpload, Quote, Recipient } from '@jrmc/core/contract';
import type { LetterText } from '@jrmc/core/letter-text';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ConfirmController } from '../controllers/confirm-controller.js';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { JrmcCreditInsufficientEvent, JrmcErrorEvent } from '../events/jrmc-events.js';
import { JrmcDossierChangeEvent, JrmcDossierSavedEvent, JrmcSubstitutionSentEvent } from '../events/loan-dossier-events.js';
import { formatCents, formatDay } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import { errorMessage } from '../shared/error-message.js';
import { letterArticle } from '../shared/letter-article.js';
import { tokens } from '../styles/tokens.js';
import { AutosaveController } from '../jrmc-letter-builder/autosave-controller.js';
import { readPdf } from '../jrmc-loan-dossier/pdf-file.js';
import '../jrmc-send-date-picker/define.js';
import { substitutionStyles } from './jrmc-loan-substitution.styles.js';
import { renderAttachments } from './substitution-attachments.js';
import { createParams, EMPTY_FORM, formOf, missingFields, type SubstitutionForm } from './substitution-form.js';
import { substitutionT as translate, type SubstitutionMessageKey as MessageKey } from './substitution-i18n.js';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Wait this long after the last edit before saving (ms), like the termination builder. */
const AUTOSAVE_DELAY_MS = 600;

/**
 * Creates and sends a borrower-insurance substitution request (loi Lemoine): the insured person or company, the
 * lending bank from JRMC's directory (its address prefilled, editable only for a paper send), the loans (several only
 * with that bank), the current insurer and its contracts, the new insurer and its contracts ("/"-separated), the new
 * cover's start with the date picker in `loan-start` mode (nothing before sending + 25 days, the reason shown; the
 * recommended date, sending + 2 months + 15 days, proposed and explained), LRE or paper, the new contract's general
 * and particular conditions as PDF attachments (announced by the letter only when attached), a live preview of the
 * letter from core's letter text, then the price, the credit check and the send — always with AR. Once the required
 * fields are filled in, the dossier saves itself as you type (debounced, and at once when the page is hidden); give
 * `dossier-id` to resume a saved dossier with every field and file.
 *
 * @summary Borrower-insurance substitution request: form, preview, quote and send with AR.
 * @event {JrmcDossierChangeEvent} jrmc-dossier-change - The form changed (`detail.step`: the field).
 * @event {JrmcDossierSavedEvent} jrmc-dossier-saved - The dossier was opened or autosaved on the server (`detail.dossier`).
 * @event {JrmcSubstitutionSentEvent} jrmc-substitution-sent - The request left for the bank, with AR.
 * @event {JrmcCreditInsufficientEvent} jrmc-credit-insufficient - The credit does not cover the price (`detail.missing`).
 * @event {JrmcErrorEvent} jrmc-error - A call failed.
 * @slot heading - Replaces the default heading.
 * @csspart base - The whole form.
 * @csspart preview - The letter preview.
 * @csspart save-status - The autosave status line.
 * @csspart quote - Price, dispatch day and credit.
 * @csspart dialog - The confirmation dialog.
 * @cssproperty --jrmc-color-accent - Accent colour (buttons).
 * @cssproperty --jrmc-color-danger - Colour of errors.
 */
export class JrmcLoanSubstitution extends LitElement {
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = [tokens, substitutionStyles];

  static override properties = {
    dossierId: { attribute: 'dossier-id', reflect: true },
    now: {},
    locale: {},
    form: { state: true, attribute: false },
    dossier: { state: true, attribute: false },
    banks: { state: true, attribute: false },
    insurers: { state: true, attribute: false },
    quote: { state: true, attribute: false },
    balance: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    error: { state: true, attribute: false },
    invalid: { state: true, attribute: false },
    templates: { state: true, attribute: false },
    saveStatus: { state: true, attribute: false },
    attached: { state: true, attribute: false },
    pending: { state: true, attribute: false },
    fileError: { state: true, attribute: false },
    letterEditable: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.dossierId = '';
    this.now = '';
    this.locale = '';
    this.form = { ...EMPTY_FORM };
    this.dossier = null;
    this.banks = [];
    this.insurers = [];
    this.quote = null;
    this.balance = null;
    this.busy = false;
    this.error = null;
    this.invalid = new Set();
    this.templates = null;
    this.saveStatus = 'idle';
    this.attached = [];
    this.pending = [];
    this.fileError = null;
    this.letterEditable = true;
  }

  /** A saved dossier to resume (set by the element once it saves one). */
  declare dossierId: string;

  /** Overrides the current instant (ISO-8601); default: the API's time from the provider. */
  declare now: string;

  /** `fr` or `en`; default: the provider's locale. */
  declare locale: Locale | '';

  /** The connection to the surrounding `<jrmc-provider>` (client, account, locale, API clock). */
  readonly jrmc = new JrmcController(this, { resources: { credit: CreditResource, directory: DirectoryResource, letters: LettersResource, loanDossiers: LoanDossiersResource }, locale: () => this.locale, now: () => this.now });

  declare form: SubstitutionForm;
  declare dossier: LoanDossier | null;
  declare banks: Recipient[];
  declare insurers: Recipient[];
  declare quote: Quote | null;
  declare balance: number | null;
  declare busy: boolean;
  declare error: string | null;
  /** Fields shown as invalid after a save attempt. */
  declare invalid: ReadonlySet<string>;
  declare templates: typeof import('./substitution-template.js') | null;
  /** The last autosave's outcome. */
  declare saveStatus: 'idle' | 'saving' | 'saved' | 'error';
  /** The new contract's conditions on the substitution letter. */
  declare attached: readonly Attachment[];
  /** Files chosen before the dossier existed: uploaded right after its first save. */
  declare pending: readonly PdfUpload[];
  declare fileError: string | null;
  /** Whether the substitution letter is still a draft (a cancelled request is sent again as it was). */
  declare letterEditable: boolean;

  readonly #confirm = new ConfirmController(this, { id: 'substitution-confirm' });
  readonly #autosave = new AutosaveController(this, { save: () => this.#save(), delayMs: AUTOSAVE_DELAY_MS });
  #loadedFor = '';

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const client = this.jrmc.client;
    const key = `${this.dossierId}|${client ? 'c' : ''}`;
    if (client && key !== this.#loadedFor) {
      this.#loadedFor = key;
      void this.#load();
    }
    if (!this.templates) void import('./substitution-template.js').then((templates) => (this.templates = templates));
  }

  async #load(): Promise<void> {
    const client = this.jrmc.client!;
    try {
      const [banks, insurers] = await Promise.all([client.directory.search({ kind: 'bank', limit: 100 }).toArray(), client.directory.search({ kind: 'insurer', limit: 100 }).toArray()]);
      this.banks = banks;
      this.insurers = insurers;
      if (this.dossierId && this.dossier?.id !== this.dossierId) {
        const dossier = await client.loanDossiers.retrieve(this.dossierId);
        const letter = dossier.substitutionLetterId ? await client.letters.retrieve(dossier.substitutionLetterId) : null;
        this.dossier = dossier;
        this.form = formOf(dossier);
        this.attached = letter?.service === 'borrower-insurance' ? letter.attachments : [];
        this.letterEditable = letter?.status === 'draft';
        this.saveStatus = 'idle';
        await this.#quoteAndCredit();
      }
    } catch (error) {
      this.#fail(error);
    }
  }

  /** The day the request would leave if sent now (the API's time, its cut-offs). */
  #sendDate(): IsoDate {
    return this.quote?.dispatchDate ?? dispatchDate({ channel: this.form.route, validatedAt: this.jrmc.now(), firstSend: false });
  }

  /** Saves now whatever autosave has not sent yet (nothing while required fields are missing). */
  flush(): Promise<void> {
    return this.#autosave.flush();
  }

  /** The request has left (or waits to be sent again as it was): the form is read-only. */
  #locked(): boolean {
    return this.dossier !== null && (this.dossier.status !== 'draft' || !this.letterEditable);
  }

  #change(patch: Partial<SubstitutionForm>, field: string): void {
    if (this.#locked()) return;
    this.form = { ...this.form, ...patch };
    if (this.invalid.has(field)) this.invalid = new Set([...this.invalid].filter((name) => name !== field));
    this.dispatchEvent(new JrmcDossierChangeEvent({ dossierId: this.dossier?.id ?? null, step: field }));
    this.#autosave.edited();
  }

  #chooseBank(bankId: string): void {
    const bank = this.banks.find((candidate) => candidate.id === bankId);
    this.#change({ bankId, bankAddress: bank ? { ...bank.address } : null }, 'bankId');
  }

  override render() {
    const locale = this.jrmc.locale;
    const t: T = (key, params) => translate(locale, key, params);
    if (!this.jrmc.client) return html`<p class="substitution error" part="base" role="alert">${t('common.notConnected')}</p>`;
    const form = this.form;
    const locked = this.#locked();
    const sendDate = this.#sendDate();
    const earliest = loanEarliestStart(sendDate);
    const recommended = loanRecommendedStart(sendDate);
    const text = (name: keyof SubstitutionForm, label: MessageKey, extra: { hint?: string; autocomplete?: string } = {}) => html`<div class="field">
      <label for=${name}>${t(label)}</label>
      <input id=${name} name=${name} .value=${String(form[name] ?? '')} ?readonly=${locked} autocomplete=${extra.autocomplete ?? 'off'}
        aria-invalid=${this.invalid.has(name) ? 'true' : 'false'} aria-describedby=${extra.hint || this.invalid.has(name) ? `${name}-hint` : nothing}
        @input=${(event: Event) => this.#change({ [name]: (event.target as HTMLInputElement).value } as Partial<SubstitutionForm>, name)} />
      ${extra.hint || this.invalid.has(name) ? html`<p id=${`${name}-hint`} class=${this.invalid.has(name) ? 'error' : 'hint'}>${this.invalid.has(name) ? t('sub.required') : extra.hint}</p>` : nothing}
    </div>`;
    return html`<form class="substitution" part="base" novalidate @submit=${(event: Event) => { event.preventDefault(); void this.#submit(); }}>
      <slot name="heading"><h2>${t('sub.title')}</h2></slot>
      <fieldset>
        <legend>${t('sub.subscriber')}</legend>
        <div class="choices" role="radiogroup" aria-label=${t('sub.subscriber')}>
          <label><input type="radio" name="kind" ?disabled=${locked} .checked=${form.kind === 'person'} @change=${() => this.#change({ kind: 'person' }, 'kind')} /> ${t('sub.kind.person')}</label>
          <label><input type="radio" name="kind" ?disabled=${locked} .checked=${form.kind === 'company'} @change=${() => this.#change({ kind: 'company' }, 'kind')} /> ${t('sub.kind.company')}</label>
        </div>
        ${form.kind === 'person'
          ? html`<div class="field">
                <label for="civility">${t('sub.civility')}</label>
                <select id="civility" ?disabled=${locked} @change=${(event: Event) => this.#change({ civility: (event.target as HTMLSelectElement).value as 'M.' | 'Mme' }, 'civility')}>
                  <option value="Mme" ?selected=${form.civility === 'Mme'}>Mme</option>
                  <option value="M." ?selected=${form.civility === 'M.'}>M.</option>
                </select>
              </div>
              ${text('firstName', 'sub.firstName', { autocomplete: 'given-name' })} ${text('lastName', 'sub.lastName', { autocomplete: 'family-name' })}`
          : html`${text('companyName', 'sub.companyName', { autocomplete: 'organization' })} ${text('siret', 'sub.siret')}`}
        ${text('line1', 'sub.line1', { autocomplete: 'address-line1' })} ${text('postcode', 'sub.postcode', { autocomplete: 'postal-code' })} ${text('city', 'sub.city', { autocomplete: 'address-level2' })}
      </fieldset>
      <fieldset>
        <legend>${t('sub.bank')}</legend>
        <div class="field">
          <label for="bankId">${t('sub.bank')}</label>
          <select id="bankId" ?disabled=${locked} aria-invalid=${this.invalid.has('bankId') ? 'true' : 'false'} @change=${(event: Event) => this.#chooseBank((event.target as HTMLSelectElement).value)}>
            <option value="">${t('sub.bank.choose')}</option>
            ${this.banks.map((bank) => html`<option value=${bank.id} ?selected=${bank.id === form.bankId}>${bank.name}</option>`)}
          </select>
        </div>
        ${form.bankAddress ? this.#bankAddress(form, locked, t) : nothing}
        ${text('loans', 'sub.loans', { hint: t('sub.loans.hint') })}
      </fieldset>
      <fieldset>
        <legend>${t('sub.oldInsurer')}</legend>
        <div class="field">
          <label for="oldInsurerId">${t('sub.oldInsurer')}</label>
          <select id="oldInsurerId" ?disabled=${locked} aria-invalid=${this.invalid.has('oldInsurerId') ? 'true' : 'false'} @change=${(event: Event) => this.#change({ oldInsurerId: (event.target as HTMLSelectElement).value }, 'oldInsurerId')}>
            <option value="">${t('sub.oldInsurer.choose')}</option>
            ${this.insurers.map((insurer) => html`<option value=${insurer.id} ?selected=${insurer.id === form.oldInsurerId}>${insurer.name}</option>`)}
          </select>
        </div>
        ${text('oldContracts', 'sub.oldContracts')}
      </fieldset>
      <fieldset>
        <legend>${t('sub.newInsurer')}</legend>
        ${text('newInsurerName', 'sub.newInsurer', { autocomplete: 'organization' })} ${text('newContracts', 'sub.newContracts', { hint: t('sub.newContracts.hint') })}
      </fieldset>
      <fieldset>
        <legend>${t('sub.route')}</legend>
        <div class="choices">
          <label><input type="radio" name="route" ?disabled=${locked} .checked=${form.route === 'lre'} @change=${() => this.#change({ route: 'lre' }, 'route')} /> ${t('sub.route.lre')}</label>
          <label><input type="radio" name="route" ?disabled=${locked} .checked=${form.route === 'paper'} @change=${() => this.#change({ route: 'paper' }, 'route')} /> ${t('sub.route.paper')}</label>
        </div>
        <p class="hint">${t('sub.withAr')}</p>
      </fieldset>
      <fieldset>
        <legend>${t('sub.start')}</legend>
        <p id="start-earliest" class="hint">${t('sub.start.earliest', { date: formatDay(locale, earliest) })}</p>
        <p class="hint">${t('sub.start.recommended', { date: formatDay(locale, recommended) })}</p>
        ${locked
          ? html`<p><strong>${formatDay(locale, form.effectiveDate as IsoDate)}</strong></p>`
          : html`<button type="button" class="secondary use-recommended" @click=${() => this.#change({ effectiveDate: recommended }, 'effectiveDate')}>${t('sub.start.use')}</button>
              <jrmc-send-date-picker mode="loan-start" send-date=${sendDate} .value=${form.effectiveDate} now=${this.now} locale=${locale}
                aria-describedby="start-earliest" @change=${(event: Event) => this.#change({ effectiveDate: (event.target as HTMLInputElement).value }, 'effectiveDate')}></jrmc-send-date-picker>
              ${this.invalid.has('effectiveDate') ? html`<p class="error" role="alert">${t('sub.required')}</p>` : nothing}`}
      </fieldset>
      ${renderAttachments(
        {
          attached: this.attached,
          pending: this.pending,
          fileError: this.fileError,
          locked,
          busy: this.busy,
          choose: (event) => void this.#chooseFile(event),
          remove: (file) => void this.#removeFile(file),
          dropPending: (upload) => (this.pending = this.pending.filter((candidate) => candidate !== upload)),
        },
        t,
      )}
      ${this.#preview(t)}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${locked ? nothing : html`<button type="submit" class="save" ?disabled=${this.busy}>${t('sub.save')}</button>
          <p class="hint save-status" part="save-status" role="status" aria-live="polite">${this.#saveStatusText(t)}</p>`}
      ${this.dossier ? this.#sendPart(locale, t) : nothing}
      ${this.#confirm.render()}
    </form>`;
  }

  #bankAddress(form: SubstitutionForm, locked: boolean, t: T) {
    const address = form.bankAddress!;
    if (form.route !== 'paper' || locked) {
      return html`<p class="address"><span class="label">${t('sub.bankAddress')}</span> ${address.line1}, ${address.postcode} ${address.city}</p>
        <p class="hint">${t('sub.bankAddress.locked')}</p>`;
    }
    const edit = (field: 'line1' | 'postcode' | 'city', value: string) => this.#change({ bankAddress: { ...address, [field]: value } }, 'bankAddress');
    return html`<div class="field"><label for="bank-line1">${t('sub.bankAddress')} — ${t('sub.line1')}</label><input id="bank-line1" .value=${address.line1} @input=${(event: Event) => edit('line1', (event.target as HTMLInputElement).value)} /></div>
      <div class="field"><label for="bank-postcode">${t('sub.postcode')}</label><input id="bank-postcode" .value=${address.postcode} @input=${(event: Event) => edit('postcode', (event.target as HTMLInputElement).value)} /></div>
      <div class="field"><label for="bank-city">${t('sub.city')}</label><input id="bank-city" .value=${address.city} @input=${(event: Event) => edit('city', (event.target as HTMLInputElement).value)} /></div>`;
  }

  /** The letter exactly as core writes it for the server, or `null` while incomplete. */
  #previewText(): LetterText | null {
    const account = this.jrmc.account;
    const templates = this.templates;
    if (!templates || !account || missingFields(this.form).length > 0 || !this.form.bankAddress) return null;
    try {
      const params = createParams(this.form);
      const bank = this.banks.find((candidate) => candidate.id === params.bankId);
      return templates.substitutionLetterText({
        sender: { name: account.name, oriasNumber: account.oriasNumber, address: account.address },
        subscriber: params.subscriber,
        recipient: { name: bank?.name ?? '', address: this.form.bankAddress },
        loanReferences: params.loanReferences,
        oldContractReferences: params.oldContractReferences,
        newInsurerName: params.newInsurerName,
        newContractReferences: params.newContractReferences,
        effectiveDate: params.effectiveDate,
        sendDate: this.#sendDate(),
        // Chosen files are attached by the next save: the preview shows the letter as it will leave.
        attachments: [...this.attached.map((file) => file.fileName), ...this.pending.map((upload) => upload.filename)].map((fileName) => ({ kind: 'new-contract-conditions' as const, fileName })),
      });
    } catch {
      return null;
    }
  }

  #preview(t: T) {
    const text = this.#previewText();
    return html`<section class="preview" part="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">${t('sub.preview')}</h3>
      ${text
        ? letterArticle(text)
        : html`<p class="hint">${t('sub.preview.incomplete')}</p>`}
    </section>`;
  }

  #sendPart(locale: Locale, t: T) {
    const dossier = this.dossier!;
    if (dossier.status !== 'draft') return html`<p class="done" role="status">${t('sub.sent', { id: dossier.id })}</p>`;
    if (this.saveStatus === 'error' && !this.quote) return nothing;
    const quote = this.quote;
    const short = quote && this.balance !== null && this.balance < quote.price.inclVat;
    return html`<section class="quote" part="quote">
      ${quote ? html`<p>${t('sub.quote', { price: formatCents(locale, quote.price.inclVat), date: formatDay(locale, quote.dispatchDate) })}</p>` : html`<p role="status">${t('common.loading')}</p>`}
      ${this.balance !== null ? html`<p>${t('sub.credit', { balance: formatCents(locale, this.balance) })}</p>` : nothing}
      ${short ? html`<p class="error" role="alert">${t('sub.credit.short', { missing: formatCents(locale, quote.price.inclVat - this.balance!) })}</p>` : nothing}
      <button type="button" class="send" ?disabled=${this.busy || !quote} @click=${() => void this.#send()}>${t('sub.send')}</button>
    </section>`;
  }

  async #quoteAndCredit(): Promise<void> {
    const client = this.jrmc.client;
    const dossier = this.dossier;
    if (!client || !dossier?.substitutionLetterId || dossier.status !== 'draft') return;
    const [quote, credit] = await Promise.all([client.letters.quote(dossier.substitutionLetterId, { mode: 'now', withAcknowledgement: true }), client.credit.retrieve()]);
    this.quote = quote;
    this.balance = credit.balance;
  }

  #saveStatusText(t: T): string {
    if (missingFields(this.form).length > 0) return t('sub.autosave.incomplete');
    if (this.saveStatus === 'saving') return t('common.saving');
    if (this.saveStatus === 'error') return t('sub.autosave.error');
    if (this.saveStatus === 'saved' || this.dossier) return this.dossier ? t('sub.saved', { id: this.dossier.id }) : t('common.saved');
    return '';
  }

  /** "Save": shows what is missing, or saves now. */
  async #submit(): Promise<void> {
    const missing = missingFields(this.form);
    if (missing.length > 0) {
      this.invalid = new Set(missing);
      this.error = translate(this.jrmc.locale, 'sub.invalid');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${missing[0]}`)?.focus();
      return;
    }
    this.#autosave.edited();
    await this.#autosave.flush();
  }

  /**
   * One autosave: opens the dossier on the first one, updates it after (PATCH), then attaches the files chosen
   * before it existed. Silent while required fields are missing: nothing half-typed reaches the server.
   */
  async #save(): Promise<void> {
    const client = this.jrmc.client;
    if (!client || this.#locked() || missingFields(this.form).length > 0) return;
    this.saveStatus = 'saving';
    try {
      const params = createParams(this.form);
      const dossier = this.dossier ? await client.loanDossiers.update(this.dossier.id, params) : await client.loanDossiers.create(params);
      if (!this.dossier) {
        this.dossierId = dossier.id;
        this.#loadedFor = `${dossier.id}|c`;
        this.letterEditable = true;
      }
      this.dossier = dossier;
      this.error = null;
      this.invalid = new Set();
      this.saveStatus = 'saved';
      this.dispatchEvent(new JrmcDossierSavedEvent({ dossierId: dossier.id, dossier }));
      await this.#uploadPending();
      await this.#quoteAndCredit();
    } catch (error) {
      this.saveStatus = 'error';
      this.#fail(error);
    }
  }

  /** Checks a chosen PDF with core's rule; a refused file changes nothing and says why. */
  async #chooseFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const read = await readPdf(file, 'new-contract-conditions', 'substitution');
    input.value = '';
    if (!read.ok) {
      this.fileError = translate(this.jrmc.locale, `sub.file.${read.problem}` as MessageKey);
      return;
    }
    this.fileError = null;
    this.pending = [...this.pending, read.upload];
    if (this.dossier) await this.#uploadPending();
    else this.#autosave.edited();
  }

  /** Uploads the files waiting, in order; one refused by the server stays listed with the error. */
  async #uploadPending(): Promise<void> {
    const client = this.jrmc.client;
    const letterId = this.dossier?.substitutionLetterId;
    if (!client || !letterId) return;
    this.busy = true;
    try {
      for (const upload of this.pending) {
        const attachment = await client.letters.attachments.upload(letterId, { kind: 'new-contract-conditions', fileName: upload.filename, contentBase64: upload.contentBase64 });
        this.attached = [...this.attached, attachment];
        this.pending = this.pending.filter((candidate) => candidate !== upload);
      }
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  async #removeFile(file: Attachment): Promise<void> {
    const client = this.jrmc.client;
    const letterId = this.dossier?.substitutionLetterId;
    if (!client || !letterId || this.busy) return;
    this.busy = true;
    try {
      await client.letters.attachments.remove(letterId, file.id);
      this.attached = this.attached.filter((candidate) => candidate.id !== file.id);
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  async #send(): Promise<void> {
    const dossier = this.dossier;
    const quote = this.quote;
    if (!dossier || !quote || this.busy) return;
    // Whatever was typed last leaves with the request.
    await this.#autosave.flush();
    if (this.saveStatus === 'error' || missingFields(this.form).length > 0 || this.pending.length > 0) return;
    const locale = this.jrmc.locale;
    const price = formatCents(locale, quote.price.inclVat);
    const confirmed = await this.#confirm.ask({
      title: translate(locale, 'sub.confirm.title'),
      message: translate(locale, 'sub.confirm.message', { price }),
      confirmLabel: translate(locale, 'sub.confirm.action'),
      cancelLabel: translate(locale, 'sub.confirm.cancel'),
    });
    if (!confirmed) return;
    this.busy = true;
    try {
      const sent = await this.jrmc.client!.loanDossiers.sendSubstitution(dossier.id, { mode: 'now' });
      this.#autosave.reset();
      this.dossier = sent;
      this.error = null;
      this.dispatchEvent(new JrmcSubstitutionSentEvent({ dossierId: sent.id, dossier: sent }));
    } catch (error) {
      if (isInsufficientCreditError(error)) this.dispatchEvent(new JrmcCreditInsufficientEvent({ balance: error.balance, price: error.price, missing: error.missing, letterId: dossier.substitutionLetterId }));
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  #fail(error: unknown): void {
    const locale = this.jrmc.locale;
    this.error =
      isRuleViolationError(error, 'loan_start_too_soon') && typeof error.data.earliestStart === 'string'
        ? translate(locale, 'sub.tooSoon', { date: formatDay(locale, error.data.earliestStart as IsoDate) })
        : errorMessage(locale, error);
    this.dispatchEvent(new JrmcErrorEvent({ error, message: this.error }));
  }
}
