import { investigationAnswerBy, parisDate, parisTimeToInstant, type IsoDate } from '@jrmc/core';
import type { LetterRecord } from './records.js';

// La Poste's answer reaches JRMC in the morning of the day it is due (Paris time).
const ANSWER_TIME = '10:00';

/**
 * The answer day of an investigation; investigations stored before answers existed (`{ openedAt, message }` only)
 * get theirs from the day they were opened, as new ones do.
 */
export function answerByOf(investigation: { openedAt: string; answerBy?: IsoDate }): IsoDate {
  return investigation.answerBy ?? investigationAnswerBy(parisDate(new Date(investigation.openedAt)));
}

/** When La Poste's answer to an open investigation arrives (null when there is none to wait for). */
export function investigationAnswerAt(letter: LetterRecord): Date | null {
  if (letter.service !== 'paper-mail' || !letter.investigation || letter.investigation.closedAt) return null;
  return parisTimeToInstant(answerByOf(letter.investigation), ANSWER_TIME);
}
