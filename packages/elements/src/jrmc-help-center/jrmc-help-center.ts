import { AccountSecurityResource, closureRefund, HelpRequestsResource, isPermissionError, parisDate } from '@jrmc/core';
import type { HelpRequest, HelpRequestKind } from '@jrmc/core/contract';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { ConfirmController } from '../controllers/confirm-controller.js';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { JrmcCreditChangedEvent, JrmcErrorEvent } from '../events/jrmc-events.js';
import { formatCents, formatInstant } from '../i18n/format.js';
import { errorMessage } from '../shared/error-message.js';
import { tokens } from '../styles/tokens.js';
import { helpT as translate, type HelpMessageKey } from './help-i18n.js';
import { tablePanelStyles } from '../styles/table-panel.js';

type Choice = HelpRequestKind | 'closure';
const CHOICES: readonly Choice[] = ['letter-question', 'investigation', 'training', 'account-details', 'data-deletion', 'closure'];
const NEEDS_LETTER: readonly Choice[] = ['letter-question', 'investigation'];

/**
 * The help center: JRMC's "Aide" requests as typed forms — a question about a letter (linked to it), an
 * investigation request, a training booking, a change of account details, data deletion — each with a status to
 * follow (received, in progress, answered); and closing the account, with the refund computed by core
 * (`closureRefund`: balance minus the 25 € excl. VAT fee) shown before a confirmation. Needs a manager's session.
 *
 * @summary Help requests with statuses, and account closure with its refund.
 * @event jrmc-error - A call failed.
 * @slot heading - Replaces the default heading.
 * @csspart base - The whole component.
 * @csspart request-form - The request form.
 * @csspart requests - The list of requests.
 * @csspart dialog - The closure confirmation.
 */
export class JrmcHelpCenter extends LitElement {
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = [tokens, tablePanelStyles];

  static override properties = {
    locale: {},
    letterId: { attribute: 'letter-id' },
    requests: { state: true, attribute: false },
    kind: { state: true, attribute: false },
    message: { state: true, attribute: false },
    preferredDate: { state: true, attribute: false },
    letter: { state: true, attribute: false },
    showIssues: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    notice: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.locale = '';
    this.letterId = '';
    this.requests = null;
    this.kind = 'letter-question';
    this.message = '';
    this.preferredDate = '';
    this.letter = '';
    this.showIssues = false;
    this.busy = false;
    this.notice = null;
  }

  /** `fr` or `en`; default: the provider's locale. */
  declare locale: 'fr' | 'en' | '';

  /** Pre-selects a letter (a "question about this letter" link from the history). */
  declare letterId: string;

  /** The connection to the surrounding `<jrmc-provider>`. */
  readonly jrmc = new JrmcController(this, {
    resources: { accountSecurity: AccountSecurityResource, helpRequests: HelpRequestsResource },
    locale: () => this.locale,
    onChange: (value, previous) => {
      if (value.connection && (value.connection !== previous.connection || value.clockVersion !== previous.clockVersion)) void this.reload();
    },
  });

  declare requests: HelpRequest[] | null;
  declare kind: Choice;
  declare message: string;
  declare preferredDate: string;
  declare letter: string;
  declare showIssues: boolean;
  declare busy: boolean;
  declare notice: { kind: 'done' | 'error'; text: string } | null;

  readonly #confirm = new ConfirmController(this, { id: 'closure-confirm' });

