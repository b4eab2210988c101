/** La Poste's SIREN: its establishments' SIRETs are checked by digit sum, not by Luhn. */
const LA_POSTE_SIREN = '356000000';

/**
 * Removes the spaces people type in identifiers (`'732 829 320 00074'`).
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
 * Whether `value` is a valid SIREN (9 digits, Luhn). Spaces are ignored.
 *
 * @example
 * isValidSiren('732 829 320') //=> true
 * isValidSiren('732829321') //=> false
 */
export function isValidSiren(value: string): boolean {
  const siren = compactIdentifier(value);
  return /^\d{9}$/.test(siren) && luhnValid(siren);
}

/**
 * Whether `value` is a valid SIRET (14 digits: SIREN + NIC, Luhn over all 14). La Poste's establishments
 * (SIREN 356000000) are the documented exception: their digit sum is divisible by 5.
 *
 * @example
 * isValidSiret('73282932000074') //=> true
 * isValidSiret('35600000000001') //=> true (La Poste: digit sum 15)
 * isValidSiret('73282932000075') //=> false
 */
export function isValidSiret(value: string): boolean {
  const siret = compactIdentifier(value);
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const digitSum = [...siret].reduce((sum, digit) => sum + Number(digit), 0);
    return digitSum % 5 === 0;
  }
  return luhnValid(siret);
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
