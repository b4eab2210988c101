import { AccountResource, isPermissionError, type JrmcClient } from '@jrmc/core';
import type { UserProfile } from '@jrmc/core/contract';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { ConfirmController } from '../controllers/confirm-controller.js';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { JrmcErrorEvent } from '../events/jrmc-events.js';
import { countOf, formatInstant } from '../i18n/format.js';
import { errorMessage } from '../shared/error-message.js';
import { tokens } from '../styles/tokens.js';
import { teamStyles } from './jrmc-team.styles.js';
import { tablePanelStyles } from '../styles/table-panel.js';
import { teamT as translate, type TeamMessageKey } from './team-i18n.js';

type Role = UserProfile['role'];
const ROLES: readonly Role[] = ['manager', 'collaborator'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The account's team: every user profile with its role and status; add one (name, e-mail, role manager or
 * collaborator), rename it or change its role, deactivate it (after a confirmation: it can no longer log in and
 * keeps its letters), reactivate it, and hand its letters to another active profile. Changes need a manager's
 * session (`account:manage` scope); a collaborator sees the list and is told so.
 *
 * @summary User profiles: create, rename, change role, deactivate, reactivate, reassign letters.
 * @event jrmc-error - A call failed (`detail.message` is shown in the component too).
 * @slot heading - Replaces the default heading.
 * @csspart base - The whole component.
 * @csspart table - The profiles table.
 * @csspart create-form - The form adding a profile.
 * @csspart dialog - The deactivation confirmation.
 */
export class JrmcTeam extends LitElement {
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = [tokens, tablePanelStyles, teamStyles];

  static override properties = {
    locale: {},
    profiles: { state: true, attribute: false },
    editing: { state: true, attribute: false },
    reassigning: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    showDraftIssues: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    message: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.locale = '';
    this.profiles = null;
    this.editing = null;
    this.reassigning = null;
    this.draft = { name: '', email: '', role: 'collaborator' as Role };
    this.showDraftIssues = false;
    this.busy = false;
    this.message = null;
  }

  /** `fr` or `en`; default: the provider's locale. */
  declare locale: 'fr' | 'en' | '';

  /** The connection to the surrounding `<jrmc-provider>`. */
  readonly jrmc = new JrmcController(this, {
    resources: { account: AccountResource },
    locale: () => this.locale,
    onChange: (value, previous) => {
      if (value.connection && value.connection !== previous.connection) void this.reload();
    },
  });

  declare profiles: UserProfile[] | null;
  declare editing: { id: string; name: string; role: Role } | null;
  declare reassigning: { id: string; to: string } | null;
  declare draft: { name: string; email: string; role: Role };
  declare showDraftIssues: boolean;
  declare busy: boolean;
  declare message: { kind: 'done' | 'error'; text: string } | null;

  readonly #confirm = new ConfirmController(this, { id: 'deactivate-confirm' });

  /** Reads the profiles again. */
  async reload(): Promise<void> {
    const client = this.jrmc.client;
    if (!client) return;
    try {
      this.profiles = (await client.account.profiles.list()).data;
    } catch (error) {
      this.profiles = [];
      this.#fail(error);
    }
  }

  #t = (key: TeamMessageKey, params?: Record<string, string | number>) => translate(this.jrmc.locale, key, params);

