import { CreditResource, TOP_UP_MAX, TOP_UP_MIN } from '@jrmc/core';
import type { Receipt } from '@jrmc/core/contract';
import { html, LitElement, nothing } from 'lit';
import type { ConfirmController } from '../controllers/confirm-controller.js';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { JrmcCreditChangedEvent, JrmcCreditLowEvent, JrmcErrorEvent } from '../events/jrmc-events.js';
import { formatCents, formatInstant } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import { downloadPdf } from '../shared/download.js';
import { errorMessage } from '../shared/error-message.js';
import { tokens } from '../styles/tokens.js';
import { creditStyles } from './jrmc-credit-widget.styles.js';
import { creditT as translate } from './credit-i18n.js';
import { readTopUpAmount } from './top-up-amount.js';

const PRESETS = [2_000, 5_000, 10_000];

/**
 * The prepaid credit: balance in euros, a warning under `low-threshold`, top-up by card (preset amounts
 * or your own) issuing a receipt, and the receipts to download. The balance follows every send or cancel
 * made under the same `<jrmc-provider>`.
 *
 * The card is never seen by JRMC's components: your payment provider tokenizes it. Either give `tokenize`, a
 * function called with the amount (in cents) once the user confirmed, returning your PSP's single-use token;
 * or set `payment-token` to a token your page already holds. With neither, paying shows a clear error and
 * emits `jrmc-error` — nothing is charged. The sandbox accepts its test tokens (`tok_visa`, …). Every payment
 * is confirmed first in a dialog stating the amount and the balance after it.
 *
 * @summary Balance, top-up and receipts.
 * @event jrmc-credit-low - The balance went under `low-threshold` (`detail.balance`, `detail.threshold`).
 * @event jrmc-credit-changed - A top-up succeeded (`detail.balance`).
 * @event jrmc-error - A call failed.
 * @slot heading - Replaces the default heading ("Crédit").
 * @csspart base - The whole widget box.
 * @csspart balance - The balance line.
 * @csspart top-up - The top-up form.
 * @csspart pay-button - The pay button.
 * @csspart receipts - The receipts list.
 * @csspart dialog - The payment confirmation dialog.
 * @cssproperty --jrmc-color-warning - The low-credit warning.
 */
export class JrmcCreditWidget extends LitElement {
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = [tokens, creditStyles];

  static override properties = {
    lowThreshold: { type: Number, attribute: 'low-threshold' },
    tokenize: { attribute: false },
    paymentToken: { attribute: 'payment-token' },
    locale: {},
    amount: { state: true, attribute: false },
    custom: { state: true, attribute: false },
    paying: { state: true, attribute: false },
    message: { state: true, attribute: false },
    receipts: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.lowThreshold = 0;
    this.tokenize = null;
    this.paymentToken = '';
    this.locale = '';
    this.amount = PRESETS[1]!;
    this.custom = '';
    this.paying = false;
    this.message = null;
    this.receipts = null;
  }

  /** Warn under this balance, in cents (0: never). */
  declare lowThreshold: number;

  /** Your payment provider's tokenization, called with the amount in cents after confirmation; returns a single-use token. */
  declare tokenize: ((amount: number) => Promise<string> | string) | null;

  /** A card token your page already obtained (used when `tokenize` is not set; the sandbox takes `tok_visa`). */
  declare paymentToken: string;

  /** `fr` or `en`; default: the provider's locale. */
  declare locale: Locale | '';

  /** The connection to the surrounding `<jrmc-provider>` (client, account, locale). */
  readonly jrmc = new JrmcController(this, { resources: { credit: CreditResource }, locale: () => this.locale });

  declare amount: number;
  declare custom: string;
  declare paying: boolean;
  declare message: { kind: 'done' | 'error'; text: string } | null;
  declare receipts: Receipt[] | null;

  // Loaded at the first payment: most visits only read the balance.
  #confirm: ConfirmController | null = null;
  #wasLow = false;
  #receiptsFor = -1;

