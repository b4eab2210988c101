import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { LOAN_DOSSIER_STATUSES, parisDate } from '@jrmc/core';
import type { LoanDossier, LoanDossierListParams, Recipient, UserProfile } from '@jrmc/core/contract';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { JrmcErrorEvent } from '../events/jrmc-events.js';
import { JrmcDossierOpenEvent } from '../events/loan-dossier-events.js';
import { formatDay } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import { errorMessage } from '../shared/error-message.js';
import { tokens } from '../styles/tokens.js';
import { loanT as translate, type LoanMessageKey as MessageKey } from '../jrmc-loan-dossier/loan-i18n.js';
import { loanDossiersStyles } from './jrmc-loan-dossiers.styles.js';

const PAGE_SIZE = 100;
const SEARCH_DELAY_MS = 300;
const PREFETCH_ROWS = 30;

type Filters = Pick<LoanDossierListParams, 'status' | 'bankId' | 'assigneeId' | 'createdFrom' | 'createdTo' | 'q'>;
type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * "Tous les dossiers": every borrower-insurance dossier of the account, newest first, with filters (status, bank,
 * handler, opening days, name or reference — filtered by the API on indexed fields) and the API's cursor pagination;
 * rows are virtualized so thousands scroll smoothly. Activating a row emits `jrmc-dossier-open`.
 *
 * Responsive by container query like the letter history: column headers from 520 px wide, a card per dossier below.
 *
 * @summary Loan dossier list with filters and virtualized rows.
 * @event {JrmcDossierOpenEvent} jrmc-dossier-open - A dossier was activated (`detail.dossierId`).
 * @event {JrmcErrorEvent} jrmc-error - A call failed.
 * @slot heading - Replaces the default heading ("Tous les dossiers").
 * @csspart base - The whole list box.
 * @csspart filters - The filters form.
 * @csspart head - The column headers row (wide layout only).
 * @csspart rows - The scrolling list.
 * @csspart row - One dossier.
 * @csspart footer - The count line and "show more".
 * @cssproperty --jrmc-dossiers-height - Height of the scrolling list (default 28rem).
 */
export class JrmcLoanDossiers extends LitElement {
  static override styles = [tokens, loanDossiersStyles];

  /** `fr` or `en`; default: the provider's locale. */
  @property() accessor locale: Locale | '' = '';

  /** The connection to the surrounding `<jrmc-provider>` (client, locale). */
  readonly jrmc = new JrmcController(this, { locale: () => this.locale });

  @state() accessor filters: Filters = {};
  @state() accessor rows: LoanDossier[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loading = false;
  @state() accessor error: string | null = null;
  @state() accessor banks: Recipient[] = [];
  @state() accessor profiles: UserProfile[] = [];

  #generation = 0;
  #loadedFor: unknown = null;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  protected override willUpdate(): void {
    const client = this.jrmc.client;
    if (client && this.#loadedFor !== client) {
      this.#loadedFor = client;
      void this.reload();
      void client.directory.search({ kind: 'bank', limit: 100 }).toArray().then((banks) => (this.banks = banks)).catch(() => undefined);
      void client.account.profiles.list().then(({ data }) => (this.profiles = data)).catch(() => undefined);
    }
  }

  /** Reloads from the first page with the current filters. */
  async reload(): Promise<void> {
    this.rows = [];
    this.nextCursor = null;
    await this.#loadPage(undefined);
  }

