import { AccountResource, canEditContent, canTrashLetter, LETTER_STATUSES, LettersResource, postalProducts } from '@jrmc/core';
import type { LetterListParams, LetterSummary, UserProfile } from '@jrmc/core/contract';
import { html, LitElement, nothing } from 'lit';
import { CursorListController } from '../controllers/cursor-list-controller.js';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { JrmcErrorEvent, JrmcLetterOpenEvent } from '../events/jrmc-events.js';
import { countOf } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import { errorMessage } from '../shared/error-message.js';
import { cursorListStyles } from '../styles/cursor-list-styles.js';
import { tokens } from '../styles/tokens.js';
import { historyStyles } from './jrmc-letter-history.styles.js';
import { historyT as translate, type HistoryMessageKey as MessageKey } from './history-i18n.js';
import { historyRowText, warmRowTextSoon, type HistoryRowContext } from './history-row-text.js';

const PAGE_SIZE = 100;
const SERVICES = ['termination', 'borrower-insurance', 'paper-mail'] as const;
const SORTS = ['-createdAt', 'createdAt', '-dispatchDate', 'dispatchDate'] as const;

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** What rows share: the translator, the row-text context and the cells' labels. */
interface RowWords {
  readonly t: Translate;
  readonly context: HistoryRowContext;
  readonly labels: Readonly<Record<'service' | 'status' | 'created' | 'sent' | 'assignee' | 'restore' | 'continue' | 'moveToTrash' | 'notTrashable' | 'billed' | 'inDossier' | 'dossierKeepsIt', string>>;
}

type Filters = Pick<LetterListParams, 'service' | 'status' | 'from' | 'to' | 'assigneeId' | 'q' | 'sort' | 'trashed' | 'product'>;

/**
 * Every letter of the account across services, with filters (service, status, creation dates, handler,
 * text), sorting and the API's cursor pagination; only the rows in view are in the page (at most 60), so thousands scroll smoothly. Drafts
 * offer "continue" and "move to trash" (core's `canTrashLetter`: billed letters and the letters of a loan dossier
 * cannot be trashed, and the action is replaced by its reason), the trash offers "restore". Activating a row emits `jrmc-letter-open`.
 *
 * Responsive by container query: column headers when the element is wider than 992 px (62rem), a compact card per
 * letter below (name, status, dates, handler and actions stay visible in a narrow CRM column).
 *
 * @summary Letter history with filters and windowed rows.
 * @event jrmc-letter-open - A row was activated (`detail.letterId`, `detail.action`: `open` or `continue`, and `detail.service` and `detail.dossierId` to pick the element that resumes it).
 * @event jrmc-error - A call failed.
 * @slot heading - Replaces the default heading ("Tous les courriers"): a CRM panel often has its own title.
 * @csspart base - The whole history box.
 * @csspart filters - The filters form.
 * @csspart head - The column headers row (wide layout only).
 * @csspart rows - The scrolling list.
 * @csspart row - One letter.
 * @csspart cell - Every cell of a row; each also has its own part: `letter`, `service`, `status`, `created`, `sent`, `assignee`.
 * @csspart actions - A row's buttons (continue, trash, restore) or why it cannot go to the trash ("billed", "in a dossier").
 * @csspart footer - The count line and "load more".
 * @cssproperty --jrmc-history-height - Height of the scrolling list (default 28rem).
 */
export class JrmcLetterHistory extends LitElement {
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = [tokens, cursorListStyles, historyStyles];

  static override properties = {
    locale: {},
    profiles: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.locale = '';
    this.profiles = [];
  }

  /** `fr` or `en`; default: the provider's locale. */
  declare locale: Locale | '';

  /** The connection to the surrounding `<jrmc-provider>` (client, account, locale). */
  readonly jrmc = new JrmcController(this, { resources: { account: AccountResource, letters: LettersResource }, locale: () => this.locale });

