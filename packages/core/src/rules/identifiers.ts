/** La Poste's SIREN: its establishments' SIRETs are checked by digit sum, not by Luhn. */
const LA_POSTE_SIREN = '356000000';

/**
 * Removes the spaces (also non-breaking) and dots people type in identifiers (`'732 829 320 00074'`, `'732.829.320'`).
 *
 * @example
 * compactIdentifier(' 732 829 320 ') //=> '732829320'
 */
export function compactIdentifier(value: string): string {
  return typeof value === 'string' ? value.replace(/[\s\u00a0.]/g, '') : '';
}

/**
 * Luhn checksum (mod 10) over a string of digits.
 *
 * @example
 * luhnValid('732829320') //=> true
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * A SIREN or SIRET as compared and checked: spaces (also non-breaking) and dots removed, nothing else changed.
 * Every SIRET comparison (combinability, directory search) and check goes through it.
 *
 * @example
 * normalizeSiret('356.000.000 00048') //=> '35600000000048'
 */
export function normalizeSiret(value: string): string {
  return compactIdentifier(value);
}

/**
 * Whether `value` is a valid SIREN: 9 digits, not all zero, Luhn; La Poste's own SIREN 356000000 is valid.
 * Spaces and dots are ignored.
 *
 * @example
 * isValidSiren('732 829 320') //=> true
 * isValidSiren('732829321') //=> false
 * isValidSiren('000000000') //=> false
 */
export function isValidSiren(value: string): boolean {
  const siren = normalizeSiret(value);
  return /^\d{9}$/.test(siren) && !/^0+$/.test(siren) && (luhnValid(siren) || siren === LA_POSTE_SIREN);
}

/**
 * Whether `value` is a valid SIRET (14 digits: SIREN + NIC): the Luhn check over all 14 digits passes, or — for
 * La Poste's establishments (SIREN 356000000), whose numbers break Luhn — the digit sum is a multiple of 5
 * (its head office 35600000000048 passes Luhn). All-zero numbers are invalid. Spaces and dots are ignored.
 *
 * @example
 * isValidSiret('732 829 320 00074') //=> true
 * isValidSiret('35600000000048') //=> true (La Poste head office: Luhn)
 * isValidSiret('35600000012346') //=> true (La Poste: digit sum 30, a multiple of 5)
 * isValidSiret('73282932000075') //=> false
 * isValidSiret('00000000000000') //=> false
 */
export function isValidSiret(value: string): boolean {
  const siret = normalizeSiret(value);
  if (!/^\d{14}$/.test(siret) || /^0+$/.test(siret)) return false;
  if (luhnValid(siret)) return true;
  if (!siret.startsWith(LA_POSTE_SIREN)) return false;
  const digitSum = [...siret].reduce((sum, digit) => sum + Number(digit), 0);
  return digitSum % 5 === 0;
}

/**
 * Whether `value` is an ORIAS registration number (insurance intermediaries): 8 digits.
 *
 * @example
 * isValidOrias('07 012 345') //=> true
 * isValidOrias('0701234') //=> false
 */
export function isValidOrias(value: string): boolean {
  return /^\d{8}$/.test(compactIdentifier(value));
}

/**
 * Whether `value` is a plausible French postcode: 5 digits; mainland and Corsica departments 01–95
 * (Corsica's 20xxx), overseas 971–976 and 984–988, Monaco 98000.
 *
 * @example
 * isValidFrenchPostcode('38240') //=> true
 * isValidFrenchPostcode('00100') //=> false
 * isValidFrenchPostcode('97411') //=> true
 */
export function isValidFrenchPostcode(value: string): boolean {
  const postcode = compactIdentifier(value);
  if (!/^\d{5}$/.test(postcode)) return false;
  const department = Number(postcode.slice(0, 2));
  if (department >= 1 && department <= 95) return postcode !== '00000';
  const overseas = Number(postcode.slice(0, 3));
  return (overseas >= 971 && overseas <= 976) || (overseas >= 984 && overseas <= 988) || postcode.startsWith('980');
}