  override render() {
    const locale = this.jrmc.locale;
    const t: T = (key, params) => translate(locale, key, params);
    if (!this.jrmc.client) return html`<p class="error" role="alert">${t('common.notConnected')}</p>`;
    return html`<section class="dossiers" part="base" aria-label=${t('loan.list.title')}>
      <slot name="heading"><h2>${t('loan.list.title')}</h2></slot>
      ${this.#renderFilters(t)}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.rows.length === 0 && !this.loading && !this.error ? html`<p role="status">${t('loan.list.empty')}</p>` : nothing}
      <div class="head" part="head" aria-hidden="true">
        <span>${t('loan.list.column.dossier')}</span><span>${t('loan.list.column.bank')}</span><span>${t('loan.list.column.status')}</span>
        <span>${t('loan.list.column.start')}</span><span>${t('loan.list.column.created')}</span><span>${t('loan.list.column.assignee')}</span>
      </div>
      <div class=${this.rows.length === 0 ? 'rows empty' : 'rows'} part="rows" role="list" aria-label=${t('loan.list.title')} aria-busy=${this.loading ? 'true' : 'false'} @rangeChanged=${this.#onRange}>
        ${virtualize({ items: this.rows, renderItem: (row: LoanDossier) => this.#renderRow(row, locale, t), keyFunction: (row: LoanDossier) => row.id, scroller: true })}
      </div>
      <div class="footer" part="footer">
        <span role="status" aria-live="polite">${this.loading ? t('common.loading') : t('loan.list.count', { count: this.rows.length })}</span>
        ${this.nextCursor ? html`<button type="button" class="secondary more" ?disabled=${this.loading} @click=${() => this.#loadPage(this.nextCursor!)}>${t('loan.list.more')}</button>` : nothing}
      </div>
    </section>`;
  }

  #renderFilters(t: T) {
    const set = (patch: Partial<Filters>) => {
      this.filters = { ...this.filters, ...patch };
      void this.reload();
    };
    const select = (id: string, label: string, value: string | undefined, options: [string, string][], onChange: (value: string) => void) => html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${t('loan.list.any')}</option>
        ${options.map(([optionValue, optionLabel]) => html`<option value=${optionValue} ?selected=${value === optionValue}>${optionLabel}</option>`)}
      </select>
    </div>`;
    return html`<form class="filters" part="filters" role="search" aria-label=${t('loan.list.filters')} @submit=${(event: Event) => event.preventDefault()}>
      <div class="field">
        <label for="filter-q">${t('loan.list.search')}</label>
        <input id="filter-q" type="search" .value=${this.filters.q ?? ''} @input=${(event: Event) => this.#search((event.target as HTMLInputElement).value)} />
      </div>
      ${select('filter-status', t('loan.list.status'), this.filters.status, LOAN_DOSSIER_STATUSES.map((status) => [status, t(`loan.statusShort.${status}` as MessageKey)]), (value) => set({ status: (value || undefined) as Filters['status'] }))}
      ${select('filter-bank', t('loan.list.bank'), this.filters.bankId, this.banks.map((bank) => [bank.id, bank.name]), (value) => set({ bankId: value || undefined }))}
      ${select('filter-assignee', t('loan.list.assignee'), this.filters.assigneeId, this.profiles.map((profile) => [profile.id, profile.name]), (value) => set({ assigneeId: value || undefined }))}
      <div class="field">
        <label for="filter-from">${t('loan.list.from')}</label>
        <input id="filter-from" type="date" .value=${this.filters.createdFrom ?? ''} @change=${(event: Event) => set({ createdFrom: (event.target as HTMLInputElement).value || undefined })} />
      </div>
      <div class="field">
        <label for="filter-to">${t('loan.list.to')}</label>
        <input id="filter-to" type="date" .value=${this.filters.createdTo ?? ''} @change=${(event: Event) => set({ createdTo: (event.target as HTMLInputElement).value || undefined })} />
      </div>
    </form>`;
  }

  #renderRow(row: LoanDossier, locale: Locale, t: T) {
    const name = row.subscriber.kind === 'person' ? `${row.subscriber.firstName} ${row.subscriber.lastName}` : row.subscriber.companyName;
    const bank = this.banks.find((candidate) => candidate.id === row.bankId)?.name ?? row.bankId;
    const assignee = row.assigneeId ? (this.profiles.find((profile) => profile.id === row.assigneeId)?.name ?? row.assigneeId) : t('loan.list.unassigned');
    const cell = (part: string, label: string, value: unknown) => html`<span class="cell ${part}"><span class="label">${label} : </span><span class="value">${value}</span></span>`;
    return html`<div class="row" part="row" role="listitem" data-id=${row.id}>
      <button type="button" class="open" @click=${() => this.dispatchEvent(new JrmcDossierOpenEvent({ dossierId: row.id }))}>
        <span class="cell dossier">
          <span class="name">${name}</span>
          <span class="detail">${row.loanReferences.join(' / ')}</span>
          <span class="id">${row.id}</span>
        </span>
        ${cell('bank', t('loan.list.column.bank'), bank)}
        ${cell('status', t('loan.list.column.status'), html`<span class="badge status-${row.status}">${t(`loan.statusShort.${row.status}` as MessageKey)}</span>`)}
        ${cell('start', t('loan.list.column.start'), formatDay(locale, row.effectiveDate, 'short'))}
        ${cell('created', t('loan.list.column.created'), formatDay(locale, parisDate(row.createdAt), 'short'))}
        ${cell('assignee', t('loan.list.column.assignee'), assignee)}
      </button>
    </div>`;
  }

  #onRange = (event: RangeChangedEvent): void => {
    if (this.nextCursor && !this.loading && event.last >= this.rows.length - PREFETCH_ROWS) void this.#loadPage(this.nextCursor);
  };

  async #loadPage(cursor: string | undefined): Promise<void> {
    const client = this.jrmc.client;
    if (!client) return;
    const generation = cursor ? this.#generation : ++this.#generation;
    this.loading = true;
    this.error = null;
    try {
      const page = await client.loanDossiers.list({ ...this.filters, limit: PAGE_SIZE }).page(cursor);
      if (generation !== this.#generation) return; // the filters changed meanwhile
      this.rows = cursor ? [...this.rows, ...page.data] : page.data;
      this.nextCursor = page.nextCursor;
    } catch (error) {
      if (generation !== this.#generation) return;
      this.error = errorMessage(this.jrmc.locale, error);
      this.dispatchEvent(new JrmcErrorEvent({ error, message: this.error }));
    } finally {
      if (generation === this.#generation) this.loading = false;
    }
  }

  #search(query: string): void {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.filters = { ...this.filters, q: query.trim() || undefined };
      void this.reload();
    }, SEARCH_DELAY_MS);
  }
}
