import { dispatchDate, isDateFact, isIsoDate, reasonByCode, renewalNoticeDeadline, switchSendDate } from '@jrmc/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDay } from '../../i18n/format.js';
import type { BuilderView } from '../builder-view.js';
import type { BuilderDraft } from '../builder-draft.js';
import type { BuilderMessageKey as MessageKey } from '../builder-i18n.js';
import { groupProblem, textField } from './fields.js';
import '../../jrmc-send-date-picker/define.js';

type FactField = keyof BuilderDraft['facts'];

/** The draft's setter of one fact. */
const factSetter = (view: BuilderView, field: FactField) => (value: string | boolean) => view.update((d) => ({ ...d, facts: { ...d.facts, [field]: value } }));

/** A fact typed as text, or picked as a date when it is one, labelled with `label`. */
function factField(view: BuilderView, field: Exclude<FactField, 'noRenewalNoticeReceived' | 'compulsoryCover'>, label: MessageKey): TemplateResult {
  return textField(view, `facts.${field}`, view.t(label), view.draft.facts[field], factSetter(view, field), isDateFact(field) ? { type: 'date' } : {});
}

/**
 * Step 5: the dates, by the reason's rule. Hamon / RIA: the user picks the new contract's start, the send
 * date and chain are computed. Échéance: the renewal date and its last send date. Otherwise: the facts the
 * letter states, then send now or on a chosen day.
 */
export function datesStep(view: BuilderView) {
  const { draft } = view;
  if (!draft.reason) return html`<p>${view.t('rule.letter_incomplete')}</p>`;
  const reason = reasonByCode(draft.reason);
  if (reason.dateMode === 'switch-start') return switchDates(view);
  const deadline = reason.noticeRule === 'renewal' && isIsoDate(draft.facts.renewalDate) ? renewalNoticeDeadline(draft.facts.renewalDate) : null;
  return html`
    ${reason.noticeRule === 'renewal'
      ? html`${factField(view, 'renewalDate', 'dates.renewalDate')}
        ${deadline ? html`<p class="deadline">${view.t('dates.lastSendDate', { date: formatDay(view.locale, deadline) })}</p>` : nothing}`
      : nothing}
    ${reason.noticeRule === 'chatel' ? chatelFacts(view) : nothing}
    ${reason.noticeRule === 'situation-change'
      ? html`${factField(view, 'eventDescription', 'dates.eventDescription')}
        ${factField(view, 'eventDate', 'dates.eventDate')}`
      : nothing}
    ${reason.noticeRule === 'transfer' ? factField(view, 'saleDate', 'dates.saleDate') : nothing}
    ${draft.reason === 'deces'
      ? html`${factField(view, 'eventDate', 'dates.deathDate')}
        ${factField(view, 'heirName', 'dates.heirName')}
        ${factField(view, 'heirCapacity', 'dates.heirCapacity')}`
      : nothing}
    ${sendModeChoice(view, deadline)}
  `;
}

/** Chatel: the day the insurer sent the notice, or "no notice received" (then the renewal date). Never both. */
function chatelFacts(view: BuilderView): TemplateResult {
  const { draft } = view;
  // The date first, the "no notice" alternative under it: the checkbox never sits glued to the next label.
  return html`
    ${draft.facts.noRenewalNoticeReceived
      ? factField(view, 'renewalDate', 'dates.renewalDate')
      : factField(view, 'renewalNoticeSentOn', 'dates.renewalNoticeSentOn')}
    <p>
      <label
        ><input type="checkbox" .checked=${draft.facts.noRenewalNoticeReceived} @change=${(event: Event) => factSetter(view, 'noRenewalNoticeReceived')((event.target as HTMLInputElement).checked)} />
        ${view.t('dates.noRenewalNotice')}</label
      >
    </p>
  `;
}

function switchDates(view: BuilderView): TemplateResult {
  const { draft } = view;
  // The earliest send date still possible now (cut-offs of the account's first send included) that reaches the start.
  const notBefore = dispatchDate({ channel: 'lre', validatedAt: view.now, firstSend: !(view.account?.hasSent ?? true) });
  const chosen = isIsoDate(draft.newContractStart) ? switchSendDate(draft.newContractStart, { notBefore }) : null;
  return html`
    ${factField(view, 'contractStartDate', 'dates.contractStartDate')}
    ${factField(view, 'newInsurerName', 'dates.newInsurer')}
    <label><input type="checkbox" .checked=${draft.facts.compulsoryCover} @change=${(event: Event) => factSetter(view, 'compulsoryCover')((event.target as HTMLInputElement).checked)} /> ${view.t('dates.compulsory')}</label>
    <p id="switch-start-label"><strong>${view.t('dates.newContractStart')}</strong> <span class="hint">${view.t('dates.newContractHint')}</span></p>
    <jrmc-send-date-picker
      mode="switch-start"
      label=${view.t('dates.newContractStart')}
      .value=${draft.newContractStart}
      now=${view.now}
      locale=${view.locale}
      @change=${(event: Event) => view.update((d) => ({ ...d, newContractStart: (event.target as HTMLInputElement).value, sendMode: 'scheduled' }))}
    ></jrmc-send-date-picker>
    ${groupProblem(view, 'newContractStart')}
    ${chosen?.reachable
      ? html`<p class="chain" aria-live="polite">
          ${view.t('dates.chain', {
            send: formatDay(view.locale, chosen.timeline.sendDate),
            notification: formatDay(view.locale, chosen.timeline.notificationDate),
            termination: formatDay(view.locale, chosen.timeline.terminationDate),
            start: formatDay(view.locale, chosen.timeline.newContractStart),
          })}
        </p>`
      : nothing}
  `;
}

function sendModeChoice(view: BuilderView, deadline: string | null): TemplateResult {
  const { draft } = view;
  return html`
    <fieldset class="choice">
      <legend>${view.t('dates.sendMode')}</legend>
      ${(['now', 'scheduled'] as const).map(
        (mode) => html`<label
          ><input type="radio" name="send-mode" value=${mode} .checked=${draft.sendMode === mode} @change=${() => view.update((d) => ({ ...d, sendMode: mode }))} />
          ${view.t(mode === 'now' ? 'dates.sendNow' : 'dates.schedule')}</label
        >`,
      )}
    </fieldset>
    ${draft.sendMode === 'scheduled'
      ? html`<jrmc-send-date-picker
            mode="lre"
            label=${view.t('dates.sendDate')}
            .value=${draft.scheduledDate}
            now=${view.now}
            locale=${view.locale}
            max=${deadline ?? ''}
            @change=${(event: Event) => view.update((d) => ({ ...d, scheduledDate: (event.target as HTMLInputElement).value }))}
          ></jrmc-send-date-picker>`
      : nothing}
    ${groupProblem(view, 'scheduledDate')}
  `;
}
