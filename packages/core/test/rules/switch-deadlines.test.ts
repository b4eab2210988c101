import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, addMonthsLegal, isReachableSwitchStart, isRuleInputError, switchSendDate, switchTimeline } from '../../src/rules/index.js';
import { isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

describe('switchTimeline (loi Hamon, RIA)', () => {
  it('FAQ: sent 29 November → notified 30 Nov → terminated 30 Dec → new contract 31 Dec', () => {
    assert.deepEqual(switchTimeline('2026-11-29'), {
      sendDate: '2026-11-29',
      notificationDate: '2026-11-30',
      terminationDate: '2026-12-30',
      newContractStart: '2026-12-31',
    });
  });

  it('FAQ: sent 30 November → notified 1 Dec → terminated 1 Jan → new contract 2 Jan', () => {
    assert.deepEqual(switchTimeline('2026-11-30'), {
      sendDate: '2026-11-30',
      notificationDate: '2026-12-01',
      terminationDate: '2027-01-01',
      newContractStart: '2027-01-02',
    });
  });

  it('clamps through February', () => {
    assert.equal(switchTimeline('2027-01-30').terminationDate, '2027-02-28');
    assert.equal(switchTimeline('2028-01-30').terminationDate, '2028-02-29');
  });

  it('refuses a malformed send date', () => {
    assert.throws(() => switchTimeline('2026-11-31'), (e: unknown) => isRuleInputError(e) && e.argument === 'sendDate');
  });
});

describe('switchSendDate', () => {
  it('computes the send date from the new contract start', () => {
    assert.deepEqual(switchSendDate('2026-12-31'), { reachable: true, timeline: switchTimeline('2026-11-29') });
    assert.deepEqual(switchSendDate('2027-01-02'), { reachable: true, timeline: switchTimeline('2026-11-30') });
  });

  it('FAQ: 1 January cannot be reached; offers 31 December and 2 January', () => {
    assert.deepEqual(switchSendDate('2027-01-01'), {
      reachable: false,
      before: switchTimeline('2026-11-29'),
      after: switchTimeline('2026-11-30'),
    });
    assert.equal(isReachableSwitchStart('2027-01-01'), false);
  });

  it('uses the earliest of several send dates reaching the same start', () => {
    // Sent 27, 28, 29 or 30 January 2027 all terminate on 28 February: 27 January is used.
    for (const sent of ['2027-01-27', '2027-01-28', '2027-01-29', '2027-01-30']) assert.equal(switchTimeline(sent).newContractStart, '2027-03-01');
    assert.equal((switchSendDate('2027-03-01') as { timeline: { sendDate: string } }).timeline.sendDate, '2027-01-27');
  });

  it('finds the nearest reachable starts over a run of unreachable ones (30 Mar – 1 Apr)', () => {
    const result = switchSendDate('2027-03-31');
    assert.equal(result.reachable, false);
    if (result.reachable) return;
    assert.equal(result.before.newContractStart, '2027-03-29');
    assert.equal(result.after.newContractStart, '2027-04-02');
  });

  it('every reachable start maps back to a send date whose timeline starts there, and it is the earliest', () => {
    fc.assert(
      fc.property(isoDateArb, (start) => {
        // Brute force: every send date within the two months before, whose timeline reaches `start`.
        const senders: string[] = [];
        for (let sent = addMonthsLegal(start, -2); sent < start; sent = addDays(sent, 1)) {
          if (switchTimeline(sent).newContractStart === start) senders.push(sent);
        }
        const result = switchSendDate(start);
        assert.equal(result.reachable, senders.length > 0);
        if (result.reachable) {
          assert.equal(result.timeline.sendDate, senders[0]);
          assert.equal(result.timeline.newContractStart, start);
        } else {
          assert.ok(result.before.newContractStart < start && start < result.after.newContractStart);
          // nothing reachable strictly between the offered starts
          for (let d = addDays(result.before.newContractStart, 1); d < result.after.newContractStart; d = addDays(d, 1)) {
            assert.equal(isReachableSwitchStart(d), false, d);
          }
          assert.deepEqual(switchSendDate(result.before.newContractStart), { reachable: true, timeline: result.before });
          assert.deepEqual(switchSendDate(result.after.newContractStart), { reachable: true, timeline: result.after });
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('every send date reaches a start whose computed send date is no later than it', () => {
    fc.assert(
      fc.property(isoDateArb, (sent) => {
        const { newContractStart } = switchTimeline(sent);
        const result = switchSendDate(newContractStart);
        assert.ok(result.reachable);
        assert.ok(result.reachable && result.timeline.sendDate <= sent);
      }),
      PROPERTY_RUNS,
    );
  });
});
