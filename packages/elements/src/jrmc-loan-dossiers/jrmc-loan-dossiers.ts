import { AccountResource, DirectoryResource, LOAN_DOSSIER_STATUSES, LoanDossiersResource, parisDate } from '@jrmc/core';
import type { LoanDossier, LoanDossierListParams, Recipient, UserProfile } from '@jrmc/core/contract';
import { html, LitElement, nothing } from 'lit';
import { CursorListController } from '../controllers/cursor-list-controller.js';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { JrmcErrorEvent } from '../events/jrmc-events.js';
import { JrmcDossierOpenEvent } from '../events/loan-dossier-events.js';
import { countOf, formatDay } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import { errorMessage } from '../shared/error-message.js';
import { cursorListStyles } from '../styles/cursor-list-styles.js';
import { tokens } from '../styles/tokens.js';
import { loanT as translate, type LoanMessageKey as MessageKey } from '../jrmc-loan-dossier/loan-i18n.js';
import { loanDossiersStyles } from './jrmc-loan-dossiers.styles.js';

const PAGE_SIZE = 100;

type Filters = Pick<LoanDossierListParams, 'status' | 'bankId' | 'assigneeId' | 'createdFrom' | 'createdTo' | 'q'>;
type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * "Tous les dossiers": every borrower-insurance dossier of the account, newest first, with filters (status, bank,
 * handler, opening days, name or reference — filtered by the API on indexed fields) and the API's cursor pagination;
 * only the rows in view are in the page (at most 60), so thousands scroll smoothly. Activating a row emits `jrmc-dossier-open`.
 *
 * Responsive by container query like the letter history: column headers when wider than 752 px (47rem), a card per dossier below.
 *
 * @summary Loan dossier list with filters and windowed rows.
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
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = [tokens, cursorListStyles, loanDossiersStyles];

  static override properties = {
    locale: {},
    banks: { state: true, attribute: false },
    profiles: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.locale = '';
    this.banks = [];
    this.profiles = [];
  }

  /** `fr` or `en`; default: the provider's locale. */
  declare locale: Locale | '';

  /** The connection to the surrounding `<jrmc-provider>` (client, locale). */
  readonly jrmc = new JrmcController(this, { resources: { account: AccountResource, directory: DirectoryResource, loanDossiers: LoanDossiersResource }, locale: () => this.locale });

  /** The dossiers: loaded by cursor pages, drawn as a window of rows. */
  readonly list = new CursorListController<LoanDossier, Filters>(this, {
    filters: {},
    load: (filters, cursor) => this.jrmc.client!.loanDossiers.list({ ...filters, limit: PAGE_SIZE }).page(cursor),
    failed: (error) => {
      const message = errorMessage(this.jrmc.locale, error);
      this.dispatchEvent(new JrmcErrorEvent({ error, message }));
      return message;
    },
  });

  declare banks: Recipient[];
  declare profiles: UserProfile[];

  #loadedFor: unknown = null;

  /** The current filters. */
  get filters(): Filters {
    return this.list.filters;
  }

  /** Every dossier loaded so far. */
  get rows(): readonly LoanDossier[] {
    return this.list.rows;
  }

  /** The cursor of the next page, `null` at the end. */
  get nextCursor(): string | null {
    return this.list.nextCursor;
  }

  /** Whether a page is on its way. */
  get loading(): boolean {
    return this.list.loading;
  }

  /** The message of the last failure. */
  get error(): string | null {
    return this.list.error;
  }

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
    if (this.jrmc.client) await this.list.reload();
  }

  override render() {
    const locale = this.jrmc.locale;
    const t: T = (key, params) => translate(locale, key, params);
    if (!this.jrmc.client) return html`<p class="error" role="alert">${t('common.notConnected')}</p>`;
    return html`<section class="dossiers box" part="base" aria-label=${t('loan.list.title')}>
      <slot name="heading"><h2>${t('loan.list.title')}</h2></slot>
      ${this.#renderFilters(t)}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.rows.length === 0 && !this.loading && !this.error ? html`<p role="status">${t('loan.list.empty')}</p>` : nothing}
      <div class="head" part="head" aria-hidden="true">
        <span>${t('loan.list.column.dossier')}</span><span>${t('loan.list.column.bank')}</span><span>${t('loan.list.column.status')}</span>
        <span>${t('loan.list.column.start')}</span><span>${t('loan.list.column.created')}</span><span>${t('loan.list.column.assignee')}</span>
      </div>
      <div class=${this.rows.length === 0 && !this.loading ? 'rows empty' : 'rows'} part="rows" role="list" aria-label=${t('loan.list.title')} aria-busy=${this.loading ? 'true' : 'false'} @scroll=${this.list.onScroll}>
        ${this.list.renderRows((row, position) => this.#renderRow(row, position, locale, t))}
      </div>
      <div class="footer" part="footer">
        <span role="status" aria-live="polite">${this.loading ? t('common.loading') : this.#count(locale, t)}</span>
        ${this.nextCursor ? html`<button type="button" class="secondary more" ?disabled=${this.loading} @click=${() => this.list.more()}>${t('loan.list.more')}</button>` : nothing}
      </div>
    </section>`;
  }

  #renderFilters(t: T) {
    const set = (patch: Partial<Filters>) => this.list.filter(patch);
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
        <input id="filter-q" type="search" .value=${this.filters.q ?? ''} @input=${(event: Event) => this.list.search((event.target as HTMLInputElement).value)} />
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

  #count(locale: Locale, t: T): string {
    const shown = countOf(locale, this.rows.length);
    return t(`loan.list.count.${shown.form}`, { count: shown.text });
  }

  #renderRow(row: LoanDossier, position: { index: number; setSize: number }, locale: Locale, t: T) {
    const name = row.subscriber.kind === 'person' ? `${row.subscriber.firstName} ${row.subscriber.lastName}` : row.subscriber.companyName;
    const bank = this.banks.find((candidate) => candidate.id === row.bankId)?.name ?? row.bankId;
    const assignee = row.assigneeId ? (this.profiles.find((profile) => profile.id === row.assigneeId)?.name ?? row.assigneeId) : t('loan.list.unassigned');
    const cell = (part: string, label: string, value: unknown) => html`<span class="cell ${part}"><span class="label">${label} : </span><span class="value">${value}</span></span>`;
    return html`<div class="row" part="row" role="listitem" aria-posinset=${position.index} aria-setsize=${position.setSize} data-id=${row.id}>
      <button type="button" class="open" @click=${() => this.dispatchEvent(new JrmcDossierOpenEvent({ dossierId: row.id }))}>
        <span class="cell dossier primary">
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
}
