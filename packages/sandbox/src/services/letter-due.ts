import { draftPurgeDue, trashPurgeDue } from '@jrmc/core';
import type { LetterRecord } from './records.js';
import { depositInstantOf } from './sending.js';
import { investigationAnswerAt } from './investigation-answer.js';

/** Order among happenings at the same instant (deposits before outcomes before purges before invoices). */
export const RANK = { deposit: 0, step: 1, purge: 2, invoice: 3 } as const;

/** What the clock will do to a letter, and when. */
export interface LetterDue {
  at: Date;
  rank: number;
  kind: 'deposit' | 'step' | 'purge' | 'bank-answer' | 'investigation';
}

/**
 * Everything the clock will do to this letter: a scheduled letter leaves, the recipient or La Poste
 * acts (its plan), La Poste answers an investigation, a trashed letter is purged (60 days), an untouched draft expires (2 years).
 */
export function dueOfLetter(letter: LetterRecord): LetterDue[] {
  const due: LetterDue[] = [];
  if (letter.status === 'scheduled') due.push({ at: depositInstantOf(letter), rank: RANK.deposit, kind: 'deposit' });
  const step = letter.plan[0];
  if (step) due.push({ at: new Date(step.at), rank: RANK.step, kind: 'step' });
  if (letter.bankAnswerDue) due.push({ at: new Date(letter.bankAnswerDue.at), rank: RANK.step, kind: 'bank-answer' });
  const answerAt = investigationAnswerAt(letter);
  if (answerAt) due.push({ at: answerAt, rank: RANK.step, kind: 'investigation' });
  // Never early (core's rules): a trashed letter at the end of D + 60, an untouched draft after 2 full years.
  if (letter.trashedAt) due.push({ at: trashPurgeDue(letter.trashedAt), rank: RANK.purge, kind: 'purge' });
  if (letter.status === 'draft' && !letter.trashedAt) due.push({ at: draftPurgeDue(letter.updatedAt), rank: RANK.purge, kind: 'purge' });
  return due;
}

/** The letter's next due instant, indexed so the clock finds due work without scanning letters. */
export function nextDueAt(letter: LetterRecord): string | null {
  const times = dueOfLetter(letter).map((due) => due.at.getTime());
  return times.length ? new Date(Math.min(...times)).toISOString() : null;
}
