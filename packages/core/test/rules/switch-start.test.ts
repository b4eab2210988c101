import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  addMonthsLegal,
  checkSwitchStart,
  dispatchDate,
  isRuleInputError,
  parisDate,
  switchSendDate,
  switchTimeline,
} from '../../src/rules/index.js';
import { instantArb, isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

/** Every send date on or after `notBefore`, within two months of `start`, whose timeline reaches `start`. */
function sendersFrom(start: string, notBefore: string): string[] {
  const senders: string[] = [];
  for (let sent = addMonthsLegal(start, -2); sent < start; sent = addDays(sent, 1)) {
    if (sent >= notBefore && switchTimeline(sent).newContractStart === start) senders.push(sent);
  }
  return senders;
}

describe('switchSendDate with notBefore (DOMAIN §10)', () => {
  it('on 28 Jan 2026, a start on 1 Mar 2026 is sent on 28 Jan (27 Jan has passed)', () => {
    assert.deepEqual(switchSendDate('2026-03-01', { notBefore: '2026-01-28' }), { reachable: true, timeline: switchTimeline('2026-01-28') });
  });

  it('keeps the earliest send date when it is still possible', () => {
    assert.deepEqual(switchSendDate('2026-03-01', { notBefore: '2026-01-20' }), { reachable: true, timeline: switchTimeline('2026-01-27') });
  });

  it('a start before every start still reachable: no `before`, `after` is the first reachable start', () => {
    assert.deepEqual(switchSendDate('2026-02-15', { notBefore: '2026-01-28' }), { reachable: false, before: null, after: switchTimeline('2026-01-28') });
  });

  it('1 Jan is unreachable; before/after reachable from notBefore', () => {
    assert.deepEqual(switchSendDate('2027-01-01', { notBefore: '2026-11-01' }), {
      reachable: false,
      before: switchTimeline('2026-11-29'),
      after: switchTimeline('2026-11-30'),
    });
    // From 30 Nov, 31 Dec can no longer be reached: no start lies between the first reachable one and 1 Jan.
    assert.deepEqual(switchSendDate('2027-01-01', { notBefore: '2026-11-30' }), { reachable: false, before: null, after: switchTimeline('2026-11-30') });
  });

  it('without notBefore the meaning is unchanged', () => {
    assert.deepEqual(switchSendDate('2026-03-01'), { reachable: true, timeline: switchTimeline('2026-01-27') });
  });

  it('refuses a malformed notBefore with its path', () => {
    assert.throws(() => switchSendDate('2026-03-01', { notBefore: '2026-02-30' }), (e: unknown) => isRuleInputError(e) && e.argument === 'options.notBefore');
  });

  it('property: answers the earliest send date on or after notBefore, or the nearest reachable starts', () => {
    const pair = fc.tuple(isoDateArb, fc.integer({ min: -40, max: 120 }));
    fc.assert(
      fc.property(pair, ([notBefore, offset]) => {
        const start = addDays(notBefore, offset);
        const result = switchSendDate(start, { notBefore });
        const senders = sendersFrom(start, notBefore);
        assert.equal(result.reachable, senders.length > 0, start);
        if (result.reachable) {
          assert.equal(result.timeline.sendDate, senders[0]);
          return;
        }
        assert.ok(result.after.newContractStart > start && result.after.sendDate >= notBefore);
        assert.deepEqual(sendersFrom(result.after.newContractStart, notBefore)[0], result.after.sendDate);
        const lower = result.before ? result.before.newContractStart : switchTimeline(notBefore).newContractStart;
        if (result.before) {
          assert.ok(result.before.newContractStart < start && result.before.sendDate >= notBefore);
          assert.equal(sendersFrom(result.before.newContractStart, notBefore)[0], result.before.sendDate);
        } else {
          assert.ok(start < lower);
        }
        // nothing reachable from notBefore strictly between the offered starts
        for (let d = addDays(result.before ? lower : start, 1); d < result.after.newContractStart; d = addDays(d, 1)) {
          assert.equal(sendersFrom(d, notBefore).length, 0, d);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkSwitchStart', () => {
  it('accepts 1 Mar 2026 on 28 Jan 2026 and sends now', () => {
    assert.deepEqual(checkSwitchStart({ newContractStart: '2026-03-01', now: '2026-01-28T10:00:00Z' }), {
      ok: true,
      sendsNow: true,
      timeline: switchTimeline('2026-01-28'),
    });
  });

  it('after the 20:00 cut-off, the earliest dispatch is the next day', () => {
    const result = checkSwitchStart({ newContractStart: '2026-03-01', now: '2026-01-28T19:00:00Z' });
    assert.deepEqual(result, { ok: true, sendsNow: true, timeline: switchTimeline('2026-01-29') });
  });

  it('first send closes at 18:00', () => {
    const result = checkSwitchStart({ newContractStart: '2026-03-01', now: '2026-01-28T17:30:00Z', firstSend: true });
    assert.deepEqual(result, { ok: true, sendsNow: true, timeline: switchTimeline('2026-01-29') });
  });

  it('a later start is scheduled', () => {
    const result = checkSwitchStart({ newContractStart: '2026-06-02', now: '2026-01-28T10:00:00Z' });
    assert.ok(result.ok && !result.sendsNow && result.timeline.sendDate === '2026-04-30');
  });

  it('refuses a start too soon with the first reachable start', () => {
    assert.deepEqual(checkSwitchStart({ newContractStart: '2026-02-15', now: '2026-01-28T10:00:00Z' }), {
      ok: false,
      code: 'start_too_soon',
      date: '2026-03-01',
      after: switchTimeline('2026-01-28'),
    });
  });

  it('refuses an unreachable start with the nearest before and after', () => {
    assert.deepEqual(checkSwitchStart({ newContractStart: '2027-01-01', now: '2026-11-01T10:00:00Z' }), {
      ok: false,
      code: 'start_unreachable',
      date: '2027-01-02',
      before: switchTimeline('2026-11-29'),
      after: switchTimeline('2026-11-30'),
    });
  });

  it('refuses a start more than one year ahead with the last allowed start', () => {
    assert.deepEqual(checkSwitchStart({ newContractStart: '2027-11-30', now: '2026-11-29T10:00:00Z' }), { ok: false, code: 'start_too_far', date: '2027-11-29' });
    assert.equal(checkSwitchStart({ newContractStart: '2027-11-29', now: '2026-11-29T10:00:00Z' }).ok, true);
  });

  it('refuses a malformed start', () => {
    assert.throws(() => checkSwitchStart({ newContractStart: '2026-13-01', now: '2026-11-29T10:00:00Z' }), (e: unknown) => isRuleInputError(e) && e.argument === 'newContractStart');
  });

  it('property: an accepted start leaves on or after the earliest dispatch and reaches the start', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 400 }), fc.boolean(), (now, offset, firstSend) => {
        const start = addDays(parisDate(now), offset);
        const result = checkSwitchStart({ newContractStart: start, now, firstSend });
        const earliest = dispatchDate({ channel: 'lre', validatedAt: now, firstSend });
        if (result.ok) {
          assert.equal(result.timeline.newContractStart, start);
          assert.ok(result.timeline.sendDate >= earliest);
          assert.equal(result.sendsNow, result.timeline.sendDate === earliest);
        } else if (result.code === 'start_too_far') {
          assert.ok(start > result.date && result.date === addMonthsLegal(parisDate(now), 12));
        } else {
          assert.ok(result.date > start);
          assert.equal(checkSwitchStart({ newContractStart: result.date, now, firstSend }).ok, result.date <= addMonthsLegal(parisDate(now), 12));
        }
      }),
      PROPERTY_RUNS,
    );
  });
});
