import type { Region } from './calendar.js';
import { compactIdentifier } from './identifiers.js';
import { RuleInputError } from './rule-input-error.js';

// Moselle (57), Bas-Rhin (67) and Haut-Rhin (68) keep local law: Good Friday and 26 December are holidays there.
const ALSACE_MOSELLE_DEPARTMENTS: ReadonlySet<string> = new Set(['57', '67', '68']);

/**
 * The holiday calendar of the place a postcode belongs to: `alsace-moselle` for departments 57, 67 and 68,
 * `metropole` otherwise. Delivery estimates and investigation dates use the recipient's.
 *
 * @param postcode - a French postcode; spaces are ignored
 * @throws {RuleInputError} when `postcode` is not 5 digits
 * @example
 * regionOfPostcode('67000') //=> 'alsace-moselle'
 * regionOfPostcode('75008') //=> 'metropole'
 */
export function regionOfPostcode(postcode: string): Region {
  const compact = compactIdentifier(postcode);
  if (!/^\d{5}$/.test(compact)) throw new RuleInputError('postcode', postcode, 'expected a 5-digit French postcode');
  return ALSACE_MOSELLE_DEPARTMENTS.has(compact.slice(0, 2)) ? 'alsace-moselle' : 'metropole';
}
