import { expect } from '@open-wc/testing';
import type { Letter } from '@jrmc/core/contract';
import { picksContractStart, rescheduleParams } from './reschedule-form.js';

// Only the fields the reschedule form reads; the rest of a letter does not matter here. A letter validated for a
// Hamon / RIA start carries the API's switch timeline (send date computed from the start); others carry none.
const switchTimeline = { sendDate: '2027-01-15', notificationDate: '2027-01-16', terminationDate: '2027-02-28', newContractStart: '2027-03-01' };
const termination = (reason: string, timeline: typeof switchTimeline | null) => ({ status: 'cancelled', service: 'termination', reason, channel: 'lre', switchTimeline: timeline }) as unknown as Letter;
const paper = { status: 'cancelled', service: 'paper-mail', channel: 'paper' } as unknown as Letter;

describe('reschedule form parameters', () => {
  it('for Hamon and RIA asks for the new contract start, from which the API computes the send date', () => {
    for (const reason of ['loi-hamon', 'ria-sante']) {
      const letter = termination(reason, switchTimeline);
      expect(picksContractStart(letter)).to.equal(true);
      expect(rescheduleParams(letter, { mode: 'now', date: '2027-03-01', withAcknowledgement: false })).to.deep.equal({ mode: 'scheduled', newContractStart: '2027-03-01', withAcknowledgement: false });
      expect(rescheduleParams(letter, { mode: 'scheduled', date: '', withAcknowledgement: true })).to.equal(null, 'no start chosen yet');
    }
  });

  it('otherwise sends now, or on the chosen day, with or without AR', () => {
    const letter = termination('echeance', null);
    expect(picksContractStart(letter)).to.equal(false);
    expect(rescheduleParams(letter, { mode: 'now', date: '', withAcknowledgement: true })).to.deep.equal({ mode: 'now', withAcknowledgement: true });
    expect(rescheduleParams(letter, { mode: 'scheduled', date: '2026-12-20', withAcknowledgement: false })).to.deep.equal({ mode: 'scheduled', scheduledDate: '2026-12-20', withAcknowledgement: false });
    expect(rescheduleParams(letter, { mode: 'scheduled', date: '', withAcknowledgement: false })).to.equal(null);
  });

  it('gives nothing to send for a letter that is not cancelled (core allows no reschedule)', () => {
    const sent = { ...termination('echeance', null), status: 'sent' } as Letter;
    expect(picksContractStart(sent)).to.equal(false);
    expect(rescheduleParams(sent, { mode: 'now', date: '', withAcknowledgement: true })).to.equal(null);
  });

  it('never sends an AR choice for paper mail (its product decides)', () => {
    expect(rescheduleParams(paper, { mode: 'scheduled', date: '2026-12-21', withAcknowledgement: false })).to.deep.equal({ mode: 'scheduled', scheduledDate: '2026-12-21' });
  });
});
