import { expect } from '@open-wc/testing';
import type { ReasonCode } from '@jrmc/core';
import { newAccount, providerFor, until } from '../../test/support/backend.js';
import './define.js';

afterEach(() => {
  document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove());
  localStorage.clear();
});

describe('<jrmc-letter-builder> prefill', () => {
  it('takes every fact the record gives, of the right kind, and only a reason of the catalogue', async () => {
    const provider = providerFor(await newAccount());
    const builder = document.createElement('jrmc-letter-builder');
    builder.prefill = {
      subscriber: { lastName: 'Dupont' },
      reason: 'no-such-reason' as ReasonCode,
      // A sale, an heir, "no notice", the deprecated notice date, and a number where a date belongs.
      facts: { saleDate: '2026-11-02', heirName: 'Paul Dupont', noRenewalNoticeReceived: true, renewalNoticeReceivedOn: '2026-10-01', eventDate: 20261102 as unknown as string },
    };
    provider.append(builder);
    await until(() => builder.draft.subscriber.lastName === 'Dupont');
    expect(builder.draft.reason).to.equal(null);
    expect(builder.draft.facts).to.include({ saleDate: '2026-11-02', heirName: 'Paul Dupont', noRenewalNoticeReceived: true, renewalNoticeSentOn: '2026-10-01', eventDate: '' });

    builder.prefill = { subscriber: { lastName: 'Durand' }, reason: 'vente-vehicule' };
    await until(() => builder.draft.subscriber.lastName === 'Durand');
    expect(builder.draft.reason).to.equal('vente-vehicule');
  });
});