  /** The letters: loaded by cursor pages, drawn as a window of rows. */
  readonly list = new CursorListController<LetterSummary, Filters>(this, {
    filters: { sort: '-createdAt', trashed: false },
    load: (filters, cursor) => this.jrmc.client!.letters.list({ ...filters, limit: PAGE_SIZE }).page(cursor),
    failed: (error) => this.#report(error),
  });

  declare profiles: UserProfile[];

  #creditVersion = -1;
  #hadAccount = false;
  #loadedFor: unknown = null;

  /** The current filters. */
  get filters(): Filters {
    return this.list.filters;
  }

  /** Every letter loaded so far. */
  get rows(): readonly LetterSummary[] {
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
    if (this.jrmc.client && this.#loadedFor !== this.jrmc.client) {
      this.#loadedFor = this.jrmc.client;
      void this.reload();
      warmRowTextSoon(this.jrmc.locale);
      void this.jrmc.client.account.profiles
        .list()
        .then(({ data }) => (this.profiles = data))
        .catch(() => undefined);
    } else if (this.jrmc.client && this.#creditVersion !== this.jrmc.value.creditVersion && this.#hadAccount) {
      // A letter was sent or cancelled under the same provider: statuses changed. (Not the provider's first
      // account load: the list loaded already, and a reload then would pull rows from under the user.)
      void this.reload();
    }
    this.#creditVersion = this.jrmc.value.creditVersion;
    this.#hadAccount = this.jrmc.account !== null;
  }

  /** Reloads from the first page with the current filters. */
  async reload(): Promise<void> {
    if (this.jrmc.client) await this.list.reload();
  }

