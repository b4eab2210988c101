import { dispatchDate, isIsoDate, reasonByCode, renewalNoticeDeadline, switchSendDate } from '@jrmc/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDay } from '../../i18n/format.js';
import type { BuilderView } from '../builder-view.js';
import type { BuilderDraft } from '../builder-draft.js';
import { groupProblem, textField } from './fields.js';
import '../../jrmc-send-date-picker/define.js';

type FactField = keyof BuilderDraft['facts'];

/**
 * Step 5: the dates, by the reason's rule. Hamon / RIA: the user picks the new contract's start, the send
 * date and chain are computed. Échéance: the renewal date and its last send date. Otherwise: the facts the
 * letter states, then send now or on a chosen day.
 */
export function datesStep(view: BuilderView) {
  const { draft } = view;
  if (!draft.reason) return html`<p>${view.t('rule.letter_incomplete')}</p>`;
  const reason = reasonByCode(draft.reason);
  const setFact = (field: FactField) => (value: string | boolean) => view.update((d) => ({ ...d, facts: { ...d.facts, [field]: value } }));
  if (reason.dateMode === 'switch-start') return switchDates(view, setFact);
  const deadline = reason.noticeRule === 'renewal' && isIsoDate(draft.facts.renewalDate) ? renewalNoticeDeadline(draft.facts.renewalDate) : null;
  return html`
    ${reason.noticeRule === 'renewal'
      ? html`${textField(view, 'facts.renewalDate', view.t('dates.renewalDate'), draft.facts.renewalDate, setFact('renewalDate'), { type: 'date' })}
        ${deadline ? html`<p class="deadline">${view.t('dates.lastSendDate', { date: formatDay(view.locale, deadline) })}</p>` : nothing}`
      : nothing}
    ${reason.noticeRule === 'chatel' ? chatelFacts(view, setFact) : nothing}
    ${reason.noticeRule === 'situation-change'
      ? html`${textField(view, 'facts.eventDescription', view.t('dates.eventDescription'), draft.facts.eventDescription, setFact('eventDescription'))}
        ${textField(view, 'facts.eventDate', view.t('dates.eventDate'), draft.facts.eventDate, setFact('eventDate'), { type: 'date' })}`
      : nothing}
    ${reason.noticeRule === 'transfer' ? textField(view, 'facts.saleDate', view.t('dates.saleDate'), draft.facts.saleDate, setFact('saleDate'), { type: 'date' }) : nothing}
    ${draft.reason === 'deces'
      ? html`${textField(view, 'facts.eventDate', view.t('dates.deathDate'), draft.facts.eventDate, setFact('eventDate'), { type: 'date' })}
        ${textField(view, 'facts.heirName', view.t('dates.heirName'), draft.facts.heirName, setFact('heirName'))}
        ${textField(view, 'facts.heirCapacity', view.t('dates.heirCapacity'), draft.facts.heirCapacity, setFact('heirCapacity'))}`
      : nothing}
    ${sendModeChoice(view, deadline)}
  `;
}

/** Chatel: the day the insurer sent the notice, or "no notice received" (then the renewal date). Never both. */
function chatelFacts(view: BuilderView, setFact: (field: FactField) => (value: string | boolean) => void): TemplateResult {
  const { draft } = view;
  // The date first, the "no notice" alternative under it: the checkbox never sits glued to the next label.
  return html`
    ${draft.facts.noRenewalNoticeReceived
      ? textField(view, 'facts.renewalDate', view.t('dates.renewalDate'), draft.facts.renewalDate, setFact('renewalDate'), { type: 'date' })
      : textField(view, 'facts.renewalNoticeSentOn', view.t('dates.renewalNoticeSentOn'), draft.facts.renewalNoticeSentOn, setFact('renewalNoticeSentOn'), { type: 'date' })}
    <p>
      <label
        ><input type="checkbox" .checked=${draft.facts.noRenewalNoticeReceived} @change=${(event: Event) => setFact('noRenewalNoticeReceived')((event.target as HTMLInputElement).checked)} />
        ${view.t('dates.noRenewalNotice')}</label
      >
    </p>
  `;
}

function switchDates(view: BuilderView, setFact: (field: FactField) => (value: string | boolean) => void): TemplateResult {
  const { draft } = view;
  // The earliest send date still possible now (cut-offs of the account's first send included) that reaches the start.
  const notBefore = dispatchDate({ channel: 'lre', validatedAt: view.now, firstSend: !(view.account?.hasSent ?? true) });
  const chosen = isIsoDate(draft.newContractStart) ? switchSendDate(draft.newContractStart, { notBefore }) : null;
  return html`
    ${textField(view, 'facts.contractStartDate', view.t('dates.contractStartDate'), draft.facts.contractStartDate, setFact('contractStartDate'), { type: 'date' })}
    ${textField(view, 'facts.newInsurerName', view.t('dates.newInsurer'), draft.facts.newInsurerName, setFact('newInsurerName'))}
    <label><input type="checkbox" .checked=${draft.facts.compulsoryCover} @change=${(event: Event) => setFact('compulsoryCover')((event.target as HTMLInputElement).checked)} /> ${view.t('dates.compulsory')}</label>
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