  protected override willUpdate(): void {
    const balance = this.jrmc.account?.balance;
    if (balance === undefined) return;
    const low = this.lowThreshold > 0 && balance < this.lowThreshold;
    if (low && !this.#wasLow) this.dispatchEvent(new JrmcCreditLowEvent({ balance, threshold: this.lowThreshold }));
    this.#wasLow = low;
    if (this.jrmc.client && this.jrmc.value.creditVersion !== this.#receiptsFor) {
      this.#receiptsFor = this.jrmc.value.creditVersion;
      void this.#loadReceipts();
    }
  }

  override render() {
    const locale = this.jrmc.locale;
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);
    if (!this.jrmc.client) return html`<p class="error" role="alert">${t('common.notConnected')}</p>`;
    const balance = this.jrmc.account?.balance;
    const low = balance !== undefined && this.lowThreshold > 0 && balance < this.lowThreshold;
    const amount = this.#chosenAmount();
    const typed = this.custom.trim() ? readTopUpAmount(this.custom) : null;
    const amountProblem = typed && !typed.ok ? t(`credit.amount.${typed.problem}`, this.#bounds(locale)) : null;
    return html`<section class="widget" part="base" aria-label=${t('credit.title')}>
      <slot name="heading"><h2>${t('credit.title')}</h2></slot>
      <p class="balance" part="balance" aria-live="polite">${balance === undefined ? t('common.loading') : t('credit.balance', { balance: formatCents(locale, balance) })}</p>
      ${low ? html`<p class="low" role="alert">${t('credit.low', { threshold: formatCents(locale, this.lowThreshold) })}</p>` : nothing}
      <form part="top-up" @submit=${this.#topUp} aria-labelledby="top-up-title">
        <h3 id="top-up-title">${t('credit.topUp')}</h3>
        <fieldset class="presets">
          <legend>${t('credit.amount')}</legend>
          ${PRESETS.map(
            (preset) => html`<label
              ><input type="radio" name="amount" .checked=${!this.custom && this.amount === preset} @change=${() => ((this.amount = preset), (this.custom = ''))} />
              ${formatCents(locale, preset)}</label
            >`,
          )}
        </fieldset>
        <div class="field">
          <label for="custom-amount">${t('credit.custom')}</label>
          <input
            id="custom-amount"
            inputmode="decimal"
            .value=${this.custom}
            aria-invalid=${amountProblem ? 'true' : 'false'}
            aria-describedby=${amountProblem ? 'custom-amount-error custom-amount-hint' : 'custom-amount-hint'}
            @input=${(event: Event) => (this.custom = (event.target as HTMLInputElement).value)}
          />
          <span class="hint" id="custom-amount-hint">${t('credit.customHint', this.#bounds(locale))}</span>
          ${amountProblem ? html`<span class="error" id="custom-amount-error">${amountProblem}</span>` : nothing}
        </div>
        <button type="submit" part="pay-button" ?disabled=${this.paying || amount === null}>${this.paying ? t('credit.paying') : t('credit.pay', { amount: amount === null ? '—' : formatCents(locale, amount) })}</button>
        <p role="status" class=${this.message?.kind ?? ''}>${this.message?.text ?? ''}</p>
      </form>
      <h3 id="receipts-title">${t('credit.receipts')}</h3>
      ${this.receipts === null
        ? html`<p>${t('common.loading')}</p>`
        : this.receipts.length === 0
          ? html`<p>${t('credit.noReceipts')}</p>`
          : html`<ul class="receipts" part="receipts" aria-labelledby="receipts-title">
              ${this.receipts.map(
                (receipt) => html`<li>
                  <button type="button" @click=${() => this.#download(receipt)}>
                    ${t('credit.download', { number: receipt.number, date: formatInstant(locale, receipt.issuedAt), amount: formatCents(locale, receipt.amount) })}
                  </button>
                </li>`,
              )}
            </ul>`}
      ${this.#confirm?.render() ?? nothing}
    </section>`;
  }

  /** The amount to pay in cents, or `null` when the custom amount is not a valid one. */
  #chosenAmount(): number | null {
    if (!this.custom.trim()) return this.amount;
    const typed = readTopUpAmount(this.custom);
    return typed.ok ? typed.cents : null;
  }

  #bounds(locale: Locale): { min: string; max: string } {
    return { min: formatCents(locale, TOP_UP_MIN), max: formatCents(locale, TOP_UP_MAX) };
  }

  /** The card token: from `tokenize` (after confirmation), else `payment-token`; `null` when neither is wired. */
  async #cardToken(amount: number): Promise<string | null> {
    if (this.tokenize) return this.tokenize(amount);
    return this.paymentToken || null;
  }

  #topUp = async (event: Event): Promise<void> => {
    event.preventDefault();
    const locale = this.jrmc.locale;
    const amount = this.#chosenAmount();
    const client = this.jrmc.client;
    if (!client || this.paying) return;
    if (amount === null) return; // the field already says why, and the button is disabled
    if (!this.tokenize && !this.paymentToken) {
      const text = translate(locale, 'credit.noPayment');
      this.message = { kind: 'error', text };
      this.dispatchEvent(new JrmcErrorEvent({ error: new Error('jrmc-credit-widget: neither tokenize nor payment-token is set'), message: text }));
      return;
    }
    const balance = this.jrmc.account?.balance ?? 0;
    const price = formatCents(locale, amount);
    if (!this.#confirm) {
      const { ConfirmController } = await import('../controllers/confirm-controller.js');
      this.#confirm ??= new ConfirmController(this, { id: 'top-up-confirm' });
    }
    const confirmed = await this.#confirm.ask({
      title: translate(locale, 'credit.confirm.title'),
      message: translate(locale, 'credit.confirm.message', { amount: price, after: formatCents(locale, balance + amount) }),
      confirmLabel: translate(locale, 'credit.confirm.action', { amount: price }),
      cancelLabel: translate(locale, 'credit.confirm.cancel'),
    });
    if (!confirmed) return;
    this.paying = true;
    this.message = null;
    try {
      const paymentToken = await this.#cardToken(amount);
      if (!paymentToken) throw new Error('jrmc-credit-widget: tokenize returned no token');
      const topUp = await client.credit.topUp({ amount, paymentToken });
      this.message = { kind: 'done', text: translate(locale, 'credit.done', { amount: formatCents(locale, amount), number: topUp.receipt.number }) };
      this.custom = '';
      this.dispatchEvent(new JrmcCreditChangedEvent({ balance: topUp.balance }));
      await this.#loadReceipts();
    } catch (error) {
      const text = errorMessage(locale, error);
      this.message = { kind: 'error', text };
      this.dispatchEvent(new JrmcErrorEvent({ error, message: text }));
    } finally {
      this.paying = false;
    }
  };

  async #loadReceipts(): Promise<void> {
    try {
      this.receipts = (await this.jrmc.client!.credit.receipts({ limit: 20 }).page()).data;
    } catch (error) {
      this.receipts = [];
      this.dispatchEvent(new JrmcErrorEvent({ error, message: errorMessage(this.jrmc.locale, error) }));
    }
  }

  async #download(receipt: Receipt): Promise<void> {
    try {
      downloadPdf(await this.jrmc.client!.credit.downloadReceipt(receipt.id), `${receipt.number}.pdf`);
    } catch (error) {
      this.dispatchEvent(new JrmcErrorEvent({ error, message: errorMessage(this.jrmc.locale, error) }));
    }
  }
}
