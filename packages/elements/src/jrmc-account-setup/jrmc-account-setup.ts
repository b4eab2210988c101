import { AccountResource, checkJrmcMandate, CreditResource, isValidOrias, type MandateIssue, MAX_IDENTITY_PROOF_BYTES } from '@jrmc/core';
import { isPermissionError } from '@jrmc/core';
import type { Account } from '@jrmc/core/contract';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { JrmcAccountReadyEvent, JrmcErrorEvent } from '../events/jrmc-events.js';
import { formatCents, formatInstant } from '../i18n/format.js';
import { errorMessage } from '../shared/error-message.js';
import { tokens } from '../styles/tokens.js';
import { setupStyles } from './jrmc-account-setup.styles.js';
import { setupT as translate, type SetupMessageKey } from './setup-i18n.js';
import { fileToBase64, identityDocumentFor, readinessOf } from './setup-state.js';

type MandateField = MandateIssue['field'];
const MANDATE_FIELDS: readonly { field: MandateField; type: string; autocomplete: string }[] = [
  { field: 'signatoryName', type: 'text', autocomplete: 'name' },
  { field: 'signatoryEmail', type: 'email', autocomplete: 'email' },
  { field: 'signatoryMobile', type: 'tel', autocomplete: 'tel' },
  { field: 'companySiren', type: 'text', autocomplete: 'off' },
];
const FIELD_LABEL: Record<MandateField, SetupMessageKey> = {
  signatoryName: 'setup.mandate.name',
  signatoryEmail: 'setup.mandate.email',
  signatoryMobile: 'setup.mandate.mobile',
  companySiren: 'setup.mandate.siren',
};

/**
 * Where the account stands and what is left before the first send, as a checklist with progress: the
 * professional identity proof (brokers: ORIAS certificate and 8-digit ORIAS number; mutuals: statutes; insurers:
 * Kbis) and its verification (pending, verified, or rejected with the reason); the first top-up of the credit (a
 * link to your page's credit widget); JRMC's mandate, signed after the first top-up with the signatory's name,
 * e-mail, mobile and the company's SIREN. Readiness and the mandate's checks are core's `accountReadiness` and
 * `checkJrmcMandate`. Uploading and signing need a manager's session (`account:manage` scope).
 *
 * @summary Onboarding checklist: identity proof, first top-up, JRMC mandate.
 * @event jrmc-account-ready - The account can send (`detail.account`); fired once, also when it was already ready.
 * @event jrmc-error - A call failed (`detail.message` is shown in the component too).
 * @slot heading - Replaces the default heading.
 * @csspart base - The whole checklist.
 * @csspart progress - The progress bar.
 * @csspart step - Each step.
 * @csspart top-up-link - The link to the credit top-up.
 */
export class JrmcAccountSetup extends LitElement {
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = [tokens, setupStyles];

  static override properties = {
    topUpHref: { attribute: 'top-up-href' },
    locale: {},
    account: { state: true, attribute: false },
    toppedUp: { state: true, attribute: false },
    orias: { state: true, attribute: false },
    file: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    identityMessage: { state: true, attribute: false },
    mandateMessage: { state: true, attribute: false },
    mandate: { state: true, attribute: false },
    showMandateIssues: { state: true, attribute: false },
    showIdentityIssues: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.topUpHref = '#jrmc-credit';
    this.locale = '';
    this.account = null;
    this.toppedUp = false;
    this.orias = '';
    this.file = null;
    this.busy = null;
    this.identityMessage = null;
    this.mandateMessage = null;
    this.mandate = { signatoryName: '', signatoryEmail: '', signatoryMobile: '', companySiren: '' };
    this.showMandateIssues = false;
    this.showIdentityIssues = false;
  }

  /** Where "Top up my account" leads: your page's `<jrmc-credit-widget>` (an anchor) or its page. */
  declare topUpHref: string;

  /** `fr` or `en`; default: the provider's locale. */
  declare locale: 'fr' | 'en' | '';

  /** The connection to the surrounding `<jrmc-provider>`. */
  readonly jrmc = new JrmcController(this, {
    resources: { account: AccountResource, credit: CreditResource },
    locale: () => this.locale,
    onChange: (value, previous) => {
      // A new account from the provider (a top-up, a refresh) or a moved clock: read where we stand again.
      if (value.connection && (value.connection !== previous.connection || value.creditVersion !== previous.creditVersion || value.clockVersion !== previous.clockVersion)) void this.reload();
    },
  });

  declare account: Account | null;
  declare toppedUp: boolean;
  declare orias: string;
  declare file: File | null;
  declare busy: 'identity' | 'mandate' | null;
  declare identityMessage: { kind: 'done' | 'error'; text: string } | null;
  declare mandateMessage: string | null;
  declare mandate: Record<MandateField, string>;
  declare showMandateIssues: boolean;
  declare showIdentityIssues: boolean;

