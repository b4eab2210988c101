import { assertIsoDate, fieldsOf, type IsoDate } from '../rules/iso-date.js';

const MONTHS_FR = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

/**
 * A calendar day written out as in a French letter ("1er janvier 2027", "29 novembre 2026").
 * Pure text, so the letter reads the same on every host, whatever its locale data.
 *
 * @example
 * formatFrenchDate('2027-01-01') //=> '1er janvier 2027'
 * formatFrenchDate('2026-11-29') //=> '29 novembre 2026'
 */
export function formatFrenchDate(date: IsoDate): string {
  const { year, month, day } = fieldsOf(assertIsoDate(date, 'date'));
  return `${day === 1 ? '1er' : day} ${MONTHS_FR[month - 1]} ${year}`;
}
