import type { PaperInvestigation } from '@jrmc/core/contract';
import { html } from 'lit';
import { formatDay, formatInstant } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import type { TrackerMessageKey as MessageKey } from './tracker-i18n.js';

/**
 * An investigation as the user follows it: when it was opened and the message JRMC sent to La Poste; while open,
 * the day La Poste answers by; once closed, La Poste's answer in plain words (delivered, returned or lost) first.
 */
export function renderInvestigationResult(investigation: PaperInvestigation, locale: Locale, t: (key: MessageKey, params?: Record<string, string | number>) => string) {
  const opened = t('tracker.investigated', { date: formatInstant(locale, investigation.openedAt) });
  if (investigation.closedAt === null || investigation.outcome === null) {
    return html`<div class="investigation-result" part="investigation" role="status">
      <p>${opened} ${t('tracker.paper.investigationFollowUp')}</p>
      <blockquote>${investigation.message}</blockquote>
      <p class="answer-by">${t('tracker.paper.answerBy', { date: formatDay(locale, investigation.answerBy) })}</p>
    </div>`;
  }
  return html`<div class="investigation-result closed" part="investigation" role="status" data-outcome=${investigation.outcome}>
    <p class="outcome">
      <strong>${t('tracker.paper.outcomeTitle', { date: formatInstant(locale, investigation.closedAt) })}</strong>
      ${t(`tracker.paper.outcome.${investigation.outcome}`)}
    </p>
    <p>${opened} ${t('tracker.paper.yourMessage')}</p>
    <blockquote>${investigation.message}</blockquote>
  </div>`;
}