  /** Reads the requests again (their status follows the account's clock). */
  async reload(): Promise<void> {
    const client = this.jrmc.client;
    if (!client) return;
    try {
      this.requests = (await client.helpRequests.list()).data;
    } catch (error) {
      this.requests = [];
      this.notice = { kind: 'error', text: this.#describe(error) };
      this.#fail(error);
    }
  }

  #t = (key: HelpMessageKey, params?: Record<string, string | number>) => translate(this.jrmc.locale, key, params);

  override render() {
    const t = this.#t;
    if (!this.jrmc.client) return html`<p class="error" role="alert">${t('common.notConnected')}</p>`;
    const closed = this.jrmc.account?.status === 'closing';
    return html`<section class="help panel" part="base" aria-labelledby="help-title">
      <slot name="heading"><h2 id="help-title">${t('help.title')}</h2></slot>
      ${closed ? html`<p role="status">${t('help.closed')}</p>` : this.#form()}
      <p role="status" class=${this.notice?.kind ?? ''}>${this.notice?.text ?? ''}</p>
      <h3 id="requests-title">${t('help.requests')}</h3>
      ${this.requests === null
        ? html`<p>${t('common.loading')}</p>`
        : this.requests.length === 0
          ? html`<p>${t('help.none')}</p>`
          : html`<ul class="requests" part="requests" aria-labelledby="requests-title">
              ${this.requests.map(
                (request) => html`<li>
                  <strong>${t('help.request', { kind: t(`help.kind.${request.kind}`), date: formatInstant(this.jrmc.locale, request.createdAt) })}</strong> :
                  <span class="status">${t(`help.status.${request.status}`)}</span>${request.letterId ? html` — ${request.letterId}` : nothing}
                  <p>${request.message}</p>
                </li>`,
              )}
            </ul>`}
      ${this.#confirm.render()}
    </section>`;
  }

  #form(): TemplateResult {
    const t = this.#t;
    const letter = this.letter || this.letterId;
    const letterProblem = this.showIssues && NEEDS_LETTER.includes(this.kind) && !letter.trim() ? t('common.required') : null;
    const messageProblem = this.showIssues && this.kind !== 'closure' && !this.message.trim() ? t('common.required') : null;
    return html`<h3 id="new-title">${t('help.new')}</h3>
      <form part="request-form" aria-labelledby="new-title" novalidate @submit=${this.#submit}>
        <div class="field">
          <label for="kind">${t('help.kind')}</label>
          <select id="kind" @change=${(event: Event) => ((this.kind = (event.target as HTMLSelectElement).value as Choice), (this.showIssues = false))}>
            ${CHOICES.map((choice) => html`<option value=${choice} ?selected=${choice === this.kind}>${t(`help.kind.${choice}`)}</option>`)}
          </select>
        </div>
        ${this.kind === 'closure' ? this.#closure() : html`
          ${NEEDS_LETTER.includes(this.kind)
            ? html`<div class="field">
                <label for="letter">${t('help.letterId')}</label>
                <input id="letter" autocomplete="off" .value=${letter} aria-invalid=${letterProblem ? 'true' : 'false'} aria-describedby=${letterProblem ? 'letter-error' : nothing} @input=${(event: Event) => (this.letter = (event.target as HTMLInputElement).value)} />
                ${letterProblem ? html`<span class="error" id="letter-error">${letterProblem}</span>` : nothing}
              </div>`
            : nothing}
          ${this.kind === 'training'
            ? html`<div class="field">
                <label for="preferred-date">${t('help.preferredDate')}</label>
                <input id="preferred-date" type="date" min=${parisDate(this.jrmc.now())} .value=${this.preferredDate} @change=${(event: Event) => (this.preferredDate = (event.target as HTMLInputElement).value)} />
              </div>`
            : nothing}
          <div class="field">
            <label for="message">${t('help.message')}</label>
            <textarea id="message" rows="4" .value=${this.message} aria-invalid=${messageProblem ? 'true' : 'false'} aria-describedby=${messageProblem ? 'message-error' : nothing} @input=${(event: Event) => (this.message = (event.target as HTMLTextAreaElement).value)}></textarea>
            ${messageProblem ? html`<span class="error" id="message-error">${messageProblem}</span>` : nothing}
          </div>
          <button type="submit" ?disabled=${this.busy}>${this.busy ? t('help.sending') : t('help.send')}</button>`}
      </form>`;
  }

  /** The refund as core computes it, from the balance the provider holds. */
  #closureFigures(): { balance: string; fee: string; refund: string; refundCents: number } {
    const locale = this.jrmc.locale;
    const balance = this.jrmc.account?.balance ?? 0;
    const refund = closureRefund(balance);
    return { balance: formatCents(locale, balance), fee: formatCents(locale, Math.max(0, balance) - refund), refund: formatCents(locale, refund), refundCents: refund };
  }

  #closure(): TemplateResult {
    const t = this.#t;
    const figures = this.#closureFigures();
    return html`<p>${t('help.closure.intro')}</p>
      <p class="refund">${t('help.closure.refund', figures)}</p>
      <button type="submit" class="close-account" ?disabled=${this.busy}>${t('help.closure.action')}</button>`;
  }

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const client = this.jrmc.client;
    if (!client || this.busy) return;
    if (this.kind === 'closure') return this.#close();
    this.showIssues = true;
    const letterId = (this.letter || this.letterId).trim();
    if ((NEEDS_LETTER.includes(this.kind) && !letterId) || !this.message.trim()) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    this.notice = null;
    try {
      await client.helpRequests.create({
        kind: this.kind,
        message: this.message.trim(),
        ...(NEEDS_LETTER.includes(this.kind) ? { letterId } : {}),
        ...(this.kind === 'training' && this.preferredDate ? { preferredDate: this.preferredDate } : {}),
      });
      this.message = '';
      this.letter = '';
      this.preferredDate = '';
      this.showIssues = false;
      await this.reload();
      this.notice = { kind: 'done', text: this.#t('help.sent') };
    } catch (error) {
      this.notice = { kind: 'error', text: this.#describe(error) };
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  };

  async #close(): Promise<void> {
    const t = this.#t;
    const client = this.jrmc.client!;
    const figures = this.#closureFigures();
    const confirmed = await this.#confirm.ask({
      title: t('help.closure.confirmTitle'),
      message: t('help.closure.confirmMessage', figures),
      confirmLabel: t('help.closure.confirm', figures),
      cancelLabel: t('help.closure.cancel'),
    });
    if (!confirmed) return;
    this.busy = true;
    try {
      const closure = await client.accountSecurity.close();
      this.notice = { kind: 'done', text: t('help.closure.done', { date: formatInstant(this.jrmc.locale, closure.closedAt), refund: formatCents(this.jrmc.locale, closure.refund) }) };
      // The provider reloads the account (closed) for every component.
      this.dispatchEvent(new JrmcCreditChangedEvent({ balance: 0 }));
    } catch (error) {
      this.notice = { kind: 'error', text: this.#describe(error) };
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  #describe(error: unknown): string {
    return isPermissionError(error) && error.code === 'missing_scope' ? this.#t('help.forbidden') : errorMessage(this.jrmc.locale, error);
  }

  #fail(error: unknown): void {
    this.dispatchEvent(new JrmcErrorEvent({ error, message: errorMessage(this.jrmc.locale, error) }));
  }
}