  override render() {
    const locale = this.jrmc.locale;
    const t: Translate = (key, params) => translate(locale, key, params);
    if (!this.jrmc.client) return html`<p class="error" role="alert">${t('common.notConnected')}</p>`;
    return html`<section class="history box" part="base" aria-label=${this.filters.trashed ? t('history.trash') : t('history.title')}>
      <slot name="heading"><h2 id="history-title">${this.filters.trashed ? t('history.trash') : t('history.title')}</h2></slot>
      ${this.#renderFilters(locale, t)}
      ${this.filters.trashed ? html`<p class="hint">${t('history.trashNotice')}</p>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error} <button type="button" class="secondary" @click=${() => this.reload()}>${t('common.retry')}</button></p>` : nothing}
      ${this.rows.length === 0 && !this.loading && !this.error ? html`<p role="status">${t('history.empty')}</p>` : nothing}
      <div class="head" part="head" aria-hidden="true">
        <span>${t('history.column.letter')}</span><span>${t('history.column.service')}</span><span>${t('history.column.status')}</span>
        <span>${t('history.column.created')}</span><span>${t('history.column.sent')}</span><span>${t('history.column.assignee')}</span>
        <span>${t('history.column.actions')}</span>
      </div>
      <div class=${this.rows.length === 0 && !this.loading ? 'rows empty' : 'rows'} part="rows" role="list" aria-label=${t('history.title')} aria-busy=${this.loading ? 'true' : 'false'} @scroll=${this.list.onScroll}>
        ${this.#renderRows(locale, t)}
      </div>
      <div class="footer" part="footer">
        <span role="status" aria-live="polite">${this.loading ? t('common.loading') : this.#count(locale, t)}</span>
        ${this.nextCursor ? html`<button type="button" class="secondary more" ?disabled=${this.loading} @click=${() => this.list.more()}>${t('history.more')}</button>` : nothing}
      </div>
    </section>`;
  }

  #count(locale: Locale, t: Translate): string {
    const shown = countOf(locale, this.rows.length);
    return t(`history.count.${shown.form}`, { count: shown.text });
  }

  #renderRows(locale: Locale, t: Translate) {
    const words = this.#rowWords(locale, t);
    return this.list.renderRows((row, position) => this.#renderRow(row, position, words));
  }

  #renderFilters(locale: Locale, t: Translate) {
    const set = (patch: Partial<Filters>) => this.list.filter(patch);
    const select = (id: string, label: string, value: string | undefined, options: [string, string][], onChange: (value: string) => void) => html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${t('history.any')}</option>
        ${options.map(([optionValue, optionLabel]) => html`<option value=${optionValue} ?selected=${value === optionValue}>${optionLabel}</option>`)}
      </select>
    </div>`;
    return html`<form class="filters" part="filters" role="search" aria-label=${t('history.filters')} @submit=${(event: Event) => event.preventDefault()}>
      <div class="field">
        <label for="filter-q">${t('history.search')}</label>
        <input id="filter-q" type="search" .value=${this.filters.q ?? ''} @input=${(event: Event) => this.list.search((event.target as HTMLInputElement).value)} />
      </div>
      ${select('filter-service', t('history.service'), this.filters.service, SERVICES.map((service) => [service, t(`service.${service}` as MessageKey)]), (value) => set({ service: (value || undefined) as Filters['service'], ...(value === 'paper-mail' ? {} : { product: undefined }) }))}
      ${select('filter-product', t('history.product'), this.filters.product, postalProducts().map((product) => [product.code, this.jrmc.locale === 'en' ? product.labelEn : product.labelFr]), (value) => set(value ? { product: value as Filters['product'], service: 'paper-mail' } : { product: undefined }))}
      ${select('filter-status', t('history.status'), this.filters.status, LETTER_STATUSES.map((status) => [status, t(`status.${status}` as MessageKey)]), (value) => set({ status: (value || undefined) as Filters['status'] }))}
      ${select('filter-assignee', t('history.assignee'), this.filters.assigneeId, this.profiles.map((profile) => [profile.id, profile.name]), (value) => set({ assigneeId: value || undefined }))}
      <div class="field">
        <label for="filter-from">${t('history.from')}</label>
        <input id="filter-from" type="date" .value=${this.filters.from ?? ''} @change=${(event: Event) => set({ from: (event.target as HTMLInputElement).value || undefined })} />
      </div>
      <div class="field">
        <label for="filter-to">${t('history.to')}</label>
        <input id="filter-to" type="date" .value=${this.filters.to ?? ''} @change=${(event: Event) => set({ to: (event.target as HTMLInputElement).value || undefined })} />
      </div>
      <div class="field">
        <label for="filter-sort">${t('history.sort')}</label>
        <select id="filter-sort" @change=${(event: Event) => set({ sort: (event.target as HTMLSelectElement).value as Filters['sort'] })}>
          ${SORTS.map((sort) => html`<option value=${sort} ?selected=${this.filters.sort === sort}>${t(`history.sort.${sort}` as MessageKey)}</option>`)}
        </select>
      </div>
      <label><input type="checkbox" class="show-trash" .checked=${this.filters.trashed === true} @change=${(event: Event) => set({ trashed: (event.target as HTMLInputElement).checked })} /> ${t('history.showTrash')}</label>
    </form>`;
  }

  #renderRow(row: LetterSummary, position: { index: number; setSize: number }, words: RowWords) {
    const text = historyRowText(row, words.context);
    const { labels, t } = words;
    // Each cell carries its own label: visually hidden under the column headers at desktop width, shown in the
    // compact card layout, and always read by screen readers (the headers row is presentation only). One template
    // for the whole row, no nested template per cell: a fast scroll builds a dozen new rows per frame.
    return html`<div class="row" part="row" role="listitem" aria-posinset=${position.index} aria-setsize=${position.setSize} data-id=${row.id}>
      <button type="button" class="open" @click=${() => this.#open(row, 'open')}>
        <span class="cell letter primary" part="cell letter">
          <span class="name">${row.subscriberName ?? '—'}</span>
          <span class="detail">${text.detail}</span>
          <span class="id">${row.id}</span>
        </span>
        <span class="cell service" part="cell service"><span class="label">${labels.service} : </span>${text.service}</span>
        <span class="cell status" part="cell status"><span class="label">${labels.status} : </span><span class="badge status-${row.status}">${text.status}</span></span>
        <span class="cell created" part="cell created"><span class="label">${labels.created} : </span>${text.created}</span>
        <span class="cell sent" part="cell sent"><span class="label">${labels.sent} : </span>${text.sent}</span>
        <span class="cell assignee" part="cell assignee"><span class="label">${labels.assignee} : </span>${text.assignee}</span>
      </button>
      <span class="row-actions" part="actions">
        ${this.#reassignAction(row, t)}
        ${row.trashedAt
          ? html`<button type="button" class="secondary restore" @click=${() => this.#trash(row, false)}>${labels.restore}</button>`
          : canEditContent(row.status)
            ? html`<button type="button" class="secondary continue" @click=${() => this.#open(row, 'continue')}>${labels.continue}</button>
                ${canTrashLetter(row)
                  ? html`<button type="button" class="secondary trash" @click=${() => this.#trash(row, true)}>${labels.moveToTrash}</button>`
                  : html`<span class="kept in-dossier" title=${labels.dossierKeepsIt}>${labels.inDossier}<span class="visually-hidden"> — ${labels.dossierKeepsIt}</span></span>`}`
            : html`<span class="kept billed" title=${labels.notTrashable}>${labels.billed}<span class="visually-hidden"> — ${labels.notTrashable}</span></span>`}
      </span>
    </div>`;
  }

  /** The words every row shares, translated once per render rather than once per row. */
  #rowWords(locale: Locale, t: Translate): RowWords {
    return {
      t,
      context: { locale, profiles: this.profiles, t },
      labels: {
        service: t('history.column.service'),
        status: t('history.column.status'),
        created: t('history.column.created'),
        sent: t('history.column.sent'),
        assignee: t('history.column.assignee'),
        restore: t('history.restore'),
        continue: t('history.continue'),
        moveToTrash: t('history.moveToTrash'),
        notTrashable: t('history.notTrashable'),
        billed: t('history.billed'),
        inDossier: t('history.inDossier'),
        dossierKeepsIt: t('history.dossierKeepsIt'),
      },
    };
  }

  /** A manager's row action: hand this letter to another active profile (the API refuses a collaborator's session). */
  #reassignAction(row: LetterSummary, t: Translate) {
    if (!row.assigneeId) return nothing;
    const targets = this.profiles.filter((profile) => profile.active && profile.id !== row.assigneeId);
    if (targets.length === 0) return nothing;
    return html`<select class="reassign" aria-label=${t('history.reassign', { id: row.id })} @change=${(event: Event) => this.#reassign(row, event.target as HTMLSelectElement)}>
      <option value="">${t('history.reassignChoose')}</option>
      ${targets.map((profile) => html`<option value=${profile.id}>${profile.name}</option>`)}
    </select>`;
  }

  async #reassign(row: LetterSummary, select: HTMLSelectElement): Promise<void> {
    const toProfileId = select.value;
    if (!toProfileId || !row.assigneeId) return;
    try {
      await this.jrmc.client!.account.profiles.reassignLetters(row.assigneeId, { toProfileId, letterIds: [row.id] });
      this.list.edit((rows) => rows.map((candidate) => (candidate.id === row.id ? { ...candidate, assigneeId: toProfileId } : candidate)));
    } catch (error) {
      select.value = '';
      this.list.fail(this.#report(error));
    }
  }

  #open(row: LetterSummary, action: 'open' | 'continue'): void {
    this.dispatchEvent(new JrmcLetterOpenEvent({ letterId: row.id, action, service: row.service, dossierId: row.dossierId }));
  }

  async #trash(row: LetterSummary, toTrash: boolean): Promise<void> {
    try {
      if (toTrash) await this.jrmc.client!.letters.trash(row.id);
      else await this.jrmc.client!.letters.restore(row.id);
      this.list.edit((rows) => rows.filter((candidate) => candidate.id !== row.id));
    } catch (error) {
      this.list.fail(this.#report(error));
    }
  }

  /** A failed call's message, also announced as `jrmc-error`. */
  #report(error: unknown): string {
    const message = errorMessage(this.jrmc.locale, error);
    this.dispatchEvent(new JrmcErrorEvent({ error, message }));
    return message;
  }
}