  #announcedReady = false;
  #loading: Promise<void> | null = null;

  /** Reads the account and whether it was ever topped up. */
  async reload(): Promise<void> {
    const client = this.jrmc.client;
    if (!client) return;
    this.#loading ??= (async () => {
      try {
        const [account, receipts] = await Promise.all([client.account.retrieve(), client.credit.receipts({ limit: 1 }).page()]);
        this.account = account;
        this.toppedUp = receipts.data.length > 0;
        if (!this.orias && account.oriasNumber) this.orias = account.oriasNumber;
        if (readinessOf(account, this.toppedUp).ready && !this.#announcedReady) {
          this.#announcedReady = true;
          this.dispatchEvent(new JrmcAccountReadyEvent({ account }));
        }
      } catch (error) {
        this.#fail(error);
      } finally {
        this.#loading = null;
      }
    })();
    return this.#loading;
  }

  #t = (key: SetupMessageKey, params?: Record<string, string | number>) => translate(this.jrmc.locale, key, params);

  override render() {
    const t = this.#t;
    if (!this.jrmc.client) return html`<p class="error" role="alert">${t('common.notConnected')}</p>`;
    const account = this.account;
    if (!account) return html`<p role="status">${t('common.loading')}</p>`;
    const readiness = readinessOf(account, this.toppedUp);
    const total = 3;
    const done = total - readiness.missing.length;
    return html`<section class="setup" part="base" aria-labelledby="setup-title">
      <slot name="heading"><h2 id="setup-title">${t('setup.title')}</h2></slot>
      <p id="setup-progress">${t('setup.progress', { done, total })}</p>
      <progress part="progress" max=${total} .value=${done} aria-labelledby="setup-progress"></progress>
      ${readiness.ready ? html`<p class="ready" role="status">${t('setup.ready')}</p>` : nothing}
      <ol class="steps">
        <li part="step">${this.#identityStep(account)}</li>
        <li part="step">${this.#creditStep(account)}</li>
        <li part="step">${this.#mandateStep(account, readiness.canSignMandate)}</li>
      </ol>
    </section>`;
  }

  #heading(id: string, title: string, complete: boolean): TemplateResult {
    const t = this.#t;
    return html`<h3 id=${id}>${title} <span class="badge ${complete ? 'done' : 'todo'}">${complete ? t('setup.step.done') : t('setup.step.todo')}</span></h3>`;
  }

  #identityStep(account: Account): TemplateResult {
    const t = this.#t;
    const locale = this.jrmc.locale;
    const proof = account.identityProof;
    const kind = identityDocumentFor(account.kind);
    const statusText =
      proof.status === 'pending'
        ? t('setup.identity.status.pending', { date: proof.uploadedAt ? formatInstant(locale, proof.uploadedAt) : '' })
        : proof.status === 'rejected'
          ? t('setup.identity.status.rejected', { reason: proof.rejectionReason ?? '' })
          : t(`setup.identity.status.${proof.status}`);
    const needsOrias = kind === 'orias-certificate';
    const oriasProblem = needsOrias && this.showIdentityIssues && !isValidOrias(this.orias.trim()) ? t('setup.identity.oriasInvalid') : null;
    const fileProblem = this.showIdentityIssues ? (!this.file ? t('setup.identity.fileMissing') : this.file.size > MAX_IDENTITY_PROOF_BYTES ? t('setup.identity.fileTooBig') : null) : null;
    const canUpload = proof.status === 'missing' || proof.status === 'rejected';
    return html`${this.#heading('identity-title', `${t('setup.identity.title')} — ${t(`setup.identity.kind.${kind}`)}`, proof.status === 'verified')}
      <p class=${proof.status === 'rejected' ? 'rejected' : ''} aria-live="polite">${statusText}</p>
      ${proof.status === 'pending' ? html`<button type="button" @click=${() => this.reload()}>${t('setup.refresh')}</button>` : nothing}
      ${canUpload
        ? html`<form @submit=${this.#upload} aria-labelledby="identity-title" novalidate>
            <div class="field">
              <label for="proof-file">${t('setup.identity.file')}</label>
              <input id="proof-file" type="file" accept="application/pdf,image/*" aria-invalid=${fileProblem ? 'true' : 'false'} aria-describedby=${fileProblem ? 'proof-file-error' : nothing} @change=${(event: Event) => (this.file = (event.target as HTMLInputElement).files?.[0] ?? null)} />
              ${fileProblem ? html`<span class="error" id="proof-file-error">${fileProblem}</span>` : nothing}
            </div>
            ${needsOrias
              ? html`<div class="field">
                  <label for="orias">${t('setup.identity.orias')}</label>
                  <input id="orias" inputmode="numeric" autocomplete="off" maxlength="12" .value=${this.orias} aria-invalid=${oriasProblem ? 'true' : 'false'} aria-describedby=${oriasProblem ? 'orias-error' : nothing} @input=${(event: Event) => (this.orias = (event.target as HTMLInputElement).value)} />
                  ${oriasProblem ? html`<span class="error" id="orias-error">${oriasProblem}</span>` : nothing}
                </div>`
              : nothing}
            <button type="submit" ?disabled=${this.busy !== null}>${this.busy === 'identity' ? t('setup.identity.sending') : t('setup.identity.send')}</button>
          </form>`
        : nothing}
      <p role="status" class=${this.identityMessage?.kind === 'error' ? 'error' : 'done'}>${this.identityMessage?.text ?? ''}</p>`;
  }

  #creditStep(account: Account): TemplateResult {
    const t = this.#t;
    return html`${this.#heading('credit-title', t('setup.credit.title'), this.toppedUp)}
      <p>${this.toppedUp ? t('setup.credit.done', { balance: formatCents(this.jrmc.locale, account.balance) }) : t('setup.credit.none')}</p>
      ${this.toppedUp ? nothing : html`<a part="top-up-link" href=${this.topUpHref}>${t('setup.credit.link')}</a>`}`;
  }

  #mandateStep(account: Account, canSign: boolean): TemplateResult {
    const t = this.#t;
    const locale = this.jrmc.locale;
    const signed = account.mandate.status === 'signed';
    const issues = this.showMandateIssues ? checkJrmcMandate(this.mandate) : [];
    const issueOf = (field: MandateField) => issues.find((issue) => issue.field === field);
    return html`${this.#heading('mandate-title', t('setup.mandate.title'), signed)}
      ${signed
        ? html`<p>${t('setup.mandate.signed', { date: account.mandate.signedAt ? formatInstant(locale, account.mandate.signedAt) : '', name: account.mandate.signatoryName ?? '' })}</p>`
        : html`<p>${t('setup.mandate.intro')}</p>
            ${canSign
              ? html`<form @submit=${this.#sign} aria-labelledby="mandate-title" novalidate>
                  ${MANDATE_FIELDS.map(({ field, type, autocomplete }) => {
                    const issue = issueOf(field);
                    return html`<div class="field">
                      <label for=${field}>${t(FIELD_LABEL[field])}</label>
                      <input id=${field} type=${type} autocomplete=${autocomplete} required .value=${this.mandate[field]} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${issue ? `${field}-error` : nothing} @input=${(event: Event) => (this.mandate = { ...this.mandate, [field]: (event.target as HTMLInputElement).value })} />
                      ${issue ? html`<span class="error" id=${`${field}-error`}>${t(`setup.mandate.${issue.reason}`)}</span>` : nothing}
                    </div>`;
                  })}
                  <button type="submit" ?disabled=${this.busy !== null}>${this.busy === 'mandate' ? t('setup.mandate.signing') : t('setup.mandate.sign')}</button>
                </form>`
              : html`<p>${t('setup.mandate.locked')}</p>`}`}
      <p role="status" class="error">${this.mandateMessage ?? ''}</p>`;
  }

  #upload = async (event: Event): Promise<void> => {
    event.preventDefault();
    const client = this.jrmc.client;
    const account = this.account;
    if (!client || !account || this.busy) return;
    this.showIdentityIssues = true;
    const kind = identityDocumentFor(account.kind);
    const file = this.file;
    if (!file || file.size > MAX_IDENTITY_PROOF_BYTES || (kind === 'orias-certificate' && !isValidOrias(this.orias.trim()))) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = 'identity';
    this.identityMessage = null;
    try {
      const contentBase64 = await fileToBase64(file);
      await client.account.uploadIdentityProof({ kind, filename: file.name, contentBase64, ...(kind === 'orias-certificate' ? { oriasNumber: this.orias.trim() } : {}) });
      this.identityMessage = { kind: 'done', text: this.#t('setup.identity.sent') };
      this.file = null;
      this.showIdentityIssues = false;
      await this.reload();
    } catch (error) {
      this.identityMessage = { kind: 'error', text: this.#describe(error) };
      this.#fail(error, this.identityMessage.text);
    } finally {
      this.busy = null;
    }
  };

  #sign = async (event: Event): Promise<void> => {
    event.preventDefault();
    const client = this.jrmc.client;
    if (!client || this.busy) return;
    this.showMandateIssues = true;
    if (checkJrmcMandate(this.mandate).length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = 'mandate';
    this.mandateMessage = null;
    try {
      await client.account.signMandate({ ...this.mandate });
      await this.reload();
    } catch (error) {
      this.mandateMessage = this.#describe(error);
      this.#fail(error, this.mandateMessage);
    } finally {
      this.busy = null;
    }
  };

  #describe(error: unknown): string {
    return isPermissionError(error) ? this.#t('setup.forbidden') : errorMessage(this.jrmc.locale, error);
  }

  #fail(error: unknown, message = errorMessage(this.jrmc.locale, error)): void {
    this.dispatchEvent(new JrmcErrorEvent({ error, message }));
  }
}
