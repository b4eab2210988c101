import { DirectoryResource, dispatchDate, isInsufficientCreditError, isJrmcApiError, LettersResource, newIdempotencyKey, PAPER_DOCUMENT_MAX_BYTES, PAPER_DOCUMENT_MAX_PAGES, paperDeliveryDate, type PaperDocumentProblem, PaperMailResource, postalProduct, type PostalProduct, postalProducts, precheckPaperDocument } from '@jrmc/core';
import type { Letter, PaperMailSendParams, Price, Quote, Recipient } from '@jrmc/core/contract';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ConfirmController } from '../controllers/confirm-controller.js';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { LatestRequestController } from '../controllers/latest-request-controller.js';
import { JrmcCreditInsufficientEvent, JrmcErrorEvent, JrmcPaperChangeEvent, JrmcPaperSavedEvent, JrmcPaperScheduledEvent, JrmcPaperSentEvent, type PaperField } from '../events/jrmc-events.js';
import { formatCents, formatDay } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import { AutosaveController } from '../jrmc-letter-builder/autosave-controller.js';
import { errorMessage } from '../shared/error-message.js';
import { quoteStateOf, type QuoteState } from '../shared/quote-state.js';
import { tokens } from '../styles/tokens.js';
import '../jrmc-send-date-picker/define.js';
import { paperStyles } from './jrmc-paper-mail.styles.js';
import { paperT as translate, type PaperMessageKey } from './paper-i18n.js';

import { ADDRESSEE_FIELDS, addresseeFromLetter, addresseeParams, addresseeProblems, DEFAULT_PRODUCT, EMPTY_ADDRESSEE, fileToBase64, type AddresseeInput } from './paper-form.js';

const AUTOSAVE_DELAY_MS = 800;
const MEGABYTE = 1024 * 1024;

/** The document as shown: its name, size, pages (once the API counted them) and a local URL for the preview. */
interface ShownDocument {
  filename: string;
  sizeBytes: number;
  pageCount: number | null;
  url: string | null;
}

type PaperLetter = Extract<Letter, { service: 'paper-mail' }>;

/**
 * A paper letter from the partner's own PDF, posted by JRMC through La Poste: the document (dropped or chosen,
 * checked in the browser — a PDF, 10 MB at most — then parsed by the API: A4 pages, 50 at most), the addressee
 * (typed, with a French postcode, or picked from the insurer and bank directory), the five La Poste products side
 * by side (price, delivery estimate on the addressee's calendar, tracking, proofs), the date (now — the same day
 * before 10:30 on a working day — or a working day chosen in the picker), then the quote and the send, confirmed
 * in a dialog. The draft is saved as the user goes and resumed from `letter-id`.
 *
 * @summary Paper mail: upload a PDF, choose the addressee, product and date, send.
 * @event jrmc-paper-change - The user changed something (`detail.letterId`, `detail.field`: `document` | `addressee` | `product` | `date`).
 * @event jrmc-paper-saved - The draft was saved (`detail.letterId`, `detail.letter`: the API's `Letter`).
 * @event jrmc-paper-scheduled - Validated for a later working day, debited (`detail.letterId`, `detail.letter`).
 * @event jrmc-paper-sent - Validated to leave today, debited (`detail.letterId`, `detail.letter`).
 * @event jrmc-credit-insufficient - The credit does not cover the send (`detail.balance`, `detail.price`, `detail.missing`, `detail.letterId`).
 * @event jrmc-error - A call failed (`detail.error`, `detail.message`).
 * @slot heading - Replaces the default heading ("Courrier papier").
 * @csspart base - The whole component.
 * @csspart drop-zone - The area a PDF is dropped on.
 * @csspart preview - The browser's view of the PDF.
 * @csspart addressee - The addressee fields.
 * @csspart products - The products table.
 * @csspart quote - The price and dates summary.
 * @csspart send-button - The send button.
 * @cssproperty --jrmc-color-accent - Buttons, links and the drop zone while a file is dragged over it.
 * @cssproperty --jrmc-color-danger - Error messages.
 */
export class JrmcPaperMail extends LitElement {
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = [tokens, paperStyles];

