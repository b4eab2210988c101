import { CreditResource, InvoicesResource, parisDate } from '@jrmc/core';
import type { Invoice, Receipt } from '@jrmc/core/contract';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { JrmcErrorEvent } from '../events/jrmc-events.js';
import { countOf, formatCents, formatDay, formatInstant, formatMonth } from '../i18n/format.js';
import { downloadPdf } from '../shared/download.js';
import { downloadText } from '../shared/download-text.js';
import { errorMessage } from '../shared/error-message.js';
import { tokens } from '../styles/tokens.js';
import { invoicesT as translate, type InvoicesMessageKey } from './invoices-i18n.js';
import { invoicesStyles } from './jrmc-invoices.styles.js';

/**
 * The account's billing documents: the monthly invoices (issued on the 1st for the letters dispatched the month
 * before, already paid by the credit), each with its lines, VAT and PDF; the credit top-up receipts; and the
 * accounting export of a period as CSV (dispatch date, service, letter, recipient, references, price excl. VAT,
 * VAT, incl. VAT) — the export to download before closing the account. Needs the `invoices:read` and
 * `credit:read` scopes.
 *
 * @summary Monthly invoices, receipts and the accounting export.
 * @event jrmc-error - A call failed.
 * @slot heading - Replaces the default heading.
 * @csspart base - The whole component.
 * @csspart invoice - Each invoice.
 * @csspart export-form - The accounting export form.
 */
export class JrmcInvoices extends LitElement {
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = [tokens, invoicesStyles];

  static override properties = {
    locale: {},
    invoices: { state: true, attribute: false },
    receipts: { state: true, attribute: false },
    from: { state: true, attribute: false },
    to: { state: true, attribute: false },
    exporting: { state: true, attribute: false },
    message: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.locale = '';
    this.invoices = null;
    this.receipts = null;
    this.from = '';
    this.to = '';
    this.exporting = false;
    this.message = null;
  }

  /** `fr` or `en`; default: the provider's locale. */
  declare locale: 'fr' | 'en' | '';

  /** The connection to the surrounding `<jrmc-provider>`. */
  readonly jrmc = new JrmcController(this, {
    resources: { credit: CreditResource, invoices: InvoicesResource },
    locale: () => this.locale,
    onChange: (value, previous) => {
      if (value.connection && (value.connection !== previous.connection || value.clockVersion !== previous.clockVersion || value.creditVersion !== previous.creditVersion)) void this.reload();
    },
  });

  declare invoices: Invoice[] | null;
  declare receipts: Receipt[] | null;
  declare from: string;
  declare to: string;
  declare exporting: boolean;
  declare message: { kind: 'done' | 'error'; text: string } | null;

  /** Reads invoices and receipts again (after a clock move, a top-up). */
  async reload(): Promise<void> {
    const client = this.jrmc.client;
    if (!client) return;
    try {
      const [invoices, receipts] = await Promise.all([client.invoices.list({ limit: 24 }).page(), client.credit.receipts({ limit: 24 }).page()]);
      this.invoices = invoices.data;
      this.receipts = receipts.data;
    } catch (error) {
      this.invoices ??= [];
      this.receipts ??= [];
      this.#fail(error);
    }
  }

  #t = (key: InvoicesMessageKey, params?: Record<string, string | number>) => translate(this.jrmc.locale, key, params);

