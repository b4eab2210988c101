import { TOP_UP_MAX, TOP_UP_MIN } from '@jrmc/core';
import type { Receipt } from '@jrmc/core/contract';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { JrmcCreditChangedEvent, JrmcCreditLowEvent, JrmcErrorEvent } from '../events/jrmc-events.js';
import { formatCents, formatInstant } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import { downloadPdf } from '../shared/download.js';
import { errorMessage } from '../shared/error-message.js';
import { tokens } from '../styles/tokens.js';
import { creditStyles } from './jrmc-credit-widget.styles.js';
import { creditT as translate } from './credit-i18n.js';

const PRESETS = [2_000, 5_000, 10_000];

/**
 * The prepaid credit: balance in euros, a warning under `low-threshold`, top-up by card (preset amounts
 * or your own) issuing a receipt, and the receipts to download. The balance follows every send or cancel
 * made under the same `<jrmc-provider>`.
 *
 * The card is tokenized by your payment page: give `paymentToken` a function returning the token. The
 * sandbox accepts its test tokens (`tok_visa`, the default).
 *
 * @summary Balance, top-up and receipts.
 * @event jrmc-credit-low - The balance went under `low-threshold` (`detail.balance`, `detail.threshold`).
 * @event jrmc-credit-changed - A top-up succeeded (`detail.balance`).
 * @event jrmc-error - A call failed.
 * @csspart balance - The balance line.
 * @csspart receipts - The receipts list.
 * @cssproperty --jrmc-color-warning - The low-credit warning.
 */
export class JrmcCreditWidget extends LitElement {
  static override styles = [tokens, creditStyles];

  /** Warn under this balance, in cents (0: never). */
  @property({ type: Number, attribute: 'low-threshold' }) accessor lowThreshold = 0;

  /** Returns the card payment token for an amount (your PSP's tokenization; the sandbox takes `tok_visa`). */
  @property({ attribute: false }) accessor paymentToken: (amount: number) => Promise<string> | string = () => 'tok_visa';

  /** `fr` or `en`; default: the provider's locale. */
  @property() accessor locale: Locale | '' = '';

  /** The connection to the surrounding `<jrmc-provider>` (client, account, locale). */
  readonly jrmc = new JrmcController(this, { locale: () => this.locale });

  @state() accessor amount = PRESETS[1]!;
  @state() accessor custom = '';
  @state() accessor paying = false;
  @state() accessor message: { kind: 'done' | 'error'; text: string } | null = null;
  @state() accessor receipts: Receipt[] | null = null;

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
    return html`<section class="widget" aria-labelledby="credit-title">
      <h2 id="credit-title">${t('credit.title')}</h2>
      <p class="balance" part="balance" aria-live="polite">${balance === undefined ? t('common.loading') : t('credit.balance', { balance: formatCents(locale, balance) })}</p>
      ${low ? html`<p class="low" role="alert">${t('credit.low', { threshold: formatCents(locale, this.lowThreshold) })}</p>` : nothing}
      <form @submit=${this.#topUp} aria-labelledby="top-up-title">
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
          <input id="custom-amount" inputmode="decimal" .value=${this.custom} aria-describedby="custom-amount-hint" @input=${(event: Event) => (this.custom = (event.target as HTMLInputElement).value)} />
          <span class="hint" id="custom-amount-hint">${t('credit.customHint')}</span>
        </div>
        <button type="submit" ?disabled=${this.paying || amount === null}>${this.paying ? t('credit.paying') : t('credit.pay', { amount: amount === null ? '—' : formatCents(locale, amount) })}</button>
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
    </section>`;
  }

  /** The amount to pay in cents, or `null` when the custom amount is not a valid one. */
  #chosenAmount(): number | null {
    if (!this.custom.trim()) return this.amount;
    const euros = Number(this.custom.replace(',', '.').replace(/\s/g, ''));
    const cents = Math.round(euros * 100);
    return Number.isFinite(euros) && cents >= TOP_UP_MIN && cents <= TOP_UP_MAX ? cents : null;
  }

  #topUp = async (event: Event): Promise<void> => {
    event.preventDefault();
    const locale = this.jrmc.locale;
    const amount = this.#chosenAmount();
    const client = this.jrmc.client;
    if (!client || this.paying) return;
    if (amount === null) {
      this.message = { kind: 'error', text: translate(locale, 'credit.invalidAmount') };
      return;
    }
    this.paying = true;
    this.message = null;
    try {
      const topUp = await client.credit.topUp({ amount, paymentToken: await this.paymentToken(amount) });
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