  static override properties = {
    letterId: { attribute: 'letter-id', reflect: true },
    locale: {},
    now: {},
    document: { state: true, attribute: false },
    documentProblem: { state: true, attribute: false },
    checking: { state: true, attribute: false },
    dragOver: { state: true, attribute: false },
    addressee: { state: true, attribute: false },
    touched: { state: true, attribute: false },
    product: { state: true, attribute: false },
    sendMode: { state: true, attribute: false },
    scheduledDate: { state: true, attribute: false },
    prices: { state: true, attribute: false },
    directoryQuery: { state: true, attribute: false },
    directoryResults: { state: true, attribute: false },
    saveStatus: { state: true, attribute: false },
    sending: { state: true, attribute: false },
    sendError: { state: true, attribute: false },
    sent: { state: true, attribute: false },
    savedVersion: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.letterId = '';
    this.locale = '';
    this.now = '';
    this.document = null;
    this.documentProblem = null;
    this.checking = false;
    this.dragOver = false;
    this.addressee = { ...EMPTY_ADDRESSEE };
    this.touched = false;
    this.product = DEFAULT_PRODUCT;
    this.sendMode = 'now';
    this.scheduledDate = '';
    this.prices = {};
    this.directoryQuery = '';
    this.directoryResults = null;
    this.saveStatus = 'idle';
    this.sending = false;
    this.sendError = null;
    this.sent = null;
    this.savedVersion = 0;
  }

  /** The paper letter to resume (a draft is continued; a validated one is shown as sent). Set by the component once it saves a new one. */
  declare letterId: string;

  /** `fr` or `en`; default: the provider's locale. */
  declare locale: Locale | '';

  /** The current instant (ISO) for estimates; default: the provider's API clock. */
  declare now: string;

  /** The connection to the surrounding `<jrmc-provider>` (client, account, locale, API clock). */
  readonly jrmc = new JrmcController(this, { resources: { directory: DirectoryResource, letters: LettersResource, paperMail: PaperMailResource }, locale: () => this.locale, now: () => this.now });

  declare document: ShownDocument | null;
  declare documentProblem: string | null;
  declare checking: boolean;
  declare dragOver: boolean;
  declare addressee: AddresseeInput;
  declare touched: boolean;
  declare product: PostalProduct;
  declare sendMode: 'now' | 'scheduled';
  declare scheduledDate: string;
  declare prices: Partial<Record<PostalProduct, Price>>;
  declare directoryQuery: string;
  declare directoryResults: Recipient[] | null;
  declare saveStatus: 'idle' | 'saving' | 'saved' | 'error';
  declare sending: boolean;
  declare sendError: string | null;
  declare sent: PaperLetter | null;
  declare savedVersion: number;

  /** The chosen PDF, base64, until the API has it. */
  #pendingDocument: { filename: string; contentBase64: string } | null = null;
  #loadedFor = '';
  #pricesFor = '';
  #confirm: ConfirmController | null = null;
  readonly #autosave = new AutosaveController(this, { save: () => this.#save(), delayMs: AUTOSAVE_DELAY_MS });

