import { expect } from '@open-wc/testing';
import { advanceClock, newAccount, providerFor, readable, sendLetter, until } from '../../test/support/backend.js';
import type { JrmcShipmentTracker } from './jrmc-shipment-tracker.js';
import './define.js';

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

describe('<jrmc-shipment-tracker> a refused LRE', () => {
  it('lists its refusal notice by name (it used to break the proofs list)', async () => {
    const account = await newAccount();
    const letter = await sendLetter(account, { contract: 'R-SANDBOX-REFUSE' });
    await advanceClock(account, { days: 2 });
    const provider = providerFor(account);
    const tracker = document.createElement('jrmc-shipment-tracker') as JrmcShipmentTracker;
    tracker.letterId = letter.id;
    provider.append(tracker);
    await until(() => tracker.letter?.status === 'refused' && tracker.proofs.some((proof) => proof.kind === 'refusal'));
    await tracker.updateComplete;
    const proofs = readable(tracker.shadowRoot!.querySelector('ul.proofs')?.textContent);
    expect(proofs).to.contain('Avis de refus');
  });
});
