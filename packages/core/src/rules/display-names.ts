/** A subscriber as the history and search show them (no civility). */
export type NamedSubscriber = { kind: 'person'; firstName: string; lastName: string } | { kind: 'company'; companyName: string };

/**
 * The short name of a subscriber in lists and search ("Jean Roy", "Boulangerie Dupont SARL"); letters use the
 * letter-text's `subscriberDisplayName`, with civility.
 *
 * @example
 * subscriberListName({ kind: 'person', firstName: ' Jean ', lastName: 'Roy' }) //=> 'Jean Roy'
 * subscriberListName({ kind: 'company', companyName: 'Boulangerie Dupont SARL' }) //=> 'Boulangerie Dupont SARL'
 */
export function subscriberListName(subscriber: NamedSubscriber): string {
  return subscriber.kind === 'person' ? `${subscriber.firstName.trim()} ${subscriber.lastName.trim()}` : subscriber.companyName.trim();
}

/** What a letter names, per service, for {@link letterReferences}. */
export type ReferencedLetter =
  | { service: 'termination'; contracts: readonly { number: string }[] }
  | { service: 'borrower-insurance'; loanReferences?: readonly string[]; kind?: 'substitution' | 'termination' | 'other' }
  | { service: 'paper-mail'; fileName: string };

/**
 * The references of a letter as one line for the history and search: contract numbers, loan references, or the
 * paper letter's file name, joined with ", ".
 *
 * @example
 * letterReferences({ service: 'termination', contracts: [{ number: 'A-1' }, { number: ' B-2 ' }] }) //=> 'A-1, B-2'
 * letterReferences({ service: 'borrower-insurance', loanReferences: ['PR-1'] }) //=> 'PR-1'
 */
export function letterReferences(letter: ReferencedLetter): string {
  const join = (values: readonly string[]) => values.map((value) => value.trim()).filter(Boolean).join(', ');
  switch (letter.service) {
    case 'termination':
      return join(letter.contracts.map((contract) => contract.number));
    case 'borrower-insurance':
      return join(letter.loanReferences ?? []);
    case 'paper-mail':
      return letter.fileName.trim();
  }
}