  // The API's quote for the chosen product and date, once the draft exists and is saved.
  readonly #quote = new LatestRequestController(this, {
    key: () => (this.jrmc.client && this.letterId && !this.sent && this.savedVersion > 0 ? `${this.letterId}|${this.savedVersion}|${JSON.stringify(this.#sendParams())}` : ''),
    run: (signal) => this.jrmc.client!.letters.quote(this.letterId, this.#sendParams(), { signal }),
    onValue: (quote) => {
      if (!quote.sufficientCredit) this.#insufficient(quote);
    },
  });

  /** Saves now whatever autosave has not sent yet. */
  flush(): Promise<void> {
    return this.#autosave.flush();
  }

  /** The quote as the API answered it, while it loads, or why it failed. */
  get quoteState(): QuoteState {
    return quoteStateOf(this.#quote, this.sendError, this.jrmc.locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.document?.url) URL.revokeObjectURL(this.document.url);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const accountId = this.jrmc.account?.id;
    const client = this.jrmc.client;
    if (!accountId || !client) return;
    if (this.#pricesFor !== accountId) {
      this.#pricesFor = accountId;
      void this.#loadPrices();
    }
    const key = `${accountId}|${this.letterId}`;
    if (key !== this.#loadedFor) {
      this.#loadedFor = key;
      if (this.letterId) void this.#resume(this.letterId);
    }
  }

  override render() {
    const locale = this.jrmc.locale;
    const t = (key: PaperMessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
    if (!this.jrmc.client) return html`<p class="error" role="alert">${t('common.notConnected')}</p>`;
    return html`<section class="paper" part="base" aria-label=${t('paper.title')}>
      <slot name="heading"><h2>${t('paper.title')}</h2></slot>
      ${this.sent ? this.#renderSent(t) : html`${this.#renderDocument(t)} ${this.#renderAddressee(t)} ${this.#renderProducts(t)} ${this.#renderDate(t)} ${this.#renderQuote(t)}`}
      <p class="hint" role="status" aria-live="polite">${this.saveStatus === 'saving' ? t('paper.saving') : this.saveStatus === 'saved' ? t('paper.saved') : ''}</p>
      ${this.#confirm?.render() ?? nothing}
    </section>`;
  }

  #renderDocument(t: (key: PaperMessageKey, params?: Record<string, string | number>) => string) {
    const document = this.document;
    const size = (bytes: number) => fileSize(bytes, this.jrmc.locale);
    return html`<fieldset>
      <legend>${t('paper.document')}</legend>
      <div
        class="drop ${this.dragOver ? 'over' : ''}"
        part="drop-zone"
        @dragover=${(event: DragEvent) => {
          event.preventDefault();
          this.dragOver = true;
        }}
        @dragleave=${() => (this.dragOver = false)}
        @drop=${(event: DragEvent) => {
          event.preventDefault();
          this.dragOver = false;
          const file = event.dataTransfer?.files[0];
          if (file) void this.#takeFile(file);
        }}
      >
        <p>${t('paper.drop')}</p>
        <label for="document-input">${document ? t('paper.replace') : t('paper.choose')}</label>
        <input
          id="document-input"
          type="file"
          accept="application/pdf,.pdf"
          aria-describedby="document-hint ${this.documentProblem ? 'document-error' : ''}"
          aria-invalid=${this.documentProblem ? 'true' : 'false'}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void this.#takeFile(file);
            input.value = '';
          }}
        />
        <p class="hint" id="document-hint">${t('paper.dropHint', { pages: PAPER_DOCUMENT_MAX_PAGES, size: size(PAPER_DOCUMENT_MAX_BYTES) })}</p>
      </div>
      ${this.checking ? html`<p role="status">${t('paper.checking')}</p>` : nothing}
      ${this.documentProblem ? html`<p class="error" id="document-error" role="alert">${this.documentProblem}${document ? ` ${t('paper.kept')}` : ''}</p>` : nothing}
      ${document
        ? html`<p class="file">
              ${t('paper.file', { name: document.filename, size: size(document.sizeBytes) })}${document.pageCount !== null
                ? html` — ${document.pageCount === 1 ? t('paper.pages.one') : t('paper.pages.other', { count: document.pageCount })}`
                : nothing}
            </p>
            ${document.url ? html`<iframe class="preview" part="preview" title=${t('paper.preview')} src=${document.url}></iframe>` : nothing}`
        : nothing}
    </fieldset>`;
  }

  #renderAddressee(t: (key: PaperMessageKey, params?: Record<string, string | number>) => string) {
    const problems = this.touched ? addresseeProblems(this.addressee) : {};
    const labels = { name: 'paper.name', line1: 'paper.line1', line2: 'paper.line2', postcode: 'paper.postcode', city: 'paper.city' } as const;
    return html`<fieldset part="addressee">
      <legend>${t('paper.addressee')}</legend>
      <form class="directory" @submit=${this.#searchDirectory} role="search">
        <label for="directory-query">${t('paper.directory')}</label>
        <div class="actions">
          <input id="directory-query" type="search" .value=${this.directoryQuery} @input=${(event: Event) => (this.directoryQuery = (event.target as HTMLInputElement).value)} />
          <button type="submit">${t('paper.directorySearch')}</button>
        </div>
        ${this.directoryResults === null
          ? nothing
          : this.directoryResults.length === 0
            ? html`<p role="status">${t('paper.directoryNone')}</p>`
            : html`<ul class="results">
                ${this.directoryResults.map(
                  (recipient) => html`<li>
                    <button type="button" class="secondary" @click=${() => this.#pick(recipient)}>${t('paper.directoryPick', { name: `${recipient.name}, ${recipient.address.postcode} ${recipient.address.city}` })}</button>
                  </li>`,
                )}
              </ul>`}
      </form>
      <div class="grid">
        ${ADDRESSEE_FIELDS.map((field) => {
          const problem = problems[field];
          return html`<div class="field">
            <label for="addressee-${field}">${t(labels[field])}</label>
            <input
              id="addressee-${field}"
              name=${field}
              autocomplete=${field === 'name' ? 'organization' : field === 'line1' ? 'address-line1' : field === 'line2' ? 'address-line2' : field === 'postcode' ? 'postal-code' : 'address-level2'}
              inputmode=${field === 'postcode' ? 'numeric' : 'text'}
              .value=${this.addressee[field]}
              ?required=${field !== 'line2'}
              aria-invalid=${problem ? 'true' : 'false'}
              aria-describedby=${problem ? `addressee-${field}-error` : nothing}
              @input=${(event: Event) => this.#edit('addressee', () => (this.addressee = { ...this.addressee, [field]: (event.target as HTMLInputElement).value }))}
              @blur=${() => (this.touched = true)}
            />
            ${problem ? html`<span class="error" id="addressee-${field}-error">${t(problem === 'required' ? 'paper.required' : 'paper.badPostcode')}</span>` : nothing}
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  #renderProducts(t: (key: PaperMessageKey, params?: Record<string, string | number>) => string) {
    const locale = this.jrmc.locale;
    const postcode = this.addressee.postcode.trim();
    const postcodeOk = !addresseeProblems(this.addressee).postcode && postcode !== '';
    const leaves = this.#leavesOn();
    const yesNo = (value: boolean) => t(value ? 'paper.yes' : 'paper.no');
    return html`<fieldset part="products">
      <legend>${t('paper.product')}</legend>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">${t('paper.col.product')}</th>
              <th scope="col">${t('paper.col.price')}</th>
              <th scope="col">${t('paper.col.delivery')}</th>
              <th scope="col">${t('paper.col.tracking')}</th>
              <th scope="col">${t('paper.col.proofOfSending')}</th>
              <th scope="col">${t('paper.col.proofOfReceipt')}</th>
            </tr>
          </thead>
          <tbody>
            ${postalProducts().map((info) => {
              const price = this.prices[info.code];
              const delivery = postcodeOk && leaves ? formatDay(locale, paperDeliveryDate(leaves, info.code, { recipientPostcode: postcode }), 'short') : t('paper.deliveryNeedsPostcode');
              return html`<tr data-product=${info.code}>
                <th scope="row">
                  <label
                    ><input type="radio" name="product" value=${info.code} .checked=${this.product === info.code} @change=${() => this.#edit('product', () => (this.product = info.code))} />
                    ${locale === 'en' ? info.labelEn : info.labelFr}</label
                  >
                </th>
                <td data-label=${t('paper.col.price')}>${price ? formatCents(locale, price.inclVat) : '—'}</td>
                <td data-label=${t('paper.col.delivery')}>${delivery}</td>
                <td data-label=${t('paper.col.tracking')}>${yesNo(info.tracking)}</td>
                <td data-label=${t('paper.col.proofOfSending')}>${yesNo(info.proofOfSending)}</td>
                <td data-label=${t('paper.col.proofOfReceipt')}>${yesNo(info.proofOfReceipt)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </fieldset>`;
  }

  #renderDate(t: (key: PaperMessageKey, params?: Record<string, string | number>) => string) {
    return html`<fieldset>
      <legend>${t('paper.date')}</legend>
      ${(['now', 'scheduled'] as const).map(
        (mode) => html`<label class="choice"
          ><input type="radio" name="send-mode" value=${mode} .checked=${this.sendMode === mode} @change=${() => this.#edit('date', () => (this.sendMode = mode))} />
          ${t(mode === 'now' ? 'paper.sendNow' : 'paper.schedule')}</label
        ><br />`,
      )}
      ${this.sendMode === 'scheduled'
        ? html`<jrmc-send-date-picker
            mode="paper"
            label=${t('paper.scheduleLabel')}
            .value=${this.scheduledDate}
            now=${this.jrmc.now().toISOString()}
            locale=${this.jrmc.locale}
            @change=${(event: Event) => this.#edit('date', () => (this.scheduledDate = (event.target as HTMLInputElement).value))}
          ></jrmc-send-date-picker>`
        : nothing}
    </fieldset>`;
  }

  #renderQuote(t: (key: PaperMessageKey, params?: Record<string, string | number>) => string) {
    const locale = this.jrmc.locale;
    const { value: quote, loading, error } = this.quoteState;
    const ready = this.letterId && this.savedVersion > 0 && (this.sendMode === 'now' || this.scheduledDate);
    return html`<section class="quote" part="quote" aria-labelledby="quote-title" aria-live="polite">
      <h3 id="quote-title">${t('paper.quote')}</h3>
      ${!ready
        ? html`<p>${t('paper.quoteIncomplete')}</p>`
        : loading
          ? html`<p>${t('common.loading')}</p>`
          : quote
            ? html`<p>
                  ${t('paper.quoteLine', {
                    price: formatCents(locale, quote.price.inclVat),
                    dispatch: formatDay(locale, quote.dispatchDate),
                    delivery: quote.expectedDeliveryDate ? formatDay(locale, quote.expectedDeliveryDate) : '—',
                  })}
                </p>
                ${quote.sufficientCredit ? nothing : html`<p class="error">${t('paper.insufficient', { missing: formatCents(locale, quote.missing) })}</p>`}`
            : nothing}
      ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
      <div class="actions">
        ${quote && !quote.sufficientCredit
          ? html`<button type="button" class="top-up" @click=${() => this.#insufficient(quote)}>${t('paper.topUp')}</button>`
          : html`<button type="button" class="send" part="send-button" ?disabled=${!quote || loading || this.sending} @click=${() => void this.#send()}>
              ${this.sending ? t('paper.sending') : t('paper.send')}
            </button>`}
      </div>
    </section>`;
  }

  #renderSent(t: (key: PaperMessageKey, params?: Record<string, string | number>) => string) {
    const locale = this.jrmc.locale;
    const letter = this.sent!;
    return html`<p class="done" role="status" tabindex="-1" id="sent-message">
        ${letter.status === 'draft'
          ? ''
          : t('paper.sent', { dispatch: letter.dispatchDate ? formatDay(locale, letter.dispatchDate) : '—', delivery: letter.expectedDeliveryDate ? formatDay(locale, letter.expectedDeliveryDate) : '—' })}
      </p>
      <button type="button" class="secondary" @click=${() => this.#startOver()}>${t('paper.new')}</button>`;
  }

  /** The day the letter would be deposited: the chosen working day, or the next paper departure from now. */
  #leavesOn(): string | null {
    if (this.sendMode === 'scheduled') return this.scheduledDate || null;
    return dispatchDate({ channel: 'paper', validatedAt: this.jrmc.now() });
  }

  #sendParams(): PaperMailSendParams {
    return this.sendMode === 'scheduled' && this.scheduledDate ? { mode: 'scheduled', scheduledDate: this.scheduledDate } : { mode: 'now' };
  }

  #edit(field: PaperField, apply: () => void): void {
    apply();
    this.sendError = null;
    this.dispatchEvent(new JrmcPaperChangeEvent({ letterId: this.letterId || null, field }));
    // The date changes only the quote; everything else is saved.
    if (field !== 'date') this.#autosave.edited();
  }

  /** A dropped or chosen file: checked here (a PDF, ≤ 10 MB) before it leaves the browser; the API checks the pages. */
  async #takeFile(file: File): Promise<void> {
    const locale = this.jrmc.locale;
    const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
    const check = precheckPaperDocument({ sizeBytes: file.size, head });
    if (!check.ok) {
      this.documentProblem = this.#problemText(check.problem);
      return;
    }
    this.documentProblem = null;
    this.checking = true;
    const contentBase64 = await fileToBase64(file);
    const previous = this.document;
    this.#pendingDocument = { filename: file.name || 'document.pdf', contentBase64 };
    this.#edit('document', () => (this.document = { filename: this.#pendingDocument!.filename, sizeBytes: file.size, pageCount: null, url: URL.createObjectURL(file) }));
    // Checked by the API right away when the draft exists; a new one is created once the addressee is complete.
    await this.#autosave.flush();
    this.checking = false;
    if (this.documentProblem && previous) {
      if (this.document?.url) URL.revokeObjectURL(this.document.url);
      this.document = previous;
    } else if (previous?.url && previous.url !== this.document?.url) {
      URL.revokeObjectURL(previous.url);
    }
    void locale;
  }

  #problemText(problem: PaperDocumentProblem): string {
    return translate(this.jrmc.locale, `paper.problem.${problem}`, { size: fileSize(PAPER_DOCUMENT_MAX_BYTES, this.jrmc.locale), pages: PAPER_DOCUMENT_MAX_PAGES });
  }

  /** One autosave: creates the letter once document and addressee are there, updates it after. */
  async #save(): Promise<void> {
    const client = this.jrmc.client;
    const addressee = addresseeParams(this.addressee);
    if (!client || this.sent) return;
    const document = this.#pendingDocument;
    if (!this.letterId && (!document || !addressee)) return;
    this.saveStatus = 'saving';
    try {
      const letter = this.letterId
        ? await client.paperMail.update(this.letterId, { product: this.product, ...(addressee ? { addressee } : {}), ...(document ? { document } : {}) })
        : await client.paperMail.create({ product: this.product, addressee: addressee!, document: document! });
      if (document === this.#pendingDocument) this.#pendingDocument = null;
      if (letter.service === 'paper-mail' && this.document) this.document = { ...this.document, pageCount: letter.document.pageCount ?? null };
      if (!this.letterId) {
        this.#loadedFor = `${this.jrmc.account?.id ?? ''}|${letter.id}`;
        this.letterId = letter.id;
      }
      this.saveStatus = 'saved';
      this.savedVersion += 1;
      this.dispatchEvent(new JrmcPaperSavedEvent({ letterId: letter.id, letter }));
    } catch (error) {
      this.saveStatus = 'error';
      if (document && isJrmcApiError(error) && error.issues.some((issue) => issue.path.join('.') === 'document.contentBase64')) {
        // The API parsed the PDF and refused it: say why, keep the previous document.
        this.#pendingDocument = null;
        const code = error.issues.find((issue) => issue.path.join('.') === 'document.contentBase64')!.code;
        this.documentProblem = this.#problemText((['empty', 'too_large', 'not_pdf', 'no_pages', 'too_many_pages', 'not_a4'].includes(code) ? code : 'not_pdf') as PaperDocumentProblem);
        return;
      }
      this.#report(error);
    }
  }

  async #resume(letterId: string): Promise<void> {
    const client = this.jrmc.client;
    if (!client) return;
    try {
      const letter = await client.letters.retrieve(letterId);
      if (letter.service !== 'paper-mail') return;
      this.addressee = addresseeFromLetter(letter.recipient);
      this.product = letter.product;
      if (letter.status !== 'draft') {
        this.sent = letter;
        return;
      }
      const bytes = await client.paperMail.downloadDocument(letterId);
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      this.document = { filename: letter.document.filename, sizeBytes: letter.document.sizeBytes, pageCount: letter.document.pageCount ?? null, url };
      this.savedVersion += 1;
    } catch (error) {
      this.#report(error);
    }
  }

  async #loadPrices(): Promise<void> {
    try {
      const { data } = await this.jrmc.client!.paperMail.prices();
      this.prices = Object.fromEntries(data.map((row) => [row.product, row.price]));
    } catch (error) {
      this.#report(error);
    }
  }

  #searchDirectory = async (event: Event): Promise<void> => {
    event.preventDefault();
    const query = this.directoryQuery.trim();
    if (!query || !this.jrmc.client) return;
    try {
      this.directoryResults = (await this.jrmc.client.directory.search({ q: query, limit: 8 }).page()).data;
    } catch (error) {
      this.#report(error);
    }
  };

  #pick(recipient: Recipient): void {
    this.#edit('addressee', () => (this.addressee = addresseeFromLetter({ name: recipient.name, address: recipient.address })));
    this.directoryResults = null;
    this.touched = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#addressee-name')?.focus());
  }

  async #send(): Promise<void> {
    const client = this.jrmc.client;
    const quote = this.quoteState.value;
    if (!client || !this.letterId || !quote || this.sending) return;
    const locale = this.jrmc.locale;
    const price = formatCents(locale, quote.price.inclVat);
    if (!this.#confirm) {
      const { ConfirmController } = await import('../controllers/confirm-controller.js');
      this.#confirm ??= new ConfirmController(this, { id: 'paper-send-confirm' });
    }
    const info = postalProduct(this.product);
    const confirmed = await this.#confirm.ask({
      title: translate(locale, 'paper.confirm.title'),
      message: translate(locale, 'paper.confirm.message', { product: locale === 'en' ? info.labelEn : info.labelFr, name: this.addressee.name, dispatch: formatDay(locale, quote.dispatchDate), price }),
      confirmLabel: translate(locale, 'paper.confirm.action', { price }),
      cancelLabel: translate(locale, 'paper.confirm.cancel'),
    });
    if (!confirmed) return;
    this.sending = true;
    // One key per confirmation: the client's retries reuse it, so a lost answer never debits twice.
    const idempotencyKey = newIdempotencyKey();
    const letterId = this.letterId;
    try {
      await this.#autosave.flush();
      const letter = await client.paperMail.send(letterId, this.#sendParams(), { idempotencyKey });
      this.sent = letter as PaperLetter;
      this.dispatchEvent(letter.status === 'scheduled' ? new JrmcPaperScheduledEvent({ letterId, letter }) : new JrmcPaperSentEvent({ letterId, letter }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent-message')?.focus();
    } catch (error) {
      if (isInsufficientCreditError(error)) this.dispatchEvent(new JrmcCreditInsufficientEvent({ balance: error.balance, price: error.price, missing: error.missing, letterId }));
      this.sendError = errorMessage(locale, error);
      this.dispatchEvent(new JrmcErrorEvent({ error, message: this.sendError }));
    } finally {
      this.sending = false;
    }
  }

  #insufficient(quote: Quote): void {
    this.dispatchEvent(new JrmcCreditInsufficientEvent({ balance: quote.balance, price: quote.price.inclVat, missing: quote.missing, letterId: this.letterId || null }));
  }

  #startOver(): void {
    if (this.document?.url) URL.revokeObjectURL(this.document.url);
    this.#autosave.reset();
    this.#pendingDocument = null;
    this.sent = null;
    this.document = null;
    this.documentProblem = null;
    this.addressee = { ...EMPTY_ADDRESSEE };
    this.touched = false;
    this.product = DEFAULT_PRODUCT;
    this.sendMode = 'now';
    this.scheduledDate = '';
    this.savedVersion = 0;
    this.letterId = '';
    this.#loadedFor = `${this.jrmc.account?.id ?? ''}|`;
  }

  #report(error: unknown): void {
    const message = errorMessage(this.jrmc.locale, error);
    this.dispatchEvent(new JrmcErrorEvent({ error, message }));
  }
}

/** A file size as people read it: kilobytes under 1 MB, megabytes above (French units by default). */
function fileSize(bytes: number, locale: Locale): string {
  const language = locale === 'en' ? 'en-GB' : 'fr-FR';
  const [value, unit] = bytes < MEGABYTE ? [bytes / 1024, locale === 'en' ? 'KB' : 'ko'] : [bytes / MEGABYTE, locale === 'en' ? 'MB' : 'Mo'];
  return `${Math.max(value, 0.1).toLocaleString(language, { maximumFractionDigits: 1 })} ${unit}`;
}