  /** The export period: what the user typed, else this year up to today on the API's clock. */
  #period(): { from: string; to: string } {
    const today = parisDate(this.jrmc.now());
    return { from: this.from || `${today.slice(0, 4)}-01-01`, to: this.to || today };
  }

  override render() {
    const t = this.#t;
    if (!this.jrmc.client) return html`<p class="error" role="alert">${t('common.notConnected')}</p>`;
    const { from, to } = this.#period();
    const periodProblem = from > to ? t('invoices.periodInvalid') : null;
    return html`<section class="invoices" part="base" aria-labelledby="invoices-title">
      <slot name="heading"><h2 id="invoices-title">${t('invoices.title')}</h2></slot>
      <h3 id="monthly-title">${t('invoices.monthly')}</h3>
      <p>${t('invoices.monthlyHint')}</p>
      ${this.invoices === null
        ? html`<p role="status">${t('common.loading')}</p>`
        : this.invoices.length === 0
          ? html`<p>${t('invoices.none')}</p>`
          : html`<ul class="plain" aria-labelledby="monthly-title">
              ${this.invoices.map((invoice) => html`<li part="invoice">${this.#invoice(invoice)}</li>`)}
            </ul>`}
      <h3 id="receipts-title">${t('invoices.receipts')}</h3>
      ${this.receipts === null
        ? html`<p role="status">${t('common.loading')}</p>`
        : this.receipts.length === 0
          ? html`<p>${t('invoices.noReceipts')}</p>`
          : html`<ul class="plain" aria-labelledby="receipts-title">
              ${this.receipts.map(
                (receipt) =>
                  html`<li><button type="button" class="link receipt" @click=${() => this.#downloadReceipt(receipt)}>${t('invoices.receipt', { number: receipt.number, date: formatInstant(this.jrmc.locale, receipt.issuedAt), amount: formatCents(this.jrmc.locale, receipt.amount) })}</button></li>`,
              )}
            </ul>`}
      <h3 id="export-title">${t('invoices.export')}</h3>
      <p id="export-hint">${t('invoices.exportHint')}</p>
      <form class="export" part="export-form" aria-labelledby="export-title" aria-describedby="export-hint" @submit=${this.#export}>
        <div class="field">
          <label for="export-from">${t('invoices.from')}</label>
          <input id="export-from" type="date" .value=${from} @change=${(event: Event) => (this.from = (event.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="export-to">${t('invoices.to')}</label>
          <input id="export-to" type="date" .value=${to} aria-invalid=${periodProblem ? 'true' : 'false'} aria-describedby=${periodProblem ? 'export-to-error' : nothing} @change=${(event: Event) => (this.to = (event.target as HTMLInputElement).value)} />
        </div>
        <button type="submit" ?disabled=${this.exporting || periodProblem !== null}>${this.exporting ? t('invoices.exporting') : t('invoices.exportAction')}</button>
      </form>
      ${periodProblem ? html`<p class="error" id="export-to-error">${periodProblem}</p>` : nothing}
      <p role="status" class=${this.message?.kind ?? ''}>${this.message?.text ?? ''}</p>
    </section>`;
  }

  #invoice(invoice: Invoice): TemplateResult {
    const t = this.#t;
    const locale = this.jrmc.locale;
    const money = (cents: number) => formatCents(locale, cents);
    return html`<details>
      <summary>${t('invoices.summary', { number: invoice.number, month: formatMonth(locale, invoice.month), total: money(invoice.totalInclVat) })}</summary>
      <div class="scroll">
        <table>
          <caption class="visually-hidden">${t('invoices.lines', { number: invoice.number })}</caption>
          <thead>
            <tr>
              <th scope="col">${t('invoices.col.date')}</th>
              <th scope="col">${t('invoices.col.description')}</th>
              <th scope="col" class="amount">${t('invoices.col.exclVat')}</th>
              <th scope="col" class="amount">${t('invoices.col.vat')}</th>
              <th scope="col" class="amount">${t('invoices.col.inclVat')}</th>
            </tr>
          </thead>
          <tbody>
            ${invoice.lines.map(
              (line) => html`<tr>
                <td>${formatDay(locale, line.dispatchDate, 'short')}</td>
                <td>${line.description}</td>
                <td class="amount">${money(line.priceExclVat)}</td>
                <td class="amount">${money(line.vat)}</td>
                <td class="amount">${money(line.priceInclVat)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p>${t('invoices.totals', { exclVat: money(invoice.totalExclVat), vat: money(invoice.totalVat), inclVat: money(invoice.totalInclVat) })}</p>
      <button type="button" class="download" @click=${() => this.#downloadInvoice(invoice)}>${t('invoices.download', { number: invoice.number })}</button>
    </details>`;
  }

  async #downloadInvoice(invoice: Invoice): Promise<void> {
    try {
      downloadPdf(await this.jrmc.client!.invoices.download(invoice.id), `${invoice.number}.pdf`);
    } catch (error) {
      this.#fail(error);
    }
  }

  async #downloadReceipt(receipt: Receipt): Promise<void> {
    try {
      downloadPdf(await this.jrmc.client!.credit.downloadReceipt(receipt.id), `${receipt.number}.pdf`);
    } catch (error) {
      this.#fail(error);
    }
  }

  #export = async (event: Event): Promise<void> => {
    event.preventDefault();
    const client = this.jrmc.client;
    const { from, to } = this.#period();
    if (!client || this.exporting || from > to) return;
    this.exporting = true;
    this.message = null;
    try {
      const exported = await client.invoices.exportAccounting({ from, to });
      downloadText(exported.csv, exported.filename);
      const letters = countOf(this.jrmc.locale, exported.lineCount);
      this.message = { kind: 'done', text: this.#t(`invoices.exported.${letters.form}`, { count: letters.text, inclVat: formatCents(this.jrmc.locale, exported.totalInclVat) }) };
    } catch (error) {
      this.#fail(error);
    } finally {
      this.exporting = false;
    }
  };

  #fail(error: unknown): void {
    const message = errorMessage(this.jrmc.locale, error);
    this.message = { kind: 'error', text: message };
    this.dispatchEvent(new JrmcErrorEvent({ error, message }));
  }
}