  override render() {
    const t = this.#t;
    if (!this.jrmc.client) return html`<p class="error" role="alert">${t('common.notConnected')}</p>`;
    return html`<section class="team panel" part="base" aria-labelledby="team-title">
      <slot name="heading"><h2 id="team-title">${t('team.title')}</h2></slot>
      ${this.profiles === null
        ? html`<p role="status">${t('common.loading')}</p>`
        : html`<div class="scroll">
            <table part="table">
              <caption>${t('team.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">${t('team.name')}</th>
                  <th scope="col">${t('team.email')}</th>
                  <th scope="col">${t('team.role')}</th>
                  <th scope="col">${t('team.status')}</th>
                  <th scope="col">${t('team.actions')}</th>
                </tr>
              </thead>
              <tbody>
                ${this.profiles.length === 0 ? html`<tr><td colspan="5">${t('team.empty')}</td></tr>` : this.profiles.map((profile) => this.#row(profile))}
              </tbody>
            </table>
          </div>`}
      <p role="status" class=${this.message?.kind ?? ''}>${this.message?.text ?? ''}</p>
      ${this.#createForm()}
      ${this.#confirm.render()}
    </section>`;
  }

  #row(profile: UserProfile): TemplateResult {
    const t = this.#t;
    const editing = this.editing?.id === profile.id ? this.editing : null;
    const status = profile.active ? t('team.active') : t('team.inactive', { date: profile.deactivatedAt ? formatInstant(this.jrmc.locale, profile.deactivatedAt) : '' });
    return html`<tr class=${profile.active ? '' : 'inactive'} data-profile=${profile.id}>
      <td data-label=${t('team.name')}>
        ${editing
          ? html`<label class="field"><span>${t('team.name')}</span><input class="edit-name" .value=${editing.name} @input=${(event: Event) => (this.editing = { ...editing, name: (event.target as HTMLInputElement).value })} /></label>`
          : profile.name}
      </td>
      <td data-label=${t('team.email')}>${profile.email}</td>
      <td data-label=${t('team.role')}>
        ${editing
          ? html`<label class="field"><span>${t('team.role')}</span>${this.#roleSelect(editing.role, (role) => (this.editing = { ...editing, role }), 'edit-role')}</label>`
          : t(`team.role.${profile.role}`)}
      </td>
      <td data-label=${t('team.status')}>${status}</td>
      <td data-label=${t('team.actions')}>
        <div class="actions">
          ${editing
            ? html`<button type="button" class="save" ?disabled=${this.busy || !editing.name.trim()} @click=${() => this.#save(profile)}>${t('team.save')}</button>
                <button type="button" @click=${() => (this.editing = null)}>${t('team.cancel')}</button>`
            : html`<button type="button" class="edit" @click=${() => this.#startEditing(profile)}>${t('team.edit', { name: profile.name })}</button>
                ${profile.active
                  ? html`<button type="button" class="deactivate" ?disabled=${this.busy} @click=${() => this.#deactivate(profile)}>${t('team.deactivate', { name: profile.name })}</button>`
                  : html`<button type="button" class="reactivate" ?disabled=${this.busy} @click=${() => this.#reactivate(profile)}>${t('team.reactivate', { name: profile.name })}</button>`}
                <button type="button" class="reassign" aria-expanded=${this.reassigning?.id === profile.id ? 'true' : 'false'} @click=${() => this.#toggleReassign(profile)}>${t('team.reassign', { name: profile.name })}</button>`}
        </div>
        ${this.reassigning?.id === profile.id ? this.#reassignForm(profile) : nothing}
      </td>
    </tr>`;
  }

  #roleSelect(value: Role, onChange: (role: Role) => void, className: string, id?: string): TemplateResult {
    return html`<select class=${className} id=${id ?? nothing} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value as Role)}>
      ${ROLES.map((role) => html`<option value=${role} ?selected=${role === value}>${this.#t(`team.role.${role}`)}</option>`)}
    </select>`;
  }

  #reassignForm(profile: UserProfile): TemplateResult {
    const t = this.#t;
    const targets = (this.profiles ?? []).filter((other) => other.active && other.id !== profile.id);
    if (targets.length === 0) return html`<p>${t('team.reassign.none')}</p>`;
    const to = this.reassigning!.to || targets[0]!.id;
    const selectId = `reassign-${profile.id}`;
    return html`<form class="reassign-form" @submit=${(event: Event) => this.#reassign(event, profile, to)}>
      <label class="field" for=${selectId}>${t('team.reassign.to', { name: profile.name })}</label>
      <select id=${selectId} @change=${(event: Event) => (this.reassigning = { id: profile.id, to: (event.target as HTMLSelectElement).value })}>
        ${targets.map((target) => html`<option value=${target.id} ?selected=${target.id === to}>${target.name}</option>`)}
      </select>
      <button type="submit" ?disabled=${this.busy}>${t('team.reassign.submit')}</button>
    </form>`;
  }

  #createForm(): TemplateResult {
    const t = this.#t;
    const nameProblem = this.showDraftIssues && !this.draft.name.trim() ? t('common.required') : null;
    const emailProblem = this.showDraftIssues ? (!this.draft.email.trim() ? t('common.required') : !EMAIL.test(this.draft.email.trim()) ? t('team.invalidEmail') : null) : null;
    return html`<h3 id="create-title">${t('team.create.title')}</h3>
      <form class="create" part="create-form" aria-labelledby="create-title" novalidate @submit=${this.#create}>
        <div class="field">
          <label for="new-name">${t('team.name')}</label>
          <input id="new-name" autocomplete="off" .value=${this.draft.name} aria-invalid=${nameProblem ? 'true' : 'false'} aria-describedby=${nameProblem ? 'new-name-error' : nothing} @input=${(event: Event) => (this.draft = { ...this.draft, name: (event.target as HTMLInputElement).value })} />
          ${nameProblem ? html`<span class="error" id="new-name-error">${nameProblem}</span>` : nothing}
        </div>
        <div class="field">
          <label for="new-email">${t('team.email')}</label>
          <input id="new-email" type="email" autocomplete="off" .value=${this.draft.email} aria-invalid=${emailProblem ? 'true' : 'false'} aria-describedby=${emailProblem ? 'new-email-error' : nothing} @input=${(event: Event) => (this.draft = { ...this.draft, email: (event.target as HTMLInputElement).value })} />
          ${emailProblem ? html`<span class="error" id="new-email-error">${emailProblem}</span>` : nothing}
        </div>
        <div class="field">
          <label for="new-role">${t('team.role')}</label>
          ${this.#roleSelect(this.draft.role, (role) => (this.draft = { ...this.draft, role }), 'new-role', 'new-role')}
        </div>
        <button type="submit" ?disabled=${this.busy}>${t('team.create.submit')}</button>
      </form>`;
  }

  #startEditing(profile: UserProfile): void {
    this.editing = { id: profile.id, name: profile.name, role: profile.role };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.edit-name')?.focus());
  }

  #toggleReassign(profile: UserProfile): void {
    this.reassigning = this.reassigning?.id === profile.id ? null : { id: profile.id, to: '' };
  }

  /** Runs a change, then shows its message and reads the profiles again; a refusal is shown in place. */
  async #act(work: (client: Pick<JrmcClient, 'account'>) => Promise<string>): Promise<boolean> {
    const client = this.jrmc.client;
    if (!client || this.busy) return false;
    this.busy = true;
    this.message = null;
    try {
      const text = await work(client);
      // The list first, then the message: what it says is already on screen when it is announced.
      await this.reload();
      this.message = { kind: 'done', text };
      return true;
    } catch (error) {
      const text = isPermissionError(error) ? this.#t('team.forbidden') : errorMessage(this.jrmc.locale, error);
      this.message = { kind: 'error', text };
      this.#fail(error, text);
      return false;
    } finally {
      this.busy = false;
    }
  }

  #create = async (event: Event): Promise<void> => {
    event.preventDefault();
    this.showDraftIssues = true;
    const { name, email, role } = this.draft;
    if (!name.trim() || !EMAIL.test(email.trim())) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const created = await this.#act(async (client) => {
      const profile = await client.account.profiles.create({ name: name.trim(), email: email.trim(), role });
      return this.#t('team.created', { name: profile.name });
    });
    if (created) {
      this.draft = { name: '', email: '', role: 'collaborator' };
      this.showDraftIssues = false;
    }
  };

  async #save(profile: UserProfile): Promise<void> {
    const editing = this.editing;
    if (!editing) return;
    const saved = await this.#act(async (client) => {
      const updated = await client.account.profiles.update(profile.id, { name: editing.name.trim(), role: editing.role });
      return this.#t('team.updated', { name: updated.name });
    });
    if (saved) {
      this.editing = null;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`tr[data-profile="${profile.id}"] .edit`)?.focus();
    }
  }

  async #deactivate(profile: UserProfile): Promise<void> {
    const t = this.#t;
    const confirmed = await this.#confirm.ask({
      title: t('team.confirm.title', { name: profile.name }),
      message: t('team.confirm.message', { name: profile.name }),
      confirmLabel: t('team.confirm.action'),
      cancelLabel: t('team.confirm.cancel'),
    });
    if (!confirmed) return;
    await this.#act(async (client) => {
      await client.account.profiles.deactivate(profile.id);
      return t('team.deactivated', { name: profile.name });
    });
    this.renderRoot.querySelector<HTMLElement>(`tr[data-profile="${profile.id}"] .reactivate`)?.focus();
  }

  async #reactivate(profile: UserProfile): Promise<void> {
    await this.#act(async (client) => {
      await client.account.profiles.reactivate(profile.id);
      return this.#t('team.reactivated', { name: profile.name });
    });
  }

  async #reassign(event: Event, profile: UserProfile, to: string): Promise<void> {
    event.preventDefault();
    const target = this.profiles?.find((other) => other.id === to);
    const done = await this.#act(async (client) => {
      const result = await client.account.profiles.reassignLetters(profile.id, { toProfileId: to });
      const count = countOf(this.jrmc.locale, result.reassigned);
      return this.#t(`team.reassign.done.${count.form}`, { count: count.text, from: profile.name, to: target?.name ?? to });
    });
    if (done) this.reassigning = null;
  }

  #fail(error: unknown, message = errorMessage(this.jrmc.locale, error)): void {
    this.dispatchEvent(new JrmcErrorEvent({ error, message }));
  }
}
