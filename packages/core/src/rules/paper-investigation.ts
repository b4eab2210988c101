import { addDays, assertIsoDate, type IsoDate } from './iso-date.js';

/**
 * What La Poste's search concludes about a tracked letter stuck "en cours d'acheminement":
 * - `delivered`: it was delivered and only the tracking was not updated (the case the FAQ names first);
 * - `returned`: it went back to the sender;
 * - `lost`: La Poste found no trace of it.
 * The contract builds its enum from this list.
 */
export const INVESTIGATION_OUTCOMES = ['delivered', 'returned', 'lost'] as const;

/** The result of an investigation (see `INVESTIGATION_OUTCOMES`). */
export type InvestigationOutcome = (typeof INVESTIGATION_OUTCOMES)[number];

/**
 * Calendar days La Poste takes at most to answer a claim ("réclamation") JRMC files for the user. Calendar days,
 * not working days: the commitment runs from the day the claim is filed, whatever the recipient's region.
 */
export const INVESTIGATION_ANSWER_DAYS = 21;

/**
 * The day by which the investigation opened on `openedOn` (Paris date) has its answer.
 *
 * @example
 * investigationAnswerBy('2026-11-18') //=> '2026-12-09'
 */
export function investigationAnswerBy(openedOn: IsoDate): IsoDate {
  return addDays(assertIsoDate(openedOn, 'openedOn'), INVESTIGATION_ANSWER_DAYS);
}

